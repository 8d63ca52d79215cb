"""The event schema is written three times: the `Event` model (app/events/models.py), the
TypedDict fast path and `HeldEnvelope` (app/events/intake.py). These tests fail when they drift:
the same field names in the same order, the same JSON schema per envelope field and per op, and
the same verdict and payload text on the same events."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from app.events.intake import _RAW_EVENT, HeldEnvelope, _check, _DeleteD, _EventD, _payloads, _StatusD, _StockD
from app.events.models import DeleteOp, Event, StatusOp, StockOp, UpsertOp
from app.events.signing import StationKey


def _plain(schema: Any) -> Any:
    """A JSON schema without titles and descriptions (names differ, constraints must not)."""
    if isinstance(schema, dict):
        return {k: _plain(v) for k, v in schema.items() if k not in ("title", "description")}
    if isinstance(schema, list):
        return [_plain(v) for v in schema]
    return schema


def _props(tp: Any) -> tuple[dict[str, Any], list[str]]:
    schema = _plain(TypeAdapter(tp).json_schema())
    return schema["properties"], schema.get("required", [])


@pytest.mark.parametrize("other", [_EventD, HeldEnvelope])
def test_envelopes_have_the_same_fields_and_constraints(other: Any) -> None:
    model, model_required = _props(Event)
    theirs, their_required = _props(other)
    assert list(theirs) == list(model)
    assert their_required == model_required
    for name in model:
        if name != "ops":  # ops: the fast path checks per table, the held envelope not at all
            assert theirs[name] == model[name], name


@pytest.mark.parametrize(("model", "fast"), [(StockOp, _StockD), (StatusOp, _StatusD), (DeleteOp, _DeleteD)])
def test_ops_have_the_same_fields_in_the_same_order(model: Any, fast: Any) -> None:
    mine, _ = _props(model)
    theirs, _ = _props(fast)
    assert list(theirs) == list(mine)
    for name in mine:
        if name not in ("op", "table", "status"):  # the model checks these in a validator (see the samples below)
            assert theirs[name] == mine[name], name


GOOD = {"event_id": "e1", "station_id": "s1", "seq": 1, "hlc": "1750000000000.00000", "authority": 0,
        "branch_id": "b1", "schema_version": 5, "type": "t", "actor_id": "u1", "prev": None, "sig": None,
        "ops": [{"op": "upsert", "table": "customers", "id": "c1", "fields": {"name": "Ani", "phone": "0812"}},
                {"op": "status", "id": "w1", "status": "WORKING"},
                {"op": "delete", "table": "customers", "id": "c2"},
                {"op": "stock", "id": "m1", "part_id": "p1", "warehouse_id": "g", "qty_delta": -2, "kind": "dispense"},
                {"op": "upsert", "table": "parts", "id": "p1", "fields": {"name": "Oli", "unit_price": 85000}}]}


def _variant(path: list[Any], value: Any) -> dict[str, Any]:
    out = copy.deepcopy(GOOD)
    node: Any = out
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return out


SAMPLES = [GOOD] + [_variant(p, v) for p, v in [
    (["seq"], 0), (["seq"], 2**63), (["seq"], "11"), (["hlc"], "1750000000000"), (["authority"], 2),
    (["schema_version"], 0), (["type"], ""), (["type"], "x" * 65), (["actor_id"], "bad id"), (["event_id"], "x" * 65),
    (["prev"], "short"), (["prev"], "a" * 64), (["prev"], "A" * 64), (["sig"], "A" * 85), (["sig"], "A" * 86), (["ops"], []),
    (["ops", 0, "fields", "name"], 5), (["ops", 0, "fields", "pin"], "x"), (["ops", 0, "table"], "nope"),
    (["ops", 1, "status"], "FLYING"), (["ops", 3, "qty_delta"], 1_000_001), (["ops", 3, "qty_delta"], 1.5),
    (["ops", 3, "kind"], "steal"), (["ops", 3, "lot"], "x" * 65), (["ops", 4, "fields", "unit_price"], "85000"),
    (["ops", 4, "fields", "unit_price"], 2**63), (["ops", 2, "table"], "parts"), (["ops", 0, "fields"], {}),
]]


@pytest.mark.parametrize("raw", SAMPLES)
def test_the_fast_path_and_the_model_agree(raw: dict[str, Any]) -> None:
    try:
        fast = _RAW_EVENT.validate_python(copy.deepcopy(raw), strict=True)
        fast_ok = _check(fast)
    except ValidationError:
        fast_ok = False
    try:
        model = Event.model_validate(copy.deepcopy(raw), strict=True)
        model_ok = True
    except ValidationError:
        model_ok = False
    assert fast_ok == model_ok
    if model_ok:  # the same text to sign, whichever path an event takes
        assert _payloads([fast["ops"]]) == [model.payload_json()]


def test_a_signed_event_verifies_after_the_fast_path() -> None:
    from app.events.intake import prepare
    from app.events.signing import KeyDirectory, KnownStation, screen

    key = StationKey.generate()
    ops = [UpsertOp(table="customers", id="c1", fields={"name": "Ani", "phone": "1"}),
           StockOp(id="m1", part_id="p1", warehouse_id="g", qty_delta=1, kind="receive"),
           StatusOp(id="w1", status="WORKING")]
    e = Event(event_id="e1", station_id="s1", seq=1, hlc="1750000000000.00000", branch_id="b1", schema_version=5,
              type="t", actor_id="u1", ops=ops).signed_by(key)
    page = prepare([e.model_dump(mode="json")], now_ms=lambda: 1_750_000_000_000)
    ok, refused = screen(page.ready, KeyDirectory({"s1": KnownStation(key.public)}), from_lan=True)
    assert refused == [] and len(ok) == 1
