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
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Annotated, Any, Literal, Union

import sqlcipher3
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, TypeAdapter, ValidationError
from typing_extensions import NotRequired, TypedDict

from app.events.apply import Merger
from app.events.hlc import MAX_COUNTER, STAMP_RE, HybridClock, format_stamp, stamp_ms
from app.events.models import MAX_OPS, DeleteOp, Event, Id, Scalar, StatusOp, StockOp, UpsertOp
from app.events.tables import INT_FIELDS, MASTER_TABLES, REPLICATED_FIELDS
from app.storage.migrations import SCHEMA_VERSION
from app.wo_states import MERGE_RANK

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


# -- the remote-apply fast path: the Event model's schema, validated in pydantic's core into plain
# dicts (no model instances); the model's Python validators run as `_check` in the merge loop.
# Field order and defaults are the models' own, so a validated dict dumps to the model's JSON.
_FORBID = ConfigDict(extra="forbid")


class _UpsertD(TypedDict):
    __pydantic_config__ = _FORBID  # type: ignore[misc]
    op: Literal["upsert"]
    table: str
    id: Id
    fields: dict[str, Scalar]


class _DeleteD(TypedDict):
    __pydantic_config__ = _FORBID  # type: ignore[misc]
    op: Literal["delete"]
    table: str
    id: Id


class _StatusD(TypedDict):
    __pydantic_config__ = _FORBID  # type: ignore[misc]
    op: Literal["status"]
    table: NotRequired[Annotated[Literal["workorders"], Field(default="workorders")]]
    id: Id
    status: str


class _StockD(TypedDict):
    __pydantic_config__ = _FORBID  # type: ignore[misc]
    op: Literal["stock"]
    id: Id
    part_id: Id
    warehouse_id: Id
    lot: NotRequired[Annotated[str, StringConstraints(max_length=64), Field(default="")]]
    expiry: NotRequired[Annotated[Union[Annotated[str, StringConstraints(max_length=10)], None], Field(default=None)]]
    qty_delta: Annotated[int, Field(ge=-1_000_000, le=1_000_000)]
    kind: Literal["receive", "dispense", "return", "adjust", "transfer_out", "transfer_in"]
    ref: NotRequired[Annotated[Union[Annotated[str, StringConstraints(max_length=128)], None], Field(default=None)]]
    user_id: NotRequired[Annotated[Union[Id, None], Field(default=None)]]


class _EventD(TypedDict):
    __pydantic_config__ = _FORBID  # type: ignore[misc]
    event_id: Id
    station_id: Id
    seq: Annotated[int, Field(ge=1)]
    hlc: Annotated[str, StringConstraints(pattern=r"^\d{13}\.\d{5}$")]
    authority: NotRequired[Annotated[Literal[0, 1], Field(default=0)]]
    branch_id: Id
    schema_version: Annotated[int, Field(ge=1)]
    type: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    actor_id: NotRequired[Annotated[Union[Id, None], Field(default=None)]]
    ops: Annotated[list[Annotated[Union[_UpsertD, _DeleteD, _StatusD, _StockD], Field(discriminator="op")]],
                   Field(min_length=1, max_length=MAX_OPS)]


_RAW_EVENT = TypeAdapter(_EventD)
_RAW_EVENTS = TypeAdapter(list[_EventD])
_EMPTY: frozenset[str] = frozenset()
_OP_MODELS = {"upsert": UpsertOp, "delete": DeleteOp, "status": StatusOp, "stock": StockOp}
_PAYLOAD = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode


_SPLIT = '},{"ops":['


def _payloads(ops_lists: list[list[dict[str, Any]]]) -> list[str]:
    """`{"ops":[…]}` per event, the text `Event.payload_json` gives, from one encoder call for the
    page. The page's JSON splits exactly at `},{"ops":[`: no op holds a list or an "ops" key, and
    inside a JSON string every `"` is escaped, so the text can occur nowhere else."""
    if not ops_lists:
        return []
    parts = _PAYLOAD([{"ops": ops} for ops in ops_lists])[1:-1].split(_SPLIT)
    if len(parts) != len(ops_lists):  # cannot happen (see above); be safe anyway
        return [_PAYLOAD({"ops": ops}) for ops in ops_lists]
    # each split point closed one payload (`}`) and opened the next (`{"ops":[`)
    last = len(parts) - 1
    return [("" if i == 0 else '{"ops":[') + p + ("" if i == last else "}") for i, p in enumerate(parts)]


