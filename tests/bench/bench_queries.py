"""The screens' read queries on a busy branch's encrypted store: milliseconds per call (p50/p99),
first page, as a screen runs them on each keystroke or refresh.

Prints one JSON line. Run: `pytest tests/bench/bench_queries.py -s`.
"""

from __future__ import annotations

import json
import os
import statistics
import time
from collections.abc import Callable

from app import demo
from app.queries.checkout_queue import checkout_queue
from app.queries.mechanic_jobs import mechanic_jobs
from app.queries.pick_slips import pick_slips
from app.queries.stock_on_hand import stock_on_hand
from app.queries.wo_search import wo_search
from app.roles import Role
from app.services import Services
from app.store import Store, new_id
from app.wo_states import OPEN_STATES, WOStatus

WORK_ORDERS = int(os.environ.get("SENTRA_BENCH_WOS", "5000"))
REPEAT = int(os.environ.get("SENTRA_BENCH_QUERY_REPEAT", "30"))
KEY = "ab" * 32


def busy_branch(services: Services, cast: demo.DemoCast) -> None:
    """WORK_ORDERS work orders over as many customers and vehicles, a job and a part line each,
    a fifth of them open; written 50 work orders a command."""
    mech = cast.actors[Role.MECHANIC].user_id
    states = sorted(s.value for s in OPEN_STATES) + [WOStatus.COMPLETED.value] * 20
    for first in range(0, WORK_ORDERS, 50):
        seed_batch(services, cast, range(first, min(first + 50, WORK_ORDERS)), mech, states)


def seed_batch(services: Services, cast: demo.DemoCast, numbers: range, mech: str, states: list[str]) -> None:
    with services.store.command("bench.seed") as cmd:
        for i in numbers:
            cust, veh, wo = new_id(), new_id(), new_id()
            cmd.upsert("customers", cust, name=f"Pelanggan {i}", phone=f"0812{i:08d}")
            cmd.upsert("vehicles", veh, customer_id=cust, plate=f"B {1000 + i % 9000} {chr(65 + i % 26)}X")
            cmd.upsert("workorders", wo, number=f"WO/JKT01/K1/2612/{i:05d}", vehicle_id=veh, customer_id=cust,
                       bay=f"Bay {i % 8}", sla_due=f"2026-12-04T{i % 24:02d}:00:00+00:00",
                       opened_at=f"2026-12-04T{i % 24:02d}:00:00+00:00")
            cmd.status(wo, states[i % len(states)])
            cmd.upsert("wo_jobs", new_id(), wo_id=wo, description="Servis", flat_hours_x100=150,
                       rate_per_hour=200_000, mechanic_ids=json.dumps([mech]), status="PENDING")
            cmd.upsert("wo_parts", new_id(), wo_id=wo, part_id=cast.part_ids["oil"], qty=1, unit_price=385_000)


def timed(fn: Callable[[], object]) -> tuple[float, float]:
    samples = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return round(statistics.median(samples), 2), round(samples[min(len(samples) - 1, int(len(samples) * 0.99))], 2)


def test_read_queries_per_call(tmp_path) -> None:  # noqa: ANN001
    services = Services.over(Store.create(tmp_path / "b.db", KEY, branch_code="JKT01", station_code="K1"))
    cast = demo.seed(services)
    busy_branch(services, cast)
    store = services.store
    mech = cast.actors[Role.MECHANIC].user_id
    keystrokes = ["b", "b1", "b12", "b123", "b1234"]
    cases: dict[str, Callable[[], object]] = {
        "checkout_queue": lambda: checkout_queue(store),
        "mechanic_jobs": lambda: mechanic_jobs(store, mech),
        "pick_slips": lambda: pick_slips(store),
        "stock_on_hand_typed": lambda: [stock_on_hand(store, t) for t in ("o", "ol", "oli")],
        "wo_search_typed": lambda: [wo_search(store, t) for t in keystrokes],
    }
    figures: dict[str, object] = {"bench": "read_queries", "work_orders": WORK_ORDERS, "repeat": REPEAT}
    for name, fn in cases.items():
        p50, p99 = timed(fn)
        per = 3 if name == "stock_on_hand_typed" else len(keystrokes) if name == "wo_search_typed" else 1
        figures[f"{name}_ms_p50"] = round(p50 / per, 2)
        figures[f"{name}_ms_p99"] = round(p99 / per, 2)
    print(json.dumps(figures))
    assert len(checkout_queue(store).items) > 0 and len(wo_search(store, "b1234").items) > 0
    services.close()
