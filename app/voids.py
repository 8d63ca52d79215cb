"""Voids of a paid invoice and refunds: a supervisor's approval, both users in the audit log.

A void reverses every payment of an invoice: each card payment is voided on the terminal through
the EDC flow (recorded as soon as the terminal approves, so a void cut short resumes where it
stopped and never voids a card twice), then the cash goes back out of the drawer (a till entry of
the open shift), the on-account part is no longer owed, and the invoice is marked void — its WO
can be invoiced again.

A refund hands back part of what was paid. The EDC link has no refund message, so what a card
payment allows depends on whether the terminal has settled it (`refund_options` says which):
- paid by card *today* (the terminal's batch is settled at the close of the business day): the
  card payment is voided on the terminal through the EDC flow — the money goes back to the card —
  which is the invoice's void; a refund of such an invoice is refused with that advice;
- after settlement (an earlier day) the terminal can no longer reverse it: the refund is handed
  back in cash from the open shift's drawer, or credited to the customer's account (piutang) as a
  credit against what they owe on account (no cash moves). Either way a supervisor's PIN, an
  override row with its proof, and both users in the audit entry.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Literal

from pydantic import BaseModel

from app.auth import Actor, require
from app.billing import BillingService, Invoice
from app.card_errors import CardDeclined, CardUnresolved
from app.ports import CardProgressCallback, CardTerminal
from app.errors import ValidationError
from app.overrides import Approval, check, record_in
from app.shifts import ShiftService, business_day
from app.store import Store, new_id

RefundMethod = Literal["cash", "on_account"]


class RefundOptions(BaseModel):
    """What a refund of an invoice may be, for the refund dialog to offer exactly that."""

    invoice_id: str
    number: str
    refundable: int                    # paid (not on account), less refunds so far
    card_today: int                    # card payments of today not voided: void them on the terminal
    card_settled: int                  # card payments of earlier days: the terminal cannot reverse them
    methods: list[RefundMethod]        # how a refund may be handed back now
    owed_on_account: int               # what the customer owes on account (the most an on-account credit can be)
    cash_in_drawer: int | None         # expected cash of the open shift (None: no shift open)
    voided: bool = False


class Reversal(BaseModel):
    id: str
    payment_id: str | None
    kind: str
    method: str
    amount: int
    at: str


class VoidService:
    def __init__(self, store: Store, billing: BillingService, shifts: ShiftService,
                 now=lambda: datetime.now(timezone.utc)) -> None:
        self.store = store
        self.billing = billing
        self.shifts = shifts
        self.now = now

    def reversals(self, invoice_id: str) -> list[Reversal]:
        rows = self.store.query(
            "SELECT id, payment_id, kind, method, amount, at FROM payment_reversals WHERE invoice_id = ?"
            " AND _del IS NULL AND kind IS NOT NULL ORDER BY at, id", (invoice_id,))
        return [Reversal(**r) for r in rows]

    def refunded(self, invoice_id: str) -> int:
        return sum(r.amount for r in self.reversals(invoice_id) if r.kind == "refund")

    def _live(self, invoice_id: str) -> Invoice:
        invoice = self.billing.get(invoice_id)
        if self.store.query_one("SELECT id FROM invoice_voids WHERE id = ? AND _del IS NULL", (invoice_id,)):
            raise ValidationError(f"{invoice.number} is voided already", "voided")
        return invoice

    def void(self, actor: Actor, invoice_id: str, reason: str, approval: Approval | None = None,
             terminal: CardTerminal | None = None, on_progress: CardProgressCallback | None = None) -> Invoice:
        require(actor, "invoice.void")
        if not (reason or "").strip():
            raise ValidationError("say why the invoice is voided", "reason")
        invoice = self._live(invoice_id)
        approval = check(approval, "void", actor, f"voiding {invoice.number}")
        if self.refunded(invoice_id):
            raise ValidationError(f"{invoice.number} was partly refunded: it cannot be voided", "refunded")
        if self.store.query_one("SELECT id FROM receivable_allocations WHERE invoice_id = ? AND _del IS NULL",
                                (invoice_id,)):
            raise ValidationError(f"a collection was received on {invoice.number}: refund it instead", "collected")
        done = {r.payment_id for r in self.reversals(invoice_id)}
        cards = [p for p in invoice.payments if p.method == "card" and p.id not in done]
        if cards and terminal is None:
            raise ValidationError("the card payments are voided on the card terminal, which is not connected",
                                  "no_terminal")
        cash = sum(p.amount for p in invoice.payments if p.method == "cash")
        if cash:
            shift = self.shifts.require_open()
            if self.shifts.expected_cash(shift.id) < cash:
                raise ValidationError("there is not that much cash in the drawer to hand back", "cash")
        for p in cards:
            assert terminal is not None
            outcome = terminal.void(f"void:{p.id}", p.reference or "", p.amount, on_progress)
            if outcome.status == "unknown":
                raise CardUnresolved(f"the terminal has not said what became of the void of {p.masked_pan or p.id}:"
                                     " checking with the terminal")
            if outcome.status != "approved":
                raise CardDeclined(f"the terminal refused the void: {getattr(outcome, 'message', '') or outcome.status}")
            self._reverse_card(actor, approval, invoice, p.id, p.amount, outcome.ecr_ref, outcome.approval_code,
                               reason)
        now = self.now().isoformat()
        with self.store.command("invoice.void", actor.user_id) as cmd:
            self._live(invoice_id)  # inside the transaction: voided once
            shift = self.shifts.current()
            for p in invoice.payments:
                if p.method == "card":
                    continue
                cmd.upsert("payment_reversals", f"void:{p.id}", payment_id=p.id, invoice_id=invoice_id, kind="void",
                           method=p.method, amount=p.amount, cashier_id=actor.user_id,
                           supervisor_id=approval.supervisor.user_id, reason=reason.strip()[:300], at=now,
                           shift_id=shift.id if shift else None)
                if shift is not None:
                    self.shifts.entry_in(cmd, shift, actor, "void", p.method, -p.amount, invoice_id, p.id)
            cmd.upsert("invoice_voids", invoice_id, cashier_id=actor.user_id, supervisor_id=approval.supervisor.user_id,
                       reason=reason.strip()[:300], at=now)
            record_in(cmd, approval, actor, invoice_id, invoice.total, reason.strip())
            cmd.detail.update({"invoice": invoice.number, "total": invoice.total, "reason": reason.strip()[:100]})
        return self.billing.get(invoice_id)

    def _reverse_card(self, actor: Actor, approval: Approval, invoice: Invoice, payment_id: str, amount: int,
                      ecr_ref: str, approval_code: str, reason: str) -> None:
        with self.store.command("payment.void_card", actor.user_id) as cmd:
            shift = self.shifts.current()
            cmd.upsert("payment_reversals", f"void:{payment_id}", payment_id=payment_id, invoice_id=invoice.id,
                       kind="void", method="card", amount=amount, ecr_ref=ecr_ref, approval_code=approval_code,
                       cashier_id=actor.user_id, supervisor_id=approval.supervisor.user_id,
                       reason=reason.strip()[:300], at=self.now().isoformat(), shift_id=shift.id if shift else None)
            if shift is not None:
                self.shifts.entry_in(cmd, shift, actor, "void", "card", -amount, invoice.id, payment_id)
            cmd.detail = {"invoice": invoice.number, "payment": payment_id, "ecr_ref": ecr_ref, "amount": amount,
                          "supervisor": approval.supervisor.user_id, "cashier": actor.user_id}

    def _card_today(self, invoice: Invoice) -> int:
        done = {r.payment_id for r in self.reversals(invoice.id)}
        today = business_day(self.now())
        return sum(p.amount for p in invoice.payments if p.method == "card" and p.id not in done
                   and p.received_at and business_day(datetime.fromisoformat(p.received_at)) == today)

    def _owed_on_account(self, invoice: Invoice) -> tuple[str | None, int]:
        row = self.store.query_one(
            "SELECT w.customer_id, a.active FROM invoices i JOIN workorders w ON w.id = i.wo_id"
            " LEFT JOIN credit_accounts a ON a.id = w.customer_id AND a._del IS NULL WHERE i.id = ?", (invoice.id,))
        if not row or not row["customer_id"] or not row["active"]:
            return None, 0
        owed = self.store.query_one(
            "SELECT coalesce(sum(p.amount), 0) - coalesce((SELECT sum(a.amount) FROM receivable_allocations a"
            "  JOIN invoices j ON j.id = a.invoice_id JOIN workorders v ON v.id = j.wo_id"
            "  WHERE v.customer_id = ? AND a._del IS NULL AND j.id NOT IN (SELECT id FROM invoice_voids"
            "  WHERE _del IS NULL)), 0) AS owed FROM payments p JOIN invoices i ON i.id = p.invoice_id"
            " JOIN workorders w ON w.id = i.wo_id WHERE w.customer_id = ? AND p.method = 'on_account'"
            " AND p._del IS NULL AND i.id NOT IN (SELECT id FROM invoice_voids WHERE _del IS NULL)",
            (row["customer_id"], row["customer_id"]))
        return row["customer_id"], max(0, int(owed["owed"]))

    def refund_options(self, invoice_id: str) -> RefundOptions:
        invoice = self.billing.get(invoice_id)
        voided = self.store.query_one("SELECT id FROM invoice_voids WHERE id = ? AND _del IS NULL",
                                      (invoice_id,)) is not None
        paid = sum(p.amount for p in invoice.payments if p.method != "on_account")
        refundable = 0 if voided else max(0, paid - self.refunded(invoice_id))
        card_today = 0 if voided else self._card_today(invoice)
        card = sum(p.amount for p in invoice.payments if p.method == "card")
        shift = self.shifts.current()
        _customer, owed = self._owed_on_account(invoice)
        methods: list[RefundMethod] = []
        if refundable and not card_today:
            methods = ["cash"] + (["on_account"] if owed > 0 else [])
        return RefundOptions(invoice_id=invoice_id, number=invoice.number or "", refundable=refundable,
                             card_today=card_today, card_settled=0 if voided else card - card_today,
                             methods=methods, owed_on_account=owed,
                             cash_in_drawer=self.shifts.expected_cash(shift.id) if shift else None, voided=voided)

    def refund(self, actor: Actor, invoice_id: str, amount: int, reason: str,
               approval: Approval | None = None, method: RefundMethod = "cash") -> Reversal:
        """Hand back `amount` in cash from the drawer, or credit it to the customer's account
        (supervisor approval, audit with both users). A card payment of today is voided instead."""
        require(actor, "payment.take")
        if method not in ("cash", "on_account"):
            raise ValidationError(f"a refund is handed back in cash or credited on account, not {method}", "method")
        if not (reason or "").strip():
            raise ValidationError("say why the money is refunded", "reason")
        if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
            raise ValidationError("the refund must be a whole Rupiah amount above 0", "amount")
        invoice = self._live(invoice_id)
        if self._card_today(invoice):
            raise ValidationError(f"{invoice.number} was paid by card today: void it on the terminal, so the money"
                                  " goes back to the card", "void_card_today")
        approval = check(approval, "refund", actor, f"refunding {amount} on {invoice.number}")
        refund_id = new_id()
        with self.store.command("payment.refund", actor.user_id) as cmd:
            invoice = self._live(invoice_id)
            paid = sum(p.amount for p in invoice.payments if p.method != "on_account")
            if amount > paid - self.refunded(invoice_id):
                raise ValidationError(f"only {paid - self.refunded(invoice_id)} was paid and not refunded", "amount")
            shift = self.shifts.open_shift_in(cmd)
            if method == "cash" and self.shifts.expected_cash(shift.id) < amount:
                raise ValidationError("there is not that much cash in the drawer", "cash")
            now = self.now().isoformat()
            cmd.upsert("payment_reversals", refund_id, invoice_id=invoice_id, kind="refund", method=method,
                       amount=amount, cashier_id=actor.user_id, supervisor_id=approval.supervisor.user_id,
                       reason=reason.strip()[:300], at=now, shift_id=shift.id)
            if method == "cash":
                self.shifts.entry_in(cmd, shift, actor, "refund", "cash", -amount, invoice_id, refund_id)
            else:
                self._credit_in(cmd, actor, invoice, refund_id, amount, now, shift.id)
            record_in(cmd, approval, actor, invoice_id, amount, reason.strip())
            cmd.detail.update({"invoice": invoice.number, "refund": amount, "method": method,
                               "cashier": actor.user_id, "supervisor": approval.supervisor.user_id})
        return next(r for r in self.reversals(invoice_id) if r.id == refund_id)

    def _credit_in(self, cmd, actor: Actor, invoice: Invoice, refund_id: str, amount: int,  # noqa: ANN001
                   now: str, shift_id: str) -> None:
        """The refund as a credit on the customer's account: a collection (method `refund`, no cash)
        allocated to what they owe on account, oldest invoice first."""
        customer, owed = self._owed_on_account(invoice)
        if customer is None:
            raise ValidationError("this customer has no credit account: refund in cash", "no_account")
        if amount > owed:
            raise ValidationError(f"the customer owes only {owed} on account: refund the rest in cash", "overpaid")
        rows = self.store.query(
            "SELECT i.id, (SELECT coalesce(sum(p.amount), 0) FROM payments p WHERE p.invoice_id = i.id"
            "  AND p.method = 'on_account' AND p._del IS NULL) - (SELECT coalesce(sum(a.amount), 0)"
            "  FROM receivable_allocations a WHERE a.invoice_id = i.id AND a._del IS NULL) AS owed"
            " FROM invoices i JOIN workorders w ON w.id = i.wo_id WHERE w.customer_id = ? AND i._del IS NULL"
            " AND i.id NOT IN (SELECT id FROM invoice_voids WHERE _del IS NULL) ORDER BY i.issued_at", (customer,))
        cmd.upsert("receivable_collections", refund_id, customer_id=customer, method="refund", amount=amount,
                   received_at=now, cashier_id=actor.user_id, shift_id=shift_id, reference=invoice.number,
                   receipt_number=cmd.next_number("RCV", now[2:4] + now[5:7]))
        left = amount
        for r in rows:
            part = min(left, r["owed"])
            if part > 0:
                cmd.upsert("receivable_allocations", new_id(), collection_id=refund_id, invoice_id=r["id"], amount=part)
                left -= part
            if left == 0:
                break
