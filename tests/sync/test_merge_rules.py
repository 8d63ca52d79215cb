"""The merge rules: idempotent, order-free, master priority, tombstones, WO states, stock counters, holds."""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from app.events.intake import event_json
from app.events.replicate import apply_batch, release_held
from app.events.vectors import version_vector
from app.events.state_hash import state_hash
from app.storage.migrations import SCHEMA_VERSION
from tests.sync.helpers import ACTOR, BASE_MS, event, make_store

STATIONS = ["s1", "s2", "s3"]


def _typed(fields: dict) -> bool:
    return all(isinstance(v, int) == (k == "unit_price") for k, v in fields.items())


@st.composite
def op_lists(draw: st.DrawFn) -> list[dict]:
    kind = draw(st.sampled_from(["cust", "part", "price", "del", "status", "stock"]))
    if kind == "cust":
        return [{"op": "upsert", "table": "customers", "id": draw(st.sampled_from(["c1", "c2", "c3"])),
                 "fields": draw(st.dictionaries(st.sampled_from(["name", "phone"]), st.text("abc", max_size=3),
                                                min_size=1))}]
    if kind == "part":
        return [{"op": "upsert", "table": "parts", "id": draw(st.sampled_from(["p1", "p2"])),
                 "fields": {"name": draw(st.text("xyz", max_size=2)), "unit_price": draw(st.integers(0, 9))}}]
    if kind == "price":  # HQ price lists: the cloud's alone; a station's write is set aside
        return [{"op": "upsert", "table": "price_list_items", "id": draw(st.sampled_from(["pl1", "pl2"])),
                 "fields": draw(st.dictionaries(st.sampled_from(["unit_price", "valid_from", "branch_id"]),
                                                st.sampled_from(["2027-01-01", "br1", ""]) | st.integers(0, 9),
                                                min_size=1).filter(_typed))}]
    if kind == "del":
        return [{"op": "delete", "table": draw(st.sampled_from(["customers", "parts", "price_list_items"])),
                 "id": draw(st.sampled_from(["c1", "c2", "p1", "pl1"]))}]
    if kind == "status":
        return [{"op": "status", "id": draw(st.sampled_from(["w1", "w2"])),
                 "status": draw(st.sampled_from(["INTAKE", "WORKING", "QC_TEST", "COMPLETED", "CANCELLED"]))}]
    return [{"op": "stock", "id": f"m{draw(st.integers(0, 10**9))}", "part_id": "p1", "warehouse_id": "g1",
             "qty_delta": draw(st.integers(-5, 5)), "kind": "adjust"}]


@st.composite
def histories(draw: st.DrawFn) -> list:
    n = draw(st.integers(1, 25))
    seqs = {s: 0 for s in STATIONS + ["cloud"]}
    events = []
    for _ in range(n):
        station = draw(st.sampled_from(STATIONS + ["cloud"]))
        ops = draw(op_lists())
        authority = 0
        if station == "cloud":
            if ops[0]["op"] not in ("upsert", "delete") or ops[0]["table"] not in ("parts", "price_list_items"):
                station = "s1"
            else:
                authority = 1
        if station != "cloud" and ops[0]["op"] == "delete" and ops[0]["table"] in ("parts", "price_list_items"):
            ops = [{**ops[0], "table": "customers"}]  # only the cloud deletes master data
        seqs[station] += 1
        ms = BASE_MS + draw(st.integers(0, 50))
        events.append(event(station, seqs[station], ms, ops, authority=authority, counter=seqs[station],
                            branch="global" if authority else "br1"))
    return events


def _replay(events: list, batches: list[int]) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        store = make_store(Path(tmp), "rx")
        i = 0
        for size in batches + [len(events)]:
            apply_batch(store, events[i:i + size])
            i += size
            if i >= len(events):
                break
        digest = state_hash(store.conn)
        store.close()
        return digest


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(histories(), st.randoms(use_true_random=False), st.lists(st.integers(1, 6), max_size=8))
def test_any_order_any_split_any_duplicates_same_state(events, rnd, batches) -> None:
    reference = _replay(events, [len(events)])
    shuffled = events + rnd.sample(events, k=min(3, len(events)))  # duplicated delivery
    rnd.shuffle(shuffled)
    assert _replay(shuffled, batches) == reference
    # the same events as they arrive over the wire (plain dicts: the strict fast path) merge alike
    assert _replay([event_json(e) for e in shuffled], batches) == reference
    one_by_one = list(reversed(events))
    assert _replay(one_by_one, [1] * len(events)) == reference


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(histories(), st.integers(0, 25))
def test_same_log_split_at_different_points(events, cut) -> None:
    cut = min(cut, len(events))
    assert _replay(events, [cut] if cut else []) == _replay(events, [len(events)])


