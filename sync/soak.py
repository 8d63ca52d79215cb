"""The soak tool: real station processes, a real cloud API process, random work, partitions, kill -9.

  python -m sync.soak --stations N --ops M --seed S [--partitions] [--crashes K]
                      [--cloud-db URL] [--mqtt URL] [--heal-timeout S] --json

Each station is a process (sync.soak_station) with its own encrypted database; the cloud is
`sync.cli serve-cloud` on a free port (a SQLite file unless --cloud-db names PostgreSQL).
With --crashes K the driver kills K station processes with SIGKILL at random moments and
restarts them. When every station has written its M operations, the links heal and the driver
waits until every station holds every event. It prints JSON: converged, the distinct state
hashes, events written / applied / lost / duplicated, stock == ledger, held, crashes, elapsed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from app.events.sync_state import held_count, set_aside_count
from sync.soak_station import SOAK_ACTOR
from app.events.state_hash import state_hash
from app.storage.connection import open_connection

ADMIN = "soak-admin-" + secrets.token_hex(8)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class StationProc:
    def __init__(self, args: list[str], env: dict[str, str], log_path: Path) -> None:
        self.args, self.env = args, env
        self.log_path = log_path  # the station's stderr, across restarts: what to show when it fails
        self.ready = threading.Event()
        self.ops_done = threading.Event()
        self.proc: subprocess.Popen[str] | None = None
        self.start()

    def start(self) -> None:
        self.ready.clear()
        with open(self.log_path, "a", encoding="utf-8") as err:
            self.proc = subprocess.Popen([sys.executable, "-m", "sync.soak_station", *self.args], env=self.env,
                                         stdout=subprocess.PIPE, stderr=err, text=True)
        threading.Thread(target=self._read, args=(self.proc,), daemon=True).start()

    def _read(self, proc: subprocess.Popen[str]) -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.strip() == "ready":
                self.ready.set()
            elif line.strip() == "ops-done":
                self.ops_done.set()

    def kill9(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def inspect(path: Path, key: str) -> dict[str, Any]:
    conn = open_connection(path, key)
    try:
        sid = conn.execute("SELECT value FROM meta WHERE key = 'station_id'").fetchone()[0]
        ids = [r[0] for r in conn.execute("SELECT event_id FROM sync_event_logs")]
        own = {r[0] for r in conn.execute("SELECT event_id FROM sync_event_logs WHERE station_id = ?", (sid,))}
        moves = {r[0]: r[1] for r in conn.execute("SELECT id, qty_delta FROM stock_movements")}
        own_moves = {r[0]: r[1] for r in conn.execute("SELECT id, qty_delta FROM stock_movements WHERE station_id = ?",
                                                       (sid,))}
        on_hand = {(r[0], r[1], r[2]): r[3] for r in conn.execute(
            "SELECT part_id, warehouse_id, lot, qty FROM stock_on_hand")}
        pairs = conn.execute("SELECT count(DISTINCT station_id || ':' || seq) FROM sync_event_logs").fetchone()[0]
        return {"station_id": sid, "ids": set(ids), "count": len(ids), "pairs": pairs, "own": own,
                "hash": state_hash(conn), "held": held_count(conn), "set_aside": set_aside_count(conn), "moves": moves, "own_moves": own_moves,
                "on_hand": on_hand}
    finally:
        conn.close()


def run(a: argparse.Namespace) -> dict[str, Any]:
    started = time.monotonic()
    rnd = random.Random(a.seed)
    work = Path(tempfile.mkdtemp(prefix="sentra-soak-"))
    key = secrets.token_hex(32)
    env = {**os.environ, "SENTRA_DB_KEY": key, "SENTRA_CLOUD_ADMIN_TOKEN": ADMIN,
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    port = free_port()
    cloud_url = f"http://127.0.0.1:{port}"
    db_url = a.cloud_db or f"sqlite:///{work / 'cloud.db'}"
    cloud = subprocess.Popen([sys.executable, "-m", "sync.cli", "serve-cloud", "--database", db_url,
                              "--host", "127.0.0.1", "--port", str(port)], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    stations: list[StationProc] = []
    paths: list[Path] = []
    crashes = 0
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(cloud_url + "/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if cloud.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"cloud API did not start: {(cloud.stderr.read() if cloud.stderr else '')[-500:]}")
            time.sleep(0.1)
        admin = {"Authorization": f"Bearer {ADMIN}"}
        branch = httpx.post(cloud_url + "/v1/admin/branches", headers=admin, timeout=10,
                            json={"code": f"SK{secrets.token_hex(4)}", "name": "Soak"}).json()["id"]
        # the stations' operator: a supervisor published by the cloud (users are master data)
        httpx.post(cloud_url + "/v1/admin/master", headers=admin, timeout=10, json={
            "branch_id": branch, "ops": [{"op": "upsert", "table": "users", "id": SOAK_ACTOR,
                                          "fields": {"name": "Soak", "role": "supervisor", "active": 1}}]}
                   ).raise_for_status()
        prefix = f"soak-{secrets.token_hex(5)}"
        for i in range(a.stations):
            code = httpx.post(cloud_url + "/v1/admin/enrolment-codes", headers=admin, timeout=10,
                              json={"branch_id": branch, "station_code": f"K{i}"}).json()["code"]
            path = work / f"station{i}.db"
            args = ["--path", str(path), "--cloud", cloud_url, f"--code={code}", "--station-code", f"K{i}",
                    "--ops", str(a.ops), "--seed", str(a.seed * 100 + i), "--prefix", prefix]
            if a.mqtt:
                args += ["--mqtt", a.mqtt]
            if a.partitions:
                args.append("--partitions")
            stations.append(StationProc(args, env, work / f"station{i}.log"))
            paths.append(path)
        for _ in range(a.crashes):  # kill -9 at random moments while the stations work and sync
            time.sleep(rnd.uniform(0.2, 1.5))
            victim = rnd.choice(stations)
            if not victim.ready.wait(60):
                continue
            victim.kill9()
            crashes += 1
            victim.start()
        for st in stations:
            if not st.ready.wait(120) or not st.ops_done.wait(max(120, a.ops)):
                tail = st.log_path.read_text(encoding="utf-8", errors="replace")[-1500:] if st.log_path.exists() else ""
                raise RuntimeError(f"station {st.log_path.stem} did not finish its operations"
                                   f" (exit code {st.proc.poll() if st.proc else None}); its stderr ends:\n{tail}")
        end = time.monotonic() + a.heal_timeout
        while True:  # heal: links are back; wait until every station holds every event
            views = [inspect(p, key) for p in paths]
            written = set().union(*(v["own"] for v in views))
            done = all(v["ids"] >= written and v["held"] == 0 for v in views) and len({v["hash"] for v in views}) == 1
            if done or time.monotonic() > end:
                break
            time.sleep(0.5)
    finally:
        for st in stations:
            st.stop()
        cloud.terminate()
        try:
            cloud.wait(10)
        except subprocess.TimeoutExpired:
            cloud.kill()
    views = [inspect(p, key) for p in paths]
    written = set().union(*(v["own"] for v in views))
    ledger_moves: dict[str, int] = {}
    for v in views:
        ledger_moves.update(v["own_moves"])
    ledger: dict[tuple, int] = {}
    stock_ok = True
    for v in views:
        stock_ok = stock_ok and v["moves"] == ledger_moves
    if views:
        conn = open_connection(paths[0], key)
        try:
            for part, wh, lot, qty in conn.execute(
                    "SELECT part_id, warehouse_id, lot, qty_delta FROM stock_movements"):
                ledger[(part, wh, lot)] = ledger.get((part, wh, lot), 0) + qty
        finally:
            conn.close()
        stock_ok = stock_ok and all(v["on_hand"] == ledger for v in views)
    hashes = sorted({v["hash"] for v in views})
    lost = sum(len(written - v["ids"]) for v in views)
    duplicated = sum(v["count"] - v["pairs"] for v in views)
    return {
        "converged": len(hashes) == 1 and lost == 0 and all(v["held"] == 0 for v in views),
        "state_hashes": hashes,
        "stations": a.stations,
        "events_written": len(written),
        "events_applied": sum(v["count"] - len(v["own"]) for v in views),
        "lost": lost,
        "duplicated": duplicated,
        "set_aside": sum(v["set_aside"] for v in views),
        "held": sum(v["held"] for v in views),
        "stock_equals_ledger": stock_ok,
        "crashes": crashes,
        "partitions": bool(a.partitions),
        "lan_bus": bool(a.mqtt),
        "cloud_db": "postgresql" if (a.cloud_db or "").startswith("postgres") else "sqlite",
        "elapsed_s": round(time.monotonic() - started, 2),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m sync.soak")
    p.add_argument("--stations", type=int, default=5)
    p.add_argument("--ops", type=int, default=200)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--partitions", action="store_true")
    p.add_argument("--crashes", type=int, default=0)
    p.add_argument("--cloud-db")
    p.add_argument("--mqtt")
    p.add_argument("--heal-timeout", type=float, default=90.0)
    p.add_argument("--json", action="store_true")
    a = p.parse_args(argv)
    result = run(a)
    if a.json:
        print(json.dumps(result, sort_keys=True))
    else:
        for k, v in result.items():
            print(f"{k}: {v}")
    return 0 if result["converged"] and result["stock_equals_ledger"] else 1


if __name__ == "__main__":
    sys.exit(main())
