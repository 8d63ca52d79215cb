"""The supervisor's screens: one module per screen (view + view-model). See docs/ui-frame.md."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.kit.screen import ScreenSpec
from ui.supervisor.users import UsersScreen

SCREENS: list[ScreenSpec] = [
    ScreenSpec("supervisor.users", QT_TRANSLATE_NOOP("Screens", "Users"), UsersScreen,
               permission="user.admin", icon="◉"),
]
