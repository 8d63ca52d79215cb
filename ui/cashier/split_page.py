"""A split payment: what goes on cash, card and the customer's account. The keypad types into
the row last tapped; "rest" fills that row with what is left. Confirm when it adds up."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.money import format_rupiah
from ui.cashier.checkout_model import Plan
from ui.widgets.keypad import NumericKeypad
from ui.widgets.rupiah import RupiahEntry, RupiahLabel
from ui.widgets.touch_button import TouchButton

PARTS = ("cash", "card", "on_account")


class SplitPage(QWidget):
    confirmed = Signal(object)  # Plan
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Cashier.SplitPage")
        self.due = 0
        self.heading = QLabel(self)
        self.heading.setObjectName("Cashier.PageHeading")
        self.due_label = RupiahLabel("Cashier.SplitDue", 0, self)
        self.entries: dict[str, RupiahEntry] = {}
        self.names: dict[str, QLabel] = {}
        self.rest: dict[str, TouchButton] = {}
        self.keypad = NumericKeypad(self, with_thousands=True, name="Cashier.SplitKeypad")
        grid = QGridLayout()
        self.due_title = QLabel(self)
        grid.addWidget(self.due_title, 0, 0)
        grid.addWidget(self.due_label, 0, 1, 1, 2)
        for row, part in enumerate(PARTS, start=1):
            name = QLabel(self)
            entry = RupiahEntry("Cashier.SplitAmount", self)
            entry.setProperty("method", part)
            entry.setMinimumHeight(52)
            entry.amount_changed.connect(self._update)
            entry.installEventFilter(self)
            rest = TouchButton("Cashier.SplitRest", parent=self)
            rest.setProperty("method", part)
            rest.clicked.connect(lambda _=False, p=part: self.fill_rest(p))
            grid.addWidget(name, row, 0)
            grid.addWidget(entry, row, 1)
            grid.addWidget(rest, row, 2)
            self.entries[part], self.names[part], self.rest[part] = entry, name, rest
        self.keypad.target = self.entries["cash"]
        self.remaining = QLabel(self)
        self.remaining.setObjectName("Cashier.SplitRemaining")
        self.confirm = TouchButton("Cashier.ConfirmSplit", parent=self, kind="primary")
        self.confirm.setMinimumHeight(72)
        self.confirm.clicked.connect(self._confirm)
        self.back_button = TouchButton("Cashier.Back", parent=self)
        self.back_button.clicked.connect(self.back.emit)
        left = QVBoxLayout()
        left.addLayout(grid)
        left.addWidget(self.remaining)
        left.addStretch(1)
        left.addWidget(self.confirm)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self.keypad, 2)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self.retranslate()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802, ANN001 - Qt API
        if event.type() == QEvent.Type.FocusIn and watched in self.entries.values():
            self.keypad.target = watched
        return super().eventFilter(watched, event)

    def start(self, due: int, card_available: bool, on_account_available: bool = True) -> None:
        self.due = due
        self.due_label.set_amount(due)
        for entry in self.entries.values():
            entry.set_amount(0)
        for part, ok in (("card", card_available), ("on_account", on_account_available)):
            self.entries[part].setEnabled(ok)
            self.rest[part].setEnabled(ok)
        self.keypad.target = self.entries["cash"]
        self._update()

    def fill_rest(self, part: str) -> None:
        entry = self.entries[part]
        others = sum(e.amount() for p, e in self.entries.items() if p != part)
        entry.set_amount(max(0, self.due - others))
        self.keypad.target = entry

    def plan(self) -> Plan:
        cash = self.entries["cash"].amount()
        return Plan(cash=cash, card=self.entries["card"].amount(), on_account=self.entries["on_account"].amount(),
                    tendered=cash)

    def _update(self, *_: object) -> None:
        left = self.due - self.plan().total
        if left > 0:
            self.remaining.setText(self.tr("Still to split: %1").replace("%1", format_rupiah(left)))
        elif left < 0:
            self.remaining.setText(self.tr("%1 too much").replace("%1", format_rupiah(-left)))
        else:
            self.remaining.setText(self.tr("Adds up"))
        self.confirm.setEnabled(left == 0 and self.due > 0)

    def _confirm(self) -> None:
        if self.plan().total == self.due:
            self.confirmed.emit(self.plan())

    def set_busy(self, busy: bool) -> None:
        self.confirm.setEnabled(not busy and self.plan().total == self.due > 0)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Split payment"))
        self.due_title.setText(self.tr("To pay"))
        names = {"cash": self.tr("Cash"), "card": self.tr("Card (EDC)"), "on_account": self.tr("On account")}
        for part, text in names.items():
            self.names[part].setText(text)
            self.rest[part].setText(self.tr("Rest"))
        self.confirm.setText(self.tr("Take payment"))
        self.back_button.setText(self.tr("‹ Back"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
