"""A week offline: 20,000 events written on one station re-synced through a real cloud API process
(uvicorn, SQLite file) to another station. Prints one JSON line. Target: < 3 s."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import httpx
import pytest

from app.events.pending import pending_count
from app.events.replicate import apply_batch
from app.events.state_hash import state_hash
from sync.client import HttpCloud
from sync.soak import free_port
from sync.worker import ONLINE, SyncWorker
from tests.bench.bench_sync_merge import raw_events
from tests.sync.helpers import make_store

N = int(os.environ.get("SENTRA_BENCH_WEEK_EVENTS", "20000"))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ADMIN = "bench-admin"


@pytest.mark.bench
def test_bench_sync_week_offline(tmp_path) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([sys.executable, "-m", "sync.cli", "serve-cloud", "--database",
                             f"sqlite:///{tmp_path / 'cloud.db'}", "--port", str(port)], cwd=ROOT,
                            env={**os.environ, "SENTRA_CLOUD_ADMIN_TOKEN": ADMIN})
    try:
        for _ in range(200):
            try:
                if httpx.get(url + "/v1/health", timeout=0.5).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.05)
        admin = {"Authorization": f"Bearer {ADMIN}"}
        branch = httpx.post(url + "/v1/admin/branches", headers=admin, json={"code": "JKT", "name": "J"}).json()["id"]

        def station(name: str):  # type: ignore[no-untyped-def]
            store = make_store(tmp_path, name, branch_id=branch, station_id=name)
            code = httpx.post(url + "/v1/admin/enrolment-codes", headers=admin,
                              json={"branch_id": branch, "station_code": name.upper()}).json()["code"]
            token = httpx.post(url + "/v1/enrol", json={"code": code, "station_id": name, "station_code": name.upper(),
                                                        "branch_id": branch}).json()["token"]
            return store, HttpCloud(url, token)

        (a, ca), (b, cb) = station("a"), station("b")
        week = raw_events(N)
        for e in week:  # a week of station a's own work, written while offline
            e["station_id"], e["branch_id"] = "a", branch
        for i, e in enumerate(week):
            e["seq"] = i + 1
        for i in range(0, N, 2000):
            apply_batch(a, week[i:i + 2000], notify=False)
        assert pending_count(a.conn, "a") == N
        wa = SyncWorker(a, ca, push_batch=1000, pull_batch=1000)
        wb = SyncWorker(b, cb, push_batch=1000, pull_batch=1000, use_snapshot=False)
        start = time.perf_counter()
        wa.sync_once()
        pushed = time.perf_counter()
        wb.sync_once()
        done = time.perf_counter()
        assert wa.state == ONLINE and wb.state == ONLINE, (wa.detail, wb.detail)
        assert pending_count(a.conn, "a") == 0 and state_hash(a.conn) == state_hash(b.conn)
        print(json.dumps({"bench": "sync_week_offline", "events": N, "push_s": round(pushed - start, 3),
                          "pull_apply_s": round(done - pushed, 3), "total_s": round(done - start, 3),
                          "events_per_s": round(N / (done - start)), "target_s": 3.0}))
        a.close()
        b.close()
    finally:
        proc.terminate()
        proc.wait(10)
