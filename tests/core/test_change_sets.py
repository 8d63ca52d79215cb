"""The store publishes one change set per commit; subscribers cannot break a commit or each other."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from app.changes import ChangeSet, command_origin
from app.events.replicate import apply_batch
from app.store import Store
from tests.sync.helpers import ACTOR, BASE_MS, event, make_store


def test_a_local_command_publishes_its_tables_and_rows(tmp_path: Path) -> None:
    store = make_store(tmp_path, "a")
    seen: list[ChangeSet] = []
    unsubscribe = store.subscribe(seen.append)
    with command_origin("screen-1"):
        with store.command("test.two", ACTOR) as cmd:
            cmd.upsert("customers", "c1", name="Tono")
            cmd.upsert("vehicles", "v1", plate="B 1 A", customer_id="c1")
            cmd.upsert("vehicles", "v2", plate="B 2 A", customer_id="c1")
    assert len(seen) == 1
    changes = seen[0]
    assert changes.tables == {"customers", "vehicles"}
    assert changes.row_ids("vehicles") == {"v1", "v2"} and changes.row_ids("customers") == {"c1"}
    assert not changes.remote and changes.origin == "screen-1"
    assert changes.touches({"vehicles", "workorders"}) and not changes.touches({"workorders"})
    assert [e.type for e in changes.events] == ["test.two"]
    unsubscribe()
    unsubscribe()  # twice is harmless
    with store.command("test.more", ACTOR) as cmd:
        cmd.upsert("customers", "c2", name="Tini")
    assert len(seen) == 1
    store.close()


def test_a_rolled_back_command_publishes_nothing(tmp_path: Path) -> None:
    store = make_store(tmp_path, "a")
    seen: list[ChangeSet] = []
    store.subscribe(seen.append)
    with pytest.raises(RuntimeError):
        with store.command("test.fail", ACTOR) as cmd:
            cmd.upsert("customers", "c1", name="Tono")
            raise RuntimeError("refused")
    assert seen == []
    store.close()


def test_a_raising_subscriber_leaves_the_command_committed_and_the_others_called(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    store = make_store(tmp_path, "a")
    before: list[ChangeSet] = []
    after: list[ChangeSet] = []

    def broken(_changes: ChangeSet) -> None:
        raise ValueError("a screen's bug")

    store.subscribe(before.append)
    store.subscribe(broken)
    store.subscribe(after.append)
    with caplog.at_level(logging.ERROR, logger="app.store"):
        with store.command("test.ok", ACTOR) as cmd:  # does not raise
            cmd.upsert("customers", "c1", name="Tono")
    assert len(before) == 1 and len(after) == 1
    assert store.query_one("SELECT name FROM customers WHERE id = 'c1'") == {"name": "Tono"}
    assert store.query_one("SELECT count(*) AS n FROM sync_event_logs")["n"] == 1
    assert "a screen's bug" in caplog.text
    store.close()


def test_a_remote_batch_publishes_one_remote_change_set(tmp_path: Path) -> None:
    store: Store = make_store(tmp_path, "a")
    seen: list[ChangeSet] = []
    store.subscribe(seen.append)
    batch = [event("b", n, BASE_MS + n, [{"op": "upsert", "table": "customers", "id": f"c{n}",
                                           "fields": {"name": f"P{n}"}}]) for n in range(1, 6)]
    apply_batch(store, batch)
    assert len(seen) == 1
    assert seen[0].remote and seen[0].origin is None
    assert seen[0].row_ids("customers") == {f"c{n}" for n in range(1, 6)}
    apply_batch(store, batch)  # nothing new: nothing published
    assert len(seen) == 1
    store.close()


def test_merged_change_sets_keep_a_shared_origin_only() -> None:
    a = ChangeSet.from_events([], remote=False, origin="x")
    b = ChangeSet.from_events([], remote=True, origin="x")
    c = ChangeSet.from_events([], remote=False, origin="y")
    assert ChangeSet.merged([a, b]).origin == "x" and ChangeSet.merged([a, b]).remote
    assert ChangeSet.merged([a, c]).origin is None


def _raw_mix() -> list[dict]:
    """Signed events as they come off the wire (dicts): every op kind a change set names."""
    ops = [
        [{"op": "upsert", "table": "customers", "id": "c1", "fields": {"name": "Tono"}}],
        [{"op": "upsert", "table": "workorders", "id": "w1", "fields": {"number": "WO-1"}}],
        [{"op": "status", "id": "w1", "status": "WORKING"}],
        [{"op": "stock", "id": "m1", "part_id": "p1", "warehouse_id": "g", "qty_delta": -1, "kind": "dispense"}],
        [{"op": "delete", "table": "vehicles", "id": "v9"}],
    ]
    out, prev = [], None
    for n, op in enumerate(ops, start=1):
        e = event("b", n, BASE_MS + n, op, prev=prev)
        prev = e.digest().hex()
        out.append(e.model_dump(mode="json"))
    return out


def test_a_remote_change_set_names_the_rows_of_every_op_kind_without_building_events(tmp_path: Path) -> None:
    store: Store = make_store(tmp_path, "a")
    seen: list[ChangeSet] = []
    store.subscribe(seen.append)
    raw = _raw_mix()
    result = apply_batch(store, raw)
    assert len(result.applied) == 5 and len(seen) == 1
    expected = ChangeSet.from_events(result.applied, remote=True)
    assert dict(seen[0].rows) == dict(expected.rows) == {
        "customers": {"c1"}, "workorders": {"w1"}, "stock_movements": {"m1"}, "vehicles": {"v9"}}
    assert [e.seq for e in seen[0].events] == [1, 2, 3, 4, 5]  # the events are there for who reads them
    store.close()


def test_a_remote_batch_with_no_subscriber_makes_no_change_set(tmp_path: Path) -> None:
    store: Store = make_store(tmp_path, "a")
    result = apply_batch(store, _raw_mix())
    assert len(result.applied) == 5
    assert getattr(result.applied, "_events", None) is None  # no Event model was built for nobody
    store.close()