def _check(event: dict[str, Any]) -> bool:
    """The models' Python validators over a validated dict: tables and fields on the whitelist,
    INT_FIELDS types, known statuses, non-empty upserts, and the authority scope."""
    cloud = event["authority"] == 1
    for op in event["ops"]:
        kind = op["op"]
        if kind == "upsert":
            table = op["table"]
            allowed = REPLICATED_FIELDS.get(table)
            fields = op["fields"]
            if allowed is None or not fields or not allowed.issuperset(fields) or (cloud and table not in MASTER_TABLES):
                return False
            ints = INT_FIELDS.get(table, _EMPTY)
            for name, value in fields.items():
                if value is not None and (type(value) is str) == (name in ints):
                    return False
        elif kind == "delete":
            table = op["table"]
            if table not in REPLICATED_FIELDS or (table in MASTER_TABLES) != cloud:
                return False
        elif cloud:
            return False
        elif kind == "status" and op["status"] not in MERGE_RANK:
            return False
    return True


_new_model = object.__setattr__


def _model(cls: type[BaseModel], values: dict[str, Any]) -> Any:
    """What `cls.model_construct(**values)` builds, for values already validated that hold every
    field (so every field counts as set), without model_construct's per-field default and alias
    handling, which costs more than the rest of an event's merge."""
    m = cls.__new__(cls)
    _new_model(m, "__dict__", values)
    _new_model(m, "__pydantic_fields_set__", set(values))
    _new_model(m, "__pydantic_extra__", None)
    _new_model(m, "__pydantic_private__", None)
    return m


def _as_event(rec: tuple) -> Event:
    """The Event for a record validated on the fast path (already checked: no second validation)."""
    (event_id, station_id, seq, hlc, authority, branch_id, schema_version, type_, actor_id, _p, ops, _e) = rec
    return _model(Event, {
        "event_id": event_id, "station_id": station_id, "seq": seq, "hlc": hlc, "authority": authority,
        "branch_id": branch_id, "schema_version": schema_version, "type": type_, "actor_id": actor_id,
        "ops": [_model(_OP_MODELS[op["op"]], op) for op in ops]})


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


class AppliedEvents(Sequence[Event]):
    """The events a batch applied, in merge order. A raw event is made an Event model when the
    list is first read (a listener, the LAN bus), not for a caller that only counts them."""

    __slots__ = ("_records", "_events")

    def __init__(self, records: list[tuple]) -> None:
        self._records = records
        self._events: list[Event] | None = None

    def _all(self) -> list[Event]:
        if self._events is None:
            self._events = [r[11] if r[11] is not None else _as_event(r) for r in self._records]
            self._records = []
        return self._events

    def __len__(self) -> int:
        return len(self._events) if self._events is not None else len(self._records)

    def __getitem__(self, index: Any) -> Any:
        return self._all()[index]

    def __iter__(self) -> Iterator[Event]:
        return iter(self._all())

    def __eq__(self, other: object) -> bool:
        return self._all() == (list(other) if isinstance(other, AppliedEvents) else other)

    def __repr__(self) -> str:
        return repr(self._all())


