"""The storekeeper's screens: one module per screen (view + view-model). See docs/ui-frame.md
and docs/warehouse.md. Every screen here takes scans (`on_scan`): the window routes them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.kit.screen import ScreenSpec
from ui.storekeeper.opname import OpnameScreen
from ui.storekeeper.parts import PartsScreen
from ui.storekeeper.receiving import ReceivingScreen
from ui.storekeeper.reorder import ReorderScreen
from ui.storekeeper.slips import SlipsScreen

SCREENS: list[ScreenSpec] = [
    ScreenSpec("storekeeper.slips", QT_TRANSLATE_NOOP("Screens", "Pick-slips"), SlipsScreen,
               permission="stock.move", icon="▤"),
    ScreenSpec("storekeeper.parts", QT_TRANSLATE_NOOP("Screens", "Parts"), PartsScreen,
               permission="stock.move", icon="⚙"),
    ScreenSpec("storekeeper.receiving", QT_TRANSLATE_NOOP("Screens", "Receiving"), ReceivingScreen,
               permission="stock.move", icon="⇩"),
    ScreenSpec("storekeeper.reorder", QT_TRANSLATE_NOOP("Screens", "Reorder"), ReorderScreen,
               permission="purchase.write", icon="↻"),
    ScreenSpec("storekeeper.opname", QT_TRANSLATE_NOOP("Screens", "Stock count"), OpnameScreen,
               permission="stock.adjust", icon="#"),
]
