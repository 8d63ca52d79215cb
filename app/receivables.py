"""Receivables (piutang): fleet customers' credit accounts, on-account sales, collections, aging.

An invoice paid "on account" is owed by its customer; what is owed on an invoice is its
on-account payments less the collections allocated to it (a voided invoice owes nothing). A
customer's account has a credit limit and terms (days); an on-account payment that would take the
outstanding balance over the limit needs a supervisor's PIN. A collection pays one or several
invoices (oldest first unless the cashier chooses), in cash through the open shift or by card or
transfer. Aging buckets count days past the due date (issued + terms).

Two stations collecting the same invoice offline may both allocate to it; both collections count
(money was received twice) and the invoice shows a credit, which the aging list reports.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Literal

from pydantic import BaseModel, Field

from app.auth import Actor, require
from app.card_errors import CardDeclined, CardUnresolved
from app.errors import NotFoundError, ValidationError
from app.ports import CardResult
from app.overrides import Approval, check, record_in
from app.settings import local_time
from app.shifts import ShiftService
from app.store import Command, Store, new_id

CollectMethod = Literal["cash", "card", "transfer"]
BUCKETS: tuple[str, ...] = ("current", "1-30", "31-60", "61-90", "90+")
MAX_LIMIT = 10**12


class CreditAccount(BaseModel):
    customer_id: str
    customer_name: str
    credit_limit: int
    terms_days: int
    active: bool


class OpenInvoice(BaseModel):
    invoice_id: str
    number: str
    issued_at: str
    due_on: str
    owed: int
    days_overdue: int


class AgingRow(BaseModel):
    customer_id: str
    customer_name: str
    credit_limit: int
    buckets: dict[str, int]
    total: int


class Allocation(BaseModel):
    invoice_id: str
    amount: int = Field(gt=0)


class Collection(BaseModel):
    id: str
    customer_id: str
    method: str
    amount: int
    receipt_number: str
    allocations: list[Allocation]


def card_collection_key(customer_id: str, collection_id: str) -> str:
    """The terminal's payment id of a card collection (the journal maps an approval back to it)."""
    return f"rcv:{customer_id}:{collection_id}"


def of_collection_key(payment_key: str) -> tuple[str, str] | None:
    parts = payment_key.split(":")
    return (parts[1], parts[2]) if len(parts) == 3 and parts[0] == "rcv" else None


def bucket(days_overdue: int) -> str:
    if days_overdue <= 0:
        return "current"
    if days_overdue <= 30:
        return "1-30"
    if days_overdue <= 60:
        return "31-60"
    if days_overdue <= 90:
        return "61-90"
    return "90+"


# owed per live invoice: on-account payments less allocations; voided invoices are left out
_OWED = (
    "SELECT i.id AS invoice_id, i.number, i.issued_at, w.customer_id,"
    " (SELECT coalesce(sum(p.amount), 0) FROM payments p WHERE p.invoice_id = i.id AND p.method = 'on_account'"
    "   AND p._del IS NULL)"
    " - (SELECT coalesce(sum(a.amount), 0) FROM receivable_allocations a WHERE a.invoice_id = i.id"
    "   AND a._del IS NULL) AS owed"
    " FROM invoices i JOIN workorders w ON w.id = i.wo_id"
    " WHERE i._del IS NULL AND i.number IS NOT NULL"
    " AND i.id NOT IN (SELECT id FROM invoice_voids WHERE _del IS NULL)"
)


