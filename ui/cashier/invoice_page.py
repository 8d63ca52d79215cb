"""The invoice preview: billed labour and parts, discount, DPP, PPN (the rule's rate), total, and
the payment methods — one tap each (`Cashier.Method`, property `method`)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from app.money import format_rupiah
from ui.cashier.checkout_model import Sale
from ui.widgets.message_strip import MessageStrip
from ui.widgets.rupiah import RupiahEntry, RupiahLabel
from ui.widgets.touch_button import TouchButton

METHODS = ("cash", "card", "split", "on_account", "qris")


class InvoicePage(QWidget):
    method_chosen = Signal(str)
    discount_changed = Signal(int)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Cashier.InvoicePage")
        self.sale: Sale | None = None
        self.title = QLabel(self)
        self.title.setObjectName("Cashier.InvoiceTitle")
        self.title.setWordWrap(True)
        self.lines = QTableWidget(0, 4, self)
        self.lines.setObjectName("Cashier.Lines")
        self.lines.verticalHeader().hide()
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lines.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.discount = RupiahEntry("Cashier.Discount", self)
        self.discount.editingFinished.connect(lambda: self.discount_changed.emit(self.discount.amount()))
        self.discount_note = QLabel(self)
        self.discount_note.setObjectName("Cashier.DiscountNote")
        self.discount_note.setWordWrap(True)
        self.totals: dict[str, RupiahLabel] = {}
        self.total_names: dict[str, QLabel] = {}
        grid = QGridLayout()
        for row, key in enumerate(("subtotal", "discount", "dpp", "ppn", "total", "paid", "due")):
            name = QLabel(self)
            name.setObjectName(f"Cashier.TotalName.{key}")
            amount = RupiahLabel(f"Cashier.Total.{key}", 0, self)
            grid.addWidget(name, row, 0)
            grid.addWidget(amount, row, 1)
            self.totals[key], self.total_names[key] = amount, name
        self.totals["total"].setProperty("big", True)
        self.totals["due"].setProperty("big", True)
        self.message = MessageStrip("Cashier.InvoiceMessage", self)
        self.methods: dict[str, TouchButton] = {}
        methods = QHBoxLayout()
        for method in METHODS:
            button = TouchButton("Cashier.Method", parent=self, kind="primary" if method in ("cash", "card") else
                                 "secondary")
            button.setProperty("method", method)
            button.setMinimumHeight(64)
            button.clicked.connect(lambda _=False, m=method: self.method_chosen.emit(m))
            methods.addWidget(button)
            self.methods[method] = button
        self.back_button = TouchButton("Cashier.Back", parent=self)
        self.back_button.clicked.connect(self.back.emit)
        discount_row = QHBoxLayout()
        self.discount_label = QLabel(self)
        discount_row.addWidget(self.discount_label)
        discount_row.addWidget(self.discount, 1)
        right = QVBoxLayout()
        right.addLayout(discount_row)
        right.addWidget(self.discount_note)
        right.addLayout(grid)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.lines, 3)
        body.addLayout(right, 2)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addLayout(methods)
        self.retranslate()

    def show_sale(self, sale: Sale) -> None:
        if self.sale is None or self.sale.wo_id != sale.wo_id:
            self.message.clear_message()
        self.sale = sale
        p, inv = sale.preview, sale.invoice
        number = inv.number if inv else self.tr("not issued yet")
        self.title.setText(f"<b>{p.plate}</b> · {p.customer_name} · {p.wo_number} · {number}")
        self.lines.setRowCount(len(p.lines))
        for row, line in enumerate(p.lines):
            cells = (line.description, str(line.qty), format_rupiah(line.unit_price), format_rupiah(line.amount))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.lines.setItem(row, col, item)
        src = inv if inv is not None else p
        self.totals["subtotal"].set_amount(src.labour_total + src.parts_total)
        self.totals["discount"].set_amount(-src.discount)
        self.totals["dpp"].set_amount(src.dpp)
        self.totals["ppn"].set_amount(src.ppn)
        self.totals["total"].set_amount(src.total)
        paid = inv.paid if inv else 0
        self.totals["paid"].set_amount(paid)
        self.totals["due"].set_amount(sale.due)
        for key in ("paid", "due"):
            self.totals[key].setVisible(bool(paid))
            self.total_names[key].setVisible(bool(paid))
        self.total_names["ppn"].setText(p.ppn_label)
        self.total_names["dpp"].setText(p.dpp_label)
        if not self.discount.hasFocus():
            self.discount.set_amount(src.discount)
        self.discount.setEnabled(inv is None)
        if p.discount_needs_approval and inv is None:
            self.discount_note.setText(self.tr("Over %1% of labour and parts: a supervisor confirms it.")
                                       .replace("%1", str(p.discount_pct_limit)))
        else:
            self.discount_note.setText("")

    def set_busy(self, busy: bool) -> None:
        for button in self.methods.values():
            button.setEnabled(not busy)
        self.back_button.setEnabled(not busy)

    def retranslate(self) -> None:
        self.lines.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Qty"), self.tr("Price"), self.tr("Amount")])
        self.discount_label.setText(self.tr("Discount"))
        names = {"subtotal": self.tr("Subtotal"), "discount": self.tr("Discount"), "dpp": self.tr("DPP"),
                 "ppn": self.tr("PPN"), "total": self.tr("TOTAL"), "paid": self.tr("Paid"),
                 "due": self.tr("Still due")}
        for key, text in names.items():
            self.total_names[key].setText(text)
        texts = {"cash": self.tr("Cash"), "card": self.tr("Card (EDC)"), "split": self.tr("Split"),
                 "on_account": self.tr("On account"), "qris": self.tr("QRIS")}
        for method, text in texts.items():
            self.methods[method].setText(text)
        self.back_button.setText(self.tr("‹ Queue"))
        if self.sale is not None:
            self.show_sale(self.sale)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
