"""Card parts of a checkout: charged on the terminal, recorded the moment they are approved.

The terminal sees one payment id per card part of an invoice, `inv:<invoice>:card<k>` (k = card
parts already recorded + 1). Asking again with the same id never charges twice: the EDC flow
returns the earlier approval, or resolves an unresolved attempt by status first. An approval the
app could not record (a crash, a cut cable, a restart) is found in the station's EDC journal by
`reconcile` after the start-up recovery and recorded then, once (payments carry the ecr_ref).

Blocking (up to the terminal's 120 s card wait): the screens run `charge` on the device lane.
"""

from __future__ import annotations

import json
import logging

from app.auth import Actor, require
from app.billing import BillingService, Invoice, PaymentIn
from app.card_errors import CardDeclined, CardUnresolved
from app.ports import CardProgressCallback, CardResult, CardTerminal
from app.checkout import CheckoutResult
from app.errors import DomainError, ValidationError
from app.receivables import ReceivableService, of_collection_key
from app.shifts import ShiftService
from app.store import Command, Store

log = logging.getLogger(__name__)

SALE = "01"  # the EDC journal's trans_type of a sale


def card_payment_key(invoice_id: str, k: int) -> str:
    return f"inv:{invoice_id}:card{k}"


def invoice_of_key(payment_key: str) -> str | None:
    parts = payment_key.split(":")
    if len(parts) == 3 and parts[0] == "inv" and parts[2].startswith("card"):
        return parts[1]
    return None


