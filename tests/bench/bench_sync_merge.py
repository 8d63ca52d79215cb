"""Events merged per second into the encrypted replica, beside a plain-SQLite bulk insert of the same rows.

Every event is signed (each station's hash chain, app/events/signing.py) and every merge verifies
it and checks its actor's role; the same run also merges with that screening left out, so the
cost of verification is measured on the same machine at the same moment.
Pages are the worker's pull page (2000 events, the cloud's largest); 500-event pages are measured too.
Prints one JSON line. Targets: ≥ 40,000 events/s verified, ≥ 0.3 of plain.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from unittest import mock

import pytest
import sqlcipher3

from app.events.hlc import format_stamp
from app.events.models import Event
from app.events.replicate import STREAM_CHECKPOINT_PAGES, apply_batch, apply_pages
from app.events.screening import Screened
from app.events.state_hash import state_hash
from app.storage.migrations import SCHEMA_VERSION
from app.store import Store, new_id
from sync.worker import PULL_PAGE
from tests.sync.helpers import ACTOR, make_store, signable, station_key, trust_test_stations

N = int(os.environ.get("SENTRA_BENCH_EVENTS", "20000"))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BATCH = PULL_PAGE  # the worker's pull page: what a catch-up merges per transaction
SMALL = 500  # the page size before (and a LAN burst's order of size)
BASE_MS = 1_750_000_000_000


def raw_events(n: int) -> list[dict]:
    """A realistic mix from 4 stations: new customers, vehicle edits, WO states, stock movements."""
    out = []
    for i in range(n):
        station = f"s{i % 4}"
        kind = i % 10
        if kind < 6:
            ops = [{"op": "upsert", "table": "customers", "id": f"c{i}",
                    "fields": {"name": f"Pelanggan {i}", "phone": f"0812{i:08d}", "branch_id": "br1",
                               "address": "Jl. Sudirman"}}]
        elif kind < 8:
            ops = [{"op": "upsert", "table": "vehicles", "id": f"v{i % 500}",
                    "fields": {"plate": f"B {i % 9999} XY", "make": "Toyota"}}]
        elif kind == 8:
            ops = [{"op": "status", "id": f"w{i % 300}", "status": "WORKING"}]
        else:
            ops = [{"op": "stock", "id": new_id(), "part_id": f"p{i % 50}", "warehouse_id": "g",
                    "qty_delta": -1, "kind": "dispense"}]
        out.append({"event_id": new_id(), "station_id": station, "seq": i // 4 + 1,
                    "hlc": format_stamp(BASE_MS + i, 0), "authority": 0, "branch_id": "br1",
                    "schema_version": SCHEMA_VERSION, "type": "bench", "actor_id": ACTOR, "ops": ops})
    return sign_chains(out)


def sign_chains(events: list[dict]) -> list[dict]:
    """Link each station's events (`prev`) and sign every one, as the stations that wrote them would."""
    last: dict[str, str | None] = {}
    for raw in events:
        raw["ops"] = signable(raw)["ops"]  # upsert fields in name order, as a station writes them
        e = Event.model_validate({**raw, "prev": last.get(raw["station_id"])})
        signed = e.signed_by(station_key(raw["station_id"]))
        raw["prev"], raw["sig"] = signed.prev, signed.sig
        last[raw["station_id"]] = e.digest().hex()
    return events


def _unscreened(_store, _conn, records, *, from_lan):  # type: ignore[no-untyped-def]
    """The merge without signature and role checks: the baseline verification is measured against."""
    return Screened(records)


def _plain_conn(path) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)  # no key: plain SQLite
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA cache_size = -8000")  # SQLCipher's default page cache, so only encryption differs
    return conn


def _plain_store(tmp_path, name: str) -> Store:
    path = tmp_path / f"{name}.db"
    return trust_test_stations(Store.provision(_plain_conn(path), path, branch_code="JKT",
                                               station_code=name.upper()[:8], branch_id="br1", station_id=name))


def _best(runs: int, once) -> float:  # type: ignore[no-untyped-def]
    """Events/s of the best of `runs` (the least disturbed by the rest of a shared machine)."""
    rates = [once() for _ in range(runs)]
    if os.environ.get("SENTRA_BENCH_SPREAD"):
        print("spread", [round(r) for r in rates])
    return max(rates)


def stored_columns(conn: sqlcipher3.Connection, table: str) -> str:
    """The columns a row stores (generated columns, such as the search keys, are left to SQLite)."""
    return ", ".join(r[1] for r in conn.execute(f"PRAGMA table_xinfo({table})") if r[6] == 0)


def merged_rows(conn: sqlcipher3.Connection) -> dict[str, tuple[str, list[tuple]]]:
    """The rows a merge of the bench events left: its log rows and the state rows, as stored."""
    cols = stored_columns(conn, "sync_event_logs")
    rows = {"sync_event_logs": (cols, conn.execute(
        f"SELECT {cols} FROM sync_event_logs WHERE type = 'bench' ORDER BY rowid").fetchall())}
    for table in STATE_TABLES:
        cols = stored_columns(conn, table)
        rows[table] = (cols, conn.execute(f"SELECT {cols} FROM {table} ORDER BY rowid").fetchall())
    return rows


