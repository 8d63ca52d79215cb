"""Applying remote events: hold rules, batched log append and merge, version vectors.

`apply_batch` is the remote-apply path for the LAN bus and the cloud alike. In one
transaction it
1. holds back what must wait: events from a newer schema (until the app is upgraded) and
   events stamped more than 5 minutes ahead of this station's clock (until time catches up);
   they go to `sync_held_events` and are retried by `release_held`;
2. drops duplicates (already in the log, or twice in the batch) and refuses an event whose
   (station, seq) already holds a different event (forged or corrupt);
3. appends the rest to `sync_event_logs` with one `executemany`, merges them with the batched
   `Merger`, moves the HLC past them, and runs `same_transaction` (a cursor saved with the
   batch it covers) before the commit.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Annotated, Any, Literal

import sqlcipher3
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, TypeAdapter, ValidationError

from app.events.apply import merge_events
from app.events.hlc import MAX_COUNTER, STAMP_RE, HybridClock, format_stamp, stamp_ms
from app.events.models import MAX_OPS, Event, Id
from app.storage.migrations import SCHEMA_VERSION

log = logging.getLogger(__name__)

FUTURE_HOLD_MS = 5 * 60 * 1000  # events stamped further ahead than this wait
CLOCK_WARN_MS = 300 * 1000  # a station this far from the cloud's clock is told so
_EVENT = TypeAdapter(Event)
_EVENTS = TypeAdapter(list[Event])
_CHUNK = 500
_LOG_SQL = (
    "INSERT INTO sync_event_logs (event_id, station_id, seq, hlc, authority, branch_id,"
    " schema_version, type, actor_id, payload, received_at, pushed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass
class ApplyResult:
    applied: list[Event] = field(default_factory=list)
    duplicates: int = 0
    held: int = 0
    rejected: list[str] = field(default_factory=list)  # one line per refused event

    def merge(self, other: "ApplyResult") -> None:
        self.applied += other.applied
        self.duplicates += other.duplicates
        self.held += other.held
        self.rejected += other.rejected


class HeldEnvelope(BaseModel):
    """What must hold for an event to be kept for later: a sound envelope. Its ops may use
    tables or fields of a newer schema, so they are checked only when the event is released."""

    model_config = ConfigDict(extra="allow")

    event_id: Id
    station_id: Id
    seq: int = Field(ge=1)
    hlc: Annotated[str, StringConstraints(pattern=r"^\d{13}\.\d{5}$")]
    authority: Literal[0, 1] = 0
    branch_id: Id
    schema_version: int = Field(ge=1)
    type: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    ops: list[dict[str, Any]] = Field(min_length=1, max_length=MAX_OPS)


MAX_HELD_BYTES = 256 * 1024


def hold_reason(schema_version: Any, hlc: Any, now_ms: int, _limit: str | None = None) -> str | None:
    """Why an event must wait, or None when it can be applied now."""
    if isinstance(schema_version, int) and schema_version > SCHEMA_VERSION:
        return f"schema {schema_version} is newer than this app ({SCHEMA_VERSION})"
    limit = _limit or format_stamp(now_ms + FUTURE_HOLD_MS, MAX_COUNTER)
    if isinstance(hlc, str) and hlc > limit and STAMP_RE.match(hlc):  # stamps sort as strings
        return "stamped more than 5 minutes in the future"
    return None


def event_json(event: Event) -> dict[str, Any]:
    return event.model_dump(mode="json")


def apply_batch(
    store: Any,
    items: Iterable[Event | dict[str, Any]],
    *,
    same_transaction: Callable[[sqlcipher3.Connection], None] | None = None,
    now_ms: Callable[[], int] = wall_ms,
    accept_authority: bool = True,
    notify: bool = True,
) -> ApplyResult:
    """Apply a batch from a peer or the cloud in one transaction (see the module docstring)."""
    result = ApplyResult()
    now = now_ms()
    limit = format_stamp(now + FUTURE_HOLD_MS, MAX_COUNTER)
    ready: list[Event] = []
    held: list[tuple] = []
    candidates: list[Any] = []
    for item in items:
        raw = item if isinstance(item, dict) else None
        sv = raw.get("schema_version") if raw is not None else item.schema_version  # type: ignore[union-attr]
        hlc = raw.get("hlc") if raw is not None else item.hlc  # type: ignore[union-attr]
        reason = hold_reason(sv, hlc, now, limit)
        if reason is not None:
            body = raw if raw is not None else event_json(item)  # type: ignore[arg-type]
            try:
                env = HeldEnvelope.model_validate(body)
                text = json.dumps(body, separators=(",", ":"))
                if len(text) > MAX_HELD_BYTES:
                    raise ValueError(f"{len(text)} bytes is over the {MAX_HELD_BYTES}-byte limit")
            except (ValidationError, TypeError, ValueError) as exc:
                result.rejected.append(f"held event without a usable envelope ({str(exc).splitlines()[0]}):"
                                       f" {str(body)[:120]}")
                continue
            held.append((env.event_id, env.station_id, env.seq, env.hlc, env.schema_version, reason, text,
                         datetime.now(timezone.utc).isoformat()))
            continue
        candidates.append(item)
    try:  # one call validates the whole page in pydantic's core; fall back per event to name the bad one
        checked = _EVENTS.validate_python(candidates)
    except ValidationError:
        checked = []
        for cand in candidates:
            if isinstance(cand, Event):
                checked.append(cand)
                continue
            try:
                checked.append(_EVENT.validate_python(cand))
            except ValidationError as exc:
                result.rejected.append(f"event {cand.get('event_id')!r}: {exc.errors()[0]['msg']}")
    for event in checked:
        if event.authority == 1 and not accept_authority:
            result.rejected.append(f"event {event.event_id}: authority 1 accepted only from the cloud")
            continue
        ready.append(event)

    with store.lock:
        conn = store.conn
        conn.execute("BEGIN IMMEDIATE")
        saved_clock = store.clock.last
        try:
            fresh = _new_events(conn, ready, result)
            own = store.identity.station_id
            if fresh:
                received = datetime.now(timezone.utc).isoformat()
                conn.executemany(_LOG_SQL, [
                    (e.event_id, e.station_id, e.seq, e.hlc, e.authority, e.branch_id, e.schema_version,
                     e.type, e.actor_id, e.payload_json(), received, int(e.station_id != own))
                    for e in fresh
                ])
                merge_events(conn, fresh)
                store.clock.observe(max(e.hlc for e in fresh))
            if held:
                cur = conn.executemany(
                    "INSERT OR IGNORE INTO sync_held_events (event_id, station_id, seq, hlc, schema_version,"
                    " reason, body, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", held)
                result.held = len(held)
                del cur
            if same_transaction is not None:
                same_transaction(conn)
            conn.execute(
                "INSERT INTO meta (key, value) VALUES ('hlc', ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (store.clock.last,))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            store.clock = HybridClock(saved_clock, now_ms=getattr(store.clock, "_now_ms", None))
            raise
        result.applied = fresh
    for line in result.rejected:
        log.warning("refused remote event: %s", line)
    if notify and fresh:
        for listener in list(store.listeners):
            for event in fresh:
                listener(event)
    return result


def _new_events(conn: sqlcipher3.Connection, events: list[Event], result: ApplyResult) -> list[Event]:
    """Events not yet in the log, minus in-batch repeats and (station, seq) conflicts."""
    unique: dict[str, Event] = {}
    for e in events:
        if e.event_id in unique:
            result.duplicates += 1
        else:
            unique[e.event_id] = e
    ids = list(unique)
    known: set[str] = set()
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        known.update(r[0] for r in conn.execute(
            f"SELECT event_id FROM sync_event_logs WHERE event_id IN ({', '.join('?' * len(chunk))})", chunk))
    result.duplicates += len(known)
    fresh = [e for e in unique.values() if e.event_id not in known]
    by_station: dict[str, list[Event]] = {}
    for e in fresh:
        by_station.setdefault(e.station_id, []).append(e)
    out: list[Event] = []
    for station, evs in by_station.items():
        lo, hi = min(e.seq for e in evs), max(e.seq for e in evs)
        taken = {r[0] for r in conn.execute(
            "SELECT seq FROM sync_event_logs WHERE station_id = ? AND seq BETWEEN ? AND ?", (station, lo, hi))}
        seen: set[int] = set()
        for e in evs:
            if e.seq in taken or e.seq in seen:
                result.rejected.append(f"station {station} seq {e.seq} already holds another event")
            else:
                seen.add(e.seq)
                out.append(e)
    return out


def release_held(store: Any, *, now_ms: Callable[[], int] = wall_ms) -> ApplyResult:
    """Apply held events whose reason has passed (app upgraded, clock caught up).

    A row that cannot be read back (damaged, or held by an older version without envelope
    checks) is set aside — deleted, logged and counted as rejected — so it never blocks sync."""
    limit = now_ms() + FUTURE_HOLD_MS
    with store.lock:
        rows = store.conn.execute(
            "SELECT event_id, hlc, body FROM sync_held_events WHERE schema_version <= ? ORDER BY hlc",
            (SCHEMA_VERSION,)).fetchall()
    result = ApplyResult()
    due, unreadable = [], []
    for eid, hlc, body in rows:
        try:
            if stamp_ms(hlc) <= limit:
                due.append((eid, json.loads(body)))
        except (ValueError, TypeError):
            unreadable.append(eid)
            result.rejected.append(f"held event {eid!r} is unreadable; set aside")
    if unreadable:
        with store.lock:
            store.conn.execute("BEGIN IMMEDIATE")
            store.conn.executemany("DELETE FROM sync_held_events WHERE event_id = ?", [(i,) for i in unreadable])
            store.conn.execute("COMMIT")
        for line in result.rejected:
            log.warning("%s", line)
    for start in range(0, len(due), _CHUNK):
        chunk = due[start:start + _CHUNK]
        ids = [eid for eid, _ in chunk]

        def _forget(conn: sqlcipher3.Connection, ids: list[str] = ids) -> None:
            conn.executemany("DELETE FROM sync_held_events WHERE event_id = ?", [(i,) for i in ids])

        result.merge(apply_batch(store, [body for _, body in chunk], same_transaction=_forget, now_ms=now_ms))
    return result


def held_count(conn: sqlcipher3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM sync_held_events").fetchone()[0])


# -- version vectors and what to send ---------------------------------------------------------
def version_vector(conn: sqlcipher3.Connection) -> dict[str, int]:
    """Per station, the highest seq up to which this log holds every event (no gap)."""
    vv: dict[str, int] = {}
    for station, count, top in conn.execute(
        "SELECT station_id, count(*), max(seq) FROM sync_event_logs GROUP BY station_id"
    ).fetchall():
        if count == top:
            vv[station] = top
            continue
        seqs = [r[0] for r in conn.execute(
            "SELECT seq FROM sync_event_logs WHERE station_id = ? ORDER BY seq", (station,))]
        n = 0
        for s in seqs:
            if s != n + 1:
                break
            n = s
        vv[station] = n
    return vv


def events_missing_from(conn: sqlcipher3.Connection, their_vv: dict[str, int], *, authority: int | None = 0,
                        limit: int = 2000) -> list[Event]:
    """Events this log holds that a peer with `their_vv` lacks (beyond its contiguous prefix)."""
    from app.events.log import EVENT_COLUMNS, row_to_event

    out: list[Event] = []
    mine = version_vector(conn)
    for station in sorted(set(mine) | set(their_vv)):
        have = their_vv.get(station, 0)
        where = "station_id = ? AND seq > ?"
        params: list[Any] = [station, have]
        if authority is not None:
            where += " AND authority = ?"
            params.append(authority)
        for row in conn.execute(
            f"SELECT {EVENT_COLUMNS} FROM sync_event_logs WHERE {where} ORDER BY seq LIMIT ?",
            (*params, limit - len(out)),
        ):
            out.append(row_to_event(row))
        if len(out) >= limit:
            break
    return out


def pending_events(conn: sqlcipher3.Connection, station_id: str, limit: int) -> list[Event]:
    from app.events.log import EVENT_COLUMNS, row_to_event

    return [row_to_event(r) for r in conn.execute(
        f"SELECT {EVENT_COLUMNS} FROM sync_event_logs WHERE pushed = 0 AND station_id = ? ORDER BY seq LIMIT ?",
        (station_id, limit))]


def pending_json(conn: sqlcipher3.Connection, station_id: str, limit: int) -> list[tuple[int, str]]:
    """Own unpushed events as (seq, event JSON), spliced from the log without re-validating."""
    out = []
    for event_id, sid, seq, hlc, authority, branch_id, sv, type_, actor_id, payload in conn.execute(
        "SELECT event_id, station_id, seq, hlc, authority, branch_id, schema_version, type, actor_id, payload"
        " FROM sync_event_logs WHERE pushed = 0 AND station_id = ? ORDER BY seq LIMIT ?", (station_id, limit)):
        head = json.dumps({"event_id": event_id, "station_id": sid, "seq": seq, "hlc": hlc, "authority": authority,
                           "branch_id": branch_id, "schema_version": sv, "type": type_, "actor_id": actor_id},
                          separators=(",", ":"))
        out.append((seq, head[:-1] + "," + payload[1:]))  # payload is {"ops":[...]}
    return out


def pending_count(conn: sqlcipher3.Connection, station_id: str) -> int:
    return int(conn.execute(
        "SELECT count(*) FROM sync_event_logs WHERE pushed = 0 AND station_id = ?", (station_id,)).fetchone()[0])


def mark_pushed(store: Any, upto_seq: int) -> None:
    """The cloud holds every own event up to `upto_seq`; everything after is pending again."""
    with store.lock:
        conn = store.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            sid = store.identity.station_id
            conn.execute("UPDATE sync_event_logs SET pushed = 1 WHERE station_id = ? AND seq <= ? AND pushed = 0",
                         (sid, upto_seq))
            conn.execute("UPDATE sync_event_logs SET pushed = 0 WHERE station_id = ? AND seq > ? AND pushed = 1",
                         (sid, upto_seq))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


# -- sync_state: cursor, token, cloud URL ----------------------------------------------------
def get_state(conn: sqlcipher3.Connection, key: str, default: str | None = None) -> str | None:
    row = conn.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def put_state(conn: sqlcipher3.Connection, values: dict[str, str]) -> None:
    """Inside the caller's transaction."""
    conn.executemany(
        "INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        list(values.items()))


def save_state(store: Any, values: dict[str, str]) -> None:
    with store.lock:
        store.conn.execute("BEGIN IMMEDIATE")
        try:
            put_state(store.conn, values)
            store.conn.execute("COMMIT")
        except BaseException:
            store.conn.execute("ROLLBACK")
            raise


def chunks(seq: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(seq), size):
        yield seq[start:start + size]
