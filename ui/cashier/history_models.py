"""View-models of the receipts and receivables screens: their state and operations, no widgets."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.billing import Invoice
from app.overrides import Approval, ApprovalRequired, approval_of
from app.receivables import AgingRow, Collection, OpenInvoice
from ui.devices import receipts
from ui.devices.edc_runner import EdcRunner
from ui.devices.print_queue import PrintQueue
from ui.kit.operations import CommandOp, DeviceOp, QueryOp
from ui.kit.screen import ViewContext


class _Guarded(QObject):
    """Runs a guarded action; a refusal that needs a supervisor asks for one and runs it again."""

    failed = Signal(object)               # BaseException
    approval_needed = Signal(str, str)    # kind, the core's reason

    def __init__(self, ctx: ViewContext, origin: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.origin = origin
        self.approvals: dict[str, Approval] = {}
        self._retry: Callable[[], None] | None = None

    def _refused(self, exc: BaseException, retry: Callable[[], None]) -> None:
        if isinstance(exc, ApprovalRequired):
            self._retry = retry
            self.approval_needed.emit(exc.kind, str(exc))
        else:
            self.failed.emit(exc)

    def approve(self, kind: str, supervisor: Any) -> None:
        try:
            self.approvals[kind] = approval_of(supervisor, kind)  # type: ignore[arg-type]
        except Exception as exc:  # noqa: BLE001 - said on screen
            self.failed.emit(exc)
            return
        if self._retry is not None:
            self._retry()


class ReceiptsModel(_Guarded):
    listed = Signal(list)         # list[Invoice]
    preview = Signal(object)      # QImage
    done = Signal(str)            # "voided" | "refunded"
    printed = Signal(bool, str)   # ok, detail
    refund_options_ready = Signal(object)  # app.voids.RefundOptions

    def __init__(self, ctx: ViewContext, origin: str, parent: QObject | None = None) -> None:
        super().__init__(ctx, origin, parent)
        self.current: Invoice | None = None
        self.printer = PrintQueue(ctx.devices, ctx.tasks, self)
        self.printer.printed.connect(lambda _t, _j: self.printed.emit(True, ""))
        self.printer.failed.connect(lambda _t, exc: self.printed.emit(False, str(exc)))

    def search(self, text: str) -> None:
        checkout = self.ctx.services.checkout
        QueryOp(self, lambda: checkout.history(text), tasks=self.ctx.tasks).success(self.listed.emit) \
            .failure(self.failed.emit).run()

    def choose(self, invoice: Invoice | None) -> None:
        self.current = invoice
        self.approvals.clear()
        if invoice is not None:
            self._render(invoice, send=False)

    def reprint(self) -> None:
        if self.current is not None:
            self._render(self.current, send=True)

    def _render(self, invoice: Invoice, *, send: bool) -> None:
        services, actor, paper = self.ctx.services, self.ctx.actor, self.ctx.devices.paper_mm

        def build() -> tuple[bytes, Any]:
            if send:  # the audit log names who printed a copy
                services.checkout.note_reprint(actor, invoice.id)
            data = receipts.receipt(services.billing.get(invoice.id), services.catalogue.branch(), actor.name,
                                    services.checkout.tax_rule_of(invoice.id), paper, reprint=True)
            return data, receipts.preview(data, paper)

        def show(built: tuple[bytes, Any]) -> None:
            data, image = built
            self.preview.emit(image)
            if send and not self.printer.submit(f"Salinan {invoice.number}", data):
                self.printed.emit(False, "no printer")

        op = CommandOp(self, build, origin=self.origin, tasks=self.ctx.tasks) if send else \
            QueryOp(self, build, tasks=self.ctx.tasks)
        op.success(show).failure(self.failed.emit).run()

    def void(self, reason: str) -> None:
        invoice = self.current
        if invoice is None:
            return
        voids, actor, terminal = self.ctx.services.voids, self.ctx.actor, self.ctx.devices.card_terminal
        approval = self.approvals.get("void")
        # card payments are voided on the terminal: the device lane
        DeviceOp(self, lambda: voids.void(actor, invoice.id, reason, approval, terminal), tasks=self.ctx.tasks) \
            .success(lambda _i: self._done("voided")).failure(lambda e: self._refused(e, lambda: self.void(reason))) \
            .run()

    def load_refund_options(self) -> None:
        """What a refund of the chosen invoice may be (the dialog offers exactly that)."""
        invoice = self.current
        if invoice is None:
            return
        voids = self.ctx.services.voids
        QueryOp(self, lambda: voids.refund_options(invoice.id), tasks=self.ctx.tasks) \
            .success(self.refund_options_ready.emit).failure(self.failed.emit).run()

    def refund(self, amount: int, method: str, reason: str) -> None:
        invoice = self.current
        if invoice is None:
            return
        voids, actor, approval = self.ctx.services.voids, self.ctx.actor, self.approvals.get("refund")
        CommandOp(self, lambda: voids.refund(actor, invoice.id, amount, reason, approval, method),  # type: ignore[arg-type]
                  origin=self.origin, tasks=self.ctx.tasks).success(lambda _r: self._done("refunded" if method == "cash" else "credited")) \
            .failure(lambda e: self._refused(e, lambda: self.refund(amount, method, reason))).run()

    def _done(self, what: str) -> None:
        self.approvals.clear()
        self.done.emit(what)


class ReceivablesModel(_Guarded):
    aging = Signal(list)          # list[AgingRow]
    invoices = Signal(list)       # list[OpenInvoice]
    collected = Signal(object)    # Collection

    card_stage = Signal(str)      # the terminal's progress during a card collection

    def __init__(self, ctx: ViewContext, origin: str, parent: QObject | None = None) -> None:
        super().__init__(ctx, origin, parent)
        self.rows: list[AgingRow] = []
        self.open: list[OpenInvoice] = []
        self.customer_id: str | None = None
        self.edc = EdcRunner(ctx.devices, ctx.tasks, self)
        self.edc.progress.connect(lambda code: self.card_stage.emit(str(code).rsplit(".", 1)[-1].lower()))

    def load(self) -> None:
        receivables = self.ctx.services.receivables
        QueryOp(self, receivables.aging, tasks=self.ctx.tasks).success(self._aging).failure(self.failed.emit).run()

    def _aging(self, rows: list[AgingRow]) -> None:
        self.rows = rows
        self.aging.emit(rows)
        if self.customer_id and any(r.customer_id == self.customer_id for r in rows):
            self.choose(self.customer_id)

    def choose(self, customer_id: str) -> None:
        self.customer_id = customer_id
        receivables = self.ctx.services.receivables
        QueryOp(self, lambda: receivables.open_invoices(customer_id), tasks=self.ctx.tasks) \
            .success(self._invoices).failure(self.failed.emit).run()

    def _invoices(self, invoices: list[OpenInvoice]) -> None:
        self.open = invoices
        self.invoices.emit(invoices)

    def collect(self, amount: int, method: str, invoice_ids: list[str] | None) -> None:
        if self.customer_id is None or amount <= 0:
            return
        receivables, actor, customer = self.ctx.services.receivables, self.ctx.actor, self.customer_id
        CommandOp(self, lambda: receivables.collect(actor, customer, amount, method, invoice_ids),  # type: ignore[arg-type]
                  origin=self.origin, tasks=self.ctx.tasks).success(self._collected).failure(self.failed.emit).run()

    def collect_card(self, amount: int, invoice_ids: list[str] | None) -> None:
        """Charge the card on the terminal (device lane), then record the collection (store lane)."""
        customer = self.customer_id
        if customer is None or amount <= 0 or not self.edc.available or self.edc.busy:
            return
        receivables, actor = self.ctx.services.receivables, self.ctx.actor

        def charge(prepared: tuple[str, str]) -> None:
            collection_id, key = prepared
            op = self.edc.sale(key, amount)
            if op is not None:
                op.success(lambda result: self._record_card(customer, collection_id, result, invoice_ids)) \
                    .failure(self.failed.emit)

        CommandOp(self, lambda: receivables.prepare_card(actor, customer, amount, invoice_ids), origin=self.origin,
                  tasks=self.ctx.tasks).success(charge).failure(self.failed.emit).run()

    def _record_card(self, customer: str, collection_id: str, result: Any, invoice_ids: list[str] | None) -> None:
        receivables, actor = self.ctx.services.receivables, self.ctx.actor
        CommandOp(self, lambda: receivables.record_card(actor, customer, collection_id, result, invoice_ids),
                  origin=self.origin, tasks=self.ctx.tasks).success(self._collected).failure(self.failed.emit).run()

    def _collected(self, collection: Collection) -> None:
        self.collected.emit(collection)
        self.load()
