"""What a push means outside the cloud: projections for notifications, outbox rows, reminders.

`record_push` runs inside the push's transaction (a push hook of `CloudService`), so the
outbox row of "WO completed" commits with the event that completed it, or not at all.
Domain events: `wo.opened` (an event of type wo.open), `wo.completed` (a status op to
COMPLETED), `invoice.paid` (a payment row). Routing key `<branch code>.<kind>`.
"""

from __future__ import annotations

import json
import math
import re
from datetime import date, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, and_, select, update

from app.events.models import Event, StatusOp, UpsertOp
from sync.cloud import db
from sync.notify import tables as t
from sync.notify.sqlutil import upsert, upsert_many

BRANCH_TZ = ZoneInfo("Asia/Jakarta")
H90_DAYS = 90
DEFAULT_KM_PER_DAY = 30
OIL_KM, SERVICE_KM = 5_000, 10_000
OIL_WORDS = ("oli", "oil")

_PROJECTED: dict[str, tuple[Any, tuple[str, ...]]] = {
    "customers": (t.customers_proj, ("name", "phone")),
    "vehicles": (t.vehicles_proj, ("customer_id", "plate")),
    "workorders": (t.workorders_proj, ("number", "vehicle_id", "customer_id", "odometer_km")),
    "wo_jobs": (t.jobs_proj, ("wo_id", "description")),
    "odometer_readings": (t.odometer_proj, ("vehicle_id", "km", "read_at")),
}


def routing_key(branch_code: str, kind: str) -> str:
    return f"{branch_code}.{kind}"


def branch_code(conn: Connection, branch_id: str) -> str:
    return conn.execute(select(db.branches.c.code).where(db.branches.c.id == branch_id)).scalar() or branch_id


def add_outbox(conn: Connection, *, row_id: str, branch_id: str, kind: str, body: dict[str, Any],
               now_ms: int) -> None:
    upsert(conn, t.outbox, ["id"], {
        "id": row_id, "branch_id": branch_id, "kind": kind, "routing_key": routing_key(branch_code(conn, branch_id), kind),
        "body": json.dumps({"kind": kind, "branch_id": branch_id, **body}, sort_keys=True), "created_at_ms": now_ms,
        "attempts": 0}, update=[])


class _Projections:
    """The projected rows of a push, coalesced per row (later fields win, as a run of upserts would
    leave them) and written with one statement per table and column set."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], dict[str, Any]] = {}

    def add(self, table: str, row: dict[str, Any]) -> None:
        current = self.rows.get((table, row["id"]))
        if current is None:
            self.rows[(table, row["id"])] = row
        else:
            current.update(row)

    def flush(self, conn: Connection) -> None:
        groups: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = {}
        for (table, _id), row in self.rows.items():
            groups.setdefault((table, tuple(sorted(row))), []).append(row)
        self.rows = {}
        for (table, cols), rows in groups.items():
            upsert_many(conn, _PROJECTED[table][0], ["id"], rows, [c for c in cols if c not in ("id", "branch_id")])


def record_push(conn: Connection, events: list[Event], now_ms: int) -> None:
    projections = _Projections()
    for event in events:
        for op in event.ops:
            if isinstance(op, UpsertOp) and op.table in _PROJECTED:
                _project(conn, event.branch_id, op, projections)
        acts = event.type == "wo.open" or any(
            (isinstance(op, StatusOp) and op.status == "COMPLETED")
            or (isinstance(op, UpsertOp) and op.table == "payments" and op.fields.get("invoice_id")) for op in event.ops)
        if not acts:
            continue
        projections.flush(conn)  # what follows reads the projections
        if event.type == "wo.open":
            for op in event.ops:
                if isinstance(op, UpsertOp) and op.table == "workorders" and op.fields.get("number"):
                    add_outbox(conn, row_id=f"{event.event_id}:wo.opened", branch_id=event.branch_id, kind="wo.opened",
                               body={"event_id": event.event_id, "wo_id": op.id, "number": op.fields["number"],
                                     "dedup_key": f"wo.opened:{op.id}"}, now_ms=now_ms)
        for op in event.ops:
            if isinstance(op, StatusOp) and op.status == "COMPLETED":
                _completed(conn, event, op.id, now_ms)
            if isinstance(op, UpsertOp) and op.table == "payments" and op.fields.get("invoice_id"):
                add_outbox(conn, row_id=f"{event.event_id}:invoice.paid:{op.id}", branch_id=event.branch_id,
                           kind="invoice.paid", now_ms=now_ms,
                           body={"event_id": event.event_id, "payment_id": op.id, "invoice_id": op.fields["invoice_id"],
                                 "amount": op.fields.get("amount"), "method": op.fields.get("method"),
                                 "dedup_key": f"invoice.paid:{op.id}"})
    projections.flush(conn)


def _project(conn: Connection, branch_id: str, op: UpsertOp, projections: _Projections) -> None:
    table, cols = _PROJECTED[op.table]
    values = {c: op.fields[c] for c in cols if c in op.fields}
    if not values:
        return
    if op.table == "odometer_readings":
        if not {"vehicle_id", "km", "read_at"} <= values.keys():
            return
        projections.add(op.table, {"id": op.id, **values})
        return
    if op.table == "wo_jobs" and "wo_id" not in values:
        projections.flush(conn)  # it updates only a job already known: what came before must be written
        if not conn.execute(select(table.c.id).where(table.c.id == op.id)).first():
            return
        conn.execute(update(table).where(table.c.id == op.id).values(**values))
        return
    base = {"id": op.id} if op.table == "wo_jobs" else {"id": op.id, "branch_id": branch_id}
    projections.add(op.table, {**base, **values})


def _completed(conn: Connection, event: Event, wo_id: str, now_ms: int) -> None:
    wo = conn.execute(select(t.workorders_proj).where(t.workorders_proj.c.id == wo_id)).first()
    if wo is not None and wo.status == "COMPLETED":
        return  # a second station completing it too: one notification, one set of reminders
    upsert(conn, t.workorders_proj, ["id"], {"id": wo_id, "branch_id": event.branch_id, "status": "COMPLETED",
                                             "completed_at_ms": now_ms}, update=["status", "completed_at_ms"])
    add_outbox(conn, row_id=f"{event.event_id}:wo.completed:{wo_id}", branch_id=event.branch_id, kind="wo.completed",
               now_ms=now_ms, body={"event_id": event.event_id, "wo_id": wo_id, "dedup_key": f"wo.completed:{wo_id}"})
    if wo is not None and wo.vehicle_id:
        schedule_reminders(conn, event.branch_id, wo_id, wo.vehicle_id, now_ms)


def local_day(ms: int) -> date:
    return datetime.fromtimestamp(ms / 1000, timezone.utc).astimezone(BRANCH_TZ).date()


def km_per_day(readings: list[tuple[int, str]]) -> float:
    """Kilometres a day from the vehicle's odometer history (first to last reading), or the default."""
    if len(readings) >= 2:
        (km0, at0), (km1, at1) = readings[0], readings[-1]
        days = (datetime.fromisoformat(at1) - datetime.fromisoformat(at0)).total_seconds() / 86_400
        if days >= 7 and km1 > km0:
            return (km1 - km0) / days
    return DEFAULT_KM_PER_DAY


