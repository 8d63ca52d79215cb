"""Cash: the amount handed over on a keypad with quick amounts (exact, then Rp 50.000 steps) and
the change shown large. The tendered amount starts at exact, so a plain cash sale is one tap here."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.money import format_rupiah
from ui.widgets.keypad import NumericKeypad
from ui.widgets.rupiah import RupiahEntry, RupiahLabel
from ui.widgets.touch_button import TouchButton

STEP = 50_000


def quick_amounts(due: int, n: int = 3) -> list[int]:
    """The next `n` multiples of Rp 50.000 above what is due (exact is its own button)."""
    first = -(-due // STEP) * STEP
    if first == due:
        first += STEP
    return [first + i * STEP for i in range(n)]


class CashPage(QWidget):
    confirmed = Signal(int)  # tendered
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Cashier.CashPage")
        self.due = 0
        self.heading = QLabel(self)
        self.heading.setObjectName("Cashier.PageHeading")
        self.due_label = RupiahLabel("Cashier.CashDue", 0, self)
        self.due_label.setProperty("big", True)
        self.tendered = RupiahEntry("Cashier.Tendered", self)
        self.tendered.setProperty("big", True)
        self.tendered.amount_changed.connect(self._update)
        self.keypad = NumericKeypad(self, target=self.tendered, with_thousands=True, name="Cashier.CashKeypad")
        self.quick: list[TouchButton] = []
        quick_row = QGridLayout()  # two by two: the amounts stay readable on a narrow screen and in gloves
        for i in range(4):
            button = TouchButton("Cashier.Quick", parent=self)
            button.setMinimumHeight(56)
            button.clicked.connect(lambda _=False, b=button: self.tendered.set_amount(int(b.property("amount"))))
            quick_row.addWidget(button, i // 2, i % 2)
            self.quick.append(button)
        self.change_title = QLabel(self)
        self.change_title.setObjectName("Cashier.ChangeTitle")
        self.change = QLabel(self)
        self.change.setObjectName("Cashier.Change")
        self.change.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.confirm = TouchButton("Cashier.ConfirmCash", parent=self, kind="primary")
        self.confirm.setMinimumHeight(72)
        self.confirm.clicked.connect(lambda: self.confirmed.emit(self.tendered.amount()))
        self.back_button = TouchButton("Cashier.Back", parent=self)
        self.back_button.clicked.connect(self.back.emit)
        left = QVBoxLayout()
        grid = QGridLayout()
        self.due_title = QLabel(self)
        self.tendered_title = QLabel(self)
        grid.addWidget(self.due_title, 0, 0)
        grid.addWidget(self.due_label, 0, 1)
        grid.addWidget(self.tendered_title, 1, 0)
        grid.addWidget(self.tendered, 1, 1)
        left.addLayout(grid)
        left.addLayout(quick_row)
        left.addWidget(self.change_title)
        left.addWidget(self.change, 1)
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

    def start(self, due: int) -> None:
        self.due = due
        self.due_label.set_amount(due)
        self.quick[0].setProperty("amount", str(due))
        for button, amount in zip(self.quick[1:], quick_amounts(due)):
            button.setProperty("amount", str(amount))
            button.setText(format_rupiah(amount))
        self.tendered.set_amount(due)
        self._update()

    def _update(self, *_: object) -> None:
        given = self.tendered.amount()
        enough = given >= self.due > 0
        self.change.setProperty("short", not enough)
        self.change.style().unpolish(self.change)
        self.change.style().polish(self.change)
        if enough:
            self.change.setText(format_rupiah(given - self.due))
        else:
            self.change.setText(self.tr("%1 short").replace("%1", format_rupiah(self.due - given)))
        self.confirm.setEnabled(enough)

    def set_busy(self, busy: bool) -> None:
        self.confirm.setEnabled(not busy and self.tendered.amount() >= self.due > 0)
        self.back_button.setEnabled(not busy)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Cash"))
        self.due_title.setText(self.tr("To pay"))
        self.tendered_title.setText(self.tr("Cash given"))
        self.change_title.setText(self.tr("Change"))
        self.quick[0].setText(self.tr("Exact"))
        self.confirm.setText(self.tr("Pay cash"))
        self.back_button.setText(self.tr("‹ Back"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
