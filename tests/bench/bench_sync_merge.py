"""Events merged per second into the encrypted replica, beside a plain-SQLite bulk insert of the same rows.

Prints one JSON line. Target: ≥ 50,000 events/s and ≥ 0.3 of plain.
"""

from __future__ import annotations

import json
import os
import time

import pytest
import sqlcipher3

from app.events.hlc import format_stamp
from app.events.replicate import apply_batch
from app.events.state_hash import state_hash
from app.store import Store, new_id
from app.storage.migrations import SCHEMA_VERSION
from tests.sync.helpers import make_store

N = int(os.environ.get("SENTRA_BENCH_EVENTS", "20000"))
BATCH = 500
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
                    "schema_version": SCHEMA_VERSION, "type": "bench", "ops": ops})
    return out


def _plain_conn(path) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)  # no key: plain SQLite
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA cache_size = -8000")  # SQLCipher's default page cache, so only encryption differs
    return conn


def plain_bulk_rate(tmp_path, events: list[dict]) -> float:
    """Events/s: the same resulting rows — each event's log row and the state rows it leaves —
    bulk-inserted into plain SQLite (one executemany per table per transaction), no merging."""
    conn = sqlcipher3.connect(str(tmp_path / "plain.db"), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("CREATE TABLE customers (id TEXT PRIMARY KEY, name TEXT, phone TEXT, branch_id TEXT, address TEXT)")
    conn.execute("CREATE TABLE vehicles (id TEXT PRIMARY KEY, plate TEXT, make TEXT)")
    conn.execute("CREATE TABLE workorders (id TEXT PRIMARY KEY, status TEXT)")
    conn.execute("CREATE TABLE stock_movements (id TEXT PRIMARY KEY, part_id TEXT, warehouse_id TEXT, qty_delta INTEGER,"
                 " kind TEXT)")
    conn.execute("CREATE TABLE sync_event_logs (event_id TEXT PRIMARY KEY, station_id TEXT, seq INTEGER, hlc TEXT,"
                 " authority INTEGER, branch_id TEXT, schema_version INTEGER, type TEXT, payload TEXT,"
                 " UNIQUE (station_id, seq))")
    rows: dict[str, list[tuple]] = {"sync_event_logs": [], "customers": [], "vehicles": [], "workorders": [],
                                    "stock_movements": []}
    for e in events:
        rows["sync_event_logs"].append((e["event_id"], e["station_id"], e["seq"], e["hlc"], e["authority"],
                                        e["branch_id"], e["schema_version"], e["type"],
                                        json.dumps({"ops": e["ops"]}, separators=(",", ":"))))
        op = e["ops"][0]
        if op["op"] == "upsert" and op["table"] == "customers":
            f = op["fields"]
            rows["customers"].append((op["id"], f["name"], f["phone"], f["branch_id"], f["address"]))
        elif op["op"] == "upsert":
            rows["vehicles"].append((op["id"], op["fields"]["plate"], op["fields"]["make"]))
        elif op["op"] == "status":
            rows["workorders"].append((op["id"], op["status"]))
        else:
            rows["stock_movements"].append((op["id"], op["part_id"], op["warehouse_id"], op["qty_delta"], op["kind"]))
    start = time.perf_counter()
    for i in range(0, len(events), BATCH):  # the same transaction size as the merge
        conn.execute("BEGIN")
        for table, rs in rows.items():
            part = rs[i * len(rs) // len(events):(i + BATCH) * len(rs) // len(events)]
            if part:
                conn.executemany(f"INSERT OR REPLACE INTO {table} VALUES ({', '.join('?' * len(part[0]))})", part)
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return len(events) / elapsed


@pytest.mark.bench
def test_bench_sync_merge(tmp_path) -> None:
    events = raw_events(N)
    rates = {}
    hashes = set()
    for batch in (BATCH, 2000):  # a pull page per transaction, and a snapshot chunk per transaction
        store = make_store(tmp_path, f"bench{batch}")
        start = time.perf_counter()
        for i in range(0, N, batch):
            res = apply_batch(store, events[i:i + batch])
            assert len(res.applied) == len(events[i:i + batch]) and not res.rejected
        rates[batch] = N / (time.perf_counter() - start)
        hashes.add(state_hash(store.conn))
        store.close()
    # the very same merge (validation, log, merge rules) into an unencrypted replica: what SQLCipher costs
    plain_store = Store.provision(_plain_conn(tmp_path / "plain_merge.db"), tmp_path / "plain_merge.db",
                                  branch_code="JKT", station_code="PLAIN", branch_id="br1", station_id="plain")
    start = time.perf_counter()
    for i in range(0, N, BATCH):
        apply_batch(plain_store, events[i:i + BATCH])
    plain_merge = N / (time.perf_counter() - start)
    hashes.add(state_hash(plain_store.conn))
    plain_store.close()
    assert len(hashes) == 1
    plain = plain_bulk_rate(tmp_path, events)
    merged = rates[BATCH]
    result = {"bench": "sync_merge", "events": N, "batch": BATCH,
              "merged_events_per_s_sqlcipher": round(merged),
              "merged_events_per_s_sqlcipher_batch2000": round(rates[2000]),
              "merged_events_per_s_plain_sqlite": round(plain_merge),
              "ratio_sqlcipher_to_plain_merge": round(merged / plain_merge, 3),
              "plain_sqlite_bulk_insert_events_per_s": round(plain),
              "ratio": round(merged / plain, 3), "ratio_batch2000": round(rates[2000] / plain, 3),
              "target_events_per_s": 50000, "target_ratio": 0.3}
    print(json.dumps(result))