@pytest.fixture
def store(tmp_path):
    s = make_store(tmp_path, "st")
    yield s
    s.close()


def _one(store, sql):
    return store.conn.execute(sql).fetchone()


def test_cloud_master_write_wins_whatever_the_clocks(store) -> None:
    branch = event("s1", 1, BASE_MS + 60_000, [{"op": "upsert", "table": "parts", "id": "p1",
                                                 "fields": {"unit_price": 900}}])
    cloud = event("cloud", 1, BASE_MS, [{"op": "upsert", "table": "parts", "id": "p1",
                                         "fields": {"unit_price": 500}}], authority=1, branch="global")
    apply_batch(store, [branch, cloud])
    assert _one(store, "SELECT unit_price FROM parts WHERE id='p1'") == (500,)


def test_cloud_may_not_write_branch_data() -> None:
    with pytest.raises(ValidationError, match="master data"):
        event("cloud", 1, BASE_MS, [{"op": "upsert", "table": "customers", "id": "c1",
                                     "fields": {"name": "x"}}], authority=1)


def test_a_station_price_list_write_is_set_aside_and_the_cloud_one_wins(store) -> None:
    from app.events.sync_state import set_aside_count, set_aside_recent

    row = {"branch_id": "br1", "item_kind": "part", "item_id": "p1", "unit_price": 1, "valid_from": "2027-01-01"}
    cloud = event("cloud", 1, BASE_MS, [{"op": "upsert", "table": "price_list_items", "id": "pl1",
                                         "fields": {**row, "unit_price": 125_000}}], authority=1, branch="global")
    # a supervisor's station, a later clock, a row of its own and an edit of the cloud's: both set aside
    forged = event("s1", 1, BASE_MS + 60_000, [{"op": "upsert", "table": "price_list_items", "id": "pl2",
                                                "fields": row}])
    edit = event("s1", 2, BASE_MS + 60_001, [{"op": "upsert", "table": "price_list_items", "id": "pl1",
                                              "fields": {"unit_price": 1}}])
    apply_batch(store, [forged, cloud, edit])
    assert store.conn.execute("SELECT id, unit_price FROM price_list_items").fetchall() == [("pl1", 125_000)]
    assert set_aside_count(store.conn) == 2
    assert {r["reason"] for r in set_aside_recent(store.conn)} == {"a supervisor may not change price_list_items"}
    with pytest.raises(ValidationError, match="only the cloud deletes it"):
        event("s1", 3, BASE_MS, [{"op": "delete", "table": "price_list_items", "id": "pl1"}])


def test_tombstone_stops_late_and_early_updates(store) -> None:
    up_before = event("s1", 1, BASE_MS, [{"op": "upsert", "table": "customers", "id": "c1", "fields": {"name": "A"}}])
    dele = event("s2", 1, BASE_MS + 10, [{"op": "delete", "table": "customers", "id": "c1"}])
    up_after = event("s1", 2, BASE_MS + 20, [{"op": "upsert", "table": "customers", "id": "c1", "fields": {"name": "B"}}])
    apply_batch(store, [dele])
    apply_batch(store, [up_after])
    apply_batch(store, [up_before])
    assert _one(store, "SELECT name, _del IS NOT NULL FROM customers WHERE id='c1'") == (None, 1)


def test_completion_beats_a_later_open_state(store) -> None:
    done = event("s1", 1, BASE_MS, [{"op": "status", "id": "w1", "status": "COMPLETED"}])
    back = event("s2", 1, BASE_MS + 5000, [{"op": "status", "id": "w1", "status": "WORKING"}])
    cancel = event("s3", 1, BASE_MS + 9000, [{"op": "status", "id": "w1", "status": "CANCELLED"}])
    apply_batch(store, [back, cancel, done])
    assert _one(store, "SELECT status FROM workorders WHERE id='w1'") == ("COMPLETED",)


def test_concurrent_dispenses_and_receipts_all_count(store) -> None:
    evs = [event(s, 1, BASE_MS, [{"op": "stock", "id": f"m-{s}", "part_id": "p1", "warehouse_id": "g",
                                  "qty_delta": d, "kind": "dispense" if d < 0 else "receive"}])
           for s, d in (("s1", -3), ("s2", -2), ("s3", 4))]
    apply_batch(store, evs + evs)
    assert _one(store, "SELECT qty, negative FROM stock_on_hand WHERE part_id='p1'") == (-1, 1)


