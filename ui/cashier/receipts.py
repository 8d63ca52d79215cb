"""Receipts: past invoices by plate or number, the receipt as printed, a reprint (marked as a
copy), and — with a supervisor's PIN — a void of a paid invoice or a cash refund."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QScrollArea,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app.billing import Invoice
from app.money import format_rupiah
from app.overrides import Approval, ApprovalRequired, approval_of
from ui.cashier.texts import cashier_error
from ui.devices import receipts
from ui.devices.print_queue import PrintQueue
from ui.kit.operations import CommandOp, DeviceOp, QueryOp
from ui.kit.screen import Screen, ViewContext
from ui.widgets.message_strip import MessageStrip
from ui.widgets.rupiah import RupiahEntry
from ui.widgets.search_box import SearchBox
from ui.widgets.supervisor_pin import SupervisorPinPrompt
from ui.widgets.touch_button import TouchButton

TITLE = QT_TRANSLATE_NOOP("Screens", "Receipts")


class ReceiptsScreen(Screen):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, screen_id="cashier.receipts")
        self.invoices: list[Invoice] = []
        self.current: Invoice | None = None
        self.approvals: dict[str, Approval] = {}
        self.prompt: SupervisorPinPrompt | None = None
        self.printer = PrintQueue(ctx.devices, ctx.tasks, self)
        self.printer.printed.connect(lambda _t, _j: self.message.ok(self.tr("Copy printed.")))
        self.printer.failed.connect(lambda _t, exc: self.message.error(
            self.tr("The copy did not print (%1); it is kept for a reprint.").replace("%1", str(exc))))
        self.search = SearchBox("Cashier.HistorySearch", self, min_chars=0)
        self.search.bind(lambda text: ctx.services.checkout.history(text), self._show)
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
        self.refund_amount = RupiahEntry("Cashier.RefundAmount", self)
        self.reprint = TouchButton("Cashier.HistoryReprint", parent=self, kind="primary")
        self.reprint.clicked.connect(self._reprint)
        self.void = TouchButton("Cashier.Void", parent=self, kind="danger")
        self.void.clicked.connect(self._void)
        self.refund = TouchButton("Cashier.Refund", parent=self)
        self.refund.clicked.connect(self._refund)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.table, 1)
        left.addWidget(self.message)
        left.addWidget(self.reason)
        refund_row = QHBoxLayout()
        refund_row.addWidget(self.refund_amount, 1)
        refund_row.addWidget(self.refund)
        left.addLayout(refund_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reprint)
        buttons.addWidget(self.void)
        left.addLayout(buttons)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(scroll, 2)
        self.body_layout.addLayout(body)
        self.retranslate()
        self._set_enabled(False)
        QueryOp(self, lambda: ctx.services.checkout.history(""), tasks=ctx.tasks).success(self._show).run()

    def title(self) -> str:
        return QCoreApplication.translate("Screens", TITLE)

    def _set_enabled(self, on: bool) -> None:
        for widget in (self.reprint, self.void, self.refund, self.reason, self.refund_amount):
            widget.setEnabled(on)

    def _show(self, invoices: list[Invoice]) -> None:
        self.invoices = invoices
        self.table.setRowCount(len(invoices))
        for r, inv in enumerate(invoices):
            for c, text in enumerate((inv.number, inv.plate, format_rupiah(inv.total), format_rupiah(inv.paid))):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def _chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.current = self.invoices[rows[0].row()] if rows else None
        self._set_enabled(self.current is not None)
        self.approvals.clear()
        if self.current is not None:
            self._render(self.current, send=False)

    def _render(self, invoice: Invoice, *, send: bool) -> None:
        services, actor, paper = self.ctx.services, self.ctx.actor, self.ctx.devices.paper_mm

        def build() -> tuple[bytes, QImage]:
            if send:  # the audit log names who printed a copy
                services.checkout.note_reprint(actor, invoice.id)
            data = receipts.receipt(services.billing.get(invoice.id), services.catalogue.branch(), actor.name,
                                    services.checkout.tax_rule_of(invoice.id), paper, reprint=True)
            return data, receipts.preview(data, paper)

        def done(built: tuple[bytes, QImage]) -> None:
            data, image = built
            self.preview.setPixmap(QPixmap.fromImage(image).scaledToWidth(340, Qt.TransformationMode.SmoothTransformation))
            if send:
                if not self.printer.submit(f"Salinan {invoice.number}", data):
                    self.message.error(self.tr("No receipt printer on this till."))

        op = CommandOp(self, build, origin=self.origin, tasks=self.ctx.tasks) if send else \
            QueryOp(self, build, tasks=self.ctx.tasks)
        op.success(done).failure(self._failed).run()

    def _reprint(self) -> None:
        if self.current is not None:
            self._render(self.current, send=True)

    def _void(self) -> None:
        invoice, reason = self.current, self.reason.text().strip()
        if invoice is None:
            return
        voids, actor, terminal = self.ctx.services.voids, self.ctx.actor, self.ctx.devices.card_terminal
        approval = self.approvals.get("void")
        # card payments are voided on the terminal: the device lane
        DeviceOp(self, lambda: voids.void(actor, invoice.id, reason, approval, terminal), tasks=self.ctx.tasks) \
            .success(lambda _i: self._done(self.tr("Invoice voided."))).failure(lambda e: self._refused(e, self._void)) \
            .run()

    def _refund(self) -> None:
        invoice, reason, amount = self.current, self.reason.text().strip(), self.refund_amount.amount()
        if invoice is None:
            return
        voids, actor, approval = self.ctx.services.voids, self.ctx.actor, self.approvals.get("refund")
        CommandOp(self, lambda: voids.refund(actor, invoice.id, amount, reason, approval), origin=self.origin,
                  tasks=self.ctx.tasks).success(lambda _r: self._done(self.tr("Refund recorded: hand the cash back."))) \
            .failure(lambda e: self._refused(e, self._refund)).run()

    def _refused(self, exc: BaseException, retry: Any) -> None:
        if isinstance(exc, ApprovalRequired):
            kind = exc.kind
            self.prompt = SupervisorPinPrompt(self.ctx, str(exc), self)
            self.prompt.approved.connect(lambda actor: self._approved(kind, actor, retry))
            self.prompt.open()
        else:
            self._failed(exc)

    def _approved(self, kind: str, supervisor: Any, retry: Any) -> None:
        try:
            self.approvals[kind] = approval_of(supervisor, kind)  # type: ignore[arg-type]
        except Exception as exc:  # noqa: BLE001 - said on screen
            self._failed(exc)
            return
        retry()

    def _done(self, text: str) -> None:
        self.approvals.clear()
        self.message.ok(text)
        self.search.returnPressed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.message.error(cashier_error(exc))

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Find by plate, invoice or WO number"))
        self.table.setHorizontalHeaderLabels([self.tr("Invoice"), self.tr("Plate"), self.tr("Total"),
                                              self.tr("Paid")])
        self.reason.setPlaceholderText(self.tr("Reason (for a void or a refund)"))
        self.refund_amount.setPlaceholderText(self.tr("Refund amount"))
        self.reprint.setText(self.tr("Reprint"))
        self.void.setText(self.tr("Void invoice"))
        self.refund.setText(self.tr("Refund cash"))
