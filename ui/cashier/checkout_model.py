"""The checkout's view-model: the queue, the open invoice, and the payment in progress.

Runs every core call as an operation: reads and commands on the store lane, the card sale on
the device lane (`EdcRunner`), so the GUI never waits on the terminal. A refused command that
needs a supervisor emits `approval_needed(kind, text)`; the view asks for the PIN and calls
`approve(kind, supervisor)`, and the same action runs again with the approval.

A payment is a plan {cash, card, on_account}: card parts first (each recorded on approval),
then the cash and on-account parts in one command, then the receipt (drawer kick with cash).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.billing import Invoice, PaymentIn
from app.card_errors import CardTerminalBusy, CardTerminalOffline
from app.checkout import CheckoutResult, InvoicePreview, QueueItem
from app.overrides import Approval, ApprovalRequired, approval_of
from app.ports import CardResult
from ui.devices.edc_runner import EdcRunner
from ui.devices.print_queue import PrintQueue
from ui.devices import receipts
from ui.kit.operations import CommandOp, DeviceOp, QueryOp
from ui.kit.screen import ViewContext

CARD_STAGES = ("sending", "sent", "waiting_for_card", "checking_status", "done")


def stage_code(code: str) -> str:
    """`waiting_for_card` from a DeviceMessage value or an enum's `Progress.WAITING_FOR_CARD`."""
    return str(code).rsplit(".", 1)[-1].lower()


@dataclass
class Plan:
    cash: int = 0
    card: int = 0
    on_account: int = 0
    tendered: int = 0  # cash handed over (≥ cash)

    @property
    def total(self) -> int:
        return self.cash + self.card + self.on_account


@dataclass
class Sale:
    """The checkout on screen: a WO's preview, then its invoice and what is paid."""

    wo_id: str
    preview: InvoicePreview
    invoice: Invoice | None = None
    discount: int = 0
    plan: Plan = field(default_factory=Plan)
    result: CheckoutResult | None = None
    change: int = 0
    open_drawer: bool = False

    @property
    def due(self) -> int:
        return self.invoice.balance if self.invoice is not None else self.preview.total


