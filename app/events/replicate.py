"""Applying remote events: batched log append and merge, version vectors.

`apply_batch` is the remote-apply path for the LAN bus and the cloud alike. `intake.prepare`
sorts a page (held, ready, rejected; no database); then, in one transaction,
1. held events go to `sync_held_events` and are retried by `release_held`;
2. duplicates (already in the log, or twice in the batch) are dropped and an event whose
   (station, seq) already holds a different event (forged or corrupt) is refused;
3. the rest is appended to `sync_event_logs` with one `executemany` and merged by the batched
   `Merger`; the HLC moves past them, and `same_transaction` (a cursor saved with the batch it
   covers) runs before the commit.
`apply_pages` does the same for a stream of pages (a catch-up from the cloud, a snapshot): the
next page is fetched in a helper thread and prepared while this one's COMMIT runs in another.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import sqlcipher3

from app.events.apply import Merger
from app.events.gc_pause import gc_paused
from app.events.hlc import HybridClock, stamp_ms
from app.events.intake import FUTURE_HOLD_MS, Prepared, _as_event, prepare, wall_ms
from app.events.models import Event
from app.storage.migrations import SCHEMA_VERSION

log = logging.getLogger(__name__)

_CHUNK = 500
STREAM_CHECKPOINT_PAGES = 16_000  # 64 MB of WAL at most between checkpoints during a catch-up
_LOG_SQL = (
    "INSERT INTO sync_event_logs (event_id, station_id, seq, hlc, authority, branch_id,"
    " schema_version, type, actor_id, payload, received_at, pushed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


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
    with gc_paused():
        page = prepare(items, now_ms=now_ms, accept_authority=accept_authority)
        return apply_prepared(store, page, same_transaction=same_transaction, notify=notify)


def apply_prepared(store: Any, page: Prepared, *,
                   same_transaction: Callable[[sqlcipher3.Connection], None] | None = None,
                   notify: bool = True) -> ApplyResult:
    """Write a prepared page: log, merge, held events and `same_transaction` in one transaction."""
    with gc_paused():
        result, fresh = _write(store, page, same_transaction)
    _report(store, result, fresh, notify)
    return result


def apply_pages(store: Any, pages: Iterable[tuple[Iterable[Event | dict[str, Any]],
                                                   Callable[[sqlcipher3.Connection], None] | None]],
                *, now_ms: Callable[[], int] = wall_ms, accept_authority: bool = True,
                notify: bool = True) -> Iterator[tuple[ApplyResult, Any]]:
    """Apply a stream of (items, same_transaction) pages strictly in order, each in its own
    transaction, yielding (result, that page's same_transaction) once it is committed.

    Pages are read from `pages` in a fetch thread (a network read never holds the store's lock).
    While a page's COMMIT runs (SQLite encrypts and writes the pages with the GIL released) a
    helper thread waits on it and this thread prepares the next page if it has arrived, so on
    two cores the two overlap. A failure stops the stream after the last committed page; a page whose
    commit failed is rolled back whole, and nothing of a later page has been written.

    A catch-up writes thousands of pages to the WAL; checkpointing every 1000 of them (each
    checkpoint syncs the file) costs a sixth of the time, so the stream checkpoints at most
    every STREAM_CHECKPOINT_PAGES and once when it ends."""
    with store.lock:
        usual = int(store.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
        store.conn.execute(f"PRAGMA wal_autocheckpoint = {STREAM_CHECKPOINT_PAGES}")
    try:
        with gc_paused():  # for the whole stream: re-enabled between pages, it would walk every page's leftovers
            yield from _stream(store, pages, now_ms, accept_authority, notify)
    finally:
        with store.lock:
            store.conn.execute(f"PRAGMA wal_autocheckpoint = {usual}")
            store.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()


_END = object()


def _stream(store: Any, pages: Iterable[tuple[Iterable[Event | dict[str, Any]], Any]],
            now_ms: Callable[[], int], accept_authority: bool, notify: bool) -> Iterator[tuple[ApplyResult, Any]]:
    source = iter(pages)
    # Pages are read in a fetch thread, never under the store's lock (a read may wait on the
    # network); a page already read is prepared while the page before it commits.
    with ThreadPoolExecutor(1, thread_name_prefix="sentra-fetch") as fetcher, \
            ThreadPoolExecutor(1, thread_name_prefix="sentra-commit") as committer:
        fetching = fetcher.submit(next, source, _END)
        coming: tuple[Prepared, Any] | None = None
        failure: BaseException | None = None

        def take(got: Any) -> tuple[Prepared, Any]:
            nonlocal fetching
            fetching = fetcher.submit(next, source, _END)
            with gc_paused():
                return prepare(got[0], now_ms=now_ms, accept_authority=accept_authority), got[1]

        while True:
            if coming is None:
                got = fetching.result()  # a failed read ends the stream here, after every committed page
                if got is _END:
                    return
                coming = take(got)
            page, extra = coming
            coming = None

            def commit(conn: sqlcipher3.Connection) -> None:
                nonlocal coming, failure
                started = threading.Event()
                done = committer.submit(_commit, conn, started)
                started.wait()  # hand the GIL over until SQLite gives it up inside the COMMIT
                try:
                    if fetching.done() and fetching.exception() is None and fetching.result() is not _END:
                        coming = take(fetching.result())
                except BaseException as exc:  # raised once this page is committed and reported
                    failure = exc
                done.result()

            with gc_paused():
                result, fresh = _write(store, page, extra, commit)
            _report(store, result, fresh, notify)
            yield result, extra
            if failure is not None:
                raise failure


def _commit(conn: sqlcipher3.Connection, started: threading.Event) -> None:
    started.set()
    conn.execute("COMMIT")


def _report(store: Any, result: ApplyResult, fresh: list[list[Any]], notify: bool) -> None:
    for line in result.rejected:
        log.warning("refused remote event: %s", line)
    if notify and fresh:
        store.publish_remote(result.applied)


def _write(store: Any, page: Prepared, same_transaction: Callable[[sqlcipher3.Connection], None] | None,
           commit: Callable[[sqlcipher3.Connection], None] | None = None) -> tuple[ApplyResult, list[list[Any]]]:
    result = ApplyResult(rejected=list(page.rejected))
    ready, held = page.ready, page.held
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
                conn.executemany(
                    "INSERT OR IGNORE INTO sync_held_events (event_id, station_id, seq, hlc, schema_version,"
                    " reason, body, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", held)
                result.held = len(held)
            if same_transaction is not None:
                same_transaction(conn)
            conn.execute(
                "INSERT INTO meta (key, value) VALUES ('hlc', ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (store.clock.last,))
            if commit is None:
                conn.execute("COMMIT")
            else:
                commit(conn)
        except BaseException:
            if conn.in_transaction:  # a failed COMMIT may have rolled back already
                conn.execute("ROLLBACK")
            store.clock = HybridClock(saved_clock, now_ms=getattr(store.clock, "_now_ms", None))
            raise
        result.applied = AppliedEvents(fresh)
    return result, fresh


def _new_events(conn: sqlcipher3.Connection, events: list[list[Any]], result: ApplyResult) -> list[list[Any]]:
    """Records (event_id, station_id, seq, …) not yet in the log, minus in-batch repeats and
    (station, seq) conflicts. The log is keyed by (station, seq): a record whose place holds the
    same event id is a duplicate, one whose place holds another id is refused (forged or corrupt)."""
    unique: dict[str, list[Any]] = {}
    for e in events:
        if e[0] in unique:
            result.duplicates += 1
        else:
            unique[e[0]] = e
    by_station: dict[str, list[list[Any]]] = {}
    for e in unique.values():
        evs = by_station.get(e[1])
        if evs is None:
            by_station[e[1]] = [e]
        else:
            evs.append(e)
    out: list[list[Any]] = []
    for station, evs in by_station.items():
        seqs = [e[2] for e in evs]
        held = dict(conn.execute(
            "SELECT seq, event_id FROM sync_event_logs WHERE station_id = ? AND seq BETWEEN ? AND ?",
            (station, min(seqs), max(seqs))).fetchall())
        if not held and len(set(seqs)) == len(seqs):
            out += evs
            continue
        seen: set[int] = set()
        for e in evs:
            there = held.get(e[2])
            if there == e[0]:
                result.duplicates += 1
            elif there is not None or e[2] in seen:
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
