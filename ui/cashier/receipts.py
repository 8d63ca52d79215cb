"""Receipts: past invoices by plate or number, the receipt as printed, a reprint (marked as a
copy), and — with a supervisor's PIN — a void of a paid invoice or a refund (the refund dialog
offers what the invoice allows: a card paid today is voided on the terminal; after settlement,
cash or a credit on the customer's account)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QScrollArea,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app.billing import Invoice
from app.money import format_rupiah
from app.voids import RefundOptions
from ui.cashier.history_models import ReceiptsModel
from ui.cashier.refund_dialog import RefundDialog
from ui.cashier.texts import approval_reason, cashier_error
from ui.kit.screen import Screen, ViewContext
from ui.widgets.message_strip import MessageStrip
from ui.widgets.search_box import SearchBox
from ui.widgets.supervisor_pin import SupervisorPinPrompt
from ui.widgets.touch_button import TouchButton

TITLE = QT_TRANSLATE_NOOP("Screens", "Receipts")


class ReceiptsScreen(Screen):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, screen_id="cashier.receipts")
        self.model = ReceiptsModel(ctx, self.origin, self)
        self.invoices: list[Invoice] = []
        self.prompt: SupervisorPinPrompt | None = None
        self.refund_dialog: RefundDialog | None = None
        self.search = SearchBox("Cashier.HistorySearch", self, min_chars=0)
        self.search.search_requested.connect(self.model.search)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("Cashier.History")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.preview = QLabel(self)
        self.preview.setObjectName("Cashier.HistoryPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.preview)
        self.message = MessageStrip("Cashier.HistoryMessage", self)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("Cashier.Reason")
        self.reprint = TouchButton("Cashier.HistoryReprint", parent=self, kind="primary")
        self.void = TouchButton("Cashier.Void", parent=self, kind="danger")
        self.refund = TouchButton("Cashier.Refund", parent=self)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.table, 1)
        left.addWidget(self.message)
        reason_row = QHBoxLayout()  # a void needs the reason; the refund dialog starts from it too
        reason_row.addWidget(self.reason, 3)
        reason_row.addWidget(self.void, 2)
        left.addLayout(reason_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reprint)
        buttons.addWidget(self.refund)
        left.addLayout(buttons)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(scroll, 2)
        self.body_layout.addLayout(body)
        self.retranslate()
        self._set_enabled(False)
        m = self.model
        m.listed.connect(self._show)
        m.preview.connect(self._preview)
        m.done.connect(self._done)
        m.printed.connect(self._printed)
        m.failed.connect(lambda exc: self.message.error(cashier_error(exc)))
        m.approval_needed.connect(self._ask_supervisor)
        self.reprint.clicked.connect(m.reprint)
        self.void.clicked.connect(lambda: m.void(self.reason.text().strip()))
        m.refund_options_ready.connect(self._open_refund)
        self.refund.clicked.connect(m.load_refund_options)
        m.search("")

    def title(self) -> str:
        return QCoreApplication.translate("Screens", TITLE)

    def _set_enabled(self, on: bool) -> None:
        for widget in (self.reprint, self.void, self.refund, self.reason):
            widget.setEnabled(on)

    def _show(self, invoices: list[Invoice]) -> None:
        self.invoices = invoices
        self.table.setRowCount(len(invoices))
        for r, inv in enumerate(invoices):
            for c, text in enumerate((inv.number, inv.plate, format_rupiah(inv.total), format_rupiah(inv.paid))):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def _chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        invoice = self.invoices[rows[0].row()] if rows else None
        self._set_enabled(invoice is not None)
        self.model.choose(invoice)

    def _preview(self, image: QImage) -> None:
        self.preview.setPixmap(QPixmap.fromImage(image).scaledToWidth(340, Qt.TransformationMode.SmoothTransformation))

    def _printed(self, ok: bool, detail: str) -> None:
        if ok:
            self.message.ok(self.tr("Copy printed."))
        elif detail == "no printer":
            self.message.error(self.tr("No receipt printer on this till."))
        else:
            self.message.error(self.tr("The copy did not print (%1); it is kept for a reprint.").replace("%1", detail))

    def _done(self, what: str) -> None:
        self.message.ok({"voided": self.tr("Invoice voided."), "credited": self.tr(
            "Refund credited to the customer's account.")}.get(what, self.tr("Refund recorded: hand the cash back.")))
        self.model.search(self.search.text().strip())

    def _open_refund(self, options: RefundOptions) -> None:
        self.refund_dialog = RefundDialog(options, self, self.reason.text().strip())
        self.refund_dialog.refund_requested.connect(self.model.refund)
        self.refund_dialog.void_requested.connect(self.model.void)
        self.refund_dialog.open()

    def _ask_supervisor(self, kind: str, reason: str) -> None:
        self.prompt = SupervisorPinPrompt(self.ctx, approval_reason(kind) or reason, self)
        self.prompt.approved.connect(lambda actor, k=kind: self.model.approve(k, actor))
        self.prompt.open()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Find by plate, invoice or WO number"))
        self.table.setHorizontalHeaderLabels([self.tr("Invoice"), self.tr("Plate"), self.tr("Total"),
                                              self.tr("Paid")])
        self.reason.setPlaceholderText(self.tr("Reason (for a void or a refund)"))
        self.reprint.setText(self.tr("Reprint"))
        self.void.setText(self.tr("Void invoice"))
        self.refund.setText(self.tr("Refund…"))
