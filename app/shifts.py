"""Till shifts: open with a float, every cash movement in the open shift, close by counting cash.

One open shift per station. A shift belongs to the business day (branch time zone) it opened on,
even when it closes after midnight. Every payment the till takes is a `till_entries` row of the
open shift (cash, card, on account, collections, refunds, voids, pay in/out), so the Z-report adds
up one table; expected cash is the float plus the cash rows. Closing counts the drawer per
denomination; a variance above the branch's threshold needs a supervisor's PIN. The Z-report is
kept on the shift (JSON) and numbered `Z/BRANCH/STATION/YYMM/n`.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Literal

from pydantic import BaseModel, Field

from app.auth import Actor, require
from app.branch_settings import BranchSettings
from app.errors import NotFoundError, ValidationError
from app.overrides import Approval, check, record_in
from app.settings import local_time
from app.store import Command, Store, new_id

# Notes and coins counted at close, largest first (Rp 1.000 notes and coins count together).
DENOMINATIONS: tuple[int, ...] = (100_000, 50_000, 20_000, 10_000, 5_000, 2_000, 1_000, 500)
COINS: frozenset[int] = frozenset({500})

EntryKind = Literal["sale", "collection", "refund", "void", "pay_in", "pay_out"]
MAX_CASH = 10**12


class ShiftError(ValidationError):
    code = "shift"


class NoOpenShift(ShiftError):
    code = "no_open_shift"


class Shift(BaseModel):
    id: str
    station_id: str
    business_day: str
    opened_by: str
    opened_at: str
    opening_float: int
    closed_by: str | None = None
    closed_at: str | None = None
    expected_cash: int | None = None
    counted_cash: int | None = None
    variance: int | None = None
    counts: dict[int, int] = Field(default_factory=dict)
    z_number: str | None = None

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


class TillEntry(BaseModel):
    id: str
    kind: str
    method: str
    amount: int
    invoice_id: str | None = None
    ref_id: str | None = None
    user_id: str | None = None
    at: str
    note: str | None = None


class CountLine(BaseModel):
    denomination: int
    count: int
    amount: int
    coin: bool


class ZReport(BaseModel):
    """What the Z-report prints, kept on the shift as it was at close."""

    z_number: str
    branch_name: str
    station_code: str
    business_day: str
    opened_at: str
    closed_at: str
    opened_by: str
    closed_by: str
    opening_float: int
    sales_by_method: dict[str, int]
    sales_count: int
    collections_by_method: dict[str, int]
    refunds: int
    voids: int
    pay_in: int
    pay_out: int
    expected_cash: int
    counted_cash: int
    variance: int
    counts: list[CountLine]
    variance_approved_by: str | None = None


def business_day(at: datetime) -> str:
    """The branch-local date of a moment: the business day a shift opened then belongs to."""
    return local_time(at.astimezone(timezone.utc).isoformat()).date().isoformat()


def count_total(counts: dict[int, int]) -> int:
    total = 0
    for denom, n in counts.items():
        if denom not in DENOMINATIONS:
            raise ValidationError(f"Rp {denom} is not a note or coin the till counts", "denomination")
        if not isinstance(n, int) or isinstance(n, bool) or n < 0 or n > 1_000_000:
            raise ValidationError(f"the count of Rp {denom} must be a whole number from 0", "count")
        total += denom * n
    return total


class ShiftService:
    def __init__(self, store: Store, settings: BranchSettings, now=lambda: datetime.now(timezone.utc)) -> None:
        self.store = store
        self.settings = settings
        self.now = now

    # -- reading -------------------------------------------------------------------------
    @staticmethod
    def _shift(row: dict) -> Shift:
        counts = {int(k): v for k, v in json.loads(row["counts"] or "{}").items()}
        return Shift(**{**row, "counts": counts, "opening_float": row["opening_float"] or 0})

    _COLS = ("id, station_id, business_day, opened_by, opened_at, opening_float, closed_by, closed_at,"
             " expected_cash, counted_cash, variance, counts, z_number")

    def get(self, shift_id: str) -> Shift:
        row = self.store.query_one(f"SELECT {self._COLS} FROM shifts WHERE id = ? AND _del IS NULL", (shift_id,))
        if row is None or row["opened_at"] is None:
            raise NotFoundError(f"no shift {shift_id}")
        return self._shift(row)

    def current(self) -> Shift | None:
        """This station's open shift, if any."""
        row = self.store.query_one(
            f"SELECT {self._COLS} FROM shifts WHERE station_id = ? AND closed_at IS NULL AND opened_at IS NOT NULL"
            " AND _del IS NULL ORDER BY opened_at DESC LIMIT 1", (self.store.identity.station_id,))
        return self._shift(row) if row else None

    def history(self, limit: int = 30) -> list[Shift]:
        rows = self.store.query(
            f"SELECT {self._COLS} FROM shifts WHERE station_id = ? AND opened_at IS NOT NULL AND _del IS NULL"
            " ORDER BY opened_at DESC LIMIT ?", (self.store.identity.station_id, limit))
        return [self._shift(r) for r in rows]

    def entries(self, shift_id: str) -> list[TillEntry]:
        rows = self.store.query(
            "SELECT id, kind, method, amount, invoice_id, ref_id, user_id, at, note FROM till_entries"
            " WHERE shift_id = ? AND _del IS NULL AND kind IS NOT NULL ORDER BY at, id", (shift_id,))
        return [TillEntry(**{**r, "amount": r["amount"] or 0, "method": r["method"] or "cash"}) for r in rows]

    def expected_cash(self, shift_id: str) -> int:
        shift = self.get(shift_id)
        row = self.store.query_one(
            "SELECT coalesce(sum(amount), 0) AS cash FROM till_entries"
            " WHERE shift_id = ? AND method = 'cash' AND _del IS NULL", (shift_id,))
        return shift.opening_float + int(row["cash"])

    # -- inside other commands -------------------------------------------------------------
    def require_open(self) -> Shift:
        """This station's open shift; NoOpenShift without one."""
        shift = self.current()
        if shift is None:
            raise NoOpenShift("no open shift on this till: open the shift (with its float) first")
        return shift

    def open_shift_in(self, cmd: Command) -> Shift:
        """This station's open shift, read inside `cmd`'s transaction; NoOpenShift without one."""
        return self.require_open()

    def entry_in(self, cmd: Command, shift: Shift, actor: Actor, kind: EntryKind, method: str, amount: int,
                 invoice_id: str | None = None, ref_id: str | None = None, note: str = "") -> str:
        entry_id = new_id()
        cmd.upsert("till_entries", entry_id, shift_id=shift.id, kind=kind, method=method, amount=amount,
                   invoice_id=invoice_id, ref_id=ref_id, user_id=actor.user_id, at=self.now().isoformat(),
                   note=note[:300] or None)
        return entry_id

    # -- commands --------------------------------------------------------------------------
    def open(self, actor: Actor, opening_float: int) -> Shift:
        require(actor, "shift.run")
        if not isinstance(opening_float, int) or isinstance(opening_float, bool) or not 0 <= opening_float <= MAX_CASH:
            raise ValidationError("the float must be a whole, non-negative Rupiah amount", "float")
        shift_id = new_id()
        now = self.now()
        with self.store.command("shift.open", actor.user_id) as cmd:
            open_now = self.current()  # inside the writer's transaction: one open shift per station
            if open_now is not None:
                raise ShiftError(f"a shift is open already on this till (since {open_now.opened_at[:16]})",
                                 "shift_open")
            cmd.upsert("shifts", shift_id, branch_id=self.store.identity.branch_id,
                       station_id=self.store.identity.station_id, business_day=business_day(now),
                       opened_by=actor.user_id, opened_at=now.isoformat(), opening_float=opening_float)
            cmd.detail = {"shift": shift_id, "float": opening_float, "day": business_day(now)}
        return self.get(shift_id)

    def move_cash(self, actor: Actor, kind: Literal["pay_in", "pay_out"], amount: int, note: str) -> TillEntry:
        """Cash put into the drawer or taken out of it (petty cash), with a reason."""
        require(actor, "shift.run")
        if not isinstance(amount, int) or isinstance(amount, bool) or not 0 < amount <= MAX_CASH:
            raise ValidationError("the amount must be a whole Rupiah amount above 0", "amount")
        if not (note or "").strip():
            raise ValidationError("say what the cash is for", "note")
        with self.store.command(f"shift.{kind}", actor.user_id) as cmd:
            shift = self.open_shift_in(cmd)
            if kind == "pay_out" and self.expected_cash(shift.id) < amount:
                raise ValidationError("there is not that much cash in the drawer", "amount")
            entry_id = self.entry_in(cmd, shift, actor, kind, "cash", amount if kind == "pay_in" else -amount,
                                     note=note.strip())
            cmd.detail = {"shift": shift.id, "amount": amount, "note": note.strip()[:100]}
        return next(e for e in self.entries(shift.id) if e.id == entry_id)

    def close(self, actor: Actor, counts: dict[int, int], approval: Approval | None = None) -> ZReport:
        """Count the drawer and close; a variance over the threshold needs `approval` ('variance')."""
        require(actor, "shift.run")
        counted = count_total(counts)
        threshold = self.settings.cashier_policy().variance_threshold
        now = self.now()
        with self.store.command("shift.close", actor.user_id) as cmd:
            shift = self.open_shift_in(cmd)
            expected = self.expected_cash(shift.id)
            variance = counted - expected
            approved_by = None
            if abs(variance) > threshold:
                approval = check(approval, "variance", actor,
                                 f"counted {counted} against {expected} expected (variance {variance})")
                record_in(cmd, approval, actor, shift.id, variance, "shift close")
                approved_by = approval.supervisor.user_id
            z_number = cmd.next_number("Z", now.strftime("%y%m"))
            report = self._z_report(shift, actor, now, z_number, expected, counted, counts, approved_by)
            cmd.upsert("shifts", shift.id, closed_by=actor.user_id, closed_at=now.isoformat(), expected_cash=expected,
                       counted_cash=counted, variance=variance,
                       counts=json.dumps({str(d): counts.get(d, 0) for d in DENOMINATIONS}),
                       variance_approved_by=approved_by, z_number=z_number, z_report=report.model_dump_json())
            cmd.detail.update({"shift": shift.id, "z": z_number, "expected": expected, "counted": counted,
                               "variance": variance})
        return report

    def z_report(self, shift_id: str) -> ZReport:
        row = self.store.query_one("SELECT z_report FROM shifts WHERE id = ? AND _del IS NULL", (shift_id,))
        if row is None or not row["z_report"]:
            raise NotFoundError("this shift has no Z-report yet (it is still open)")
        return ZReport.model_validate_json(row["z_report"])

    # -- internals -------------------------------------------------------------------------
    def _name(self, user_id: str | None) -> str:
        if not user_id:
            return ""
        row = self.store.query_one("SELECT name FROM users WHERE id = ?", (user_id,))
        return (row or {}).get("name") or user_id

    def _z_report(self, shift: Shift, actor: Actor, now: datetime, z_number: str, expected: int, counted: int,
                  counts: dict[int, int], approved_by: str | None) -> ZReport:
        entries = self.entries(shift.id)
        sales: dict[str, int] = {}
        collections: dict[str, int] = {}
        for e in entries:
            if e.kind == "sale":
                sales[e.method] = sales.get(e.method, 0) + e.amount
            elif e.kind == "collection":
                collections[e.method] = collections.get(e.method, 0) + e.amount
        branch = self.store.query_one("SELECT name, code FROM branches WHERE id = ?", (self.store.identity.branch_id,))
        return ZReport(
            z_number=z_number, branch_name=(branch or {}).get("name") or self.store.identity.branch_code,
            station_code=self.store.identity.station_code, business_day=shift.business_day,
            opened_at=shift.opened_at, closed_at=now.isoformat(), opened_by=self._name(shift.opened_by),
            closed_by=actor.name, opening_float=shift.opening_float, sales_by_method=sales,
            sales_count=len({e.invoice_id for e in entries if e.kind == "sale"}),
            collections_by_method=collections,
            refunds=-sum(e.amount for e in entries if e.kind == "refund"),
            voids=-sum(e.amount for e in entries if e.kind == "void"),
            pay_in=sum(e.amount for e in entries if e.kind == "pay_in"),
            pay_out=-sum(e.amount for e in entries if e.kind == "pay_out"),
            expected_cash=expected, counted_cash=counted, variance=counted - expected,
            counts=[CountLine(denomination=d, count=counts.get(d, 0), amount=d * counts.get(d, 0), coin=d in COINS)
                    for d in DENOMINATIONS],
            variance_approved_by=self._name(approved_by) or None,
        )
