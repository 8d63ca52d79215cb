"""The background sync worker: a plain Python thread, never the GUI thread.

A round: release held events whose wait is over → push pending own events in batches (the
cloud acks per station seq) → pull pages since the saved cursor and apply each page in one
transaction that also saves the cursor → (first time only) a snapshot instead of paging
through a long history. Rounds run on a timer (`interval` while online) with exponential
backoff and jitter after failures, and sooner when a local command writes an event.

States reported through `SyncCallbacks`:
  offline  the cloud cannot be reached (retrying with backoff)
  syncing  a round is running
  online   the last round succeeded
  error    the cloud refused (bad token, conflict) or the local apply failed; retried slowly
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from app.changes import ChangeSet
from app.events.intake import wall_ms
from app.events.pending import (mark_pushed, pending_after, pending_count, pending_events, relay_after,
                                relay_events)
from app.events.replicate import apply_pages, release_held
from app.events.sync_state import get_state, put_state, save_state, set_aside_count, set_aside_recent
from app.events import compacted
from app.events.vectors import version_vector
from sync.audit_report import WARNING_STATE, load_probe, probe_state, push_fields
from sync.client import Cloud, CloudOffline, CloudRefused
from sync.cloud.models import CLOUD_STATION

log = logging.getLogger(__name__)

OFFLINE, SYNCING, ONLINE, ERROR = "offline", "syncing", "online", "error"

@dataclass
class SyncCallbacks:
    """Called on the worker thread; a GUI adapts them into signals (ui/shell/sync_bridge.py)."""

    on_state: Callable[[str, str | None], None] | None = None  # (state, detail)
    on_pending: Callable[[int], None] | None = None  # own events not yet acked by the cloud
    on_success: Callable[[float], None] | None = None  # epoch seconds of the last good round
    on_progress: Callable[[int, int | None], None] | None = None  # (events applied so far, total if known)
    on_clock: Callable[[int, str | None], None] | None = None  # (skew ms vs cloud, warning when > 300 s)
    on_set_aside: Callable[[int, str], None] | None = None  # (events set aside so far, the latest reason)
    on_audit: Callable[[str | None], None] | None = None  # the cloud's warning on this station's audit chain


# Events per pull page: the cloud's largest (GET /v1/events?limit ≤ 2000). A catch-up after a week
# offline is a few round trips, not dozens, and each page is merged in one transaction: bigger
# pages merge faster (fewer commits; tests/bench/bench_sync_merge.py measures both sizes).
PULL_PAGE = 2000


@dataclass
class RoundResult:
    pushed: int = 0
    pulled: int = 0
    applied: int = 0
    held: int = 0
    released: int = 0
    set_aside: int = 0
    relayed: int = 0  # other stations' events this station brought to the cloud
    rejected: list[str] = field(default_factory=list)


class SyncWorker:
    def __init__(self, store: Any, cloud: Cloud, *, callbacks: SyncCallbacks | None = None, interval: float = 10.0,
                 push_batch: int = 1000, pull_batch: int = PULL_PAGE, max_backoff: float = 120.0,
                 now_ms: Callable[[], int] = wall_ms, use_snapshot: bool = True) -> None:
        self.store = store
        self.cloud = cloud
        self.cb = callbacks or SyncCallbacks()
        self.interval = interval
        self.push_batch = push_batch
        self.pull_batch = pull_batch
        self.max_backoff = max_backoff
        self.now_ms = now_ms
        self.use_snapshot = use_snapshot
        self.state = OFFLINE
        self.detail: str | None = None
        self.failures = 0
        self.last_success: float | None = None
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._round_lock = threading.Lock()
        self._set_aside_reported = 0
        self._audit_probe: list[int] | None = None  # audit ids the cloud asked about (None: never asked)
        self._audit_warning: str | None = None
        self._unsubscribe = store.subscribe(self._on_changes)

    # -- lifecycle -----------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="sentra-sync", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._unsubscribe()

    def wake(self) -> None:
        """Sync soon (a local write, a button)."""
        self._wake.set()

    def _on_changes(self, changes: ChangeSet) -> None:
        if not changes.remote:
            self._wake.set()

    def next_delay(self) -> float:
        if self.failures == 0:
            return self.interval
        base = min(self.max_backoff, 1.0 * 2 ** min(self.failures - 1, 10))
        return base * random.uniform(0.5, 1.0)  # full jitter keeps a branch's stations apart

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sync_once()
            self._wake.wait(self.next_delay())
            self._wake.clear()
            if self._stop.is_set():
                break
            time.sleep(0.05)  # let a burst of local writes land in one push

    # -- one round -----------------------------------------------------------------------------
    def _set(self, state: str, detail: str | None = None) -> None:
        changed = (state, detail) != (self.state, self.detail)
        self.state, self.detail = state, detail
        if changed and self.cb.on_state:
            self.cb.on_state(state, detail)

    def pending(self) -> int:
        with self.store.read() as conn:
            return pending_count(conn, self.store.identity.station_id)

    def sync_once(self) -> RoundResult:
        """Run one round now (on the caller's thread); never raises for network trouble."""
        with self._round_lock:
            result = RoundResult()
            self._set(SYNCING)
            try:
                released = release_held(self.store, now_ms=self.now_ms)
                result.released, result.set_aside = len(released.applied), released.set_aside
                try:
                    self._push(result)
                except CloudRefused as exc:  # the station says why its push was refused (status, status bar)
                    save_state(self.store, {"push_refused": exc.detail})
                    raise CloudRefused(exc.status, f"push refused: {exc.detail}") from exc
                self._pull(result)
                self._relay(result)
            except _Stopping:
                pass  # resumes from the saved cursor next time
            except CloudOffline as exc:
                self.failures += 1
                self._set(OFFLINE, str(exc))
            except CloudRefused as exc:
                self.failures += 1
                self._set(ERROR, str(exc))
            except Exception as exc:  # a local failure: report it, keep the thread alive
                log.exception("sync round failed")
                self.failures += 1
                self._set(ERROR, f"{exc.__class__.__name__}: {exc}")
            else:
                self.failures = 0
                self.last_success = time.time()
                save_state(self.store, {"last_success": str(self.last_success), "push_refused": ""})
                self._set(ONLINE, None)
                if self.cb.on_success:
                    self.cb.on_success(self.last_success)
            if self.cb.on_pending:
                self.cb.on_pending(self.pending())
            self._report_set_aside()
            return result

    def _report_set_aside(self) -> None:
        """Events set aside since the last report, from the cloud or the LAN bus alike."""
        with self.store.read() as conn:
            total = set_aside_count(conn)
            if total == self._set_aside_reported:
                return
            recent = set_aside_recent(conn, 1)
        self._set_aside_reported = total
        if self.cb.on_set_aside:
            self.cb.on_set_aside(total, recent[0]["reason"] if recent else "")

    def _clock(self, report: dict[str, Any] | Any) -> None:
        """Save and report the cloud's verdict on this station's clock."""
        verdict = _clock_verdict(report)
        if verdict is None:
            return
        save_state(self.store, _clock_values(verdict))
        if self.cb.on_clock:
            self.cb.on_clock(*verdict)

    def _push(self, result: RoundResult) -> None:
        if not hasattr(self.cloud, "push_json"):
            self._push_models(result)
            return
        sid = self.store.identity.station_id
        retried_gap = False
        with self.store.read() as conn:
            batch = pending_after(conn, sid, 0, self.push_batch)
            self._audit_probe = load_probe(conn)
        # One push on the wire at a time (the cloud acks in seq order); while it travels, the
        # previous ack is saved and the next batch is read from the log.
        with ThreadPoolExecutor(1, thread_name_prefix="sentra-push") as wire:
            acked: Any = None  # the previous batch's answer, saved while the next batch travels
            while batch:
                last_seq = batch[-1][0]
                sending = wire.submit(self.cloud.push_json, [j for _, j in batch],  # type: ignore[attr-defined]
                                      **self._audit_fields())
                if acked is not None:
                    self._pushed(acked, result)
                    acked = None
                with self.store.read() as conn:
                    upcoming = pending_after(conn, sid, last_seq, self.push_batch)
                try:
                    out = sending.result()
                except CloudRefused as exc:
                    if exc.status == 409 and "gap" in exc.detail and not retried_gap:
                        retried_gap = True  # the cloud holds less than we thought: resend from its ack
                        mark_pushed(self.store, self.cloud.whoami().acked_seq)
                        with self.store.read() as conn:
                            batch = pending_after(conn, sid, 0, self.push_batch)
                        continue
                    raise
                if out.audit_probe is not None:  # the next push answers it
                    self._audit_probe = out.audit_probe
                if out.acked_seq < last_seq:
                    self._pushed(out, result)
                    raise CloudRefused(409, f"cloud acked only up to seq {out.acked_seq}")
                acked, batch = out, upcoming
            if acked is not None:
                self._pushed(acked, result)

    def _audit_fields(self) -> dict[str, Any]:
        """The push's audit-chain fields, as keyword arguments (none for a cloud that never asked)."""
        with self.store.read() as conn:
            fields = push_fields(conn, self._audit_probe)
        return {"audit": fields} if fields is not None else {}

    def _audit(self, out: Any) -> None:
        """Save what the cloud asked about and said of the audit chain; report a changed warning."""
        probe, warning = getattr(out, "audit_probe", None), getattr(out, "audit_warning", None)
        if probe is None:
            return  # an older cloud: it neither asks nor warns
        self._audit_probe = probe
        save_state(self.store, {**probe_state(probe), WARNING_STATE: warning or ""})
        if warning != self._audit_warning:
            self._audit_warning = warning
            if self.cb.on_audit:
                self.cb.on_audit(warning)

    def _relay(self, result: RoundResult) -> None:
        """Other stations' events this station holds (from the LAN) that the cloud lacks: pushed on
        their authors' behalf, signed by them, so a station that dies before its own push loses
        nothing that reached a peer. The cloud says what it holds of each station; a relay it
        cannot take now (a gap, a concurrent push) waits for the next round."""
        own = self.store.identity.station_id
        with self.store.read() as conn:
            mine = version_vector(conn)
        if not hasattr(self.cloud, "whoami") or not set(mine) - {own, CLOUD_STATION}:
            return  # no other station's event here: nothing to relay, no need to ask the cloud
        held = getattr(self.cloud.whoami(), "branch_acked", None)
        if not held:
            return
        behind = {s: held[s] for s, top in mine.items() if s != own and s in held and top > held[s]}
        for station, after in sorted(behind.items()):
            while True:
                with self.store.read() as conn:
                    batch = relay_after(conn, station, after, self.push_batch)
                if not batch:
                    break
                audit = self._audit_fields()  # a relay is a push too: it answers the audit probe
                try:
                    if hasattr(self.cloud, "push_json"):
                        out = self.cloud.push_json([j for _, j in batch], **audit)  # type: ignore[attr-defined]
                    else:
                        with self.store.read() as conn:
                            out = self.cloud.push(relay_events(conn, station, after, self.push_batch), **audit)
                except CloudRefused as exc:
                    save_state(self.store, {"relay_refused": exc.detail[:300]})
                    log.warning("relay of station %s refused: %s", station, exc.detail)
                    return
                self._audit(out)
                result.relayed += out.relayed
                if out.relayed == 0:
                    break  # the cloud took nothing more (a gap before these, or refused): next round
                after = batch[-1][0]
                if len(batch) < self.push_batch:
                    break

    def _pushed(self, out: Any, result: RoundResult) -> None:
        mark_pushed(self.store, out.acked_seq)
        self._clock(out)
        self._audit(out)
        result.pushed += out.accepted
        if self.cb.on_pending:
            self.cb.on_pending(self.pending())

    def _push_models(self, result: RoundResult) -> None:
        """For a cloud link without `push_json` (the in-process one): Event models."""
        sid = self.store.identity.station_id
        retried_gap = False
        with self.store.read() as conn:
            self._audit_probe = load_probe(conn)
        while True:
            with self.store.read() as conn:
                batch = pending_events(conn, sid, self.push_batch)
            if not batch:
                return
            try:
                out = self.cloud.push(batch, **self._audit_fields())
            except CloudRefused as exc:
                if exc.status == 409 and "gap" in exc.detail and not retried_gap:
                    retried_gap = True
                    mark_pushed(self.store, self.cloud.whoami().acked_seq)
                    continue
                raise
            self._pushed(out, result)
            if out.acked_seq < batch[-1].seq:
                raise CloudRefused(409, f"cloud acked only up to seq {out.acked_seq}")

    def _applied(self, results: Any, result: RoundResult, total: int | None = None) -> None:
        """Count what `apply_pages` committed, page by page, reporting progress and the clock."""
        for res, page in results:
            result.pulled += page.count
            result.applied += len(res.applied)
            result.held += res.held
            result.set_aside += res.set_aside
            result.rejected += res.rejected
            if page.clock is not None and self.cb.on_clock:
                self.cb.on_clock(*page.clock)
            if self.cb.on_progress:
                self.cb.on_progress(result.pulled, total)
            if self._stop.is_set():  # the app is closing: stop after this committed page, not the catch-up
                results.close()
                raise _Stopping

    def _pull(self, result: RoundResult) -> None:
        with self.store.read() as conn:
            cursor = int(get_state(conn, "cursor", "0") or 0)
        if cursor == 0 and self.use_snapshot:
            cursor = self._snapshot(result)

        def pages(after: int) -> Iterator[tuple[list[Any], _PageState]]:
            while True:  # read in apply_pages' fetch thread while the page before is written
                page = self.cloud.pull(after, self.pull_batch)
                yield page.events, _PageState(len(page.events), {"cursor": str(page.cursor)}, page.clock)
                if not page.has_more:
                    return
                after = page.cursor

        # Pages are applied, each with its cursor, strictly in order; the next one is fetched and
        # prepared while this one is written, and a failure anywhere loses nothing.
        self._applied(apply_pages(self.store, pages(cursor), now_ms=self.now_ms), result)

    def _snapshot(self, result: RoundResult) -> int:
        """A new or emptied station: stream everything once, save the cursor with the last batch."""
        sid = self.store.identity.station_id
        with self.store.read() as conn:  # own events it still holds need not come back
            own = version_vector(conn).get(sid, 0)
            fresh = compacted.is_fresh(conn)
        if fresh and hasattr(self.cloud, "snapshot_compacted"):
            upto = self._compacted(result)
            if upto is not None:
                return upto
        stream = self.cloud.snapshot(own) if own else self.cloud.snapshot()
        header = next(stream, None)
        if not header or "cursor" not in header:
            return 0
        upto, total = int(header["cursor"]), int(header.get("count", 0))

        def pages() -> Iterator[tuple[list[Any], _PageState]]:
            batch: list[dict[str, Any]] = []
            for raw in stream:
                batch.append(raw)
                if len(batch) >= 2000:
                    yield batch, _PageState(len(batch), {})
                    batch = []
            yield batch, _PageState(len(batch), {"cursor": str(upto)})

        self._applied(apply_pages(self.store, pages(), now_ms=self.now_ms), result, total)
        return upto


    def _compacted(self, result: RoundResult) -> int | None:
        """A new station: the branch's rows as they stand, installed whole; None when the cloud has
        no compacted snapshot (an older cloud), so the caller streams the log instead."""
        try:
            stream = self.cloud.snapshot_compacted()  # type: ignore[attr-defined]
            header = next(stream, None)
        except CloudRefused as exc:
            if exc.status in (404, 405):
                return None
            raise
        if not header:
            return None
        total = header.get("rows") if isinstance(header.get("rows"), int) else None
        done = 0

        def chunks() -> Iterator[Any]:
            nonlocal done
            for chunk in stream:
                yield chunk
                done += len(chunk.get("rows", ())) if isinstance(chunk, dict) else 0
                if self.cb.on_progress:
                    self.cb.on_progress(done, total)

        try:
            written = compacted.install(self.store, header, chunks())
        except compacted.SnapshotError as exc:
            raise CloudRefused(422, f"the cloud's compacted snapshot cannot be installed: {exc}") from exc
        result.pulled += written
        return int(header["cursor"])


class _Stopping(Exception):
    """The worker was asked to stop in the middle of a catch-up."""


def _clock_verdict(report: Any) -> tuple[int, str | None] | None:
    """(skew ms, warning) from a push or pull answer, when the cloud gave one."""
    data = report if isinstance(report, dict) or report is None else report.model_dump()
    if not data or data.get("clock_skew_ms") is None:
        return None
    return int(data["clock_skew_ms"]), data.get("clock_warning")


def _clock_values(verdict: tuple[int, str | None]) -> dict[str, str]:
    return {"clock_skew_ms": str(verdict[0]), "clock_warning": verdict[1] or ""}


class _PageState:
    """A pulled page's count and the sync state saved in the transaction that applies it (cursor,
    the cloud's clock verdict); the verdict is reported once the page is committed."""

    def __init__(self, count: int, values: dict[str, str], clock: Any = None) -> None:
        self.count = count
        self.values = values
        self.clock = _clock_verdict(clock)
        if self.clock is not None:
            values.update(_clock_values(self.clock))

    def __call__(self, conn: Any) -> None:
        if self.values:
            put_state(conn, self.values)
