"""Voids of a paid invoice and refunds: a supervisor's approval, both users in the audit log.

A void reverses every payment of an invoice: each card payment is voided on the terminal through
the EDC flow (recorded as soon as the terminal approves, so a void cut short resumes where it
stopped and never voids a card twice), then the cash goes back out of the drawer (a till entry of
the open shift), the on-account part is no longer owed, and the invoice is marked void — its WO
can be invoiced again. A refund hands back part of what was paid, in cash from the drawer (the
ECR link has no card refund; a card is voided whole).
"""

from __future__ import annotations

from datetime import datetime, timezone

from pydantic import BaseModel

from app.auth import Actor, require
from app.billing import BillingService, Invoice
from app.card_errors import CardDeclined, CardUnresolved
from app.ports import CardProgressCallback, CardTerminal
from app.errors import ValidationError
from app.overrides import Approval, check, record_in
from app.shifts import ShiftService
from app.store import Store, new_id


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

    def refund(self, actor: Actor, invoice_id: str, amount: int, reason: str,
               approval: Approval | None = None) -> Reversal:
        """Hand back `amount` in cash from the drawer (supervisor approval, audit with both users)."""
        require(actor, "payment.take")
        if not (reason or "").strip():
            raise ValidationError("say why the money is refunded", "reason")
        if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
            raise ValidationError("the refund must be a whole Rupiah amount above 0", "amount")
        invoice = self._live(invoice_id)
        approval = check(approval, "refund", actor, f"refunding {amount} on {invoice.number}")
        refund_id = new_id()
        with self.store.command("payment.refund", actor.user_id) as cmd:
            invoice = self._live(invoice_id)
            paid = sum(p.amount for p in invoice.payments if p.method != "on_account")
            if amount > paid - self.refunded(invoice_id):
                raise ValidationError(f"only {paid - self.refunded(invoice_id)} was paid and not refunded", "amount")
            shift = self.shifts.open_shift_in(cmd)
            if self.shifts.expected_cash(shift.id) < amount:
                raise ValidationError("there is not that much cash in the drawer", "cash")
            cmd.upsert("payment_reversals", refund_id, invoice_id=invoice_id, kind="refund", method="cash",
                       amount=amount, cashier_id=actor.user_id, supervisor_id=approval.supervisor.user_id,
                       reason=reason.strip()[:300], at=self.now().isoformat(), shift_id=shift.id)
            self.shifts.entry_in(cmd, shift, actor, "refund", "cash", -amount, invoice_id, refund_id)
            record_in(cmd, approval, actor, invoice_id, amount, reason.strip())
            cmd.detail.update({"invoice": invoice.number, "refund": amount})
        return next(r for r in self.reversals(invoice_id) if r.id == refund_id)