def test_future_event_is_held_until_the_clock_catches_up(store) -> None:
    now = BASE_MS
    future = event("s1", 1, now + 6 * 60_000, [{"op": "upsert", "table": "customers", "id": "c1",
                                                 "fields": {"name": "F"}}])
    res = apply_batch(store, [future], now_ms=lambda: now)
    assert (len(res.applied), res.held) == (0, 1)
    assert _one(store, "SELECT count(*) FROM customers") == (0,)
    assert not release_held(store, now_ms=lambda: now).applied
    res = release_held(store, now_ms=lambda: now + 2 * 60_000)
    assert len(res.applied) == 1
    assert _one(store, "SELECT name FROM customers WHERE id='c1'") == ("F",)
    assert _one(store, "SELECT count(*) FROM sync_held_events") == (0,)


def test_newer_schema_event_waits_unvalidated(store) -> None:
    raw = {"event_id": "e-new", "station_id": "s9", "seq": 1, "hlc": f"{BASE_MS:013d}.00000", "authority": 0,
           "branch_id": "br1", "schema_version": SCHEMA_VERSION + 1, "type": "x",
           "ops": [{"op": "upsert", "table": "table_from_the_future", "id": "z", "fields": {"q": 1}}]}
    res = apply_batch(store, [raw])
    assert res.held == 1 and not res.rejected
    assert release_held(store).applied == []
    assert _one(store, "SELECT reason FROM sync_held_events")[0].startswith("schema")


def test_forged_sequence_is_refused_and_rest_applies(store) -> None:
    a = event("s1", 1, BASE_MS, [{"op": "upsert", "table": "customers", "id": "c1", "fields": {"name": "A"}}])
    forged = event("s1", 1, BASE_MS + 1, [{"op": "upsert", "table": "customers", "id": "c1", "fields": {"name": "X"}}])
    b = event("s1", 2, BASE_MS + 2, [{"op": "upsert", "table": "customers", "id": "c2", "fields": {"name": "B"}}])
    apply_batch(store, [a])
    res = apply_batch(store, [forged, b])
    assert len(res.applied) == 1 and len(res.rejected) == 1
    assert _one(store, "SELECT name FROM customers WHERE id='c1'") == ("A",)
    assert version_vector(store.conn)["s1"] == 2


def test_local_command_later_op_wins_and_hashes_like_a_replay(tmp_path, store) -> None:
    with store.command("test", ACTOR) as cmd:
        cmd.upsert("customers", "c1", name="first")
        cmd.upsert("customers", "c1", name="second")
        cmd.stock(part_id="p1", warehouse_id="g", qty_delta=2, kind="receive")
    assert _one(store, "SELECT name FROM customers WHERE id='c1'") == ("second",)
    from app.events.log import iter_events

    other = make_store(tmp_path, "other")
    apply_batch(other, list(iter_events(store.conn)))
    assert state_hash(other.conn) == state_hash(store.conn)
    other.close()


def test_version_vector_reports_contiguous_prefix(store) -> None:
    evs = [event("s1", n, BASE_MS + n, [{"op": "status", "id": "w1", "status": "INTAKE"}]) for n in (1, 2, 4)]
    apply_batch(store, evs)
    assert version_vector(store.conn) == {"s1": 2}
    random.seed(1)


def test_field_clocks_are_short_when_one_key_holds_every_field_and_json_otherwise(store) -> None:
    def clk() -> str:
        return _one(store, "SELECT _clk FROM customers WHERE id='c1'")[0]

    up = [{"op": "upsert", "table": "customers", "id": "c1", "fields": {"phone": "1", "name": "A"}}]
    apply_batch(store, [event("s1", 1, BASE_MS + 10, up)])
    assert clk() == f"0|{BASE_MS + 10:013d}.00000|s1 name,phone"
    apply_batch(store, [event("s2", 1, BASE_MS + 20, [{**up[0], "fields": {"name": "B"}}])])
    assert json.loads(clk()) == {"name": f"0|{BASE_MS + 20:013d}.00000|s2", "phone": f"0|{BASE_MS + 10:013d}.00000|s1"}
    apply_batch(store, [event("s3", 1, BASE_MS + 30, up)])
    assert clk() == f"0|{BASE_MS + 30:013d}.00000|s3 name,phone"
    # a row written by an older version (JSON) merges as before: older writes lose field by field
    store.conn.execute("UPDATE customers SET _clk = ? WHERE id = 'c1'",
                       (json.dumps({"name": f"0|{BASE_MS + 50:013d}.00000|s9"}),))
    apply_batch(store, [event("s4", 1, BASE_MS + 40, [{**up[0], "fields": {"name": "old", "email": "e@x"}}])])
    assert _one(store, "SELECT name, email FROM customers WHERE id='c1'") == ("A", "e@x")
