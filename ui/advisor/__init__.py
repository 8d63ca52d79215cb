"""The advisor's screens: the service desk (find a vehicle, its card, open a WO, register) and the
work-order editor. One module per screen part (view + view-model). See docs/ui-frame.md."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.advisor.desk import DeskScreen
from ui.advisor.workorder import WorkOrderScreen
from ui.kit.screen import ScreenSpec

SCREENS: list[ScreenSpec] = [
    ScreenSpec("advisor.desk", QT_TRANSLATE_NOOP("Screens", "SA desk"), DeskScreen, permission="wo.open",
               icon="☺"),
    ScreenSpec("advisor.workorder", QT_TRANSLATE_NOOP("Screens", "Work order"), WorkOrderScreen,
               permission="wo.edit", icon="✎", opens=("workorder",)),
]
