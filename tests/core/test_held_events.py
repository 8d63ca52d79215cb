"""Held events (newer schema, stamped in the future) are kept only with a sound envelope, and
an unreadable held row never blocks sync."""

from __future__ import annotations

from app.events.intake import MAX_HELD_BYTES
from app.events.replicate import apply_batch, release_held
from app.events.sync_state import held_count
from app.storage.migrations import SCHEMA_VERSION

NOW_MS = 1_795_000_000_000


def envelope(**changes):
    body = {"event_id": "e1", "station_id": "s9", "seq": 1, "hlc": f"{NOW_MS:013d}.00000", "authority": 0,
            "branch_id": "b1", "schema_version": SCHEMA_VERSION + 1, "type": "future.thing",
            "ops": [{"op": "upsert", "table": "hovercraft", "id": "h1", "fields": {"eels": 1}}]}
    body.update(changes)
    return body


def test_newer_schema_event_is_held_then_kept_safe(store):
    res = apply_batch(store, [envelope()], now_ms=lambda: NOW_MS)
    assert res.held == 1 and not res.rejected and held_count(store.conn) == 1


def test_junk_is_refused_not_held(store):
    before = held_count(store.conn)
    junk = [
        envelope(hlc="not-a-stamp"),
        envelope(event_id=""),
        envelope(seq=0),
        envelope(ops=[]),
        {"schema_version": SCHEMA_VERSION + 1, "junk": "x" * 1000},
        envelope(event_id="big", padding="x" * (MAX_HELD_BYTES + 1)),
    ]
    res = apply_batch(store, junk, now_ms=lambda: NOW_MS)
    assert res.held == 0 and len(res.rejected) == len(junk)
    assert held_count(store.conn) == before


def test_unreadable_held_row_is_set_aside(store):
    with store.lock:
        store.conn.execute(
            "INSERT INTO sync_held_events (event_id, station_id, seq, hlc, schema_version, reason, body, received_at)"
            " VALUES ('bad', 's9', 1, 'not-a-stamp', ?, 'old', '{', '2026-01-01')", (SCHEMA_VERSION,))
    res = release_held(store, now_ms=lambda: NOW_MS)
    assert any("bad" in line for line in res.rejected)
    assert held_count(store.conn) == 0
    assert release_held(store, now_ms=lambda: NOW_MS).rejected == []  # sync goes on


def test_future_event_released_when_time_catches_up(store):
    from tests.sync.helpers import signed, trust_test_stations

    trust_test_stations(store)  # s9's key and the test actor are known here
    future = NOW_MS + 10 * 60 * 1000
    body = signed(envelope(schema_version=SCHEMA_VERSION, hlc=f"{future:013d}.00000", branch_id="br1",
                           ops=[{"op": "upsert", "table": "customers", "id": "cf", "fields": {"name": "Nanti"}}]))
    assert apply_batch(store, [body], now_ms=lambda: NOW_MS).held == 1
    assert store.query_one("SELECT id FROM customers WHERE id = 'cf'") is None
    res = release_held(store, now_ms=lambda: future)
    assert [e.event_id for e in res.applied] == ["e1"]
    assert store.query_one("SELECT name FROM customers WHERE id = 'cf'")["name"] == "Nanti"
