"""A branch with a long history, made fast: signed events of four stations loaded straight into a
cloud database (as if they had been pushed), for the snapshot test and the provisioning bench.

Each vehicle comes with its customer in one event; each work order lives nine events (opened with
its complaint, diagnosed, a job added, worked, the job started and finished, QC, completed, a note
edited), so the history is several times the rows it leaves — as in a real branch.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from sqlalchemy import Engine, update

from app.events.hlc import format_stamp
from app.storage.migrations import SCHEMA_VERSION
from sync.cloud import db
from sync.cloud.service import _EVENT_SERIALIZER, _insert_events
from tests.bench.bench_sync_merge import sign_chains
from tests.sync.helpers import ACTOR

STATIONS = ("s0", "s1", "s2", "s3")
_STEPS = 9


def _wo_ops(w: int, step: int, vehicles: int) -> list[dict[str, Any]]:
    wid, jid = f"w{w:06d}", f"j{w:06d}"
    if step == 0:
        v = w % vehicles
        return [{"op": "upsert", "table": "workorders", "id": wid,
                 "fields": {"number": f"WO-{w:06d}", "vehicle_id": f"v{v:06d}", "customer_id": f"c{v:06d}",
                            "advisor_id": ACTOR, "odometer_km": 10_000 + w, "opened_at": "2026-11-01T08:00:00Z"}},
                {"op": "upsert", "table": "wo_complaints", "id": f"k{w:06d}",
                 "fields": {"wo_id": wid, "text": "Rem bunyi saat mengerem"}}]
    if step == 2:
        return [{"op": "upsert", "table": "wo_jobs", "id": jid,
                 "fields": {"wo_id": wid, "description": "Ganti kampas rem depan", "flat_hours_x100": 150,
                            "rate_per_hour": 120_000, "status": "PENDING"}}]
    if step in (4, 5):
        return [{"op": "upsert", "table": "wo_jobs", "id": jid,
                 "fields": {"status": "STARTED" if step == 4 else "FINISHED", "mechanic_ids": "u-mech"}}]
    if step == 8:
        return [{"op": "upsert", "table": "workorders", "id": wid, "fields": {"note": f"selesai {w}"}}]
    status = {1: "DIAGNOSING", 3: "WORKING", 6: "QC_TEST", 7: "COMPLETED"}[step]
    return [{"op": "status", "id": wid, "status": status}]


def _ops(vehicles: int, workorders: int) -> Iterator[list[dict[str, Any]]]:
    for v in range(vehicles):
        yield [{"op": "upsert", "table": "customers", "id": f"c{v:06d}",
                "fields": {"name": f"Pelanggan {v}", "phone": f"0812{v:08d}", "address": "Jl. Sudirman"}},
               {"op": "upsert", "table": "vehicles", "id": f"v{v:06d}",
                "fields": {"customer_id": f"c{v:06d}", "plate": f"B {v % 9999 + 1} XY", "make": "Toyota",
                           "model": "Avanza", "year": 2018 + v % 7}}]
    # work orders advance in waves, so a WO's steps are spread over the history
    wave = 1000
    for start in range(0, workorders, wave):
        stop = min(start + wave, workorders)
        for step in range(_STEPS):
            for w in range(start, stop):
                yield _wo_ops(w, step, max(vehicles, 1))


def history_events(branch_id: str, vehicles: int, workorders: int, *, base_ms: int | None = None,
                   workers: int = 1) -> list[dict[str, Any]]:
    """Signed raw events, in HLC order, round-robin over the four stations."""
    base = base_ms if base_ms is not None else time.time_ns() // 1_000_000 - 86_400_000
    seqs = dict.fromkeys(STATIONS, 0)
    out = []
    for i, ops in enumerate(_ops(vehicles, workorders)):
        station = STATIONS[i % len(STATIONS)]
        seqs[station] += 1
        for op in ops:
            if op["op"] == "upsert" and op["table"] in ("customers", "workorders"):
                op["fields"]["branch_id"] = branch_id
        out.append({"event_id": f"{station}-{seqs[station]:08d}", "station_id": station, "seq": seqs[station],
                    "hlc": format_stamp(base + i // 16, i % 16), "authority": 0, "branch_id": branch_id,
                    "schema_version": SCHEMA_VERSION, "type": "history", "actor_id": ACTOR, "ops": ops})
    if workers <= 1:
        return sign_chains(out)
    # each station's chain is signed on its own, so the four chains sign in parallel processes
    groups = [[e for e in out if e["station_id"] == s] for s in STATIONS]
    with ProcessPoolExecutor(workers) as pool:
        by_id = {e["event_id"]: e for chain in pool.map(sign_chains, groups) for e in chain}
    return [by_id[e["event_id"]] for e in out]


def event_count(vehicles: int, workorders: int) -> int:
    return vehicles + workorders * _STEPS


def load_into_cloud(engine: Engine, events: list[dict[str, Any]]) -> None:
    """Store the events as pushes would (cursor order = list order) and ack each station's seqs.
    The stations must be enrolled already (their keys are on the cloud)."""
    from app.events.models import Event

    now = time.time_ns() // 1_000_000
    with engine.begin() as conn:
        top = conn.execute(update(db.counters).where(db.counters.c.name == "cursor")
                           .values(value=db.counters.c.value + len(events)).returning(db.counters.c.value)
                           ).scalar_one()
        first = top - len(events) + 1
        for i in range(0, len(events), 5000):
            part = [Event.model_validate(e) for e in events[i:i + 5000]]
            _insert_events(conn, [(first + i + j, e.event_id, e.station_id, e.seq, e.branch_id, 0, e.hlc,
                                   e.schema_version, _EVENT_SERIALIZER.to_json(e).decode(), now)
                                  for j, e in enumerate(part)])
        acked: dict[str, int] = {}
        for e in events:
            acked[e["station_id"]] = max(acked.get(e["station_id"], 0), e["seq"])
        for station, seq in acked.items():
            conn.execute(update(db.stations).where(db.stations.c.id == station).values(acked_seq=seq))


def main(argv: list[str] | None = None) -> int:
    """`python -m tests.sync.branch_history --database URL --branch ID --vehicles N --workorders M`: make
    and load a history in a process of its own (the benchmark's own process never holds it)."""
    import argparse
    import json

    from sqlalchemy import create_engine

    p = argparse.ArgumentParser()
    p.add_argument("--database", required=True)
    p.add_argument("--branch", required=True)
    p.add_argument("--vehicles", type=int, required=True)
    p.add_argument("--workorders", type=int, required=True)
    p.add_argument("--base-ms", type=int, default=None)
    a = p.parse_args(argv)
    start = time.perf_counter()
    events = history_events(a.branch, a.vehicles, a.workorders, base_ms=a.base_ms, workers=2)
    made = time.perf_counter() - start
    engine = create_engine(a.database)
    load_into_cloud(engine, events)
    engine.dispose()
    print(json.dumps({"events": len(events), "generation_s": round(made, 1)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
