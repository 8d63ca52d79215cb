"""Screens several roles open (the board; later the WO sheet and look-ups).

`SCREENS` lists them for the shell's navigator, before the role's own screens."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.kit.screen import ScreenSpec
from ui.screens.board import BoardScreen

SCREENS: list[ScreenSpec] = [
    ScreenSpec("board", QT_TRANSLATE_NOOP("Screens", "Board"), BoardScreen, permission=None, icon="▦"),
]
