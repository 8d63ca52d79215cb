"""Search as you type over 50,000 customers and 60,000 vehicles in the encrypted store.

Every keystroke of a plate, a phone number and a name is one `search()` call (what the search
screen runs, debounced, on the store lane). Prints one JSON line with p50/p99 per keystroke per
kind; the target is p99 < 10 ms. The data set is bulk-inserted in one transaction (the search
keys are generated columns, so they are the same as after 110,000 commands or a merge).
Run: `make bench` or `pytest tests/bench/bench_customer_search.py -s`.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import time

from app.queries.search import search
from app.storage.connection import open_connection
from app.store import Store

KEY = "ab" * 32
CUSTOMERS = int(os.environ.get("SENTRA_BENCH_CUSTOMERS", "50000"))
VEHICLES = int(os.environ.get("SENTRA_BENCH_VEHICLES", "60000"))
TYPED = int(os.environ.get("SENTRA_BENCH_TYPED", "60"))  # values typed per kind, keystroke by keystroke
FIRST = ["Budi", "Siti", "Agus", "Dewi", "Wayan", "Made", "Putu", "Rina", "Joko", "Sri", "Andi", "Maria", "Hendra",
         "Yusuf", "Fitri", "Rudi", "Ayu", "Bambang", "Eko", "Lestari", "Nur", "Dian", "Indra", "Ratna", "Teguh"]
LAST = ["Santoso", "Rahma", "Putra", "Salim", "Ulfa", "Wijaya", "Hartono", "Saputra", "Susanto", "Gunawan",
        "Kusuma", "Pratama", "Halim", "Setiawan", "Nugroho", "Hidayat", "Siregar", "Nasution", "Lubis", "Simanjuntak"]
REGIONS = ["B", "D", "F", "L", "N", "AB", "AD", "BK", "DK", "KT", "DD", "H", "E", "T", "Z", "W", "AG", "BE"]
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def build(store: Store, rng: random.Random) -> tuple[list[str], list[str], list[str]]:
    customers, plates, phones, names = [], [], [], []
    for i in range(CUSTOMERS):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}" + (f" {rng.choice(LAST)}" if i % 4 == 0 else "")
        phone = f"08{rng.randint(11, 99)}{rng.randint(10_000_000, 99_999_999)}"
        customers.append((f"c{i:06d}", name, phone, "{}"))
        phones.append(phone)
        names.append(name)
    seen: set[str] = set()
    vehicles = []
    while len(vehicles) < VEHICLES:
        plate = (f"{rng.choice(REGIONS)} {rng.randint(1, 9999)} "
                 f"{''.join(rng.choice(LETTERS) for _ in range(rng.randint(1, 3)))}")
        if plate in seen:
            continue
        seen.add(plate)
        owner = customers[len(vehicles) % CUSTOMERS][0]
        vehicles.append((f"v{len(vehicles):06d}", owner, plate, "Toyota", "Avanza", 2015 + len(vehicles) % 10, "{}"))
        plates.append(plate)
    with store.lock:
        store.conn.execute("BEGIN IMMEDIATE")
        store.conn.executemany("INSERT INTO customers (id, name, phone, _clk) VALUES (?, ?, ?, ?)", customers)
        store.conn.executemany("INSERT INTO vehicles (id, customer_id, plate, make, model, year, _clk)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?)", vehicles)
        store.conn.execute("COMMIT")
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return plates, phones, names


def typed(store: Store, values: list[str], spell) -> list[float]:  # type: ignore[no-untyped-def]
    """ms per keystroke: every prefix of each value as typed, one search each."""
    times = []
    for value in values:
        text = spell(value)
        for n in range(1, len(text) + 1):
            start = time.perf_counter()
            result = search(store, text[:n])
            times.append((time.perf_counter() - start) * 1000)
        assert result.hits, f"{text!r} found nothing"
    return times


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(len(ordered) * p))], 3)


def test_search_per_keystroke(tmp_path):
    rng = random.Random(7)
    started = time.perf_counter()
    store = Store.provision(open_connection(tmp_path / "search.db", KEY, create=True), tmp_path / "search.db",
                            branch_code="JKT01", station_code="K1")
    plates, phones, names = build(store, rng)
    built_s = time.perf_counter() - started
    kinds = {
        "plate": typed(store, rng.sample(plates, TYPED), lambda p: p.replace(" ", "").lower()),
        "phone": typed(store, rng.sample(phones, TYPED), lambda p: "+62 " + p[1:]),
        "name": typed(store, rng.sample(names, TYPED), lambda n: n.lower()),
    }
    every = [t for times in kinds.values() for t in times]
    figures = {"bench": "customer_search", "customers": CUSTOMERS, "vehicles": VEHICLES, "encrypted": True,
               "build_s": round(built_s, 2), "keystrokes": len(every)}
    for kind, times in kinds.items():
        figures[f"{kind}_p50_ms"] = pct(times, 0.50)
        figures[f"{kind}_p99_ms"] = pct(times, 0.99)
    figures["all_p50_ms"] = pct(every, 0.50)
    figures["all_p99_ms"] = pct(every, 0.99)
    figures["mean_ms"] = round(statistics.fmean(every), 3)
    figures["target_p99_ms"] = 10
    print(json.dumps(figures))
    assert (store.path.read_bytes()[:16]).startswith(b"SQLite format 3") is False
    store.close()