class CardSales:
    def __init__(self, store: Store, billing: BillingService, shifts: ShiftService,
                 receivables: ReceivableService) -> None:
        self.store = store
        self.billing = billing
        self.shifts = shifts
        self.receivables = receivables

    def _check(self, invoice_id: str, amount: int) -> Invoice:
        invoice = self.billing.get(invoice_id)
        if self.store.query_one("SELECT id FROM invoice_voids WHERE id = ? AND _del IS NULL", (invoice_id,)):
            raise ValidationError(f"{invoice.number} was voided", "voided")
        if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
            raise ValidationError("the card amount must be a whole Rupiah amount above 0", "amount")
        if amount > invoice.balance:
            raise ValidationError(f"only {invoice.balance} is due on {invoice.number}", "overpaid")
        return invoice

    def next_key(self, invoice_id: str) -> str:
        row = self.store.query_one("SELECT count(*) AS n FROM payments WHERE invoice_id = ? AND method = 'card'"
                                   " AND _del IS NULL", (invoice_id,))
        return card_payment_key(invoice_id, int(row["n"]) + 1)

    def prepare(self, actor: Actor, invoice_id: str, amount: int) -> str:
        """Check a card part may be charged now; the payment id to give the terminal."""
        require(actor, "payment.take")
        self._check(invoice_id, amount)
        self.shifts.require_open()
        return self.next_key(invoice_id)

    def record(self, actor: Actor, invoice_id: str, outcome: CardResult) -> CheckoutResult:
        """Record what the terminal said: approved is recorded (once); otherwise nothing is."""
        require(actor, "payment.take")
        if outcome.status == "unknown":
            raise CardUnresolved(
                f"the terminal has not said what became of the card sale {outcome.ecr_ref}: checking with the "
                "terminal; it is never charged twice")
        if outcome.status != "approved":
            raise CardDeclined(getattr(outcome, "message", "") or f"card {outcome.status}")
        return self._record(actor, invoice_id, outcome.amount, outcome.ecr_ref, outcome.approval_code,
                            outcome.card_label, outcome.masked_pan)

    def charge(self, actor: Actor, invoice_id: str, amount: int, terminal: CardTerminal,
               on_progress: CardProgressCallback | None = None) -> CheckoutResult:
        """prepare, the sale on the terminal, record: blocking (a worker's job). The screens run the
        three steps on their lanes (store, device, store)."""
        key = self.prepare(actor, invoice_id, amount)
        return self.record(actor, invoice_id, terminal.sale(key, amount, on_progress))

    def _record(self, actor: Actor, invoice_id: str, amount: int, ecr_ref: str, approval_code: str,
                card_label: str, masked_pan: str) -> CheckoutResult:
        if self.store.query_one("SELECT id FROM payments WHERE reference = ? AND method = 'card' AND _del IS NULL",
                                (ecr_ref,)):  # the same approval heard twice (a retry, a reconcile)
            return CheckoutResult(invoice=self.billing.get(invoice_id), receipt_number="", change=0,
                                  open_drawer=False)
        part = PaymentIn(method="card", amount=amount, reference=ecr_ref, approval_code=approval_code or ecr_ref,
                         card_label=card_label or None, masked_pan=masked_pan or None)
        receipt: list[str] = []

        def within(cmd: Command, invoice: Invoice, written: list[tuple[str, PaymentIn]]) -> None:
            if self.store.query_one("SELECT count(*) AS n FROM payments WHERE reference = ? AND method = 'card'"
                                    " AND _del IS NULL", (ecr_ref,))["n"] > 1:
                raise ValidationError(f"card sale {ecr_ref} is recorded already", "recorded")
            shift = self.shifts.current()  # money was taken: recorded even if the shift closed meanwhile
            if shift is not None:
                self.shifts.entry_in(cmd, shift, actor, "sale", "card", amount, invoice.id, written[0][0])
            cmd.detail["ecr_ref"] = ecr_ref
            receipt.append(str(cmd.detail.get("receipt", "")))

        invoice = self.billing.pay(actor, invoice_id, [part], within=within)
        return CheckoutResult(invoice=invoice, receipt_number=receipt[0], change=0, open_drawer=False)

    def unresolved(self) -> list[dict]:
        """Card requests the terminal has not answered yet (oldest first): ecr_ref, payment_id, amount."""
        return self.store.query("SELECT ecr_ref, payment_id, trans_type, amount FROM edc_journal"
                                " WHERE state != 'resolved' ORDER BY created_at")

    def reconcile(self, actor: Actor) -> list[CheckoutResult]:
        """Record approved card sales the journal holds but no payment does (after a restart):
        invoice parts (`inv:`) as card payments, receivable collections (`rcv:`) as collections.
        Returns the invoice parts recorded."""
        require(actor, "payment.take")
        rows = self.store.query(
            "SELECT ecr_ref, payment_id, amount, outcome FROM edc_journal WHERE trans_type = ? AND state = 'resolved'"
            " AND (payment_id LIKE 'inv:%' OR payment_id LIKE 'rcv:%') AND ecr_ref NOT IN"
            " (SELECT reference FROM payments WHERE method = 'card' AND reference IS NOT NULL AND _del IS NULL)"
            " AND ecr_ref NOT IN (SELECT reference FROM receivable_collections WHERE method = 'card'"
            "  AND reference IS NOT NULL AND _del IS NULL)"
            " ORDER BY created_at", (SALE,))
        done = []
        for row in rows:
            outcome = json.loads(row["outcome"] or "{}")
            if outcome.get("status") != "approved":
                continue
            amount = int(outcome.get("amount") or row["amount"])
            try:
                if (invoice_id := invoice_of_key(row["payment_id"])) is not None:
                    done.append(self._record(actor, invoice_id, amount, row["ecr_ref"], outcome.get("approval_code", ""),
                                             outcome.get("card_label", ""), outcome.get("masked_pan", "")))
                elif (collection := of_collection_key(row["payment_id"])) is not None:
                    customer_id, collection_id = collection
                    self.receivables.collect(actor, customer_id, amount, "card", None, row["ecr_ref"],
                                             collection_id=collection_id)
            except DomainError as exc:  # e.g. more charged than due: a supervisor voids it on the terminal
                log.warning("approved card sale %s not recorded: %s", row["ecr_ref"], exc)
        return done
