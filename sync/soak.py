"""The soak tool: real station processes, a real cloud API process, random work, partitions, kill -9.

  python -m sync.soak --stations N --ops M --seed S [--partitions] [--crashes K] [--destroy D]
                      [--cloud-db URL] [--mqtt URL] [--heal-timeout S] --json

Each station is a process (sync.soak_station) with its own encrypted database; the cloud is
`sync.cli serve-cloud` on a free port (a SQLite file unless --cloud-db names PostgreSQL).
With --crashes K the driver kills K station processes with SIGKILL and restarts them, spread over
the whole working phase: crash i of K falls at a random point of the i-th K-th of the operations
(counted from what the stations report), so crashes hit early, middle and late work alike. With
--destroy D, D stations are killed and their databases deleted for good (a broken tablet), each
replaced by a newly enrolled station that starts from the compacted snapshot: what a destroyed
station had shared with a peer or the cloud must end everywhere (peers relay it). When
every station has written its M operations, the links heal and the driver waits until every
station and the cloud hold every event. It prints JSON: converged, the distinct state hashes,
events written / applied / lost / duplicated (by event id, in every station's log and the
cloud's: `sync.soak_tally`), stock == ledger, held, crashes with their times, elapsed.
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
from collections.abc import Callable
from typing import Any

import httpx

from app.storage.connection import open_connection
from sync.soak_station import SOAK_ACTOR
from sync.soak_tally import cloud_view, home_of, station_view, stock_ok, tally

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
        self.progress = 0  # own operations written, as the station last reported
        self.destroyed = False  # its database was deleted for good (--destroy)
        self.station_id: str | None = None
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
            word, _, rest = line.strip().partition(" ")
            if word == "ready":
                self.ready.set()
            elif word == "ops-done":
                self.ops_done.set()
            elif word == "progress" and rest.isdigit():
                self.progress = int(rest)

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


def crash_schedule(rnd: random.Random, crashes: int) -> list[float]:
    """When to crash, as fractions of all operations: one at a random point of each K-th."""
    return [(i + rnd.random()) / crashes for i in range(crashes)]


def start_cloud(db_url: str, port: int, env: dict[str, str]) -> subprocess.Popen[str]:
    """`sync.cli serve-cloud` on 127.0.0.1:`port`, once it answers /v1/health (stopped if it never does)."""
    cloud = subprocess.Popen([sys.executable, "-m", "sync.cli", "serve-cloud", "--database", db_url,
                              "--host", "127.0.0.1", "--port", str(port)], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=1).status_code == 200:
                return cloud
        except httpx.HTTPError:
            pass
        if cloud.poll() is not None or time.monotonic() > deadline:
            cloud.kill()
            cloud.wait()
            raise RuntimeError(f"cloud API did not start: {(cloud.stderr.read() if cloud.stderr else '')[-500:]}")
        time.sleep(0.1)


def _crash_spread(a: argparse.Namespace, rnd: random.Random, stations: list[StationProc], t0: float,
                  destroy: "Callable[[StationProc], None] | None" = None) -> list[dict[str, Any]]:
    """Kill -9 and restart a random station each time the stations' work passes the next point of
    the schedule (or, for a `--destroy` point, kill it and delete its database for good: `destroy`
    replaces it); returns when and at what share of the work each fault happened."""
    total = a.stations * a.ops
    faults = sorted([(p, "crash") for p in crash_schedule(rnd, a.crashes)]
                    + [(p, "destroy") for p in crash_schedule(rnd, getattr(a, "destroy", 0))])
    done: list[dict[str, Any]] = []
    for point, kind in faults:
        seen, moved = -1, time.monotonic()
        while (now := sum(st.progress for st in stations)) < point * total:
            if now != seen:
                seen, moved = now, time.monotonic()
            if all(st.ops_done.is_set() for st in stations) or time.monotonic() - moved > 120:
                break  # the work is over (or stalled: the wait below reports which station)
            time.sleep(0.02)
        alive = [st for st in stations if not st.destroyed]
        victim = rnd.choice(alive)
        if not victim.ready.wait(60):
            continue
        share = sum(st.progress for st in stations) / total
        victim.kill9()
        done.append({"at_s": round(time.monotonic() - t0, 2), "at_work": round(min(share, 1.0), 3), "kind": kind})
        if kind == "destroy" and destroy is not None:
            destroy(victim)
        else:
            victim.start()
    return done


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
    cloud: subprocess.Popen[str] | None = None
    stations: list[StationProc] = []
    paths: list[Path] = []
    crashes: list[dict[str, Any]] = []
    destroyed: list[dict[str, Any]] = []
    gone: set[str] = set()
    work_s = 0.0

    def alive() -> list[Path]:
        return [p for st, p in zip(stations, paths) if not st.destroyed]

    try:
        cloud = start_cloud(db_url, port, env)
        admin = {"Authorization": f"Bearer {ADMIN}"}
        branch = httpx.post(cloud_url + "/v1/admin/branches", headers=admin, timeout=10,
                            json={"code": f"SK{secrets.token_hex(4)}", "name": "Soak"}).json()["id"]
        # the stations' operator: a supervisor published by the cloud (users are master data)
        httpx.post(cloud_url + "/v1/admin/master", headers=admin, timeout=10, json={
            "branch_id": branch, "ops": [{"op": "upsert", "table": "users", "id": SOAK_ACTOR,
                                          "fields": {"name": "Soak", "role": "supervisor", "active": 1}}]}
                   ).raise_for_status()
        prefix = f"soak-{secrets.token_hex(5)}"
        t0 = time.monotonic()

        def new_station(name: str, station_code: str, ops: int, seed: int) -> StationProc:
            code = httpx.post(cloud_url + "/v1/admin/enrolment-codes", headers=admin, timeout=10,
                              json={"branch_id": branch, "station_code": station_code}).json()["code"]
            path = work / f"{name}.db"
            args = ["--path", str(path), "--cloud", cloud_url, f"--code={code}", "--station-code", station_code,
                    "--ops", str(ops), "--seed", str(seed), "--prefix", prefix]
            if a.mqtt:
                args += ["--mqtt", a.mqtt]
            if a.partitions:
                args.append("--partitions")
            st = StationProc(args, env, work / f"{name}.log")
            stations.append(st)
            paths.append(path)
            return st

        def destroy(victim: StationProc) -> None:
            """The tablet is gone: its database deleted for good; a replacement is enrolled (new code,
            a compacted snapshot) and does a third of a station's work."""
            path = paths[stations.index(victim)]
            conn = open_connection(path, key)
            try:
                victim.station_id = conn.execute("SELECT value FROM meta WHERE key = 'station_id'").fetchone()[0]
            finally:
                conn.close()
            for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                p.unlink(missing_ok=True)
            victim.destroyed = True
            destroyed.append({"station_id": victim.station_id, "ops_done": victim.progress})
            n = len(destroyed)
            new_station(f"replacement{n}", f"R{n}", max(1, a.ops // 3), a.seed * 100 + 50 + n)

        for i in range(a.stations):
            new_station(f"station{i}", f"K{i}", a.ops, a.seed * 100 + i)
        crashes = _crash_spread(a, rnd, stations, t0, destroy)
        for st in stations:
            if st.destroyed:
                continue
            if not st.ready.wait(120) or not st.ops_done.wait(max(120, a.ops)):
                tail = st.log_path.read_text(encoding="utf-8", errors="replace")[-1500:] if st.log_path.exists() else ""
                raise RuntimeError(f"station {st.log_path.stem} did not finish its operations"
                                   f" (exit code {st.proc.poll() if st.proc else None}); its stderr ends:\n{tail}")
        work_s = time.monotonic() - t0
        end = time.monotonic() + a.heal_timeout
        gone = {d["station_id"] for d in destroyed}
        while True:  # heal: links are back; wait until every station and the cloud hold every event
            views = [station_view(p, key) for p in alive()]
            cloud_log = cloud_view(db_url, branch)
            written = set().union(*(v.own for v in views))
            written |= {r[0] for v in [*views, cloud_log] for r in v.rows if r[1] in gone}  # what a dead one shared
            done = (all(v.holds(written, home_of(views, cloud_log)) >= written and v.held == 0 for v in views)
                    and len({v.hash for v in views}) == 1 and cloud_log.ids >= written)
            if done or time.monotonic() > end:
                break
            time.sleep(0.5)
    finally:
        for st in stations:
            st.stop()
        if cloud is not None:
            cloud.terminate()
            try:
                cloud.wait(10)
            except subprocess.TimeoutExpired:
                cloud.kill()
    views = [station_view(p, key) for p in alive()]
    cloud_log = cloud_view(db_url, branch)
    counted = tally(views, cloud_log, authors=gone)
    for d in destroyed:  # what the dead station had written and what of it survives elsewhere
        kept = {r[0] for v in [*views, cloud_log] for r in v.rows if r[1] == d["station_id"]}
        d["events_kept"] = len(kept)
    ledger: dict[tuple, int] = {}
    if views:
        conn = open_connection(alive()[0], key)
        try:
            for part, wh, lot, qty in conn.execute(
                    "SELECT part_id, warehouse_id, lot, qty_delta FROM stock_movements"):
                ledger[(part, wh, lot)] = ledger.get((part, wh, lot), 0) + qty
        finally:
            conn.close()
    hashes = sorted({v.hash or "" for v in views})
    return {
        "converged": len(hashes) == 1 and counted["lost"] == 0 and all(v.held == 0 for v in views),
        "state_hashes": hashes,
        "stations": a.stations,
        **counted,
        "events_applied": sum(len(v.rows) - len(v.own) for v in views),
        "held": sum(v.held for v in views),
        "set_aside": sum(v.set_aside for v in views),
        "stock_equals_ledger": stock_ok(views, ledger, authors=gone),
        "crashes": sum(1 for c in crashes if c["kind"] == "crash"),
        "crash_times": [c for c in crashes if c["kind"] == "crash"],
        "destroyed": destroyed,
        "work_s": round(work_s, 2),
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
    p.add_argument("--destroy", type=int, default=0, help="delete N stations' databases for good mid-run (each"
                   " replaced by a newly enrolled station); what they had shared must survive")
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
