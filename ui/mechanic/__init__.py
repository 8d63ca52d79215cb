"""The mechanic's bay screens: one module per screen (view + view-model). See docs/ui-frame.md.

Bay screens are touch-first for gloved hands: every target at least 12 mm at the screen's real
density (`ui/mechanic/common.py`), kinetic scrolling, numbers on a keypad, choices as big
buttons, destructive actions asked once."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.kit.screen import ScreenSpec
from ui.mechanic.findings import FindingsScreen
from ui.mechanic.my_jobs import MyJobsScreen
from ui.mechanic.parts_request import PartsRequestScreen
from ui.mechanic.qc import QCScreen

SCREENS: list[ScreenSpec] = [
    ScreenSpec("mechanic.jobs", QT_TRANSLATE_NOOP("Screens", "My jobs"), MyJobsScreen,
               permission="job.clock", icon="⚒"),
    ScreenSpec("mechanic.parts", QT_TRANSLATE_NOOP("Screens", "Get parts"), PartsRequestScreen,
               permission="parts.request", icon="⚙"),
    ScreenSpec("mechanic.findings", QT_TRANSLATE_NOOP("Screens", "Findings"), FindingsScreen,
               permission="job.finding", icon="✎"),
    ScreenSpec("mechanic.qc", QT_TRANSLATE_NOOP("Screens", "QC"), QCScreen, permission="qc.check", icon="✔"),
]
