"""The mechanic's "my jobs": jobs assigned to me across open work orders, with what the bay needs."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from pydantic import BaseModel

from app.job_clock import MechanicState, mechanic_state, seconds
from app.queries.paging import Page, fetch_page
from app.store import Store
from app.wo_states import OPEN_STATES, JobStatus, WOStatus


class MyJob(BaseModel):
    job_id: str
    wo_id: str
    wo_number: str
    wo_status: WOStatus
    plate: str
    vehicle: str
    bay: str | None
    description: str
    job_status: JobStatus
    my_state: MechanicState
    my_seconds: int  # my clocked time on this job, up to `now`
    running_since: str | None  # my running interval's start
    sla_due: str | None
    sla_minutes_left: int | None  # negative: overdue
    complaints: list[str]
    advisor_note: str | None
    co_mechanics: list[str]  # names of the others assigned
    last_qc_return: str | None  # the reason, when QC sent this job back


def my_jobs(store: Store, mechanic_id: str, now: datetime) -> list[MyJob]:
    open_states = sorted(s.value for s in OPEN_STATES)
    rows = store.query(
        "SELECT j.id AS job_id, j.wo_id, j.description, j.status AS job_status, j.mechanic_ids, w.number,"
        " w.status AS wo_status, w.bay, w.sla_due, w.note, v.plate, v.make, v.model"
        " FROM wo_jobs j JOIN workorders w ON w.id = j.wo_id LEFT JOIN vehicles v ON v.id = w.vehicle_id"
        " WHERE j._del IS NULL AND w._del IS NULL AND w.number IS NOT NULL"
        f" AND w.status IN ({','.join('?' * len(open_states))})"
        " AND EXISTS (SELECT 1 FROM json_each(j.mechanic_ids) WHERE value = ?)"
        " ORDER BY w.sla_due, w.number, j.id",
        [*open_states, mechanic_id])
    if not rows:
        return []
    names = {r["id"]: r["name"] for r in store.query("SELECT id, name FROM users")}
    wo_ids = sorted({r["wo_id"] for r in rows})
    marks = ",".join("?" * len(wo_ids))
    complaints: dict[str, list[str]] = {}
    # Written in one command, complaints share the id's millisecond: then the order they were written.
    for c in store.query(f"SELECT wo_id, text FROM wo_complaints WHERE wo_id IN ({marks}) AND _del IS NULL"
                         " ORDER BY substr(id, 1, 12), rowid", wo_ids):
        complaints.setdefault(c["wo_id"], []).append(c["text"] or "")
    intervals: dict[str, list[dict]] = {}
    for i in store.query(f"SELECT id, job_id, started_at, ended_at, end_reason FROM job_clock_intervals"
                         f" WHERE wo_id IN ({marks}) AND mechanic_id = ? AND _del IS NULL AND started_at IS NOT NULL",
                         [*wo_ids, mechanic_id]):
        intervals.setdefault(i["job_id"], []).append(i)
    returns: dict[str, str] = {}
    for q in store.query(f"SELECT job_id, reason FROM qc_checks WHERE wo_id IN ({marks}) AND result = 'RETURNED'"
                         " AND _del IS NULL ORDER BY checked_at", wo_ids):
        returns[q["job_id"]] = q["reason"] or ""
    out = []
    for r in rows:
        mine = intervals.get(r["job_id"], [])
        running = next((i["started_at"] for i in mine if i["ended_at"] is None), None)
        left = None
        if r["sla_due"]:
            left = int((datetime.fromisoformat(r["sla_due"]) - now).total_seconds() // 60)
        others = [names.get(m) or m for m in json.loads(r["mechanic_ids"] or "[]") if m != mechanic_id]
        out.append(MyJob(
            job_id=r["job_id"], wo_id=r["wo_id"], wo_number=r["number"], wo_status=r["wo_status"],
            plate=r["plate"] or "", vehicle=" ".join(x for x in (r["make"], r["model"]) if x), bay=r["bay"],
            description=r["description"] or "", job_status=r["job_status"] or JobStatus.PENDING.value,
            my_state=mechanic_state(mine), my_seconds=sum(seconds(i["started_at"], i["ended_at"], now) for i in mine),
            running_since=running, sla_due=r["sla_due"], sla_minutes_left=left,
            complaints=complaints.get(r["wo_id"], []), advisor_note=r["note"], co_mechanics=others,
            last_qc_return=returns.get(r["job_id"])))
    return out


# The paged list (every screen's query shape): jobs assigned to a mechanic, running ones first.
class MechanicJob(BaseModel):
    job_id: str
    wo_id: str
    wo_number: str
    wo_status: WOStatus
    plate: str
    bay: str | None
    description: str
    status: JobStatus
    flat_hours_x100: int
    sla_due: str | None


_ORDER = "CASE j.status WHEN 'STARTED' THEN 0 WHEN 'PAUSED' THEN 1 WHEN 'PENDING' THEN 2 ELSE 3 END"
_STATES = sorted(s.value for s in OPEN_STATES)
_SQL = (
    "SELECT j.id AS job_id, w.id AS wo_id, w.number AS wo_number, w.status AS wo_status, v.plate, w.bay,"
    " j.description, j.status, j.flat_hours_x100, w.sla_due"
    " FROM wo_jobs j JOIN workorders w ON w.id = j.wo_id LEFT JOIN vehicles v ON v.id = w.vehicle_id"
    " WHERE j._del IS NULL AND w._del IS NULL AND w.number IS NOT NULL"
    f"   AND w.status IN ({','.join('?' * len(_STATES))})"
    "   AND EXISTS (SELECT 1 FROM json_each(coalesce(j.mechanic_ids, '[]')) m WHERE m.value = ?)"
    "   AND (? OR coalesce(j.status, 'PENDING') != 'FINISHED')"
    f" ORDER BY {_ORDER}, w.sla_due, w.number, j.id"
)


def _row(r: dict[str, Any]) -> MechanicJob:
    return MechanicJob(**{**r, "plate": r["plate"] or "", "description": r["description"] or "",
                          "status": r["status"] or JobStatus.PENDING.value,
                          "flat_hours_x100": r["flat_hours_x100"] or 0})


def mechanic_jobs(store: Store, mechanic_id: str, *, include_finished: bool = False, offset: int = 0,
                  limit: int = 50) -> Page[MechanicJob]:
    return fetch_page(store, _SQL, [*_STATES, mechanic_id, 1 if include_finished else 0], offset, limit, _row)
