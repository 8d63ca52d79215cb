"""The station's device journal: EDC requests recorded before the first byte goes out.

Station-local (table ``edc_journal``, schema v3): never replicated, no events. Every write is
committed with ``synchronous = FULL`` before it returns, so a recorded request survives a crash,
a kill or a power cut of the POS; each write appends its audit entry in the same transaction, so
the audit chain shows who charged what. Rows are plain dicts; ``outcome`` is the terminal's answer
as JSON text. The hardware layer adapts this to its ``PaymentJournal``
(``hardware.edc.journal_store.StorePaymentJournal``); nothing here knows about serial ports.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Any, Literal

import pydantic
import sqlcipher3

from app import audit
from app.errors import DomainError, NotFoundError, ValidationError
from app.store import Store

State = Literal["pending", "acked", "resolved"]
STATES: tuple[str, ...] = ("pending", "acked", "resolved")  # a state never moves backwards

_COLUMNS = "ecr_ref, payment_id, trans_type, amount, orig_ref, state, created_at, outcome, updated_at"


class DuplicateEcrRef(DomainError):
    """An ecr_ref is used once: a second request under the same ref could be charged twice."""

    code = "duplicate"


class PendingRequest(pydantic.BaseModel):
    """What ``put_pending`` accepts (checked before anything is written)."""

    model_config = pydantic.ConfigDict(str_strip_whitespace=True, frozen=True)

    ecr_ref: str = pydantic.Field(min_length=1, max_length=64)
    payment_id: str = pydantic.Field(min_length=1, max_length=200)
    trans_type: str = pydantic.Field(min_length=1, max_length=8)
    amount: int = pydantic.Field(ge=0)
    orig_ref: str = ""
    created_at: datetime

    @pydantic.field_validator("created_at")
    @classmethod
    def _utc(cls, value: datetime) -> datetime:
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def _iso(at: datetime) -> str:
    """UTC, fixed width, so text order is time order."""
    return at.astimezone(timezone.utc).isoformat(timespec="microseconds")


def _now() -> str:
    return _iso(datetime.now(timezone.utc))


class DeviceJournal:
    """EDC requests of this station, in the station database. Safe to call from a worker thread."""

    def __init__(self, store: Store, actor_id: str | None = None) -> None:
        self.store = store
        self.actor_id = actor_id  # the signed-in cashier; set it at login so audits name them

    # -- writing -------------------------------------------------------------------------
    def put_pending(
        self,
        ecr_ref: str,
        payment_id: str,
        trans_type: str,
        amount: int,
        orig_ref: str = "",
        created_at: datetime | str | None = None,
    ) -> dict[str, Any]:
        """Record a new request in state ``pending``; committed when this returns."""
        try:
            req = PendingRequest(
                ecr_ref=ecr_ref, payment_id=payment_id, trans_type=trans_type, amount=amount,
                orig_ref=orig_ref or "", created_at=created_at or datetime.now(timezone.utc),
            )
        except pydantic.ValidationError as exc:
            raise ValidationError(f"EDC journal entry refused: {_first_error(exc)}") from exc
        created = _iso(req.created_at)
        with self._durable() as conn:
            if conn.execute("SELECT 1 FROM edc_journal WHERE ecr_ref = ?", (req.ecr_ref,)).fetchone():
                raise DuplicateEcrRef(f"ecr_ref {req.ecr_ref} is already in the EDC journal; use a new ref")
            conn.execute(
                f"INSERT INTO edc_journal ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, 'pending', ?, NULL, ?)",
                (req.ecr_ref, req.payment_id, req.trans_type, req.amount, req.orig_ref, created, created),
            )
            self._audit(conn, "edc.pending", {
                "ecr_ref": req.ecr_ref, "payment_id": req.payment_id, "trans_type": req.trans_type,
                "amount": req.amount, "orig_ref": req.orig_ref,
            })
        row = self.get(req.ecr_ref)
        assert row is not None
        return row

    def set_state(self, ecr_ref: str, state: str) -> bool:
        """Move ``ecr_ref`` forward to ``state``; False (nothing written) if it is there already or beyond."""
        if state not in STATES:
            raise ValidationError(f"unknown EDC journal state {state!r} (one of {', '.join(STATES)})")
        with self._durable() as conn:
            row = self._row(conn, ecr_ref)
            if STATES.index(state) <= STATES.index(row["state"]):
                return False
            conn.execute("UPDATE edc_journal SET state = ?, updated_at = ? WHERE ecr_ref = ?",
                         (state, _now(), ecr_ref))
            self._audit(conn, f"edc.{state}", {"ecr_ref": ecr_ref, "payment_id": row["payment_id"],
                                                "trans_type": row["trans_type"], "amount": row["amount"]})
        return True

    def set_outcome(self, ecr_ref: str, outcome_json: str) -> None:
        """Store the terminal's answer (a JSON object) and mark the entry ``resolved``."""
        try:
            outcome = json.loads(outcome_json)
        except (TypeError, ValueError) as exc:
            raise ValidationError(f"EDC outcome for {ecr_ref} is not JSON: {exc}") from exc
        if not isinstance(outcome, dict):
            raise ValidationError(f"EDC outcome for {ecr_ref} must be a JSON object")
        with self._durable() as conn:
            row = self._row(conn, ecr_ref)
            conn.execute("UPDATE edc_journal SET state = 'resolved', outcome = ?, updated_at = ? WHERE ecr_ref = ?",
                         (outcome_json, _now(), ecr_ref))
            detail = {"ecr_ref": ecr_ref, "payment_id": row["payment_id"], "trans_type": row["trans_type"],
                      "amount": row["amount"]}
            detail.update({k: outcome[k] for k in ("status", "response_code", "approval_code", "rrn",
                                                   "masked_pan", "card_label") if outcome.get(k)})
            self._audit(conn, "edc.resolved", detail)

    # -- reading -------------------------------------------------------------------------
    def get(self, ecr_ref: str) -> dict[str, Any] | None:
        return self.store.query_one(f"SELECT {_COLUMNS} FROM edc_journal WHERE ecr_ref = ?", (ecr_ref,))

    def unresolved(self) -> list[dict[str, Any]]:
        """Entries not yet resolved, oldest first (restart recovery)."""
        return self.store.query(
            f"SELECT {_COLUMNS} FROM edc_journal WHERE state != 'resolved' ORDER BY created_at, rowid"
        )

    def for_payment(self, payment_id: str) -> list[dict[str, Any]]:
        """Every entry of one payment, any state, oldest first."""
        return self.store.query(
            f"SELECT {_COLUMNS} FROM edc_journal WHERE payment_id = ? ORDER BY created_at, rowid", (payment_id,)
        )

    # -- internals -----------------------------------------------------------------------
    @contextmanager
    def _durable(self) -> Iterator[sqlcipher3.Connection]:
        """A local transaction whose COMMIT syncs the WAL to disk (the store runs NORMAL otherwise)."""
        conn = self.store.conn
        with self.store.lock:
            previous = int(conn.execute("PRAGMA synchronous").fetchone()[0])
            conn.execute("PRAGMA synchronous = FULL")
            try:
                with self.store.local_transaction() as tx:
                    yield tx
            finally:
                conn.execute(f"PRAGMA synchronous = {previous}")

    def _row(self, conn: sqlcipher3.Connection, ecr_ref: str) -> dict[str, Any]:
        cur = conn.execute(f"SELECT {_COLUMNS} FROM edc_journal WHERE ecr_ref = ?", (ecr_ref,))
        row = cur.fetchone()
        if row is None:
            raise NotFoundError(f"no EDC journal entry {ecr_ref}")
        return dict(zip([d[0] for d in cur.description], row))

    def _audit(self, conn: sqlcipher3.Connection, action: str, detail: dict[str, Any]) -> None:
        # inside the journal's own transaction: no journal change without its audit entry
        audit.append(conn, self.store.identity.station_id, self.actor_id, action, detail)


def _first_error(exc: pydantic.ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err.get("loc", ()))
    return f"{where}: {err.get('msg', 'invalid')}" if where else str(err.get("msg", "invalid"))
