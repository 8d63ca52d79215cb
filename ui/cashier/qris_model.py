"""QRIS at the till: ask the cloud for a charge, show its QR, poll until the payment is here.

The charge and every status poll run on the net lane (the cloud may be slow or gone); issuing the
invoice and reading it back run on the store lane. The payment itself is written by nobody at the
till: the cloud authors it when the gateway's webhook (or its status) says the QR was paid, and it
reaches this station through sync. So the sale is done when the invoice *here* has nothing due;
until then the screen says it waits for the payment to arrive. Expired, failed or an unreachable
cloud: a clear message and the other methods; nothing was paid, nothing half-written.

`link_factory(services, settings)` gives the station's `QrisClient` (None: not enrolled); tests
replace it with a client that talks to an in-process cloud.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.billing import Invoice
from ui.cashier.checkout_model import Sale
from ui.kit.operations import CommandOp, Lane, QueryOp
from ui.kit.screen import ViewContext

POLL_MS = 3000


def default_link(services: Any, settings: Any) -> Any:
    from sync.payments.station import station_qris  # noqa: PLC0415 - the cloud link only when QRIS is used

    return station_qris(services.store, getattr(settings, "cloud_url", None))


link_factory: Callable[[Any, Any], Any] = default_link


class QrisModel(QObject):
    """States: asking → pending (QR on screen) → confirming (cloud says paid) → paid;
    or expired / failed / offline (choose again)."""

    state_changed = Signal(str, object)   # state, the charge (QrisOut) or None
    problem = Signal(str, str)            # kind (offline, refused, expired, failed, not_enrolled), detail
    paid = Signal(object)                 # the Sale, its invoice with nothing due

    def __init__(self, ctx: ViewContext, origin: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.origin = origin
        self.sale: Sale | None = None
        self.charge: Any = None
        self.state = "idle"
        self._link: Any = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self._polling = False

    def _set(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state, self.charge)

    def start(self, sale: Sale, issue: Callable[[], Invoice]) -> None:
        """Issue the invoice (if not yet), then ask the cloud for a QR for what is due."""
        self.stop()
        self.sale, self.charge = sale, None
        self._set("asking")

        def issued(invoice: Invoice) -> None:
            sale.invoice = invoice
            self._ask(invoice)

        CommandOp(self, issue, origin=self.origin, tasks=self.ctx.tasks).success(issued) \
            .failure(lambda exc: self._problem("refused", str(exc))).run()

    def _ask(self, invoice: Invoice) -> None:
        services, settings, invoice_id, amount = self.ctx.services, self.ctx.settings, invoice.id, invoice.balance

        def ask() -> Any:
            if self._link is None:
                self._link = link_factory(services, settings)
            if self._link is None:
                return None
            return self._link.charge(invoice_id, amount)

        QueryOp(self, ask, lane=Lane.NET, tasks=self.ctx.tasks).success(self._charged) \
            .failure(self._net_failed).run()

    def _charged(self, charge: Any) -> None:
        if charge is None:
            self._problem("not_enrolled", "")
            return
        self.charge = charge
        self._status(charge)
        if self.state in ("pending", "confirming"):
            self.timer.start()

    def poll(self) -> None:
        """Ask the cloud how the charge stands (a webhook may be lost), and look at the invoice here."""
        if self.charge is None or self._polling or self._link is None:
            return
        self._polling = True
        link, order_id = self._link, self.charge.order_id
        QueryOp(self, lambda: link.status(order_id), lane=Lane.NET, tasks=self.ctx.tasks) \
            .success(self._status).failure(self._poll_failed).finally_(self._poll_done).run()

    def _poll_done(self) -> None:
        self._polling = False

    def _poll_failed(self, exc: BaseException) -> None:
        # the QR on screen stays valid while the cloud is briefly gone: say so, keep polling
        if self.state == "pending":
            self.problem.emit("poll_offline", str(exc))

    def _status(self, charge: Any) -> None:
        if self.sale is None:
            return
        self.charge = charge
        if charge.status == "pending":
            self._set("pending")
        elif charge.status == "paid":
            if self.state != "confirming":
                self._set("confirming")
            self.check_invoice()
        else:  # expired or failed: nothing was paid
            self.timer.stop()
            self._problem(charge.status, "")

    def check_invoice(self) -> None:
        """The payment arrives through sync: the sale is done when nothing is due here."""
        sale = self.sale
        if sale is None or sale.invoice is None or self.state not in ("pending", "confirming"):
            return
        billing, invoice_id = self.ctx.services.billing, sale.invoice.id
        QueryOp(self, lambda: billing.get(invoice_id), tasks=self.ctx.tasks).success(self._invoice_read).run()

    def _invoice_read(self, invoice: Invoice) -> None:
        sale = self.sale
        if sale is None or self.state not in ("pending", "confirming"):
            return
        sale.invoice = invoice
        if invoice.balance <= 0 and any(p.method == "qris" for p in invoice.payments):
            self.timer.stop()
            self._set("paid")
            self.paid.emit(sale)

    def _net_failed(self, exc: BaseException) -> None:
        from sync.client import CloudOffline, CloudRefused  # noqa: PLC0415

        if isinstance(exc, CloudRefused):
            self._problem("refused", exc.detail)
        elif isinstance(exc, CloudOffline):
            self._problem("offline", str(exc))
        else:
            self._problem("refused", str(exc))

    def _problem(self, kind: str, detail: str) -> None:
        self.timer.stop()
        self.state = kind
        self.problem.emit(kind, detail)

    def stop(self) -> None:
        self.timer.stop()
        self.state = "idle"
        self.sale = None
        self.charge = None
