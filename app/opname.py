"""Stock counts (stok opname): a session per warehouse (or one bin of it), counted by scanning.

The session and its scans are this station's working state (station-local tables); only the
adjustments it posts replicate, as stock movements, and only with a supervisor's PIN.

Movements during the count are accounted for: the ledger's high-water mark (the greatest rowid
of `stock_movements`, which only grows as movements are written or merged here) is kept at the
start and with every scan. A part's expected quantity is the ledger up to the moment it was last
counted — what was on the books at the start plus what moved before the count reached it — so a
dispense between the start and the scan is not a loss, and one after the scan is not a gain.
The posted adjustment is counted − expected, which leaves the later movements on top of the count.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Literal

from pydantic import BaseModel

from app.auth import Actor, AuthService, require
from app.catalogue import CatalogueService
from app.errors import IllegalTransition, NotFoundError, ValidationError
from app.stock_ledger import StockLedger
from app.store import Store, new_id

SessionState = Literal["OPEN", "POSTED", "CANCELLED"]
_MARK = "SELECT coalesce(max(rowid), 0) FROM stock_movements"


class CountSession(BaseModel):
    id: str
    warehouse_id: str
    bin: str | None
    started_by: str
    started_at: str
    state: SessionState
    posted_at: str | None = None
    approved_by: str | None = None


class Counted(BaseModel):
    """What one scan did: a known part and its running count, or an unknown code put on the list."""

    code: str
    part_id: str | None
    name: str | None
    count: int


class VarianceLine(BaseModel):
    part_id: str
    sku: str
    name: str
    at_start: int
    moved_during: int
    expected: int
    counted: int

    @property
    def variance(self) -> int:
        return self.counted - self.expected


class CountReport(BaseModel):
    session: CountSession
    lines: list[VarianceLine]
    unknown_codes: dict[str, int]

    @property
    def differences(self) -> list[VarianceLine]:
        return [l for l in self.lines if l.variance]


class StockCountService:
    def __init__(self, store: Store, catalogue: CatalogueService, stock: StockLedger, auth: AuthService,
                 now=lambda: datetime.now(timezone.utc)) -> None:
        self.store = store
        self.catalogue = catalogue
        self.stock = stock
        self.auth = auth
        self.now = now

    def start(self, actor: Actor, warehouse_id: str, bin: str | None = None) -> CountSession:
        require(actor, "stock.adjust")
        self.stock._warehouse(warehouse_id)
        bin = (bin or "").strip().upper() or None
        with self.store.local_transaction() as conn:
            if conn.execute("SELECT 1 FROM stock_count_sessions WHERE warehouse_id = ? AND state = 'OPEN'"
                            " AND coalesce(bin, '') = coalesce(?, '')", (warehouse_id, bin)).fetchone():
                raise ValidationError("a count of this warehouse is open already: finish or cancel it first",
                                      "count_open")
            sid = new_id()
            conn.execute("INSERT INTO stock_count_sessions (id, warehouse_id, bin, started_by, started_at, start_mark,"
                         f" state) VALUES (?, ?, ?, ?, ?, ({_MARK}), 'OPEN')",
                         (sid, warehouse_id, bin, actor.user_id, self.now().isoformat()))
        self.store.audit_only("opname.start", actor.user_id, {"session": sid, "warehouse": warehouse_id, "bin": bin})
        return self.session(sid)

    def session(self, session_id: str) -> CountSession:
        row = self.store.query_one(
            "SELECT id, warehouse_id, bin, started_by, started_at, state, posted_at, approved_by"
            " FROM stock_count_sessions WHERE id = ?", (session_id,))
        if row is None:
            raise NotFoundError(f"no stock count {session_id}", "no_count")
        return CountSession(**row)

    def open_sessions(self) -> list[CountSession]:
        return [CountSession(**r) for r in self.store.query(
            "SELECT id, warehouse_id, bin, started_by, started_at, state, posted_at, approved_by"
            " FROM stock_count_sessions WHERE state = 'OPEN' ORDER BY started_at")]

    def _open(self, session_id: str) -> CountSession:
        session = self.session(session_id)
        if session.state != "OPEN":
            raise IllegalTransition(f"this stock count is {session.state.lower()}", "count_closed")
        return session

    def scan(self, actor: Actor, session_id: str, code: str, qty: int = 1) -> Counted:
        """Count `qty` of a scanned part (a typed quantity for a full box; negative to take back a
        miscount). An unknown code is listed, not refused: the report shows it."""
        require(actor, "stock.adjust")
        code = (code or "").strip()
        if not code:
            raise ValidationError("nothing was scanned", "empty_code")
        if not isinstance(qty, int) or isinstance(qty, bool) or qty == 0 or abs(qty) > 100_000:
            raise ValidationError("a count is a whole number", "qty")
        self._open(session_id)
        try:
            part = self.catalogue.part_by_code(code)
        except NotFoundError:
            part = None
        with self.store.local_transaction() as conn:
            if part is not None and qty < 0:
                have = conn.execute("SELECT coalesce(sum(qty), 0) FROM stock_count_scans WHERE session_id = ?"
                                    " AND part_id = ?", (session_id, part.id)).fetchone()[0]
                if have + qty < 0:
                    raise ValidationError(f"{part.name}: only {have} counted so far", "count_negative")
            conn.execute(f"INSERT INTO stock_count_scans (session_id, code, part_id, qty, mark, at)"
                         f" VALUES (?, ?, ?, ?, ({_MARK}), ?)",
                         (session_id, code, part.id if part else None, qty, self.now().isoformat()))
            count = conn.execute(
                "SELECT coalesce(sum(qty), 0) FROM stock_count_scans WHERE session_id = ? AND "
                + ("part_id = ?" if part else "part_id IS NULL AND code = ?"),
                (session_id, part.id if part else code)).fetchone()[0]
        return Counted(code=code, part_id=part.id if part else None, name=part.name if part else None, count=count)

    def report(self, session_id: str) -> CountReport:
        """The variance per part in scope: counted parts, and parts the ledger holds there (counted 0)."""
        session = self.session(session_id)
        start = self.store.query_one("SELECT start_mark FROM stock_count_sessions WHERE id = ?",
                                     (session_id,))["start_mark"]
        now_mark = self.store.query_one("SELECT coalesce(max(rowid), 0) AS m FROM stock_movements")["m"]
        counted = {r["part_id"]: (r["n"], r["mark"]) for r in self.store.query(
            "SELECT part_id, sum(qty) AS n, max(mark) AS mark FROM stock_count_scans WHERE session_id = ?"
            " AND part_id IS NOT NULL GROUP BY part_id", (session_id,))}
        unknown = {r["code"]: r["n"] for r in self.store.query(
            "SELECT code, sum(qty) AS n FROM stock_count_scans WHERE session_id = ? AND part_id IS NULL"
            " GROUP BY code ORDER BY code", (session_id,))}
        scope_sql = ("SELECT DISTINCT m.part_id FROM stock_movements m WHERE m.warehouse_id = ?"
                     + (" AND EXISTS (SELECT 1 FROM part_stock_settings s WHERE s.part_id = m.part_id"
                        " AND s.warehouse_id = m.warehouse_id AND s.bin = ? AND s._del IS NULL)" if session.bin else ""))
        in_scope = [r["part_id"] for r in self.store.query(
            scope_sql, (session.warehouse_id, session.bin) if session.bin else (session.warehouse_id,))]
        lines = []
        for part_id in dict.fromkeys(list(counted) + in_scope):
            n, mark = counted.get(part_id, (0, now_mark))
            row = self.store.query_one(
                "SELECT coalesce(sum(CASE WHEN rowid <= ? THEN qty_delta END), 0) AS at_start,"
                " coalesce(sum(CASE WHEN rowid > ? AND rowid <= ? THEN qty_delta END), 0) AS during"
                " FROM stock_movements WHERE part_id = ? AND warehouse_id = ?",
                (start, start, mark, part_id, session.warehouse_id))
            part = self.catalogue.part(part_id)
            if not n and not row["at_start"] and not row["during"]:
                continue
            lines.append(VarianceLine(part_id=part_id, sku=part.sku, name=part.name, at_start=row["at_start"],
                                      moved_during=row["during"], expected=row["at_start"] + row["during"], counted=n))
        lines.sort(key=lambda l: l.sku)
        return CountReport(session=session, lines=lines, unknown_codes=unknown)

    def post(self, actor: Actor, session_id: str, supervisor_id: str, supervisor_pin: str) -> CountReport:
        """Post the differences as adjustments: only with a supervisor's PIN (a wrong PIN counts
        towards the supervisor's lockout). Losses leave the lots that expire first."""
        require(actor, "stock.adjust")
        return self.post_approved(actor, session_id, self.auth.login(supervisor_id, supervisor_pin))

    def post_approved(self, actor: Actor, session_id: str, supervisor: Actor) -> CountReport:
        """`post` for a supervisor who has just confirmed with their PIN (the screens' PIN prompt
        runs the login)."""
        require(actor, "stock.adjust")
        require(supervisor, "stock.approve_count")
        with self.store.command("opname.post", actor.user_id) as cmd:
            self._open(session_id)  # inside the writer's transaction: posted once
            report = self.report(session_id)
            wh = report.session.warehouse_id
            for line in report.differences:
                lots = [l for l in self.stock.levels(line.part_id, wh)]
                if line.variance > 0:
                    last = lots[-1] if lots else None  # the lot that expires last (or has no expiry)
                    cmd.stock(part_id=line.part_id, warehouse_id=wh, lot=last.lot if last else "",
                              expiry=last.expiry if last else None, qty_delta=line.variance, kind="adjust",
                              ref=session_id, user_id=actor.user_id)
                    continue
                left = -line.variance
                for lvl in (l for l in lots if l.qty > 0):
                    take = min(left, lvl.qty)
                    cmd.stock(part_id=line.part_id, warehouse_id=wh, lot=lvl.lot, expiry=lvl.expiry, qty_delta=-take,
                              kind="adjust", ref=session_id, user_id=actor.user_id)
                    left -= take
                    if not left:
                        break
                if left:
                    cmd.stock(part_id=line.part_id, warehouse_id=wh, lot="", qty_delta=-left, kind="adjust",
                              ref=session_id, user_id=actor.user_id)
            cmd.conn.execute("UPDATE stock_count_sessions SET state = 'POSTED', posted_at = ?, posted_by = ?,"
                             " approved_by = ? WHERE id = ?",
                             (self.now().isoformat(), actor.user_id, supervisor.user_id, session_id))
            cmd.detail = {"session": session_id, "approved_by": supervisor.user_id,
                          "adjusted": {l.sku: l.variance for l in report.differences}}
        return self.report(session_id)

    def cancel(self, actor: Actor, session_id: str) -> None:
        require(actor, "stock.adjust")
        self._open(session_id)
        with self.store.local_transaction() as conn:
            conn.execute("UPDATE stock_count_sessions SET state = 'CANCELLED' WHERE id = ?", (session_id,))
        self.store.audit_only("opname.cancel", actor.user_id, {"session": session_id})
