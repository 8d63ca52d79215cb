"""Every change is an event, written in the same transaction as the state it changes."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from app.events import log
from app.events.models import Event, UpsertOp
from app.store import Store

from .conftest import KEY


def counts(store):
    return {t: store.query_one(f"SELECT count(*) AS n FROM {t}")["n"]
            for t in ("customers", "vehicles", "sync_event_logs", "audit_log", "stock_movements")}


def test_event_carries_identity_seq_clock_and_schema(services, cast):
    rows = services.store.query("SELECT * FROM sync_event_logs ORDER BY seq")
    assert [r["seq"] for r in rows] == list(range(1, len(rows) + 1))
    assert len({r["event_id"] for r in rows}) == len(rows)
    assert {r["station_id"] for r in rows} == {services.store.identity.station_id}
    stamps = [r["hlc"] for r in rows]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    for r in rows:
        ev = log.row_to_event(tuple(r[c] for c in log.EVENT_COLUMNS.split(", ")))
        assert ev.schema_version >= 1 and ev.ops


def test_failure_half_way_leaves_neither_state_nor_event(store):
    before = counts(store)
    with pytest.raises(RuntimeError):
        with store.command("customer.register") as cmd:
            cmd.upsert("customers", "c1", name="Budi")
            cmd.stock(part_id="p1", warehouse_id="w1", qty_delta=5, kind="receive")
            raise RuntimeError("power cut")
    assert counts(store) == before


def test_failure_while_appending_the_event_rolls_back_state(store, monkeypatch):
    before = counts(store)

    def broken_append(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(log, "append", broken_append)
    with pytest.raises(OSError):
        with store.command("customer.register") as cmd:
            cmd.upsert("customers", "c1", name="Budi")
    assert counts(store) == before
    monkeypatch.undo()
    with store.command("customer.register") as cmd:
        cmd.upsert("customers", "c1", name="Budi")
    after = counts(store)
    assert after["customers"] == before["customers"] + 1
    assert after["sync_event_logs"] == before["sync_event_logs"] + 1


def test_bad_ops_are_refused_before_anything_is_written(store):
    before = counts(store)
    for bad in (
        lambda c: c.upsert("customers", "c1", name="x", _clk="{}"),
        lambda c: c.upsert("sqlite_master", "x", name="x"),
        lambda c: c.upsert("customers", "c1; DROP TABLE customers", name="x"),
        lambda c: c.upsert("workorders", "w1", status="COMPLETED"),
        lambda c: c.status("w1", "FLYING"),
        lambda c: c.stock(part_id="p", warehouse_id="w", qty_delta=1, kind="steal"),
    ):
        with pytest.raises(ValidationError):
            with store.command("bad") as cmd:
                bad(cmd)
    assert counts(store) == before


def test_event_model_rejects_malformed_input():
    good = dict(event_id="e1", station_id="s1", seq=1, hlc="1795491172738.00000", branch_id="b1",
                schema_version=1, type="t", ops=[UpsertOp(table="customers", id="c1", fields={"name": "x"})])
    Event(**good)
    for change in ({"seq": 0}, {"hlc": "yesterday"}, {"ops": []}, {"authority": 7}, {"station_id": ""}):
        with pytest.raises(ValidationError):
            Event(**{**good, **change})


def test_numbers_from_two_stations_never_collide(tmp_path):
    a = Store.create(tmp_path / "a.db", KEY, branch_code="JKT01", station_code="K1", branch_id="b")
    b = Store.create(tmp_path / "b.db", KEY, branch_code="JKT01", station_code="K2", branch_id="b")
    numbers = []
    for s in (a, b):
        for _ in range(50):
            with s.command("n") as cmd:
                numbers.append(cmd.next_number("WO", "2611"))
    assert len(set(numbers)) == 100
    assert numbers[0] == "WO/JKT01/K1/2611/00001" and numbers[50] == "WO/JKT01/K2/2611/00001"
    a.close()
    b.close()


def test_replicated_fields_are_typed():
    with pytest.raises(ValidationError, match="whole number"):
        UpsertOp(table="parts", id="p1", fields={"unit_price": "12.500"})
    with pytest.raises(ValidationError):
        UpsertOp(table="payments", id="x", fields={"amount": 12.5})
    with pytest.raises(ValidationError, match="must be text"):
        UpsertOp(table="customers", id="c1", fields={"phone": 812345678})
    assert UpsertOp(table="parts", id="p1", fields={"unit_price": 12500, "name": None}).fields["unit_price"] == 12500


def test_only_the_cloud_deletes_master_data():
    from app.events.models import DeleteOp

    base = dict(event_id="e1", station_id="s1", seq=1, hlc="1795491172738.00000", branch_id="b1",
                schema_version=1, type="t")
    with pytest.raises(ValidationError, match="only the cloud deletes"):
        Event(**base, ops=[DeleteOp(table="parts", id="p1")])
    Event(**base, ops=[DeleteOp(table="customers", id="c1")])
    Event(**{**base, "station_id": "cloud", "authority": 1}, ops=[DeleteOp(table="parts", id="p1")])
