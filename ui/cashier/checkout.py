"""The checkout screen: queue → invoice → cash / card / split / on account → paid.

A plain cash or card sale is three taps: the queue row (open), the method, the confirm button
(cash starts at the exact amount; the card starts on the terminal). The pages live in their own
modules; this one switches between them and binds them to the `CheckoutModel`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from app.checkout import QueueItem
from ui.cashier.card_page import CardPage
from ui.cashier.cash_page import CashPage
from ui.cashier.checkout_model import CheckoutModel, Plan, Sale
from ui.cashier.done_page import DonePage
from ui.cashier.invoice_page import InvoicePage
from ui.cashier.nav import open_screen
from ui.cashier.qris_model import QrisModel
from ui.cashier.qris_page import QrisPage
from ui.cashier.queue_page import QueuePage
from ui.cashier.split_page import SplitPage
from ui.cashier.texts import approval_reason, cashier_error
from ui.kit.changes import ChangeWatcher
from ui.kit.screen import Screen, ViewContext
from ui.widgets.supervisor_pin import SupervisorPinPrompt

TITLE = QT_TRANSLATE_NOOP("Screens", "Checkout")
TABLES = frozenset({"workorders", "invoices", "payments", "shifts", "invoice_voids", "vehicles", "customers"})


class CheckoutScreen(Screen):
    shift_requested = Signal()

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, screen_id="cashier.checkout")
        self.model = CheckoutModel(ctx, self.origin, self)
        self.plan: Plan | None = None
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("Cashier.Pages")
        self.queue = QueuePage(self)
        self.invoice = InvoicePage(self)
        self.cash = CashPage(self)
        self.card = CardPage(self)
        self.split = SplitPage(self)
        self.done = DonePage(self)
        self.qris = QrisPage(self)
        self.qris_model = QrisModel(ctx, self.origin, self)
        for page in (self.queue, self.invoice, self.cash, self.card, self.split, self.done, self.qris):
            self.pages.addWidget(page)
        self.body_layout.addWidget(self.pages)
        self.prompt: SupervisorPinPrompt | None = None
        self._bind()
        self.watcher = ChangeWatcher(ctx.services.store, TABLES, owner=self, origin=self.origin)
        self.watcher.changed.connect(lambda _c: self._refresh_queue())
        self.watcher.changed.connect(lambda _c: self.qris_model.check_invoice())  # a QRIS payment synced in
        self.model.refresh()
        self.model.check_terminal(quiet=True)

    def title(self) -> str:
        return QCoreApplication.translate("Screens", TITLE)

    # -- wiring --------------------------------------------------------------------------
    def _bind(self) -> None:
        m = self.model
        m.queue_loaded.connect(self.queue.show_items)
        m.shift_open.connect(self.queue.show_shift)
        m.sale_changed.connect(self._sale_changed)
        m.card_stage.connect(self.card.set_stage)
        m.failed.connect(self._failed)
        m.approval_needed.connect(self._ask_supervisor)
        m.busy_changed.connect(self._busy)
        m.paid.connect(self._paid)
        m.preview_ready.connect(self.done.show_preview)
        m.printed.connect(self.done.show_printed)
        m.terminal_checking.connect(self._terminal_checking)
        self.queue.opened.connect(self._open)
        self.queue.search_changed.connect(m.find)
        self.queue.shift_requested.connect(self._go_to_shift)
        self.invoice.back.connect(m.close_sale)
        self.invoice.discount_changed.connect(m.set_discount)
        self.invoice.method_chosen.connect(self._method)
        self.cash.back.connect(self._to_invoice)
        self.cash.confirmed.connect(self._cash_confirmed)
        self.split.back.connect(self._to_invoice)
        self.split.confirmed.connect(self._split_confirmed)
        self.card.start_requested.connect(self._start_card)
        self.card.other_method.connect(self._to_invoice)
        self.card.check_terminal.connect(lambda: m.check_terminal(quiet=False))
        self.card.to_queue.connect(m.close_sale)
        self.done.next_sale.connect(m.close_sale)
        self.done.reprint.connect(lambda: m.print_receipt(m.sale.invoice if m.sale else None, reprint=True))
        self.done.open_drawer.connect(m.open_drawer)
        q = self.qris_model
        q.state_changed.connect(self.qris.show_charge)
        q.problem.connect(self.qris.show_problem)
        q.paid.connect(self._qris_paid)
        self.qris.other_method.connect(self._qris_other)
        self.qris.new_qr.connect(lambda: self._method("qris"))

    def _go_to_shift(self) -> None:
        self.shift_requested.emit()
        open_screen(self, "cashier.shift")

    def _refresh_queue(self) -> None:
        if self.pages.currentWidget() is self.queue:
            self.model.refresh()

    def _open(self, item: QueueItem) -> None:
        self.model.open(item)

    def _sale_changed(self, sale: Sale | None) -> None:
        if sale is None:
            self.qris_model.stop()
            self.pages.setCurrentWidget(self.queue)
            return
        self.invoice.show_sale(sale)
        if self.pages.currentWidget() in (self.queue,):
            self.pages.setCurrentWidget(self.invoice)

    def _to_invoice(self) -> None:
        self.plan = None
        if self.model.sale is not None:
            self.invoice.show_sale(self.model.sale)
        self.pages.setCurrentWidget(self.invoice)

    # -- choosing and confirming -----------------------------------------------------------
    def _method(self, method: str) -> None:
        sale = self.model.sale
        if sale is None:
            return
        due = sale.due
        if method == "cash":
            self.plan = Plan(cash=due, tendered=due)
            self.cash.start(due)
            self.pages.setCurrentWidget(self.cash)
        elif method == "card":
            self.plan = Plan(card=due)
            self._show_card(due)
        elif method == "split":
            self.split.start(due, self.model.edc.available)
            self.pages.setCurrentWidget(self.split)
        elif method == "on_account":
            self.plan = Plan(on_account=due)
            self.model.pay(self.plan)
        elif method == "qris":  # the QR comes from the cloud; the payment comes back through sync
            self.plan = None
            self.qris.asking(due)
            self.pages.setCurrentWidget(self.qris)
            self.qris_model.start(sale, lambda: self.model._issue(sale))

    def _qris_other(self) -> None:
        self.qris_model.stop()
        self._to_invoice()

    def _qris_paid(self, sale: Sale) -> None:
        self.model.sale = sale
        self.model.sale_changed.emit(sale)
        self._paid(sale)
        self.model.print_receipt(sale.invoice)
        self.model.refresh()

    def _show_card(self, amount: int) -> None:
        reason = ""
        if not self.model.edc.available:
            reason = self.tr("No card terminal on this till: choose another method.")
        elif self.model.edc.busy:
            reason = self.tr("The terminal is still busy with a card sale: wait for it to finish.")
        self.card.ready(amount, reason)
        self.pages.setCurrentWidget(self.card)

    def _cash_confirmed(self, tendered: int) -> None:
        if self.plan is None:
            return
        self.plan.tendered = tendered
        if self.plan.card:  # a split: the card goes first, the cash is recorded after it
            self._show_card(self.plan.card)
        else:
            self.model.pay(self.plan)

    def _split_confirmed(self, plan: Plan) -> None:
        self.plan = plan
        if plan.cash:
            self.cash.start(plan.cash)
            self.pages.setCurrentWidget(self.cash)
        elif plan.card:
            self._show_card(plan.card)
        else:
            self.model.pay(plan)

    def _start_card(self) -> None:
        if self.plan is not None:
            self.card.set_stage("sending")
            self.model.pay(self.plan)

    # -- outcomes --------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        for page in (self.invoice, self.cash, self.split):
            page.set_busy(busy)

    def _paid(self, sale: Sale) -> None:
        self.plan = None
        assert sale.invoice is not None
        self.done.show_paid(sale.invoice.number, sale.change, sale.open_drawer)
        self.pages.setCurrentWidget(self.done)

    def _failed(self, exc: BaseException) -> None:
        code = getattr(exc, "code", "")
        text = cashier_error(exc)
        page = self.pages.currentWidget()
        if page is self.card:
            stage = "unresolved" if code == "card_unresolved" else "declined" if code == "card_declined" else "failed"
            self.card.set_stage(stage)
            self.card.message.show_message(text, "warning" if stage == "unresolved" else "error")
            return
        strip = {self.queue: self.queue.terminal_strip, self.done: self.done.print_message}.get(page)
        if strip is None:
            self.invoice.message.error(text)
            if page is not self.invoice and self.model.sale is not None:
                self._to_invoice()
                self.invoice.message.error(text)
            return
        strip.error(text)

    def _terminal_checking(self, checking: bool, text: str) -> None:
        if checking:
            self.queue.terminal_strip.show_message(self.tr("Checking with the terminal…"), "warning")
        elif text:
            self.queue.terminal_strip.ok(text)
        else:
            self.queue.terminal_strip.clear_message()

    def _ask_supervisor(self, kind: str, reason: str) -> None:
        text = approval_reason(kind) or reason
        self.prompt = SupervisorPinPrompt(self.ctx, text, self)
        self.prompt.approved.connect(lambda actor, k=kind: self.model.approve(k, actor))
        self.prompt.open()

    def shutdown(self) -> None:
        self.qris_model.stop()
        self.watcher.close()