_KM_IN_NAME = re.compile(r"(\d{1,3}(?:[.,]\d{3})+|\d{4,6})\s*km")


def service_interval_km(descriptions: list[str]) -> int:
    """The interval a job names ("Servis Berkala 10.000 km"), else 5,000 km after an oil change,
    else 10,000 km."""
    text = " ".join(d.lower() for d in descriptions)
    named = [int(re.sub(r"[.,]", "", m)) for m in _KM_IN_NAME.findall(text)]
    if named:
        return min(named)
    return OIL_KM if any(w in text for w in OIL_WORDS) else SERVICE_KM


def schedule_reminders(conn: Connection, branch_id: str, wo_id: str, vehicle_id: str, now_ms: int) -> None:
    """H+90 and a mileage reminder for the vehicle; the car back earlier replaces pending ones."""
    conn.execute(update(t.reminders).where(and_(t.reminders.c.vehicle_id == vehicle_id,
                                                t.reminders.c.published_at_ms.is_(None))).values(cancelled=1))
    today = local_day(now_ms)
    readings = [(r.km, r.read_at) for r in conn.execute(
        select(t.odometer_proj.c.km, t.odometer_proj.c.read_at).where(t.odometer_proj.c.vehicle_id == vehicle_id)
        .order_by(t.odometer_proj.c.read_at))]
    jobs = [r.description or "" for r in conn.execute(select(t.jobs_proj.c.description)
                                                      .where(t.jobs_proj.c.wo_id == wo_id))]
    interval = service_interval_km(jobs)
    rate = km_per_day(readings)
    days = min(365, max(14, math.ceil(interval / rate)))
    plans = [("h90", today + timedelta(days=H90_DAYS), f"H+{H90_DAYS}"),
             ("mileage", today + timedelta(days=days), f"{interval} km at {rate:.0f} km/day")]
    for kind, due, detail in plans:
        upsert(conn, t.reminders, ["vehicle_id", "kind", "due_date"], {
            "id": f"{wo_id}:{kind}", "branch_id": branch_id, "vehicle_id": vehicle_id, "wo_id": wo_id, "kind": kind,
            "due_date": due.isoformat(), "detail": detail, "cancelled": 0}, update=["cancelled", "wo_id", "detail"])
