"""The checkout queue: finished WOs and unpaid invoices, newest first, found by plate or WO number.

Each row is one big button (`Cashier.QueueItem`, properties `wo_number`, `plate`, `index`): one
tap opens its invoice."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.checkout import QueueItem
from app.money import format_rupiah
from ui.widgets.message_strip import MessageStrip
from ui.widgets.search_box import SearchBox
from ui.widgets.touch_button import TouchButton


class QueueRow(QPushButton):
    def __init__(self, item: QueueItem, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("Cashier.QueueItem")
        self.setProperty("wo_number", item.wo_number)
        self.setProperty("plate", item.plate)
        self.setProperty("index", str(index))
        self.setProperty("state", item.state)
        self.setMinimumHeight(72)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 8, 14, 8)
        plate = QLabel(item.plate or "—", self)
        plate.setObjectName("Cashier.QueuePlate")
        who = QLabel(f"<b>{item.customer_name}</b><br>{item.wo_number}", self)
        who.setObjectName("Cashier.QueueWho")
        self.state_label = QLabel(self)
        self.state_label.setObjectName("Cashier.QueueState")
        due = QLabel(format_rupiah(item.due), self)
        due.setObjectName("Cashier.QueueDue")
        for label in (plate, who, self.state_label, due):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        row.addWidget(plate)
        row.addWidget(who, 1)
        row.addWidget(self.state_label)
        row.addWidget(due)
        self.retranslate()

    def retranslate(self) -> None:
        self.state_label.setText(self.tr("Unpaid invoice") if self.item.state == "unpaid" else self.tr("To invoice"))


class QueuePage(QWidget):
    opened = Signal(object)          # QueueItem
    search_changed = Signal(str)
    shift_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Cashier.QueuePage")
        self.rows: list[QueueRow] = []
        self.search = SearchBox("Cashier.Search", self, debounce_ms=200, min_chars=0)
        self.search.search_requested.connect(self.search_changed.emit)
        self.count = QLabel(self)
        self.count.setObjectName("Cashier.QueueCount")
        self.shift_strip = MessageStrip("Cashier.ShiftStrip", self)
        self.open_shift = TouchButton("Cashier.GoToShift", parent=self, kind="primary")
        self.open_shift.clicked.connect(self.shift_requested.emit)
        self.open_shift.hide()
        self.terminal_strip = MessageStrip("Cashier.TerminalStrip", self)
        self.empty = QLabel(self)
        self.empty.setObjectName("Cashier.QueueEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_body = QWidget(self)
        self.list_layout = QVBoxLayout(self.list_body)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(8)
        self.list_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("Cashier.QueueScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.list_body)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        shift_row = QHBoxLayout()
        shift_row.addWidget(self.shift_strip, 1)
        shift_row.addWidget(self.open_shift)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(shift_row)
        layout.addWidget(self.terminal_strip)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        self.retranslate()

    def show_items(self, items: list[QueueItem]) -> None:
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        for index, item in enumerate(items):
            row = QueueRow(item, index, self.list_body)
            row.clicked.connect(lambda _=False, it=item: self.opened.emit(it))
            self.list_layout.insertWidget(index, row)
            self.rows.append(row)
        self.empty.setVisible(not items)
        self.count.setText(self.tr("%n waiting", "", len(items)))

    def show_shift(self, is_open: bool) -> None:
        if is_open:
            self.shift_strip.clear_message()
        else:
            self.shift_strip.show_message(self.tr("No shift is open on this till: open it with the float first."),
                                          "warning")
        self.open_shift.setVisible(not is_open)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Find by plate or WO number"))
        self.empty.setText(self.tr("Nothing waiting for payment."))
        self.open_shift.setText(self.tr("Open shift"))
        for row in self.rows:
            row.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
