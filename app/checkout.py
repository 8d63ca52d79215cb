"""Checkout: the queue of finished work orders, the invoice preview, and taking the money.

A checkout is: open a completed WO (the preview: billed lines, discount, DPP, PPN, total), issue
the invoice (`start`: a discount above the branch threshold needs a supervisor's approval), then
pay it — card parts first, each charged on the terminal and recorded the moment it is approved
(`app.card_sales`), then the cash and on-account parts together in one command (`pay`). Every
payment is a till entry of this station's open shift; cash may be over-tendered (change), and
only a payment with cash in it opens the drawer. A QRIS payment is never entered at the till: the
cloud authors it when the gateway says the QR was paid, and it arrives through sync
(`sync/payments/qris.py`; the screen: `ui/cashier/qris_model.py`).
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Literal

from pydantic import BaseModel

from app import tax
from app.auth import Actor, require
from app.billing import BillingService, Invoice, InvoiceLine, PaymentIn, billable_lines
from app.branch_settings import BranchSettings
from app.errors import DomainError, ValidationError
from app.overrides import Approval, check, record_in
from app.receivables import ReceivableService
from app.shifts import ShiftService
from app.store import Command, Store
from app.wo_states import WOStatus
from app.workorders import WorkOrderService

QueueState = Literal["to_invoice", "unpaid", "awaiting_approval"]
QRIS_WAITING = ("a QRIS payment is made through the cloud (a QR for the invoice) and arrives through sync;"
                " it is not entered at the till")


class QrisUnavailable(DomainError):
    """A QRIS payment is recorded by the cloud when the gateway confirms it, never typed in at the till."""

    code = "qris_unavailable"


class QueueItem(BaseModel):
    wo_id: str
    wo_number: str
    plate: str
    customer_name: str
    state: QueueState
    invoice_id: str | None = None
    invoice_number: str | None = None
    due: int  # the total to invoice, or the balance still due


class InvoicePreview(BaseModel):
    wo_id: str
    wo_number: str
    plate: str
    customer_name: str
    customer_id: str
    lines: list[InvoiceLine]
    labour_total: int
    parts_total: int
    discount: int
    dpp: int
    ppn: int
    total: int
    ppn_label: str
    dpp_label: str
    discount_pct_limit: int
    discount_needs_approval: bool


class CheckoutResult(BaseModel):
    invoice: Invoice
    receipt_number: str
    change: int  # cash handed back for these parts
    open_drawer: bool  # cash changed hands


class CheckoutService:
    def __init__(self, store: Store, workorders: WorkOrderService, billing: BillingService, shifts: ShiftService,
                 receivables: ReceivableService, settings: BranchSettings,
                 now=lambda: datetime.now(timezone.utc)) -> None:
        self.store = store
        self.workorders = workorders
        self.billing = billing
        self.shifts = shifts
        self.receivables = receivables
        self.settings = settings
        self.now = now

    # -- reading -------------------------------------------------------------------------
    def queue(self, search: str = "", limit: int = 50) -> list[QueueItem]:
        """Completed WOs not invoiced, and invoices with money still due; newest first.

        `search` matches a plate (any spacing) or a WO number (any part of it)."""
        text = (search or "").strip().upper()
        where, params = "", []
        if text:
            where = " AND (replace(v.plate, ' ', '') LIKE ? OR upper(w.number) LIKE ?)"
            params = [f"%{text.replace(' ', '').replace('-', '')}%", f"%{text}%"]
        rows = self.store.query(
            "SELECT w.id AS wo_id, w.number AS wo_number, v.plate, c.name AS customer_name,"
            " i.id AS invoice_id, i.number AS invoice_number, i.total,"
            " (SELECT coalesce(sum(p.amount), 0) FROM payments p WHERE p.invoice_id = i.id AND p._del IS NULL) AS paid"
            " FROM workorders w LEFT JOIN vehicles v ON v.id = w.vehicle_id"
            " LEFT JOIN customers c ON c.id = w.customer_id"
            " LEFT JOIN invoices i ON i.wo_id = w.id AND i._del IS NULL AND i.number IS NOT NULL"
            "  AND i.id NOT IN (SELECT id FROM invoice_voids WHERE _del IS NULL)"
            " WHERE w._del IS NULL AND w.number IS NOT NULL AND w.status = ?" + where +
            " AND (i.id IS NULL OR i.total > (SELECT coalesce(sum(p.amount), 0) FROM payments p"
            "  WHERE p.invoice_id = i.id AND p._del IS NULL))"
            " ORDER BY substr(w.status_key, instr(w.status_key, '|') + 1) DESC, w.number DESC LIMIT ?",
            [WOStatus.COMPLETED.value, *params, limit])
        out, waiting = [], []
        for r in rows:
            state: QueueState = "unpaid" if r["invoice_id"] else "to_invoice"
            if r["invoice_id"]:
                due = r["total"] - r["paid"]
            else:
                try:
                    due = self.preview(r["wo_id"]).total
                except ValidationError:  # a line still waits for the customer: listed, last, not billable yet
                    state, due = "awaiting_approval", 0
            item = QueueItem(wo_id=r["wo_id"], wo_number=r["wo_number"], plate=r["plate"] or "",
                             customer_name=r["customer_name"] or "", state=state, invoice_id=r["invoice_id"],
                             invoice_number=r["invoice_number"], due=due)
            (waiting if state == "awaiting_approval" else out).append(item)
        return out + waiting

    def preview(self, wo_id: str, discount: int = 0) -> InvoicePreview:
        """What the invoice of a completed WO will say, with `discount` (nothing is written)."""
        wo = self.workorders.get(wo_id)
        if wo.status is not WOStatus.COMPLETED:
            raise ValidationError(f"{wo.number} is {wo.status.value}: only a completed work order is invoiced",
                                  "not_completed")
        lines = billable_lines(wo)
        rule = self.billing.tax_rule()
        totals = tax.compute(sum(l.amount for l in lines if l.kind == "labour"),
                             sum(l.amount for l in lines if l.kind == "part"), discount, rule)
        limit = self.settings.cashier_policy().discount_threshold_pct
        return InvoicePreview(
            wo_id=wo.id, wo_number=wo.number, plate=wo.plate, customer_name=wo.customer_name,
            customer_id=wo.customer_id, lines=lines, labour_total=totals.labour, parts_total=totals.parts,
            discount=totals.discount, dpp=totals.dpp, ppn=totals.ppn, total=totals.total,
            ppn_label=tax.ppn_label(rule), dpp_label=tax.dpp_label(rule), discount_pct_limit=limit,
            discount_needs_approval=self._over_threshold(discount, totals.labour + totals.parts, limit))

    @staticmethod
    def _over_threshold(discount: int, subtotal: int, pct: int) -> bool:
        """Strictly more than `pct` percent of labour and parts (exact, no rounding)."""
        return discount * 100 > subtotal * pct

    def tax_rule_of(self, invoice_id: str) -> tax.TaxRule:
        """The tax rule that made this invoice (its receipt's PPN line names its rate)."""
        row = self.store.query_one("SELECT tax_rule_id FROM invoices WHERE id = ?", (invoice_id,))
        rule_id = (row or {}).get("tax_rule_id")
        rule_row = self.store.query_one(
            "SELECT id, name, rate_num, rate_den, dpp_num, dpp_den, valid_from FROM tax_rules"
            " WHERE id = ? AND rate_den IS NOT NULL", (rule_id,)) if rule_id else None
        if rule_row:
            return tax.TaxRule(**rule_row)
        if rule_id not in (None, tax.DEFAULT_RULE.id):
            raise ValidationError(f"the tax rule {rule_id} of this invoice is not on this station yet", "tax_rule")
        return tax.DEFAULT_RULE

    def is_voided(self, invoice_id: str) -> bool:
        return self.store.query_one("SELECT id FROM invoice_voids WHERE id = ? AND _del IS NULL",
                                    (invoice_id,)) is not None

    def history(self, search: str = "", limit: int = 50) -> list[Invoice]:
        """Invoices of this branch, newest first, for receipts and reprints (plate or number)."""
        text = (search or "").strip().upper()
        where, params = "", []
        if text:
            where = " AND (replace(v.plate, ' ', '') LIKE ? OR upper(i.number) LIKE ? OR upper(w.number) LIKE ?)"
            params = [f"%{text.replace(' ', '')}%", f"%{text}%", f"%{text}%"]
        rows = self.store.query(
            "SELECT i.id FROM invoices i JOIN workorders w ON w.id = i.wo_id LEFT JOIN vehicles v ON v.id = w.vehicle_id"
            " WHERE i._del IS NULL AND i.number IS NOT NULL" + where + " ORDER BY i.issued_at DESC, i.id DESC LIMIT ?",
            [*params, limit])
        return [self.billing.get(r["id"]) for r in rows]

    # -- commands --------------------------------------------------------------------------
    def note_reprint(self, actor: Actor, invoice_id: str) -> None:
        """A copy of a receipt is printed: the audit log says who printed it (no replicated change)."""
        require(actor, "payment.take")
        invoice = self.billing.get(invoice_id)
        self.store.audit_only("receipt.reprint", actor.user_id, {"invoice": invoice.number})

    def start(self, actor: Actor, wo_id: str, discount: int = 0, approval: Approval | None = None,
              reason: str = "") -> Invoice:
        """Issue the invoice of a completed WO (or return the one already issued and still due)."""
        require(actor, "invoice.create")
        existing = self.billing.for_workorder(wo_id)
        if existing is not None:
            if discount and discount != existing.discount:
                raise ValidationError(f"{existing.number} is issued already with a discount of {existing.discount}",
                                      "invoiced")
            return existing
        preview = self.preview(wo_id, discount)
        needs = preview.discount_needs_approval
        if needs:
            approval = check(approval, "discount", actor,
                             f"a discount of {discount} is over {preview.discount_pct_limit}% of "
                             f"{preview.labour_total + preview.parts_total}")

        def within(cmd: Command, invoice_id: str) -> None:
            if needs and approval is not None:
                record_in(cmd, approval, actor, invoice_id, discount, reason or "discount")

        return self.billing.create_invoice(actor, wo_id, discount, within=within)

    def pay(self, actor: Actor, invoice_id: str, parts: list[PaymentIn], approval: Approval | None = None
            ) -> CheckoutResult:
        """Cash and on-account parts, all or nothing, in this station's open shift.

        A card part goes through `CardSales.charge` (the terminal first); QRIS through the cloud.
        """
        require(actor, "payment.take")
        for p in parts:
            if p.method == "qris":
                raise QrisUnavailable(QRIS_WAITING)
            if p.method == "card":
                raise ValidationError("a card part is charged on the terminal first (card sale), not entered here",
                                      "card")
        if self.is_voided(invoice_id):
            raise ValidationError("this invoice was voided", "voided")
        receipt: list[str] = []

        def within(cmd: Command, invoice: Invoice, written: list[tuple[str, PaymentIn]]) -> None:
            shift = self.shifts.open_shift_in(cmd)
            wo = self.workorders.get(invoice.wo_id)
            if any(p.method == "on_account" for _, p in written):
                self.receivables.check_on_account_in(cmd, actor, wo.customer_id, invoice.id, approval)
            for payment_id, p in written:
                self.shifts.entry_in(cmd, shift, actor, "sale", p.method, p.amount, invoice.id, payment_id)
            receipt.append(str(cmd.detail.get("receipt", "")))

        invoice = self.billing.pay(actor, invoice_id, parts, within=within)
        change = sum((p.tendered or p.amount) - p.amount for p in parts if p.method == "cash")
        return CheckoutResult(invoice=invoice, receipt_number=receipt[0], change=change,
                              open_drawer=any(p.method == "cash" for p in parts))
