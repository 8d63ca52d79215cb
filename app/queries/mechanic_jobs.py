"""A mechanic's jobs: labour jobs assigned to them on open work orders, the running ones first."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from app.queries.paging import Page, fetch_page
from app.store import Store
from app.wo_states import OPEN_STATES, JobStatus, WOStatus


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