class ReceivableService:
    def __init__(self, store: Store, shifts: ShiftService, now=lambda: datetime.now(timezone.utc)) -> None:
        self.store = store
        self.shifts = shifts
        self.now = now

    # -- accounts --------------------------------------------------------------------------
    def set_account(self, actor: Actor, customer_id: str, credit_limit: int, terms_days: int,
                    active: bool = True) -> CreditAccount:
        """A fleet customer's credit account (supervisor). The account's id is the customer's."""
        require(actor, "receivable.admin")
        if not isinstance(credit_limit, int) or isinstance(credit_limit, bool) or not 0 <= credit_limit <= MAX_LIMIT:
            raise ValidationError("the credit limit must be a whole, non-negative Rupiah amount", "limit")
        if not isinstance(terms_days, int) or isinstance(terms_days, bool) or not 0 <= terms_days <= 365:
            raise ValidationError("terms are 0 to 365 days", "terms")
        if self.store.query_one("SELECT id FROM customers WHERE id = ? AND _del IS NULL", (customer_id,)) is None:
            raise NotFoundError(f"no customer {customer_id}")
        with self.store.command("receivable.account", actor.user_id) as cmd:
            cmd.upsert("credit_accounts", customer_id, customer_id=customer_id, credit_limit=credit_limit,
                       terms_days=terms_days, active=1 if active else 0)
            cmd.detail = {"customer": customer_id, "limit": credit_limit, "terms": terms_days}
        return self.account(customer_id)

    def account(self, customer_id: str) -> CreditAccount:
        row = self.store.query_one(
            "SELECT a.customer_id, c.name AS customer_name, a.credit_limit, a.terms_days, a.active"
            " FROM credit_accounts a LEFT JOIN customers c ON c.id = a.customer_id"
            " WHERE a.id = ? AND a._del IS NULL AND a.credit_limit IS NOT NULL", (customer_id,))
        if row is None:
            raise NotFoundError("this customer has no credit account (piutang); a supervisor opens one", "no_account")
        return CreditAccount(customer_id=customer_id, customer_name=row["customer_name"] or "",
                             credit_limit=row["credit_limit"], terms_days=row["terms_days"] or 0,
                             active=bool(row["active"]))

    def accounts(self) -> list[CreditAccount]:
        rows = self.store.query("SELECT id FROM credit_accounts WHERE _del IS NULL AND credit_limit IS NOT NULL")
        return sorted((self.account(r["id"]) for r in rows), key=lambda a: a.customer_name)

    # -- balances --------------------------------------------------------------------------
    def outstanding(self, customer_id: str) -> int:
        row = self.store.query_one(f"SELECT coalesce(sum(owed), 0) AS total FROM ({_OWED}) WHERE customer_id = ?",
                                   (customer_id,))
        return int(row["total"])

    def open_invoices(self, customer_id: str, today: date | None = None) -> list[OpenInvoice]:
        """Invoices with something owed, oldest first, with due date and days overdue."""
        account = self.account(customer_id)
        today = today or local_time(self.now().isoformat()).date()
        rows = self.store.query(f"SELECT * FROM ({_OWED}) WHERE customer_id = ? AND owed > 0 ORDER BY issued_at",
                                (customer_id,))
        out = []
        for r in rows:
            due = local_time(r["issued_at"]).date() + timedelta(days=account.terms_days)
            out.append(OpenInvoice(invoice_id=r["invoice_id"], number=r["number"], issued_at=r["issued_at"],
                                   due_on=due.isoformat(), owed=r["owed"], days_overdue=(today - due).days))
        return out

    def aging(self, today: date | None = None) -> list[AgingRow]:
        """Per credit customer: what is owed, by days past due (current, 1–30, 31–60, 61–90, > 90)."""
        out = []
        for account in self.accounts():
            buckets = dict.fromkeys(BUCKETS, 0)
            for inv in self.open_invoices(account.customer_id, today):
                buckets[bucket(inv.days_overdue)] += inv.owed
            total = sum(buckets.values())
            if total:
                out.append(AgingRow(customer_id=account.customer_id, customer_name=account.customer_name,
                                    credit_limit=account.credit_limit, buckets=buckets, total=total))
        return out

    # -- inside the checkout's payment command ------------------------------------------------
    def check_on_account_in(self, cmd: Command, actor: Actor, customer_id: str, ref_id: str,
                            approval: Approval | None) -> None:
        """After `cmd` wrote on-account payments: refuse them without an active account, or over the
        limit without approval (the outstanding balance read here includes them)."""
        account = self.account(customer_id)
        if not account.active:
            raise ValidationError(f"{account.customer_name}'s credit account is closed", "account_closed")
        after = self.outstanding(customer_id)
        if after > account.credit_limit:
            approval = check(approval, "credit_limit", actor,
                             f"{account.customer_name} would owe {after} against a limit of {account.credit_limit}")
            record_in(cmd, approval, actor, ref_id, after - account.credit_limit, "over credit limit")

    # -- collections -----------------------------------------------------------------------
    def collection(self, collection_id: str) -> Collection | None:
        row = self.store.query_one("SELECT id, customer_id, method, amount, receipt_number FROM receivable_collections"
                                   " WHERE id = ? AND _del IS NULL AND amount IS NOT NULL", (collection_id,))
        if row is None:
            return None
        allocations = [Allocation(**r) for r in self.store.query(
            "SELECT invoice_id, amount FROM receivable_allocations WHERE collection_id = ? AND _del IS NULL",
            (collection_id,))]
        return Collection(**{**row, "receipt_number": row["receipt_number"] or ""}, allocations=allocations)

    # -- a collection by card: checked, charged on the terminal (device lane), recorded -----------
    def prepare_card(self, actor: Actor, customer_id: str, amount: int,
                     invoice_ids: list[str] | None = None) -> tuple[str, str]:
        """Check a card collection may be charged now: (collection id, the terminal's payment id)."""
        require(actor, "receivable.collect")
        self.shifts.require_open()
        owed = sum(i.owed for i in self.open_invoices(customer_id) if invoice_ids is None or i.invoice_id in invoice_ids)
        if not isinstance(amount, int) or isinstance(amount, bool) or not 0 < amount <= owed:
            raise ValidationError(f"only {owed} is owed on those invoices", "overpaid")
        collection_id = new_id()
        return collection_id, card_collection_key(customer_id, collection_id)

    def record_card(self, actor: Actor, customer_id: str, collection_id: str, outcome: CardResult,
                    invoice_ids: list[str] | None = None) -> Collection:
        """What the terminal said: an approval becomes the collection (once); nothing otherwise."""
        if outcome.status == "unknown":
            raise CardUnresolved(f"the terminal has not said what became of the card sale {outcome.ecr_ref}: "
                                 "checking with the terminal; it is never charged twice")
        if outcome.status != "approved":
            raise CardDeclined(getattr(outcome, "message", "") or f"card {outcome.status}")
        return self.collect(actor, customer_id, outcome.amount, "card", invoice_ids, outcome.ecr_ref,
                            collection_id=collection_id)

    # -- taking a payment ----------------------------------------------------------------------
    def collect(self, actor: Actor, customer_id: str, amount: int, method: CollectMethod = "cash",
                invoice_ids: list[str] | None = None, reference: str | None = None,
                collection_id: str | None = None) -> Collection:
        """A payment against one or several open invoices (oldest first, or those named). With
        `collection_id` (a card collection) it is recorded once: asked again, the same is returned."""
        require(actor, "receivable.collect")
        if method not in ("cash", "card", "transfer"):
            raise ValidationError(f"a collection is paid in cash, by card or by transfer, not {method}", "method")
        if not isinstance(amount, int) or isinstance(amount, bool) or not 0 < amount <= MAX_LIMIT:
            raise ValidationError("the amount must be a whole Rupiah amount above 0", "amount")
        if collection_id is not None and (done := self.collection(collection_id)) is not None:
            return done
        collection_id = collection_id or new_id()
        now = self.now()
        with self.store.command("receivable.collect", actor.user_id) as cmd:
            shift = self.shifts.open_shift_in(cmd)
            invoices = self.open_invoices(customer_id)
            if invoice_ids is not None:
                chosen = {i: n for n, i in enumerate(invoice_ids)}
                unknown = set(invoice_ids) - {inv.invoice_id for inv in invoices}
                if unknown:
                    raise ValidationError("some chosen invoices owe nothing (or are not this customer's)", "invoice")
                invoices = sorted((inv for inv in invoices if inv.invoice_id in chosen),
                                  key=lambda inv: chosen[inv.invoice_id])
            owed = sum(inv.owed for inv in invoices)
            if amount > owed:
                raise ValidationError(f"only {owed} is owed on those invoices", "overpaid")
            receipt = cmd.next_number("RCV", now.strftime("%y%m"))
            cmd.upsert("receivable_collections", collection_id, customer_id=customer_id, method=method, amount=amount,
                       received_at=now.isoformat(), cashier_id=actor.user_id, shift_id=shift.id,
                       reference=reference, receipt_number=receipt)
            left, allocations = amount, []
            for inv in invoices:
                if left == 0:
                    break
                part = min(left, inv.owed)
                cmd.upsert("receivable_allocations", new_id(), collection_id=collection_id, invoice_id=inv.invoice_id,
                           amount=part)
                allocations.append(Allocation(invoice_id=inv.invoice_id, amount=part))
                left -= part
            self.shifts.entry_in(cmd, shift, actor, "collection", method, amount, ref_id=collection_id)
            cmd.detail = {"customer": customer_id, "amount": amount, "receipt": receipt,
                          "invoices": [a.invoice_id for a in allocations]}
        return Collection(id=collection_id, customer_id=customer_id, method=method, amount=amount,
                          receipt_number=receipt, allocations=allocations)
