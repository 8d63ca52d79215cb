"""Commands per second through the services on SQLCipher and on plain SQLite, same workload.

Prints one JSON line. Run: `make bench` or `pytest tests/bench/bench_store.py -s`.
"""

from __future__ import annotations

import json
import os
import time

import sqlcipher3

from app import demo
from app.roles import Role
from app.services import Services
from app.storage.connection import open_connection
from app.store import Store
from app.wo_states import WOStatus

ROUNDS = int(os.environ.get("SENTRA_BENCH_ROUNDS", "150"))
KEY = "ab" * 32


def plain_store(path) -> Store:
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)  # no key: plain SQLite
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA cache_size = -8000")  # SQLCipher's default page cache, so only encryption differs
    return Store.provision(conn, path, branch_code="JKT01", station_code="K1")


def encrypted_store(path) -> Store:
    return Store.provision(open_connection(path, KEY, create=True), path, branch_code="JKT01", station_code="K1")


def workload(services: Services, cast: demo.DemoCast) -> int:
    """One advisor-to-storekeeper cycle per round; returns the number of commands run."""
    sa, mech, keeper = cast.actors[Role.ADVISOR], cast.actors[Role.MECHANIC], cast.actors[Role.STOREKEEPER]
    commands = 0
    for i in range(ROUNDS):
        cust = services.customers.register(sa, f"Pelanggan {i}", "0812 0000 0000")
        vehicle = services.customers.add_vehicle(sa, cust.id, f"B {i + 1} BEN")
        wo = services.workorders.open(sa, vehicle.id, ["Servis berkala"])
        services.workorders.move(mech, wo.id, WOStatus.DIAGNOSING)
        services.workorders.add_job(mech, wo.id, cast.labour_ids["service"])
        line = services.workorders.add_part(mech, wo.id, cast.part_ids["filter"], 1)
        services.stock.receive(keeper, cast.part_ids["filter"], cast.warehouse_id, 1, lot="B")
        services.workorders.dispense(keeper, wo.id, line.id, cast.warehouse_id)
        commands += 8
    return commands


def measure(make, path) -> float:
    services = Services.over(make(path))
    cast = demo.seed(services)
    start = time.perf_counter()
    n = workload(services, cast)
    elapsed = time.perf_counter() - start
    services.close()
    return n / elapsed


def test_commands_per_second_sqlcipher_vs_plain(tmp_path):
    plain = measure(plain_store, tmp_path / "plain.db")
    assert (tmp_path / "plain.db").read_bytes().startswith(b"SQLite format 3")
    cipher = measure(encrypted_store, tmp_path / "cipher.db")
    assert not (tmp_path / "cipher.db").read_bytes().startswith(b"SQLite format 3")
    figures = {
        "benchmark": "store_commands",
        "rounds": ROUNDS,
        "commands_per_s_sqlcipher": round(cipher, 1),
        "commands_per_s_plain_sqlite": round(plain, 1),
        "ratio_sqlcipher_to_plain": round(cipher / plain, 3),
    }
    print(json.dumps(figures))
    assert cipher > 0 and plain > 0
