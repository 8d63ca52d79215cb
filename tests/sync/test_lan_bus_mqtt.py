"""The LAN bus against the real Mosquitto: live events, catch-up on reconnect, presence, no broker."""

from __future__ import annotations

import os
import uuid

import pytest

from app.events.state_hash import state_hash
from sync.lan_bus import MqttLanBus, wait_until
from tests.sync.helpers import ACTOR, make_store, require_server

MQTT_URL = os.environ.get("SENTRA_MQTT_URL", "mqtt://127.0.0.1:1883")
pytestmark = pytest.mark.needs_server


@pytest.fixture
def prefix():
    require_server("Mosquitto (MQTT broker)", "127.0.0.1", 1883)
    return f"test-{uuid.uuid4().hex[:10]}"


def _cust(store, name):
    with store.command("customer.save", ACTOR) as cmd:
        cmd.upsert("customers", f"c-{name}", name=name)


def test_live_events_and_catch_up_after_reconnect(tmp_path, prefix) -> None:
    a, b, c = (make_store(tmp_path, n) for n in "abc")
    peers_seen = []
    ba = MqttLanBus(a, MQTT_URL, prefix=prefix, on_peers=peers_seen.append)
    bb = MqttLanBus(b, MQTT_URL, prefix=prefix)
    ba.start()
    bb.start()
    try:
        assert wait_until(lambda: ba.connected and bb.connected, 10)
        _cust(a, "ani")
        _cust(b, "budi")
        assert wait_until(lambda: state_hash(a.conn) == state_hash(b.conn) and ba.peer.applied >= 1, 10)
        # c was offline while a and b worked; on connect it exchanges version vectors and catches up
        for n in range(5):
            _cust(a, f"x{n}")
        bc = MqttLanBus(c, MQTT_URL, prefix=prefix)
        bc.start()
        try:
            assert wait_until(lambda: state_hash(c.conn) == state_hash(a.conn) == state_hash(b.conn), 10)
            _cust(c, "citra")  # and c's own writes reach the others
            assert wait_until(lambda: state_hash(c.conn) == state_hash(a.conn) == state_hash(b.conn), 10)
        finally:
            bc.stop()
        assert wait_until(lambda: bool(peers_seen) and "c" not in peers_seen[-1], 5)  # presence: c left
    finally:
        ba.stop()
        bb.stop()


def test_no_broker_every_station_still_works(tmp_path) -> None:
    a = make_store(tmp_path, "a")
    bus = MqttLanBus(a, "mqtt://127.0.0.1:1", prefix="none")
    bus.start()
    try:
        _cust(a, "solo")  # publishing with no broker neither blocks nor fails the command
        assert a.query_one("SELECT name FROM customers") == {"name": "solo"}
        assert not bus.connected
    finally:
        bus.stop()


def test_malformed_and_foreign_messages_are_dropped(tmp_path) -> None:
    a = make_store(tmp_path, "a")
    from sync.lan_bus import LanPeer
    from tests.sync.helpers import BASE_MS, event
    from app.events.intake import event_json

    sent = []
    peer = LanPeer(a, lambda t, p, r: sent.append(t))
    peer.handle("x", b"not json")
    peer.handle("x", b'{"kind":"events","from":"z","events":[{"bad":1}]}')
    foreign = event_json(event("z", 1, BASE_MS, [{"op": "upsert", "table": "customers", "id": "c",
                                                   "fields": {"name": "n"}}], branch="other-branch"))
    cloudy = event_json(event("z", 1, BASE_MS, [{"op": "upsert", "table": "parts", "id": "p",
                                                  "fields": {"unit_price": 1}}], authority=1, branch="br1"))
    import json

    peer.handle("x", json.dumps({"kind": "events", "from": "z", "events": [foreign, cloudy]}).encode())
    assert a.query_one("SELECT count(*) AS n FROM sync_event_logs") == {"n": 0}
