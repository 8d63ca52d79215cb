"""A push's projections are written in batches (one statement per table and column set); the rows
they leave are exactly what one upsert per op, in push order, leaves — for any mix of tables,
rows, partial field sets and repeats (hypothesis), including a job update that only applies to a
job already known."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from app.events.models import Event
from sync.cloud import db
from sync.notify import record
from sync.notify import tables as t
from sync.notify.sqlutil import upsert
from tests.sync.helpers import BASE_MS, event

FIELDS = {"customers": ["name", "phone"], "vehicles": ["customer_id", "plate"],
          "workorders": ["number", "vehicle_id", "customer_id", "odometer_km"], "wo_jobs": ["wo_id", "description"]}
VALUES = {"odometer_km": st.integers(0, 10**6)}


@st.composite
def ops(draw: st.DrawFn) -> dict[str, Any]:
    table = draw(st.sampled_from(sorted(FIELDS)))
    names = draw(st.lists(st.sampled_from(FIELDS[table]), min_size=1, unique=True))
    fields = {n: draw(VALUES.get(n, st.sampled_from(["a", "b", "c"]))) for n in names}
    return {"op": "upsert", "table": table, "id": draw(st.sampled_from(["r1", "r2"])), "fields": fields}


def _sequential(conn, events: list[Event]) -> None:  # type: ignore[no-untyped-def]
    """The projections as they were written before batching: one statement per op."""
    for e in events:
        for op in e.ops:
            table, cols = record._PROJECTED[op.table]
            values = {c: op.fields[c] for c in cols if c in op.fields}
            if op.table == "wo_jobs" and "wo_id" not in values:
                if conn.execute(select(table.c.id).where(table.c.id == op.id)).first():
                    conn.execute(update(table).where(table.c.id == op.id).values(**values))
                continue
            base = {"id": op.id} if op.table == "wo_jobs" else {"id": op.id, "branch_id": e.branch_id}
            upsert(conn, table, ["id"], {**base, **values}, update=list(values))


def _rows(conn) -> dict[str, list[tuple]]:  # type: ignore[no-untyped-def]
    return {name: sorted(tuple(r) for r in conn.execute(select(table)).all())
            for name, (table, _c) in record._PROJECTED.items()}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(ops(), min_size=1, max_size=3), min_size=1, max_size=12))
def test_batched_projections_equal_one_upsert_per_op(batches: list[list[dict[str, Any]]]) -> None:
    events = [event("s1", n, BASE_MS + n, o) for n, o in enumerate(batches, start=1)]
    results = []
    for writer in (lambda conn: record.record_push(conn, events, BASE_MS), lambda conn: _sequential(conn, events)):
        engine = db.make_engine("sqlite://")
        db.migrate(engine)
        with engine.begin() as conn:
            writer(conn)
            results.append(_rows(conn))
        engine.dispose()
    assert results[0] == results[1]
    assert t.customers_proj is record._PROJECTED["customers"][0]
