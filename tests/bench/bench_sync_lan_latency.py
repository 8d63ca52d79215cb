"""Station-to-station latency over the real Mosquitto: commit on A → applied on B. Prints one JSON
line with p50/p99. Target: p99 < 50 ms."""

from __future__ import annotations

import json
import os
import threading
import time
import uuid

import pytest

from sync.lan_bus import MqttLanBus, wait_until
from tests.sync.helpers import ACTOR, make_store, require_server

N = int(os.environ.get("SENTRA_BENCH_LAN_EVENTS", "300"))


@pytest.mark.bench
@pytest.mark.needs_server
def test_bench_sync_lan_latency(tmp_path) -> None:
    require_server("Mosquitto (MQTT broker)", "127.0.0.1", 1883)
    prefix = f"bench-{uuid.uuid4().hex[:8]}"
    a, b = make_store(tmp_path, "a"), make_store(tmp_path, "b")
    sent: dict[str, float] = {}
    got: dict[str, float] = {}
    arrived = threading.Event()

    def on_b(changes) -> None:  # type: ignore[no-untyped-def]
        for event in changes.events:
            if event.station_id == "a":
                got[event.event_id] = time.perf_counter()
                arrived.set()

    b.subscribe(on_b)
    ba, bb = MqttLanBus(a, prefix=prefix), MqttLanBus(b, prefix=prefix)
    ba.start()
    bb.start()
    try:
        assert wait_until(lambda: ba.connected and bb.connected, 10)
        time.sleep(0.3)
        for i in range(N):
            arrived.clear()
            with a.command("bench", ACTOR) as cmd:
                cmd.upsert("customers", f"c{i}", name=f"Pelanggan {i}")
            eid = a.conn.execute("SELECT event_id FROM sync_event_logs ORDER BY seq DESC LIMIT 1").fetchone()[0]
            sent[eid] = time.perf_counter()  # listeners publish right after commit, before this line
            arrived.wait(1.0)
            time.sleep(0.005)
        assert wait_until(lambda: len(got) == N, 10)
    finally:
        ba.stop()
        bb.stop()
    lat = sorted((got[e] - sent[e]) * 1000 for e in sent)
    p50, p99 = lat[len(lat) // 2], lat[min(len(lat) - 1, int(len(lat) * 0.99))]
    print(json.dumps({"bench": "sync_lan_latency", "events": N, "p50_ms": round(p50, 2), "p99_ms": round(p99, 2),
                      "max_ms": round(lat[-1], 2), "target_p99_ms": 50}))
    a.close()
    b.close()
