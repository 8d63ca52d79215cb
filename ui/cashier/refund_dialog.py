"""The refund dialog: what this invoice allows, explained, and exactly that offered.

The card terminal has no refund message (see docs/cashier.md):
- a card payment of *today* is voided on the terminal (the money goes back to the same card):
  the dialog explains it and offers only "Void on the terminal";
- after settlement (an earlier day) the terminal can no longer reverse it: the refund goes back in
  cash from the drawer, or as a credit on the customer's account when they owe on account.
A supervisor's PIN confirms either (asked after Confirm, by the screen).

Names: `Cashier.RefundDialog`, `Cashier.RefundExplain`, `Cashier.RefundAmount`,
`Cashier.RefundMethod` (property `method` = cash, on_account), `Cashier.RefundReason`,
`Cashier.RefundVoid`, `Cashier.RefundConfirm`, `Cashier.RefundCancel`, `Cashier.RefundMessage`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QButtonGroup, QDialog, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.money import format_rupiah
from app.voids import RefundOptions
from ui.widgets.message_strip import MessageStrip
from ui.widgets.rupiah import RupiahEntry
from ui.widgets.touch_button import TouchButton


class RefundDialog(QDialog):
    refund_requested = Signal(int, str, str)  # amount, method, reason
    void_requested = Signal(str)              # reason

    def __init__(self, options: RefundOptions, parent: QWidget | None = None, reason: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("Cashier.RefundDialog")
        self.setModal(True)
        self.setFixedWidth(620)
        self.options = options
        self.method = options.methods[0] if options.methods else ""
        self.heading = QLabel(self)
        self.heading.setObjectName("Cashier.PageHeading")
        self.explain = QLabel(self)
        self.explain.setObjectName("Cashier.RefundExplain")
        self.explain.setWordWrap(True)
        self.amount = RupiahEntry("Cashier.RefundAmount", self)
        self.amount.set_amount(options.refundable)
        self.methods: dict[str, TouchButton] = {}
        group = QButtonGroup(self)
        row = QHBoxLayout()
        for method in options.methods:
            button = TouchButton("Cashier.RefundMethod", parent=self)
            button.setProperty("method", method)
            button.setCheckable(True)
            button.setChecked(method == self.method)
            button.clicked.connect(lambda _=False, m=method: self._choose(m))
            group.addButton(button)
            row.addWidget(button)
            self.methods[method] = button
        self.reason = QLineEdit(reason, self)
        self.reason.setObjectName("Cashier.RefundReason")
        self.message = MessageStrip("Cashier.RefundMessage", self)
        self.cancel = TouchButton("Cashier.RefundCancel", parent=self)
        self.cancel.clicked.connect(self.reject)
        self.void = TouchButton("Cashier.RefundVoid", parent=self, kind="danger")
        self.void.clicked.connect(self._void)
        self.confirm = TouchButton("Cashier.RefundConfirm", parent=self, kind="primary")
        self.confirm.clicked.connect(self._confirm)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.void, 1)
        buttons.addWidget(self.confirm, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explain)
        layout.addWidget(self.amount)
        layout.addLayout(row)
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        refundable = bool(options.methods)
        self.amount.setVisible(refundable)
        self.reason.setVisible(not options.voided and (refundable or options.card_today > 0))
        self.confirm.setVisible(refundable)
        self.void.setVisible(options.card_today > 0)
        self.retranslate()

    def _choose(self, method: str) -> None:
        self.method = method
        for name, button in self.methods.items():
            button.setChecked(name == method)
        self._explain()

    def _confirm(self) -> None:
        amount, reason = self.amount.amount(), self.reason.text().strip()
        limit = self.options.refundable
        if self.method == "on_account":
            limit = min(limit, self.options.owed_on_account)
        if amount <= 0 or amount > limit:
            self.message.error(self.tr("The refund must be more than Rp 0 and at most %1.")
                               .replace("%1", format_rupiah(limit)))
            return
        if not reason:
            self.message.error(self.tr("Say why the money is refunded."))
            return
        self.refund_requested.emit(amount, self.method, reason)
        self.accept()

    def _void(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.message.error(self.tr("Say why the invoice is voided."))
            return
        self.void_requested.emit(reason)
        self.accept()

    def _explain(self) -> None:
        o = self.options
        if o.voided:
            text = self.tr("This invoice is voided: there is nothing to refund.")
        elif o.card_today:
            text = self.tr("%1 was paid by card today. The card terminal cannot refund, but it can still void "
                           "today's card payment: the money goes back to the same card. Void the invoice on the "
                           "terminal (a supervisor confirms it); the work order can then be invoiced again.") \
                .replace("%1", format_rupiah(o.card_today))
        elif not o.refundable:
            text = self.tr("Nothing paid on this invoice is left to refund.")
        else:
            parts = []
            if o.card_settled:
                parts.append(self.tr("The card payment of %1 was settled on an earlier day: the terminal can no "
                                     "longer reverse it.").replace("%1", format_rupiah(o.card_settled)))
            if self.method == "on_account":
                parts.append(self.tr("The refund is credited to the customer's account: what they owe on account "
                                     "(%1) goes down; no cash leaves the drawer.")
                             .replace("%1", format_rupiah(o.owed_on_account)))
            else:
                drawer = format_rupiah(o.cash_in_drawer) if o.cash_in_drawer is not None else "—"
                parts.append(self.tr("The refund is handed back in cash from the drawer (%1 in it now).")
                             .replace("%1", drawer))
            parts.append(self.tr("A supervisor confirms it with their PIN; both names are kept in the audit log."))
            text = " ".join(parts)
        self.explain.setText(text)
        # a wrapped label in a dialog gets the height its text needs at the dialog's width
        self.ensurePolished()
        self.explain.ensurePolished()
        margins = self.layout().contentsMargins() if self.layout() is not None else None
        width = self.width() - (margins.left() + margins.right() if margins else 24)
        self.explain.setMinimumHeight(self.explain.heightForWidth(width))
        self.adjustSize()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Refund"))
        self.heading.setText(self.tr("Refund %1").replace("%1", self.options.number))
        names = {"cash": self.tr("Cash from the drawer"), "on_account": self.tr("Credit on account")}
        for method, button in self.methods.items():
            button.setText(names[method])
        self.reason.setPlaceholderText(self.tr("Reason"))
        self.cancel.setText(self.tr("Cancel"))
        self.void.setText(self.tr("Void on the terminal"))
        self.confirm.setText(self.tr("Confirm refund"))
        self._explain()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
