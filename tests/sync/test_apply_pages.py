"""Pages applied as a stream: the next page is prepared while this one commits; order, state and
failures behave exactly as page-by-page `apply_batch`."""

from __future__ import annotations

import gc
import threading

import pytest

from app.events.gc_pause import gc_paused
from app.events.intake import event_json
from app.events.replicate import apply_batch, apply_pages
from app.events.sync_state import get_state, put_state
from app.events.state_hash import state_hash
from tests.sync.helpers import BASE_MS, event, make_store


def _events(n: int, station: str = "s1") -> list[dict]:
    out = []
    for i in range(1, n + 1):
        if i % 3 == 0:
            ops = [{"op": "status", "id": f"w{i % 4}", "status": "WORKING" if i % 2 else "QC_TEST"}]
        elif i % 3 == 1:
            ops = [{"op": "upsert", "table": "customers", "id": f"c{i % 7}", "fields": {"name": f"N{i}"}}]
        else:
            ops = [{"op": "stock", "id": f"m{i}", "part_id": "p1", "warehouse_id": "g", "qty_delta": -1,
                    "kind": "dispense"}]
        out.append(event_json(event(station, i, BASE_MS + i, ops)))
    return out


class _Cursor:
    def __init__(self, value: int) -> None:
        self.value = value

    def __call__(self, conn) -> None:  # type: ignore[no-untyped-def]
        put_state(conn, {"cursor": str(self.value)})


def test_pages_apply_in_order_with_their_own_state(tmp_path) -> None:
    evs = _events(30)
    streamed, batched = make_store(tmp_path, "streamed"), make_store(tmp_path, "batched")
    pages = [(evs[i:i + 7], _Cursor(i + 7)) for i in range(0, 30, 7)]
    seen = []
    for result, page_state in apply_pages(streamed, pages):
        seen.append((len(result.applied), page_state.value))
        assert get_state(streamed.conn, "cursor") == str(page_state.value)  # committed with its page
    assert seen == [(7, 7), (7, 14), (7, 21), (7, 28), (2, 35)]
    for i in range(0, 30, 7):
        apply_batch(batched, evs[i:i + 7])
    assert state_hash(streamed.conn) == state_hash(batched.conn)
    assert streamed.conn.execute("SELECT count(*) FROM sync_event_logs").fetchone() == (30,)
    streamed.close()
    batched.close()


def test_a_source_failing_midway_keeps_every_page_before_it(tmp_path) -> None:
    evs = _events(20)
    store = make_store(tmp_path, "st")

    def pages():  # type: ignore[no-untyped-def]
        yield evs[:10], _Cursor(10)
        raise OSError("the cloud went away")

    results = []
    with pytest.raises(OSError, match="went away"):
        for result, _ in apply_pages(store, pages()):
            results.append(len(result.applied))
    assert results == [10]  # the first page was committed and reported before the error
    assert get_state(store.conn, "cursor") == "10"
    assert store.conn.execute("SELECT count(*) FROM sync_event_logs").fetchone() == (10,)
    store.close()


def test_a_page_that_fails_to_write_is_rolled_back_whole_and_stops_the_stream(tmp_path) -> None:
    evs = _events(30)
    store = make_store(tmp_path, "st")
    before_clock = None

    def broken(conn) -> None:  # type: ignore[no-untyped-def]
        raise RuntimeError("disk full")

    pages = [(evs[:10], _Cursor(10)), (evs[10:20], broken), (evs[20:], _Cursor(30))]
    done = []
    with pytest.raises(RuntimeError, match="disk full"):
        for result, _ in apply_pages(store, pages):
            done.append(len(result.applied))
            before_clock = store.clock.last
    assert done == [10]
    assert get_state(store.conn, "cursor") == "10"
    assert store.conn.execute("SELECT count(*), max(seq) FROM sync_event_logs").fetchone() == (10, 10)
    assert not store.conn.in_transaction
    assert store.clock.last == before_clock  # the clock did not keep the rolled-back stamps
    # and the store still works: the rest applies afterwards
    assert len(apply_batch(store, evs[10:]).applied) == 20
    store.close()


def test_a_page_with_a_loosely_typed_event_still_applies_all(tmp_path) -> None:
    evs = _events(6)
    evs[2] = {**evs[2], "seq": "3"}  # text where JSON has a number: strict validation refuses it
    evs[4] = {**evs[4], "ops": [{"op": "upsert", "table": "nope", "id": "x", "fields": {"a": 1}}]}
    store = make_store(tmp_path, "st")
    [(result, _)] = list(apply_pages(store, [(evs, None)]))
    assert len(result.applied) == 5 and len(result.rejected) == 1 and "nope" in result.rejected[0]
    assert store.conn.execute("SELECT seq FROM sync_event_logs WHERE seq = 3").fetchone() == (3,)
    store.close()


def test_gc_pause_nests_across_threads_and_restores_the_collector() -> None:
    assert gc.isenabled()
    inside = threading.Event()
    leave = threading.Event()

    def other() -> None:
        with gc_paused():
            inside.set()
            leave.wait(5)

    t = threading.Thread(target=other)
    with gc_paused():
        assert not gc.isenabled()
        t.start()
        inside.wait(5)
    assert not gc.isenabled()  # the other thread's pause is still on
    leave.set()
    t.join(5)
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()  # it was off before: it stays off
    finally:
        gc.enable()


def test_a_worker_asked_to_stop_ends_its_catch_up_after_the_page_it_is_on(tmp_path) -> None:
    from sync.client import PullPage
    from sync.worker import SyncCallbacks, SyncWorker

    evs = _events(100, station="far")
    served: list[int] = []

    class Cloud:  # a long catch-up: ten pages of ten
        def push_json(self, events_json):  # type: ignore[no-untyped-def]
            raise AssertionError("nothing to push")

        def pull(self, after: int, limit: int) -> PullPage:
            served.append(after)
            return PullPage(events=evs[after:after + 10], cursor=after + 10, has_more=after + 10 < 100)

        def snapshot(self, own_upto: int = 0):  # type: ignore[no-untyped-def]
            return iter(())

    store = make_store(tmp_path, "st")
    seen: list[int] = []

    def stop_after_three(n: int, _total: object) -> None:
        seen.append(n)
        if n == 30:
            worker._stop.set()  # what stop() does first

    worker = SyncWorker(store, Cloud(), use_snapshot=False,  # type: ignore[arg-type]
                        callbacks=SyncCallbacks(on_progress=stop_after_three))
    result = worker.sync_once()
    assert seen == [10, 20, 30] and result.applied == 30
    assert get_state(store.conn, "cursor") == "30"  # every committed page kept its cursor
    assert store.conn.execute("SELECT count(*) FROM sync_event_logs").fetchone() == (30,)
    assert worker.state != "online" and worker.last_success is None
    assert len(served) <= 5  # at most the page in hand and the next one were fetched past the stop
    worker._stop.clear()
    worker.cb.on_progress = None
    assert worker.sync_once().applied == 70  # and the next round resumes from the cursor
    assert worker.state == "online"
    store.close()
