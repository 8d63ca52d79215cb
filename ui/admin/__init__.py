"""The admin's screens: HQ master data published from a station. See docs/ui-frame.md."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.admin.master import AdminMasterScreen
from ui.kit.screen import ScreenSpec

SCREENS: list[ScreenSpec] = [
    ScreenSpec("admin.master", QT_TRANSLATE_NOOP("Screens", "Master data"), AdminMasterScreen,
               permission="master.publish", icon="▤"),
]