@dataclass
class ApplyResult:
    applied: Sequence[Event] = field(default_factory=list)
    duplicates: int = 0
    held: int = 0
    rejected: list[str] = field(default_factory=list)  # one line per refused event

    def merge(self, other: "ApplyResult") -> None:
        self.applied = [*self.applied, *other.applied]
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
    ready: list[tuple] = []
    held: list[tuple] = []
    candidates: list[Any] = []
    for item in items:
        if isinstance(item, dict):
            sv, hlc = item.get("schema_version"), item.get("hlc")
        else:
            sv, hlc = item.schema_version, item.hlc
        # hold_reason, only for an event that might have one: a newer schema or a stamp past the limit
        if (isinstance(sv, int) and sv > SCHEMA_VERSION) or (isinstance(hlc, str) and hlc > limit):
            reason = hold_reason(sv, hlc, now, limit)
            if reason is not None:
                body = item if isinstance(item, dict) else event_json(item)
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
    # One call validates every raw event of the page in pydantic's core; on a failure, per event to
    # name the bad one. A record: the log columns (payload to come), the ops as dicts (a validated
    # model's own field dicts), and the Event when one came in.
    raw = [c for c in candidates if not isinstance(c, Event)]
    try:
        valid: list[Any] = _RAW_EVENTS.validate_python(raw) if raw else []
    except ValidationError:
        valid = []
        for cand in raw:
            try:
                valid.append(_RAW_EVENT.validate_python(cand))
            except ValidationError:
                valid.append(cand)  # refused below, with the model's own words
    it = iter(valid)
    for cand in candidates:
        if isinstance(cand, Event):
            event: Any = cand
        else:
            d = next(it)
            if d is not cand and _check(d):
                if d["authority"] == 1 and not accept_authority:
                    result.rejected.append(f"event {d['event_id']}: authority 1 accepted only from the cloud")
                    continue
                ready.append([d["event_id"], d["station_id"], d["seq"], d["hlc"], d["authority"], d["branch_id"],
                              d["schema_version"], d["type"], d["actor_id"], None, d["ops"], None])
                continue
            try:  # refused: let the model say why, word for word
                event = _EVENT.validate_python(cand)
            except ValidationError as exc:
                result.rejected.append(f"event {cand.get('event_id')!r}: {exc.errors()[0]['msg']}")
                continue
        if event.authority == 1 and not accept_authority:
            result.rejected.append(f"event {event.event_id}: authority 1 accepted only from the cloud")
            continue
        ready.append([event.event_id, event.station_id, event.seq, event.hlc, event.authority, event.branch_id,
                      event.schema_version, event.type, event.actor_id, None, [vars(op) for op in event.ops], event])
    for rec, payload in zip(ready, _payloads([r[10] for r in ready])):
        rec[9] = payload

    with store.lock:
        conn = store.conn
        conn.execute("BEGIN IMMEDIATE")
        saved_clock = store.clock.last
        try:
            fresh = _new_events(conn, ready, result)
            own = store.identity.station_id
            if fresh:
                received = datetime.now(timezone.utc).isoformat()
                conn.executemany(_LOG_SQL, [(*r[:10], received, int(r[1] != own)) for r in fresh])
                merger = Merger(conn)
                merger.merge_raw([(f"{r[4]}|{r[3]}|{r[1]}", r[1], r[3], r[10]) for r in fresh])
                merger.flush()
                store.clock.observe(max(r[3] for r in fresh))
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
        result.applied = AppliedEvents(fresh)
    for line in result.rejected:
        log.warning("refused remote event: %s", line)
    if notify and fresh:
        for listener in list(store.listeners):
            for event in result.applied:
                listener(event)
    return result


def _new_events(conn: sqlcipher3.Connection, events: list[tuple], result: ApplyResult) -> list[tuple]:
    """Records (event_id, station_id, seq, …) not yet in the log, minus in-batch repeats and
    (station, seq) conflicts."""
    unique: dict[str, tuple] = {}
    for e in events:
        if e[0] in unique:
            result.duplicates += 1
        else:
            unique[e[0]] = e
    ids = list(unique)
    known: set[str] = set()
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        known.update(r[0] for r in conn.execute(
            f"SELECT event_id FROM sync_event_logs WHERE event_id IN ({', '.join('?' * len(chunk))})", chunk))
    result.duplicates += len(known)
    fresh = [e for e in unique.values() if e[0] not in known] if known else list(unique.values())
    by_station: dict[str, list[tuple]] = {}
    for e in fresh:
        evs = by_station.get(e[1])
        if evs is None:
            by_station[e[1]] = [e]
        else:
            evs.append(e)
    out: list[tuple] = []
    for station, evs in by_station.items():
        seqs = [e[2] for e in evs]
        taken = {r[0] for r in conn.execute(
            "SELECT seq FROM sync_event_logs WHERE station_id = ? AND seq BETWEEN ? AND ?",
            (station, min(seqs), max(seqs)))}
        if not taken and len(set(seqs)) == len(seqs):
            out += evs
            continue
        seen: set[int] = set()
        for e in evs:
            if e[2] in taken or e[2] in seen:
                result.rejected.append(f"station {station} seq {e[2]} already holds another event")
            else:
                seen.add(e[2])
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
