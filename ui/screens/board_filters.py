"""The board's filter bar: one bay, one mechanic, only overdue work orders.

Names: `BoardFilter.Bay`, `BoardFilter.Mechanic` (combo boxes; item data is the bay name or
the mechanic's user id, None for all), `BoardFilter.Overdue` (checkable), `BoardFilter.Clear`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from app.auth import User
from app.bays import bays
from app.roles import Role
from app.services import Services
from ui.kit.operations import QueryOp, TaskManager
from ui.screens.board_model import BoardFilter


class BoardFilterBar(QWidget):
    changed = Signal(object)  # BoardFilter

    def __init__(self, services: Services, parent: QWidget | None = None, *, tasks: TaskManager | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BoardFilterBar")
        self.bay = QComboBox(self)
        self.bay.setObjectName("BoardFilter.Bay")
        self.mechanic = QComboBox(self)
        self.mechanic.setObjectName("BoardFilter.Mechanic")
        for combo in (self.bay, self.mechanic):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.overdue = QPushButton(self)
        self.overdue.setObjectName("BoardFilter.Overdue")
        self.overdue.setCheckable(True)
        self.overdue.setProperty("adv", "chip")
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("BoardFilter.Clear")
        self.clear_button.setProperty("adv", "chip")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for w in (self.bay, self.mechanic, self.overdue, self.clear_button):
            row.addWidget(w)
        row.addStretch(1)
        self._bays: list[str] = []
        self._mechanics: list[User] = []
        self.retranslate()
        self.bay.currentIndexChanged.connect(self._emit)
        self.mechanic.currentIndexChanged.connect(self._emit)
        self.overdue.toggled.connect(self._emit)
        self.clear_button.clicked.connect(self.clear)
        store, auth = services.store, services.auth
        QueryOp(self, lambda: (bays(store), [u for u in auth.list_users() if u.role is Role.MECHANIC]),
                tasks=tasks).success(self._choices).run()

    def _choices(self, found: tuple[list[str], list[User]]) -> None:
        self._bays, self._mechanics = found
        self._fill()

    def _fill(self) -> None:
        current = self.current()
        for combo in (self.bay, self.mechanic):
            combo.blockSignals(True)
            combo.clear()
        self.bay.addItem(self.tr("All bays"), None)
        for name in self._bays:
            self.bay.addItem(name, name)
        self.mechanic.addItem(self.tr("All mechanics"), None)
        for user in self._mechanics:
            self.mechanic.addItem(user.name, user.id)
        self.bay.setCurrentIndex(max(0, self.bay.findData(current.bay)) if current.bay else 0)
        self.mechanic.setCurrentIndex(max(0, self.mechanic.findData(current.mechanic_id)) if current.mechanic_id else 0)
        for combo in (self.bay, self.mechanic):
            combo.blockSignals(False)

    def current(self) -> BoardFilter:
        return BoardFilter(bay=self.bay.currentData(), mechanic_id=self.mechanic.currentData(),
                           overdue_only=self.overdue.isChecked())

    def _emit(self, *_args: object) -> None:
        board_filter = self.current()
        self.clear_button.setEnabled(board_filter.active)
        self.changed.emit(board_filter)

    def clear(self) -> None:
        for w in (self.bay, self.mechanic, self.overdue):
            w.blockSignals(True)
        self.bay.setCurrentIndex(0)
        self.mechanic.setCurrentIndex(0)
        self.overdue.setChecked(False)
        for w in (self.bay, self.mechanic, self.overdue):
            w.blockSignals(False)
        self._emit()

    def retranslate(self) -> None:
        self.overdue.setText(self.tr("Overdue only"))
        self.clear_button.setText(self.tr("Show all"))
        self.clear_button.setEnabled(self.current().active if self.bay.count() else False)
        if self.bay.count():
            self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
