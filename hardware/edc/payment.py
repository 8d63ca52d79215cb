"""The never-double-charge payment flow on top of :class:`EcrLink`.

Rules:
1. A pending entry is written to the caller's :class:`PaymentJournal` before the first byte of a
   sale/void goes out.
2. Once sent, no new request for that payment goes out until the first one's outcome is known.
   On a response timeout, a broken link, a missing ACK or a restart, the outcome is asked for with
   status requests (``26``) carrying the original ecr_ref, with backoff, until an answer comes.
3. Only ``not_found`` (``NF``) or a decline lets a new attempt start, with a new ecr_ref.
"""

from __future__ import annotations

import itertools
import logging
import secrets
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable, Iterable, Literal, Protocol, runtime_checkable

from pydantic import BaseModel, Field

from app.ports import DeviceMessage

from hardware.edc.ecr_link import EcrLink, EcrLinkError
from hardware.edc.frames import EdcError
from hardware.edc.profile import (
    MAX_RUPIAH,
    EdcRequest,
    EdcResponse,
    FixedWidthProfile,
    Outcome,
    TransType,
    _check_ref,
)

log = logging.getLogger(__name__)

_B36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def new_ecr_ref() -> str:
    """12 characters: 8 of millisecond clock (base 36) + 4 random."""
    ms = int(time.time() * 1000) % 36**8
    head = "".join(_B36[(ms // 36**i) % 36] for i in reversed(range(8)))
    return head + "".join(secrets.choice(_B36) for _ in range(4))


class PaymentOutcome(BaseModel):
    """What became of one request, in the words the screens and the CLI use."""

    status: Outcome
    trans_type: TransType
    ecr_ref: str
    amount: int = 0
    response_code: str = ""
    message: str = ""
    approval_code: str = ""
    rrn: str = ""
    masked_pan: str = ""
    card_label: str = ""
    tid: str = ""
    date: str = ""
    time: str = ""

    @property
    def charged(self) -> bool:
        return self.status == "approved"

    @property
    def definite(self) -> bool:
        return self.status != "unknown"

    @classmethod
    def from_response(
        cls, response: EdcResponse, profile: FixedWidthProfile, trans_type: TransType | None = None
    ) -> "PaymentOutcome":
        return cls(
            status=profile.classify(response.response_code),
            trans_type=trans_type or response.trans_type,
            ecr_ref=response.ecr_ref,
            amount=response.amount,
            response_code=response.response_code,
            message=profile.message(response.response_code),
            approval_code=response.approval_code,
            rrn=response.rrn,
            masked_pan=response.masked_pan,
            card_label=response.card_label,
            tid=response.tid,
            date=response.date,
            time=response.time,
        )


EntryState = Literal["pending", "acked", "resolved"]


class JournalEntry(BaseModel):
    """One money-moving request (sale or void) as the journal keeps it."""

    ecr_ref: str
    payment_id: str
    trans_type: TransType
    amount: int
    orig_ref: str = ""
    state: EntryState = "pending"
    created_at: datetime = Field(default_factory=lambda: datetime.now(timezone.utc))
    outcome: PaymentOutcome | None = None


@runtime_checkable
class PaymentJournal(Protocol):
    """Durable record of EDC requests, provided by the caller (the station database in the app).

    Every method must be durable when it returns (committed / fsynced).
    """

    def record_pending(self, entry: JournalEntry) -> None:
        """Store a new entry in state ``pending``. Called before the first byte goes out."""

    def mark_acked(self, ecr_ref: str) -> None:
        """The terminal ACKed the request: state ``acked``."""

    def record_outcome(self, ecr_ref: str, outcome: PaymentOutcome) -> None:
        """A definite outcome is known: state ``resolved`` with ``outcome``."""

    def unresolved(self) -> list[JournalEntry]:
        """Every entry not yet ``resolved`` (oldest first), for restart recovery."""

    def get(self, ecr_ref: str) -> JournalEntry | None:
        """The entry for ``ecr_ref``, if any."""

    def entries_for(self, payment_id: str) -> list[JournalEntry]:
        """Every entry (any state) of one payment, oldest first."""


# Progress stages are the core's device message codes (`app.ports.DeviceMessage`); the screens
# translate them (`ui.kit.labels.device_message`), the operator CLI words them itself.
Progress = DeviceMessage


@dataclass(frozen=True)
class ProgressEvent:
    stage: Progress
    ecr_ref: str
    attempt: int = 0


ProgressCallback = Callable[[ProgressEvent], None]


class PaymentPendingError(EdcError):
    """An earlier sale is still unresolved (outcome unknown); no new sale may start.

    ``ecr_ref`` and ``payment_id`` name the unresolved request; ask for its status (``status()``
    or ``recover()``) once the terminal answers again.
    """

    def __init__(self, message: str, ecr_ref: str = "", payment_id: str = "") -> None:
        super().__init__(message)
        self.ecr_ref = ecr_ref
        self.payment_id = payment_id


def _noop(_: ProgressEvent) -> None:
    return None


class EdcPaymentFlow:
    """Sale/void/settle/echo/status through one link and one journal. Blocking: use a worker."""

    def __init__(
        self,
        link: EcrLink,
        journal: PaymentJournal,
        *,
        ref_factory: Callable[[], str] = new_ecr_ref,
        status_backoff: Iterable[float] = (1.0, 2.0, 4.0, 8.0, 15.0, 30.0),
        status_response_timeout: float = 15.0,
        status_give_up: float | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.link = link
        self.profile = link.profile
        self.journal = journal
        self._new_ref = ref_factory
        self.status_backoff = tuple(status_backoff) or (1.0,)
        self.status_response_timeout = status_response_timeout
        self.status_give_up = status_give_up
        self._sleep = sleep

    # -- public operations ---------------------------------------------------------
    def sale(
        self,
        payment_id: str,
        amount: int,
        on_progress: ProgressCallback | None = None,
        response_timeout: float | None = None,
    ) -> PaymentOutcome:
        """Charge ``amount`` Rupiah for ``payment_id``; never twice.

        If the journal already holds an approved sale for ``payment_id`` that outcome is returned.
        An unresolved earlier attempt of the same payment is resolved first; if it was approved
        (or is still unknown), that outcome is returned and nothing new is sent. A voided payment
        that is paid again needs a new ``payment_id``.

        An unresolved sale of *another* payment (a crash, a CLI run that ended ``unknown``) is
        resolved by status first too: the terminal may still be charging that card. If its outcome
        is still unknown, :class:`PaymentPendingError` naming its ecr_ref is raised and nothing is
        sent.
        """
        if not 0 < amount <= MAX_RUPIAH:
            raise ValueError(f"a sale needs an amount from 1 to {MAX_RUPIAH} Rupiah, not {amount}")
        progress = on_progress or _noop
        for done in self.journal.entries_for(payment_id):
            if done.trans_type == TransType.SALE and done.outcome is not None and done.outcome.charged:
                return done.outcome  # this payment was already charged: never again
        earlier = self._resolve_earlier(payment_id, TransType.SALE, progress)
        if earlier is not None:
            return earlier
        self._resolve_other_sales(payment_id, progress)
        return self._journaled(TransType.SALE, payment_id, amount, "", progress, response_timeout)

    def void(
        self,
        payment_id: str,
        orig_ref: str,
        amount: int,
        on_progress: ProgressCallback | None = None,
        response_timeout: float | None = None,
    ) -> PaymentOutcome:
        if not 0 <= amount <= MAX_RUPIAH:
            raise ValueError(f"a void needs an amount from 0 to {MAX_RUPIAH} Rupiah, not {amount}")
        _check_ref(orig_ref)
        progress = on_progress or _noop
        earlier = self._resolve_earlier(payment_id, TransType.VOID, progress)
        if earlier is not None:
            return earlier
        return self._journaled(TransType.VOID, payment_id, amount, orig_ref, progress, response_timeout)

    def settle(self, on_progress: ProgressCallback | None = None, response_timeout: float | None = None) -> PaymentOutcome:
        return self._plain(TransType.SETTLEMENT, on_progress or _noop, response_timeout)

    def echo(self, response_timeout: float | None = None) -> PaymentOutcome:
        return self._plain(TransType.ECHO, _noop, response_timeout)

    def status(self, ecr_ref: str, on_progress: ProgressCallback | None = None) -> PaymentOutcome:
        """Ask (with backoff, as configured) what became of ``ecr_ref``; journal it if journaled."""
        _check_ref(ecr_ref)
        entry = self.journal.get(ecr_ref)
        if entry is None:
            entry = JournalEntry(ecr_ref=ecr_ref, payment_id="", trans_type=TransType.SALE, amount=0)
            return self._ask_status(entry, on_progress or _noop, journaled=False)
        return self._ask_status(entry, on_progress or _noop, journaled=entry.state != "resolved")

    def recover(self, on_progress: ProgressCallback | None = None) -> list[PaymentOutcome]:
        """Resolve every unresolved journal entry (call at start-up, before new payments)."""
        return [self._ask_status(e, on_progress or _noop, journaled=True) for e in self.journal.unresolved()]

    # -- internals ---------------------------------------------------------------------
    def _resolve_earlier(
        self, payment_id: str, trans_type: TransType, progress: ProgressCallback
    ) -> PaymentOutcome | None:
        for entry in self.journal.unresolved():
            if entry.payment_id != payment_id or entry.trans_type != trans_type:
                continue
            outcome = self._ask_status(entry, progress, journaled=True)
            if outcome.status in ("approved", "unknown"):
                return outcome  # already charged, or still unknown: never send a second one
        return None

    def _resolve_other_sales(self, payment_id: str, progress: ProgressCallback) -> None:
        """Before a new sale: every unresolved sale, whatever its payment, must be resolved."""
        for entry in self.journal.unresolved():
            if entry.trans_type != TransType.SALE or entry.payment_id == payment_id:
                continue
            outcome = self._ask_status(entry, progress, journaled=True)
            if not outcome.definite:
                raise PaymentPendingError(
                    f"sale {entry.ecr_ref} (payment {entry.payment_id or '-'}, amount {entry.amount}) is still "
                    f"unresolved: no new sale until its status is known; ask for the status of {entry.ecr_ref}",
                    ecr_ref=entry.ecr_ref,
                    payment_id=entry.payment_id,
                )

    def _journaled(
        self,
        trans_type: TransType,
        payment_id: str,
        amount: int,
        orig_ref: str,
        progress: ProgressCallback,
        response_timeout: float | None,
    ) -> PaymentOutcome:
        self.link.open()  # opening sends nothing; a missing port fails here, before the journal
        ecr_ref = self._new_ref()
        request = EdcRequest(trans_type=trans_type, amount=amount, ecr_ref=ecr_ref, orig_ref=orig_ref)
        entry = JournalEntry(
            ecr_ref=ecr_ref, payment_id=payment_id, trans_type=trans_type, amount=amount, orig_ref=orig_ref
        )
        self.journal.record_pending(entry)
        progress(ProgressEvent(Progress.SENDING, ecr_ref))
        try:
            self.link.send_request(request)
        except EcrLinkError as exc:
            log.warning("request %s not acknowledged (%s); asking for status", ecr_ref, exc)
            return self._ask_status(entry, progress, journaled=True)
        self.journal.mark_acked(ecr_ref)
        progress(ProgressEvent(Progress.SENT, ecr_ref))
        progress(ProgressEvent(Progress.WAITING_FOR_CARD, ecr_ref))
        try:
            response = self.link.wait_response(
                lambda r: r.ecr_ref == ecr_ref and r.trans_type in (trans_type, TransType.STATUS),
                response_timeout,
            )
        except EcrLinkError as exc:
            log.warning("no response for %s (%s); asking for status", ecr_ref, exc)
            return self._ask_status(entry, progress, journaled=True)
        outcome = PaymentOutcome.from_response(response, self.profile, trans_type)
        return self._finish(entry, outcome, progress, journaled=True)

    def _finish(
        self, entry: JournalEntry, outcome: PaymentOutcome, progress: ProgressCallback, journaled: bool
    ) -> PaymentOutcome:
        if journaled and outcome.definite:
            self.journal.record_outcome(entry.ecr_ref, outcome)
        progress(ProgressEvent(Progress.DONE, entry.ecr_ref))
        return outcome

    def _ask_status(self, entry: JournalEntry, progress: ProgressCallback, journaled: bool) -> PaymentOutcome:
        started = time.monotonic()
        delays = itertools.chain(self.status_backoff, itertools.repeat(self.status_backoff[-1]))
        attempt = 0
        while True:
            attempt += 1
            progress(ProgressEvent(Progress.CHECKING_STATUS, entry.ecr_ref, attempt))
            try:
                self.link.open()
                query = EdcRequest(trans_type=TransType.STATUS, ecr_ref=self._new_ref(), orig_ref=entry.ecr_ref)
                self.link.send_request(query)
                response = self.link.wait_response(
                    lambda r: r.ecr_ref == entry.ecr_ref and r.trans_type in (TransType.STATUS, entry.trans_type),
                    self.status_response_timeout,
                )
            except EcrLinkError as exc:
                log.info("status of %s not known yet (%s)", entry.ecr_ref, exc)
            else:
                outcome = PaymentOutcome.from_response(response, self.profile, entry.trans_type)
                if outcome.status == "not_found":
                    outcome = outcome.model_copy(update={"ecr_ref": entry.ecr_ref, "amount": entry.amount})
                return self._finish(entry, outcome, progress, journaled)
            if self.status_give_up is not None and time.monotonic() - started >= self.status_give_up:
                progress(ProgressEvent(Progress.DONE, entry.ecr_ref))
                return PaymentOutcome(
                    status="unknown",
                    trans_type=entry.trans_type,
                    ecr_ref=entry.ecr_ref,
                    amount=entry.amount,
                    message="Status transaksi belum diketahui; periksa lagi dengan status",
                )
            self._sleep(next(delays))

    def _plain(self, trans_type: TransType, progress: ProgressCallback, response_timeout: float | None) -> PaymentOutcome:
        self.link.open()
        ecr_ref = self._new_ref()
        progress(ProgressEvent(Progress.SENDING, ecr_ref))
        response = self.link.transact(EdcRequest(trans_type=trans_type, ecr_ref=ecr_ref), response_timeout)
        progress(ProgressEvent(Progress.DONE, ecr_ref))
        return PaymentOutcome.from_response(response, self.profile, trans_type)
