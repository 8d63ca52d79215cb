"""Invoices (faktur) from completed work orders, and payments split across methods."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from typing import Literal

from pydantic import BaseModel, Field

from app.approval import Approval
from app.auth import Actor, require
from app.errors import NotFoundError, ValidationError
from app.store import Command, Store, new_id
from app import tax
from app.wo_states import WOStatus
from app.workorders import WorkOrder, WorkOrderService

Method = Literal["cash", "card", "qris", "on_account"]


class InvoiceLine(BaseModel):
    kind: Literal["labour", "part"]
    description: str
    qty: int
    unit_price: int
    amount: int


class Payment(BaseModel):
    id: str
    receipt_number: str
    method: Method
    amount: int
    tendered: int | None = None
    reference: str | None = None
    card_label: str | None = None
    masked_pan: str | None = None
    approval_code: str | None = None
    received_at: str


class PaymentIn(BaseModel):
    """One part of a (split) payment as the cashier enters it."""

    method: Method
    amount: int = Field(gt=0)
    tendered: int | None = None
    reference: str | None = None
    card_label: str | None = None
    masked_pan: str | None = None
    approval_code: str | None = None


class Invoice(BaseModel):
    id: str
    number: str
    wo_id: str
    wo_number: str
    plate: str
    customer_name: str
    cashier_id: str | None
    issued_at: str
    lines: list[InvoiceLine]
    labour_total: int
    parts_total: int
    discount: int
    dpp: int
    ppn: int
    total: int
    payments: list[Payment]

    @property
    def paid(self) -> int:
        return sum(p.amount for p in self.payments)

    @property
    def balance(self) -> int:
        return self.total - self.paid

    @property
    def change(self) -> int:
        return sum((p.tendered or p.amount) - p.amount for p in self.payments if p.method == "cash")


def billable_lines(wo: WorkOrder) -> list[InvoiceLine]:
    """The lines an invoice of `wo` bills (the checkout preview shows the same ones): only what the
    customer approved; declined lines stay on the WO for the record. Refused while a line still
    waits for the customer's decision, or when nothing was approved."""
    pending = [x for x in [*wo.jobs, *wo.parts] if x.approval is Approval.PROPOSED]
    if pending:
        raise ValidationError(
            f"{wo.number}: {len(pending)} line(s) still wait for the customer's approval", "estimate_pending")
    jobs = [j for j in wo.jobs if j.approval is Approval.APPROVED]
    parts = [p for p in wo.parts if p.approval is Approval.APPROVED]
    if not (jobs or parts):
        raise ValidationError(f"{wo.number}: the customer approved nothing to bill", "nothing_approved")
    lines = [InvoiceLine(kind="labour", description=j.description, qty=1, unit_price=j.amount,
                         amount=j.amount) for j in jobs]
    lines += [InvoiceLine(kind="part", description=p.name, qty=p.qty, unit_price=p.unit_price,
                          amount=tax.line_amount(p.qty, p.unit_price)) for p in parts]
    return lines


# The caller's own checks and rows, run inside the same command (one transaction) after billing's.
InvoiceHook = Callable[[Command, str], None]
PaymentHook = Callable[[Command, "Invoice", list[tuple[str, PaymentIn]]], None]

# An invoice counts as the WO's invoice unless it was voided (a voided WO can be invoiced again).
_LIVE = "_del IS NULL AND id NOT IN (SELECT id FROM invoice_voids WHERE _del IS NULL)"


