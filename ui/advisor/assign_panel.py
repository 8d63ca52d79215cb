"""Assign one job: one or more mechanics and a bay (a panel beside the lines, not a window).

Names: `Advisor.AssignPanel`, `Advisor.AssignMechanic` (checkable, property `user_id`),
`Advisor.AssignBay` (checkable, one at a time, property `bay`), `Advisor.AssignSave`,
`Advisor.AssignCancel`, `Advisor.AssignMessage`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.auth import User
from app.estimates import EstimateLine
from ui.widgets.message_strip import MessageStrip
from ui.widgets.touch_button import TouchButton


class AssignPanel(QFrame):
    assigned = Signal(str, list, str)  # job id, mechanic ids, bay
    closed = Signal()

    def __init__(self, job: EstimateLine, mechanics: list[User], bays: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Advisor.AssignPanel")
        self.job = job
        self.heading = QLabel(self)
        self.heading.setProperty("heading", True)
        self.heading.setWordWrap(True)
        self.mech_label = QLabel(self)
        self.bay_label = QLabel(self)
        self.mechanics: list[QPushButton] = []
        mech_grid = QGridLayout()
        for n, user in enumerate(mechanics):
            button = QPushButton(user.name.replace("&", "&&"), self)
            button.setObjectName("Advisor.AssignMechanic")
            button.setProperty("adv", "chip")
            button.setProperty("user_id", user.id)
            button.setCheckable(True)
            button.setChecked(user.id in job.mechanic_ids)
            mech_grid.addWidget(button, n // 3, n % 3)
            self.mechanics.append(button)
        self.bay_group = QButtonGroup(self)
        self.bay_group.setExclusive(True)
        bay_grid = QGridLayout()
        for n, bay in enumerate(bays):
            button = QPushButton(bay, self)
            button.setObjectName("Advisor.AssignBay")
            button.setProperty("adv", "chip")
            button.setProperty("bay", bay)
            button.setCheckable(True)
            button.setChecked(bay == job.bay)
            self.bay_group.addButton(button)
            bay_grid.addWidget(button, n // 4, n % 4)
        self.message = MessageStrip("Advisor.AssignMessage", self)
        self.save = TouchButton("Advisor.AssignSave", "", self, kind="primary")
        self.save.clicked.connect(self._save)
        self.cancel = TouchButton("Advisor.AssignCancel", "", self)
        self.cancel.clicked.connect(self.closed)
        row = QHBoxLayout()
        row.addWidget(self.cancel)
        row.addStretch(1)
        row.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.mech_label)
        layout.addLayout(mech_grid)
        layout.addWidget(self.bay_label)
        layout.addLayout(bay_grid)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(row)
        self.retranslate()

    def _save(self) -> None:
        chosen = [str(b.property("user_id")) for b in self.mechanics if b.isChecked()]
        bay = self.bay_group.checkedButton()
        if not chosen:
            self.message.error(self.tr("Choose at least one mechanic."))
            return
        if bay is None:
            self.message.error(self.tr("Choose a bay."))
            return
        self.assigned.emit(self.job.id, chosen, str(bay.property("bay")))
        self.closed.emit()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Assign: %1").replace("%1", self.job.description))
        self.mech_label.setText(self.tr("Mechanics (one or more)"))
        self.bay_label.setText(self.tr("Bay"))
        self.save.setText(self.tr("Assign"))
        self.cancel.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
