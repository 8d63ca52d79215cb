"""Integration against the real servers: the cloud API on PostgreSQL, and the soak/crash run
(station processes killed with SIGKILL during sync) over a real cloud process and Mosquitto."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from app.events.state_hash import state_hash
from sync.worker import ONLINE, SyncWorker
from tests.sync.cloudkit import make_kit
from app.events.log import chain_head
from tests.sync.helpers import ACTOR, BASE_MS, event, pg_schema_url, require_server

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.mark.needs_server
def test_cloud_api_on_postgresql(tmp_path) -> None:
    with pg_schema_url() as url:
        kit = make_kit(url)
        (a, ca), (b, cb) = kit.station(tmp_path, "a"), kit.station(tmp_path, "b")
        for n in range(120):
            with a.command("c", ACTOR) as cmd:
                cmd.upsert("customers", f"c{n}", name=f"n{n}")
        with b.command("s", ACTOR) as cmd:
            cmd.stock(part_id="p1", warehouse_id="g", qty_delta=-2, kind="dispense")
        wa, wb = SyncWorker(a, ca, push_batch=50, pull_batch=40), SyncWorker(b, cb, push_batch=50, pull_batch=40)
        for w in (wa, wb, wa):
            w.sync_once()
            assert w.state == ONLINE, w.detail
        assert state_hash(a.conn) == state_hash(b.conn)
        # a's event relayed by b, already held: an idempotent duplicate, nothing stored twice (PostgreSQL too)
        r = kit.client.post("/v1/events", headers={"Authorization": f"Bearer {cb.token}"},
                            json={"events": [json.loads(e) for e in [_first_event_json(a)]]})
        assert r.status_code == 200 and r.json()["duplicates"] == 1 and r.json()["relayed"] == 0, r.text
        # a copy of a's event in b's name is not signed by b: 403, nothing stored
        taken = json.loads(_first_event_json(a))
        acked = kit.client.get("/v1/stations/me", headers={"Authorization": f"Bearer {cb.token}"}).json()["acked_seq"]
        forged = dict(taken, station_id=b.identity.station_id, seq=acked + 1)
        r = kit.client.post("/v1/events", headers={"Authorization": f"Bearer {cb.token}"}, json={"events": [forged]})
        assert r.status_code == 403 and "not signed" in r.text, r.text
        # b reusing a's event id in its own signed event (the COPY path) is stored: ids are per station
        own = event(b.identity.station_id, acked + 1, BASE_MS, [{"op": "upsert", "table": "customers", "id": "x",
                                                                  "fields": {"name": "x"}}],
                    event_id=taken["event_id"], branch=kit.branch_id,
                    prev=chain_head(b.conn, b.identity.station_id, acked + 1))
        r = kit.client.post("/v1/events", headers={"Authorization": f"Bearer {cb.token}"},
                            json={"events": [json.loads(own.model_dump_json())]})
        assert r.status_code == 200 and r.json()["accepted"] == 1, r.text
        a.close()
        b.close()
        kit.client.app.app.state.service.engine.dispose()


def _first_event_json(store) -> str:
    from app.events.log import iter_events

    return next(iter_events(store.conn, "station_id = ?", (store.identity.station_id,))).model_dump_json()


def _soak(*extra: str) -> dict:
    out = subprocess.run([sys.executable, "-m", "sync.soak", "--json", *extra], cwd=ROOT, capture_output=True,
                         text=True, timeout=240)
    assert out.stdout.strip(), out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_crash_kill9_during_sync_loses_and_doubles_nothing() -> None:
    result = _soak("--stations", "3", "--ops", "150", "--seed", "7", "--crashes", "4", "--partitions")
    assert result["crashes"] == 4
    assert result["converged"] and result["lost"] == 0 and result["duplicated"] == 0, result
    assert result["lost_in_cloud"] == 0 and result["duplicated_in_cloud"] == 0, result
    assert result["stock_equals_ledger"] and len(result["state_hashes"]) == 1
    # the crashes are spread over the work: early and late, the last one past half of the working time
    shares = [c["at_work"] for c in result["crash_times"]]
    assert shares == sorted(shares) and shares[0] < 0.5 <= shares[-1], result["crash_times"]
    assert result["crash_times"][-1]["at_s"] >= 0.5 * result["work_s"], result


def test_a_destroyed_station_loses_nothing_it_shared() -> None:
    result = _soak("--stations", "3", "--ops", "150", "--seed", "9", "--crashes", "2", "--destroy", "1",
                   "--partitions")
    assert result["converged"] and result["lost"] == 0 and result["duplicated"] == 0, result
    assert result["lost_in_cloud"] == 0 and result["stock_equals_ledger"], result
    assert len(result["destroyed"]) == 1, result  # what it had shared is in every log and the cloud (lost: 0)


@pytest.mark.needs_server
def test_soak_with_mosquitto_and_postgresql_and_crashes() -> None:
    require_server("Mosquitto (MQTT broker)", "127.0.0.1", 1883)
    with pg_schema_url() as url:
        result = _soak("--stations", "5", "--ops", "120", "--seed", "11", "--crashes", "3", "--partitions",
                       "--destroy", "1", "--mqtt", "mqtt://127.0.0.1:1883", "--cloud-db", url)
        assert len(result["destroyed"]) == 1, result
    assert result["converged"] and result["lost"] == 0 and result["duplicated"] == 0, result
    assert result["lost_in_cloud"] == 0 and result["duplicated_in_cloud"] == 0, result
    assert result["stock_equals_ledger"] and result["cloud_db"] == "postgresql"