def plain_bulk_rate(tmp_path, rows: dict[str, tuple[str, list[tuple]]], n_events: int, name: str) -> float:
    """Events/s: the very rows the merge left (log + state, every column) bulk-inserted into plain
    SQLite with the replica's own schema and indexes: one executemany per table per 500 events, no
    merging, no validation; the same WAL checkpoint policy as the catch-up (one at the end)."""
    store = _plain_store(tmp_path, name)
    conn = store.conn
    conn.execute(f"PRAGMA wal_autocheckpoint = {STREAM_CHECKPOINT_PAGES}")  # the merge's WAL policy
    start = time.perf_counter()
    for i in range(0, n_events, BATCH):  # the same transaction size as the merge
        conn.execute("BEGIN")
        for table, (cols, rs) in rows.items():
            part = rs[i * len(rs) // n_events:(i + BATCH) * len(rs) // n_events]
            if part:
                conn.executemany(f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' * len(part[0]))})", part)
        conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    elapsed = time.perf_counter() - start
    store.close()
    return n_events / elapsed


STATE_TABLES = ("customers", "vehicles", "workorders", "stock_movements")
RUNS = int(os.environ.get("SENTRA_BENCH_RUNS", "3"))


@pytest.mark.bench
def test_bench_sync_merge(tmp_path) -> None:
    """Measured in a process of its own: the benchmarks before it leave this one holding large
    catalogues and histories, which slowed the merge by a tenth and more (a station merges in its
    own process)."""
    out = subprocess.run([sys.executable, "-m", "tests.bench.bench_sync_merge", str(tmp_path)], cwd=ROOT,
                         capture_output=True, text=True, timeout=1200)
    assert out.returncode == 0, out.stderr[-3000:]
    line = out.stdout.strip().splitlines()[-1]
    assert json.loads(line)["bench"] == "sync_merge"
    print(line)


def measure(tmp_path: Path) -> dict:
    events = raw_events(N)
    hashes: set[str] = set()
    counter = iter(range(1000))
    kept: dict[str, object] = {}

    def merge(make, *, pipelined: bool, batch: int = BATCH) -> float:  # type: ignore[no-untyped-def]
        store = make(tmp_path, f"m{next(counter)}")
        start = time.perf_counter()
        if pipelined:  # the worker's catch-up: the next page is prepared while this one commits
            applied = sum(len(r.applied) for r, _ in apply_pages(
                store, ((events[i:i + batch], None) for i in range(0, N, batch))))
        else:  # page by page, as the LAN bus applies what arrives
            applied = sum(len(apply_batch(store, events[i:i + batch]).applied) for i in range(0, N, batch))
        rate = N / (time.perf_counter() - start)
        assert applied == N
        hashes.add(state_hash(store.conn))
        kept.setdefault("rows", merged_rows(store.conn))
        store.close()
        return rate

    verified_rates, unverified_rates = [], []
    for _ in range(RUNS):  # alternated, so both see the same moments of a shared machine
        verified_rates.append(merge(make_store, pipelined=True))
        with mock.patch("app.events.replicate.screen_records", _unscreened):
            unverified_rates.append(merge(make_store, pipelined=True))
    pages, unverified = max(verified_rates), max(unverified_rates)
    pages_small = _best(RUNS, lambda: merge(make_store, pipelined=True, batch=SMALL))
    one_by_one = _best(RUNS, lambda: merge(make_store, pipelined=False, batch=SMALL))
    plain_merge = _best(RUNS, lambda: merge(_plain_store, pipelined=True))
    assert len(hashes) == 1  # every way of merging ends in the same state
    rows = kept["rows"]
    assert isinstance(rows, dict) and len(rows["sync_event_logs"][1]) == N
    plain = _best(RUNS, lambda: plain_bulk_rate(tmp_path, rows, N, f"bulk{next(counter)}"))
    result = {"bench": "sync_merge", "events": N, "batch": BATCH, "best_of": RUNS,
              "merged_events_per_s_sqlcipher": round(pages),
              "merged_events_per_s_verified": round(pages), "merged_events_per_s_unverified": round(unverified),
              "ratio_verified_to_unverified": round(pages / unverified, 3),
              f"merged_events_per_s_sqlcipher_batch{SMALL}": round(pages_small),
              "merged_events_per_s_sqlcipher_page_by_page": round(one_by_one),
              "merged_events_per_s_plain_sqlite": round(plain_merge),
              "ratio_sqlcipher_to_plain_merge": round(pages / plain_merge, 3),
              "plain_sqlite_bulk_insert_events_per_s": round(plain),
              "ratio": round(pages / plain, 3), "ratio_page_by_page": round(one_by_one / plain, 3),
              "target_events_per_s_verified": 40000, "target_ratio": 0.3}
    return result


if __name__ == "__main__":
    print(json.dumps(measure(Path(sys.argv[1]))))
