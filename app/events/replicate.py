"""Applying remote events: screened, logged and merged in batches; held events released.

`apply_batch` is the remote-apply path for the LAN bus and the cloud alike. `intake.prepare`
sorts a page (held, ready, rejected; no database); then, in one transaction,
1. held events go to `sync_held_events` and are retried by `release_held`;
2. duplicates (already in the log, or twice in the batch) are dropped and an event whose
   (station, seq) already holds a different event (forged or corrupt) is refused;
3. `screening` checks each station's signatures and each actor's role: what fails is set aside
   (`sync_set_aside`), an event whose actor is not known yet is held;
4. the rest is appended to `sync_event_logs` with one `executemany` and merged by the batched
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

from app.changes import ChangeSet, touched_rows
from app.events.apply import Merger
from app.events.gc_pause import gc_paused
from app.events.hlc import HybridClock, stamp_ms
from app.events.intake import FUTURE_HOLD_MS, Prepared, _as_event, prepare, wall_ms
from app.events.log import LOG_SQL
from app.events.models import Event
from app.events.screening import resolve, screen_records, set_aside
from app.events.signing import KeyDirectory, load_directory
from app.events.txn import transaction
from app.storage.migrations import SCHEMA_VERSION

log = logging.getLogger(__name__)

_CHUNK = 500
STREAM_CHECKPOINT_PAGES = 16_000  # 64 MB of WAL at most between checkpoints during a catch-up

class AppliedEvents(Sequence[Event]):
    """The events a batch applied, in merge order. A raw event is made an Event model when the
    list is first read (a listener, the LAN bus), not for a caller that only counts them."""

    __slots__ = ("_records", "_events")

    def __init__(self, records: list[tuple]) -> None:
        self._records = records
        self._events: list[Event] | None = None

    def _all(self) -> list[Event]:
        if self._events is None:
            self._events = [r[13] if r[13] is not None else _as_event(r) for r in self._records]
            self._records = []
        return self._events

    def __len__(self) -> int:
        return len(self._events) if self._events is not None else len(self._records)

    def touched_rows(self) -> dict[str, set[str]]:
        """Table -> row ids these events wrote, read from the raw ops (no Event models made)."""
        if self._events is not None:
            return touched_rows(op for event in self._events for op in event.ops)
        return touched_rows(op for r in self._records for op in (r[13].ops if r[13] is not None else r[12]))

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
    set_aside: int = 0  # refused by signature or role, kept in sync_set_aside
    rejected: list[str] = field(default_factory=list)  # one line per refused event

    def merge(self, other: "ApplyResult") -> None:
        self.applied = [*self.applied, *other.applied]
        self.duplicates += other.duplicates
        self.held += other.held
        self.set_aside += other.set_aside
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
        return apply_prepared(store, page, same_transaction=same_transaction, notify=notify,
                              from_lan=not accept_authority)


def apply_prepared(store: Any, page: Prepared, *,
                   same_transaction: Callable[[sqlcipher3.Connection], None] | None = None,
                   notify: bool = True, from_lan: bool = False) -> ApplyResult:
    """Write a prepared page: log, merge, held events and `same_transaction` in one transaction."""
    with gc_paused():
        result, fresh = _write(store, page, same_transaction, from_lan=from_lan)
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
        # the keys pages are verified with while they are prepared (screening checks again, in the
        # page's transaction, whatever this left unverified and every revocation)
        keys = load_directory(store.conn, store.identity.station_id, getattr(store, "signing_key", None),
                              getattr(store, "pinned_keys", None))
    try:
        with gc_paused():  # for the whole stream: re-enabled between pages, it would walk every page's leftovers
            yield from _stream(store, pages, now_ms, accept_authority, notify, keys)
    finally:
        with store.lock:
            store.conn.execute(f"PRAGMA wal_autocheckpoint = {usual}")
            store.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()


_END = object()


def _stream(store: Any, pages: Iterable[tuple[Iterable[Event | dict[str, Any]], Any]],
            now_ms: Callable[[], int], accept_authority: bool, notify: bool,
            keys: KeyDirectory) -> Iterator[tuple[ApplyResult, Any]]:
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
                return prepare(got[0], now_ms=now_ms, accept_authority=accept_authority, keys=keys), got[1]

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
                result, fresh = _write(store, page, extra, commit, from_lan=not accept_authority)
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
    if notify and fresh and result.applied and getattr(store, "subscriber_count", 1):
        applied = result.applied
        rows = applied.touched_rows() if isinstance(applied, AppliedEvents) \
            else touched_rows(op for event in applied for op in event.ops)
        store.publish(ChangeSet.from_rows(rows, applied, remote=True))


def _write(store: Any, page: Prepared, same_transaction: Callable[[sqlcipher3.Connection], None] | None,
           commit: Callable[[sqlcipher3.Connection], None] | None = None,
           from_lan: bool = False) -> tuple[ApplyResult, list[list[Any]]]:
    result = ApplyResult(rejected=list(page.rejected))
    saved_clock = store.clock.last

    def restore_clock() -> None:
        store.clock = HybridClock(saved_clock, now_ms=getattr(store.clock, "_now_ms", None))

    with transaction(store, commit=commit, on_rollback=restore_clock) as conn:
        fresh = _new_events(conn, page.ready, result)
        held = page.held
        if fresh:
            checked = screen_records(store, conn, fresh, from_lan=from_lan)
            fresh = checked.ok
            held = held + checked.waiting
            lines = set_aside(conn, checked.refused, "LAN" if from_lan else "cloud")
            result.rejected += lines
            result.set_aside = len(lines)
        own = store.identity.station_id
        if fresh:
            received = datetime.now(timezone.utc).isoformat()
            conn.executemany(LOG_SQL, [(*r[:12], received, int(r[1] != own)) for r in fresh])
            merger = Merger(conn)
            merger.merge_raw([(f"{r[4]}|{r[3]}|{r[1]}", r[1], r[3], r[12]) for r in fresh])
            merger.flush()
            store.clock.observe(max(r[3] for r in fresh))
            resolve(conn, fresh)
        if same_transaction is not None:  # before the held rows: a release forgets what it retries
            same_transaction(conn)
        if held:
            conn.executemany(
                "INSERT OR IGNORE INTO sync_held_events (event_id, station_id, seq, hlc, schema_version,"
                " reason, body, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", held)
            result.held = len(held)
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('hlc', ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (store.clock.last,))
    result.applied = AppliedEvents(fresh)
    return result, fresh


def _new_events(conn: sqlcipher3.Connection, events: list[list[Any]], result: ApplyResult) -> list[list[Any]]:
    """Records (event_id, station_id, seq, …) not yet in the log, minus in-batch repeats and
    (station, seq) conflicts. The log is keyed by (station, seq): a record whose place holds the
    same event id is a duplicate, one whose place holds another id is refused (forged or corrupt).
    Event ids are compared only at the same place: another station's event may reuse an id."""
    by_station: dict[str, dict[int, list[Any]]] = {}
    for e in events:
        places = by_station.get(e[1])
        if places is None:
            places = by_station[e[1]] = {}
        there = places.get(e[2])
        if there is None:
            places[e[2]] = e
        elif there[0] == e[0]:
            result.duplicates += 1
        else:
            result.rejected.append(f"station {e[1]} seq {e[2]} came twice with different events")
    out: list[list[Any]] = []
    for station, places in by_station.items():
        held = dict(conn.execute(
            "SELECT seq, event_id FROM sync_event_logs WHERE station_id = ? AND seq BETWEEN ? AND ?",
            (station, min(places), max(places))).fetchall())
        if not held:
            out += places.values()
            continue
        for seq, e in places.items():
            there = held.get(seq)
            if there == e[0]:
                result.duplicates += 1
            elif there is not None:
                result.rejected.append(f"station {station} seq {seq} already holds another event")
            else:
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
        with transaction(store) as conn:
            conn.executemany("DELETE FROM sync_held_events WHERE event_id = ?", [(i,) for i in unreadable])
        for line in result.rejected:
            log.warning("%s", line)
    for start in range(0, len(due), _CHUNK):
        chunk = due[start:start + _CHUNK]
        ids = [eid for eid, _ in chunk]

        def _forget(conn: sqlcipher3.Connection, ids: list[str] = ids) -> None:
            conn.executemany("DELETE FROM sync_held_events WHERE event_id = ?", [(i,) for i in ids])

        result.merge(apply_batch(store, [body for _, body in chunk], same_transaction=_forget, now_ms=now_ms))
    return result