class BillingService:
    def __init__(self, store: Store, workorders: WorkOrderService, now=lambda: datetime.now(timezone.utc)) -> None:
        self.store = store
        self.workorders = workorders
        self.now = now

    def tax_rule(self) -> tax.TaxRule:
        today = self.now().date().isoformat()
        row = self.store.query_one(
            "SELECT id, name, rate_num, rate_den, dpp_num, dpp_den, valid_from FROM tax_rules"
            " WHERE _del IS NULL AND rate_den IS NOT NULL AND valid_from <= ? ORDER BY valid_from DESC LIMIT 1",
            (today,),
        )
        return tax.TaxRule(**row) if row else tax.DEFAULT_RULE

    def create_invoice(self, actor: Actor, wo_id: str, discount: int = 0, *,
                       within: InvoiceHook | None = None) -> Invoice:
        require(actor, "invoice.create")
        invoice_id = new_id()
        now = self.now()
        with self.store.command("invoice.create", actor.user_id) as cmd:
            # checked inside the writer's transaction, so two tills cannot invoice one WO twice
            wo = self.workorders.get(wo_id)
            if wo.status is not WOStatus.COMPLETED:
                raise ValidationError(
                    f"{wo.number} is {wo.status.value}: only a completed work order is invoiced", "not_completed")
            if self.store.query_one(f"SELECT id FROM invoices WHERE wo_id = ? AND {_LIVE}", (wo_id,)):
                raise ValidationError(f"{wo.number} is invoiced already", "invoiced")
            lines = billable_lines(wo)
            rule = self.tax_rule()
            totals = tax.compute(sum(l.amount for l in lines if l.kind == "labour"),
                                 sum(l.amount for l in lines if l.kind == "part"), discount, rule)
            number = cmd.next_number("INV", now.strftime("%y%m"))
            cmd.upsert("invoices", invoice_id, number=number, wo_id=wo_id, branch_id=self.store.identity.branch_id,
                       cashier_id=actor.user_id, issued_at=now.isoformat(), labour_total=totals.labour,
                       parts_total=totals.parts, discount=totals.discount, dpp=totals.dpp, ppn=totals.ppn,
                       total=totals.total, tax_rule_id=rule.id)
            for pos, line in enumerate(lines):
                cmd.upsert("invoice_lines", new_id(), invoice_id=invoice_id, position=pos, **line.model_dump())
            cmd.detail = {"invoice": number, "wo": wo.number, "total": totals.total}
            if within is not None:
                within(cmd, invoice_id)
        return self.get(invoice_id)

    def get(self, invoice_id: str) -> Invoice:
        row = self.store.query_one("SELECT * FROM invoices WHERE id = ? AND _del IS NULL", (invoice_id,))
        if row is None or row["number"] is None:
            raise NotFoundError(f"no invoice {invoice_id}")
        wo = self.workorders.get(row["wo_id"])
        lines = [InvoiceLine(**r) for r in self.store.query(
            "SELECT kind, description, qty, unit_price, amount FROM invoice_lines"
            " WHERE invoice_id = ? AND _del IS NULL ORDER BY position", (invoice_id,))]
        payments = [Payment(**r) for r in self.store.query(
            "SELECT id, receipt_number, method, amount, tendered, reference, card_label, masked_pan, approval_code,"
            " received_at FROM payments WHERE invoice_id = ? AND _del IS NULL ORDER BY received_at, id", (invoice_id,))]
        return Invoice(id=row["id"], number=row["number"], wo_id=wo.id, wo_number=wo.number, plate=wo.plate,
                       customer_name=wo.customer_name, cashier_id=row["cashier_id"], issued_at=row["issued_at"],
                       lines=lines, labour_total=row["labour_total"], parts_total=row["parts_total"],
                       discount=row["discount"], dpp=row["dpp"], ppn=row["ppn"], total=row["total"], payments=payments)

    def for_workorder(self, wo_id: str) -> Invoice | None:
        row = self.store.query_one(f"SELECT id FROM invoices WHERE wo_id = ? AND {_LIVE}", (wo_id,))
        return self.get(row["id"]) if row else None

    def pay(self, actor: Actor, invoice_id: str, parts: list[PaymentIn], *,
            within: PaymentHook | None = None) -> Invoice:
        """Take one payment or a split one, all or nothing. Only cash may be over-tendered (change)."""
        require(actor, "payment.take")
        if not parts:
            raise ValidationError("no payment given", "payment")
        for p in parts:
            if p.method == "cash" and p.tendered is not None and p.tendered < p.amount:
                raise ValidationError("cash tendered is less than the amount", "tendered")
            if p.method != "cash" and p.tendered is not None:
                raise ValidationError("only cash can be tendered with change", "tendered")
            if p.method == "card" and not p.approval_code:
                raise ValidationError("a card payment needs the terminal's approval code", "approval")
        total = sum(p.amount for p in parts)
        now = self.now()
        with self.store.command("payment.take", actor.user_id) as cmd:
            # the balance is read inside the writer's transaction: two tills cannot overpay
            invoice = self.get(invoice_id)
            due = invoice.balance
            if due <= 0:
                raise ValidationError(f"{invoice.number} is paid already", "paid")
            if total > due:
                raise ValidationError(
                    f"payments add up to {total} but only {due} is due; enter cash given as 'tendered'", "overpaid")
            receipt = cmd.next_number("RCP", now.strftime("%y%m"))
            written = []
            for p in parts:
                payment_id = new_id()
                cmd.upsert("payments", payment_id, invoice_id=invoice_id, receipt_number=receipt,
                           received_at=now.isoformat(), cashier_id=actor.user_id, **p.model_dump())
                written.append((payment_id, p))
            cmd.detail = {"invoice": invoice.number, "receipt": receipt, "amount": total}
            if within is not None:
                within(cmd, invoice, written)
        return self.get(invoice_id)