class CheckoutModel(QObject):
    queue_loaded = Signal(list)          # list[QueueItem]
    sale_changed = Signal(object)        # Sale | None
    card_stage = Signal(str)             # a DeviceMessage value, or "approved" / "declined" / "unresolved"
    paid = Signal(object)                # Sale (balance 0)
    failed = Signal(object)              # BaseException
    approval_needed = Signal(str, str)   # kind, the core's reason
    busy_changed = Signal(bool)
    shift_open = Signal(bool)
    printed = Signal(bool, str)          # ok, message (a failed print is kept for reprint)
    preview_ready = Signal(object)       # QImage of the receipt
    terminal_checking = Signal(bool, str)  # checking now?, what came of it

    def __init__(self, ctx: ViewContext, origin: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services = ctx.services
        self.origin = origin
        self.sale: Sale | None = None
        self.queue: list[QueueItem] = []
        self.approvals: dict[str, Approval] = {}
        self.busy = False  # a command on the store lane or a card request on the terminal is running
        self._store_busy = False
        self.has_shift = False
        self.search = ""
        self.edc = EdcRunner(ctx.devices, ctx.tasks, self)
        self.edc.progress.connect(lambda code: self.card_stage.emit(stage_code(code)))
        self.edc.busy_changed.connect(lambda _b: self._update_busy())
        self.printer = PrintQueue(ctx.devices, ctx.tasks, self)
        self.printer.printed.connect(lambda _t, _j: self.printed.emit(True, ""))
        self.printer.failed.connect(lambda _t, exc: self.printed.emit(False, str(exc)))
        self._retry: Callable[[], None] | None = None
        self.last_receipt: bytes = b""

    # -- plumbing ------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self._store_busy = busy
        self._update_busy()

    def _update_busy(self) -> None:
        busy = self._store_busy or self.edc.busy
        if busy != self.busy:
            self.busy = busy
            self.busy_changed.emit(busy)

    def _query(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        QueryOp(self, fn, tasks=self.ctx.tasks).success(done).failure(self.failed.emit).run()

    def _command(self, fn: Callable[[], Any], done: Callable[[Any], None], retry: Callable[[], None]) -> None:
        self._set_busy(True)
        self._retry = retry
        CommandOp(self, fn, origin=self.origin, tasks=self.ctx.tasks).success(done) \
            .failure(self._refused).finally_(lambda: self._set_busy(False)).run()

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, ApprovalRequired):
            self.approval_needed.emit(exc.kind, str(exc))
        else:
            self.failed.emit(exc)

    def approve(self, kind: str, supervisor: Any) -> None:
        """The supervisor proved their PIN: run the refused action again with their approval."""
        try:
            self.approvals[kind] = approval_of(supervisor, kind)  # type: ignore[arg-type]
        except Exception as exc:  # noqa: BLE001 - a non-supervisor: said on screen
            self.failed.emit(exc)
            return
        if self._retry is not None:
            self._retry()

    # -- reading -------------------------------------------------------------------------
    def refresh(self) -> None:
        checkout, shifts, search = self.services.checkout, self.services.shifts, self.search
        self._query(lambda: (checkout.queue(search), shifts.current() is not None), self._loaded)

    def _loaded(self, result: tuple[list[QueueItem], bool]) -> None:
        self.queue, self.has_shift = result
        self.queue_loaded.emit(self.queue)
        self.shift_open.emit(self.has_shift)

    def find(self, text: str) -> None:
        self.search = text
        self.refresh()

    def open(self, item: QueueItem) -> None:
        """Show a queue item's invoice (the preview, or the issued invoice still due)."""
        checkout, billing = self.services.checkout, self.services.billing

        def load() -> Sale:
            preview = checkout.preview(item.wo_id)
            invoice = billing.get(item.invoice_id) if item.invoice_id else None
            return Sale(wo_id=item.wo_id, preview=preview, invoice=invoice,
                        discount=invoice.discount if invoice else 0)

        self.approvals.clear()
        self._query(load, self._show)

    def _show(self, sale: Sale | None) -> None:
        self.sale = sale
        self.sale_changed.emit(sale)

    def set_discount(self, amount: int) -> None:
        sale = self.sale
        if sale is None or sale.invoice is not None or amount == sale.discount:
            return
        checkout, wo_id = self.services.checkout, sale.wo_id

        def done(preview: InvoicePreview) -> None:
            if self.sale is sale:
                sale.preview, sale.discount = preview, amount
                self.sale_changed.emit(sale)

        self._query(lambda: checkout.preview(wo_id, amount), done)

    def close_sale(self) -> None:
        self.sale = None
        self.approvals.clear()
        self.sale_changed.emit(None)
        self.refresh()

    # -- paying --------------------------------------------------------------------------
    def pay(self, plan: Plan) -> None:
        """Take `plan` (it must add up to what is due): card first, then cash and on account."""
        sale = self.sale
        if sale is None or self.busy:
            return
        sale.plan = plan
        if plan.card:
            self._card(sale)
        else:
            self._rest(sale)

    def _issue(self, sale: Sale) -> Invoice:
        """The invoice of the sale (issued now, or the one already issued); on the store lane."""
        if sale.invoice is not None:
            return self.services.billing.get(sale.invoice.id)
        return self.services.checkout.start(self.ctx.actor, sale.wo_id, sale.discount,
                                            self.approvals.get("discount"))

    def _card(self, sale: Sale) -> None:
        card_sales, actor, amount = self.services.card_sales, self.ctx.actor, sale.plan.card
        if not self.edc.available:
            self.failed.emit(CardTerminalOffline("no card terminal on this till"))
            return

        def prepare() -> tuple[Invoice, str]:
            invoice = self._issue(sale)
            return invoice, card_sales.prepare(actor, invoice.id, amount)

        def start(prepared: tuple[Invoice, str]) -> None:
            sale.invoice, key = prepared
            self.sale_changed.emit(sale)
            self.card_stage.emit("sending")
            op = self.edc.sale(key, amount)  # the runner is busy (so are we) until the terminal answers
            if op is None:
                self.failed.emit(CardTerminalBusy("the card terminal is busy with another request"))
                return
            op.success(self._card_done).failure(self._card_failed)

        self._command(prepare, start, lambda: self._card(sale))

    def _card_failed(self, exc: BaseException) -> None:
        self.card_stage.emit("failed")
        self.failed.emit(exc)

    def _card_done(self, result: CardResult) -> None:
        sale = self.sale
        if sale is None or sale.invoice is None:
            return
        card_sales, actor, invoice_id = self.services.card_sales, self.ctx.actor, sale.invoice.id
        self.card_stage.emit("approved" if result.status == "approved" else
                             "unresolved" if result.status == "unknown" else "declined")

        def recorded(res: CheckoutResult) -> None:
            sale.invoice = res.invoice
            sale.plan.card = 0
            self.sale_changed.emit(sale)
            if sale.plan.cash or sale.plan.on_account:
                self._rest(sale)
            else:
                self._finish(sale, res)

        self._command(lambda: card_sales.record(actor, invoice_id, result), recorded, lambda: None)

    def _rest(self, sale: Sale) -> None:
        plan, checkout, actor = sale.plan, self.services.checkout, self.ctx.actor
        parts = []
        if plan.cash:
            parts.append(PaymentIn(method="cash", amount=plan.cash, tendered=max(plan.tendered, plan.cash)))
        if plan.on_account:
            parts.append(PaymentIn(method="on_account", amount=plan.on_account))
        if not parts:
            return

        def run() -> CheckoutResult:
            invoice = self._issue(sale)
            return checkout.pay(actor, invoice.id, parts, self.approvals.get("credit_limit"))

        def done(res: CheckoutResult) -> None:
            sale.invoice = res.invoice
            self._finish(sale, res)

        self._command(run, done, lambda: self._rest(sale))

    def _finish(self, sale: Sale, res: CheckoutResult) -> None:
        sale.result = res
        sale.change += res.change
        sale.open_drawer = sale.open_drawer or res.open_drawer
        if res.invoice.balance > 0:  # a part was paid; the rest is still due
            self.sale_changed.emit(sale)
            return
        self.paid.emit(sale)
        self.print_receipt(sale.invoice, kick_drawer=sale.open_drawer)
        self.refresh()

    # -- the terminal after a restart or a cut cable ------------------------------------------
    def check_terminal(self, quiet: bool = False) -> None:
        """Ask the terminal what became of unanswered card requests, then record what it approved."""
        card_sales, actor = self.services.card_sales, self.ctx.actor

        def reconcile() -> None:
            CommandOp(self, lambda: card_sales.reconcile(actor), origin=self.origin, tasks=self.ctx.tasks) \
                .success(self._reconciled).failure(self.failed.emit).run()

        def pending(rows: list[dict]) -> None:
            if not rows or not self.edc.available:
                if rows and not quiet:
                    self.failed.emit(CardTerminalOffline("no card terminal on this till"))
                reconcile()
                return
            self.terminal_checking.emit(True, "")
            self.card_stage.emit("checking_status")
            op = self.edc.recover()
            if op is None:
                reconcile()
                return
            op.success(lambda _r: reconcile()).failure(self._recover_failed)

        self._query(card_sales.unresolved, pending)

    def _recover_failed(self, exc: BaseException) -> None:
        self.terminal_checking.emit(False, "")
        self.failed.emit(exc)

    def _reconciled(self, results: list[CheckoutResult]) -> None:
        self.terminal_checking.emit(False, self.tr("%n card sale(s) recorded after checking with the terminal.",
                                                   "", len(results)) if results else "")
        sale = self.sale
        if sale is not None and sale.invoice is not None:
            done = next((r for r in results if r.invoice.id == sale.invoice.id), None)
            if done is not None:
                sale.plan.card = 0
                sale.invoice = done.invoice
                self.card_stage.emit("approved")
                if sale.plan.cash or sale.plan.on_account:
                    self._rest(sale)
                else:
                    self._finish(sale, done)
                return
        if results:
            self.refresh()

    # -- receipts ------------------------------------------------------------------------
    def print_receipt(self, invoice: Invoice | None, *, kick_drawer: bool = False, reprint: bool = False) -> None:
        if invoice is None:
            return
        services, actor, paper = self.services, self.ctx.actor, self.ctx.devices.paper_mm

        def build() -> tuple[bytes, Any]:
            data = receipts.receipt(services.billing.get(invoice.id), services.catalogue.branch(), actor.name,
                                    services.checkout.tax_rule_of(invoice.id), paper, reprint=reprint)
            return data, receipts.preview(data, paper)

        def send(built: tuple[bytes, Any]) -> None:
            data, image = built
            self.last_receipt = data
            self.preview_ready.emit(image)
            if not self.printer.submit(f"Struk {invoice.number}", data, kick_drawer=kick_drawer):
                self.printed.emit(False, "no printer")

        self._query(build, send)

    def open_drawer(self) -> None:
        printer = self.ctx.devices.printer
        if printer is not None:
            DeviceOp(self, printer.kick_drawer, tasks=self.ctx.tasks).failure(self.failed.emit).run()
