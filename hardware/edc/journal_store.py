"""The app's :class:`PaymentJournal`: the station database, through ``app.device_journal``.

Only converts :class:`JournalEntry` / :class:`PaymentOutcome` to and from the plain rows of
:class:`app.device_journal.DeviceJournal`, which does the SQL, the durable commits and the audit
entries. Every method is durable when it returns, as the protocol asks.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from app.device_journal import DeviceJournal
from app.errors import DomainError
from hardware.edc.frames import EdcError
from hardware.edc.payment import JournalEntry, PaymentOutcome


class JournalStoreError(EdcError):
    """The station journal refused a write (e.g. a reused ecr_ref) or holds an unreadable row."""


class StorePaymentJournal:
    """``PaymentJournal`` over a :class:`DeviceJournal` (one per station database)."""

    def __init__(self, device_journal: DeviceJournal) -> None:
        self.device_journal = device_journal

    # -- PaymentJournal ----------------------------------------------------------------
    def record_pending(self, entry: JournalEntry) -> None:
        try:
            self.device_journal.put_pending(
                entry.ecr_ref, entry.payment_id, entry.trans_type.value, entry.amount, entry.orig_ref,
                entry.created_at,
            )
        except DomainError as exc:
            raise JournalStoreError(str(exc)) from exc

    def mark_acked(self, ecr_ref: str) -> None:
        try:
            self.device_journal.set_state(ecr_ref, "acked")  # no-op unless still pending
        except DomainError as exc:
            raise JournalStoreError(str(exc)) from exc

    def record_outcome(self, ecr_ref: str, outcome: PaymentOutcome) -> None:
        try:
            self.device_journal.set_outcome(ecr_ref, outcome.model_dump_json())
        except DomainError as exc:
            raise JournalStoreError(str(exc)) from exc

    def unresolved(self) -> list[JournalEntry]:
        return [_entry(r) for r in self.device_journal.unresolved()]

    def get(self, ecr_ref: str) -> JournalEntry | None:
        row = self.device_journal.get(ecr_ref)
        return _entry(row) if row is not None else None

    def entries_for(self, payment_id: str) -> list[JournalEntry]:
        return [_entry(r) for r in self.device_journal.for_payment(payment_id)]


def _entry(row: dict[str, Any]) -> JournalEntry:
    try:
        outcome = PaymentOutcome.model_validate_json(row["outcome"]) if row.get("outcome") else None
        return JournalEntry(
            ecr_ref=row["ecr_ref"],
            payment_id=row["payment_id"],
            trans_type=row["trans_type"],
            amount=row["amount"] or 0,
            orig_ref=row["orig_ref"] or "",
            state=row["state"],
            created_at=row["created_at"],
            outcome=outcome,
        )
    except (ValidationError, KeyError) as exc:
        raise JournalStoreError(f"EDC journal entry {row.get('ecr_ref')!r} is unreadable: {exc}") from exc
