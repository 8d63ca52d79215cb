"""The Event model (the cloud's push, the LAN) and the station's intake fast path keep the same
bounds: for every value at or just past a bound, both take it or both refuse it."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from app.events.intake import prepare
from app.events.models import MAX_INT, MAX_QTY, MAX_SCHEMA_VERSION, MAX_TEXT, Event
from app.storage.migrations import SCHEMA_VERSION
from tests.sync.helpers import BASE_MS

_BASE: dict[str, Any] = {
    "event_id": "e1", "station_id": "s1", "seq": 1, "hlc": f"{BASE_MS:013d}.00000", "authority": 0, "branch_id": "b1",
    "schema_version": 1, "type": "advisor.customer", "actor_id": None,
}
_UPSERT = {"op": "upsert", "table": "parts", "id": "p1", "fields": {"unit_price": 5, "name": "Oli"}}
_STOCK = {"op": "stock", "id": "m1", "part_id": "p1", "warehouse_id": "g", "qty_delta": 1, "kind": "receive"}

# (where, value, taken?) — where: an envelope key, "price"/"name" (upsert fields) or "qty"/"lot"
CASES: list[tuple[str, Any, bool]] = [
    ("seq", MAX_INT, True), ("seq", MAX_INT + 1, False), ("seq", 0, False), ("seq", "11", False), ("seq", 1.0, False),
    ("seq", True, False),
    ("schema_version", MAX_SCHEMA_VERSION + 1, False), ("schema_version", 2**31, False),
    ("schema_version", 10**30, False), ("schema_version", "1", False), ("schema_version", 1.0, False),
    ("authority", True, False), ("authority", 1.0, False), ("authority", "0", False), ("authority", 2, False),
    ("hlc", "١٧٥٠٠٠٠٠٠٠٠٠٠.٠٠٠٠٠", False), ("hlc", f"{BASE_MS:013d}.0000", False),
    ("type", "a\x00b", False), ("type", "x" * 64, True), ("type", "x" * 65, False), ("type", "", False),
    ("price", MAX_INT, True), ("price", MAX_INT + 1, False), ("price", -(2**63), True), ("price", -(2**63) - 1, False),
    ("price", 5.0, False), ("price", "5", False), ("price", 10**30, False), ("price", True, True), ("price", None, True),
    ("name", "x" * MAX_TEXT, True), ("name", "x" * (MAX_TEXT + 1), False), ("name", "Bu\x00di", False),
    ("name", 5, False), ("name", "Sinar Jaya — bengkel ✓", True),
    ("qty", MAX_QTY, True), ("qty", MAX_QTY + 1, False), ("qty", -MAX_QTY, True), ("qty", 1e6, False),
    ("qty", "3", False), ("qty", 3.0, False),
    ("lot", "L\x00", False), ("lot", "L" * 64, True), ("lot", "L" * 65, False),
]


def _event(where: str, value: Any) -> dict[str, Any]:
    e = dict(_BASE, ops=[json.loads(json.dumps(_UPSERT)), dict(_STOCK)])
    if where in ("price", "name"):
        e["ops"][0]["fields"]["unit_price" if where == "price" else "name"] = value
    elif where in ("qty", "lot"):
        e["ops"][1]["qty_delta" if where == "qty" else "lot"] = value
    else:
        e[where] = value
    return e


def _model_takes(e: dict[str, Any]) -> bool:
    try:
        Event.model_validate_json(json.dumps(e))
        return True
    except ValidationError:
        return False


def _intake_takes(e: dict[str, Any]) -> bool:
    page = prepare([e], now_ms=lambda: BASE_MS)
    assert not page.held, page.held
    return bool(page.ready)


@pytest.mark.parametrize("where,value,taken", CASES, ids=[f"{w}={str(v)[:20]!r}" for w, v, _ in CASES])
def test_the_model_and_the_fast_path_agree_at_every_bound(where: str, value: Any, taken: bool) -> None:
    e = _event(where, value)
    assert _model_takes(e) is taken
    assert _intake_takes(e) is taken


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["seq", "schema_version", "price", "qty"]),
       st.one_of(st.integers(-(2**70), 2**70), st.floats(allow_nan=False), st.text(max_size=5), st.booleans()))
def test_any_number_is_judged_alike(where: str, value: Any) -> None:
    e = _event(where, value)
    if where == "schema_version" and type(value) is int and SCHEMA_VERSION < value <= MAX_SCHEMA_VERSION:
        return  # a newer schema within bounds is held, not judged (see test_cloud_bad_input)
    assert _model_takes(e) is _intake_takes(e)
