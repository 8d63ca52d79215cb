"""The storekeeper's screens: one module per screen (view + view-model). See docs/ui-frame.md
and docs/warehouse.md. Every screen here takes scans (`on_scan`): the window routes them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.kit.screen import ScreenSpec
from ui.storekeeper.slips import SlipsScreen

SCREENS: list[ScreenSpec] = [
    ScreenSpec("storekeeper.slips", QT_TRANSLATE_NOOP("Screens", "Pick-slips"), SlipsScreen,
               permission="stock.move", icon="▤"),
]
