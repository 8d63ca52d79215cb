"""Quality control: the mechanic sends a finished work order to QC_TEST; a checker who did not
work on it passes it (COMPLETED) or returns it to WORKING with a reason recorded against a job.

A checker is a supervisor/admin or a mechanic who is neither assigned to nor clocked on any job
of the work order. Every check (passed or returned) is a `qc_checks` row: payroll and quality
reports read returns per job.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from enum import StrEnum

from pydantic import BaseModel

from app.auth import Actor, allowed, require
from app.errors import IllegalTransition, NotFoundError, PermissionDenied, ValidationError
from app.job_clock import QC_RETURN, JobClockService
from app.store import Store, new_id
from app.wo_states import JobStatus, WOStatus
from app.workorders import WorkOrder, WorkOrderService


class QCResult(StrEnum):
    PASSED = "PASSED"
    RETURNED = "RETURNED"


class QCCheck(BaseModel):
    id: str
    wo_id: str
    job_id: str | None
    checker_id: str
    result: QCResult
    reason: str | None
    checked_at: str


class QCService:
    def __init__(self, store: Store, workorders: WorkOrderService, clock: JobClockService,
                 now=lambda: datetime.now(timezone.utc)) -> None:
        self.store = store
        self.workorders = workorders
        self.clock = clock
        self.now = now

    def send_to_qc(self, actor: Actor, wo_id: str) -> WorkOrder:
        """Every job finished (no clock running) → QC_TEST."""
        return self.workorders.move(actor, wo_id, WOStatus.QC_TEST)

    def workers(self, wo_id: str) -> set[str]:
        """Who worked on the work order: assigned to a job or clocked on one."""
        ids: set[str] = set()
        for r in self.store.query("SELECT mechanic_ids FROM wo_jobs WHERE wo_id = ? AND _del IS NULL", (wo_id,)):
            ids.update(json.loads(r["mechanic_ids"] or "[]"))
        ids.update(r["mechanic_id"] for r in self.store.query(
            "SELECT DISTINCT mechanic_id FROM job_clock_intervals WHERE wo_id = ? AND _del IS NULL", (wo_id,)))
        return ids

    def may_check(self, actor: Actor, wo_id: str) -> bool:
        return allowed(actor, "qc.check") and actor.user_id not in self.workers(wo_id)

    def _checkable(self, actor: Actor, wo_id: str) -> WorkOrder:
        require(actor, "qc.check")
        wo = self.workorders.get(wo_id)
        if actor.user_id in self.workers(wo_id):
            raise PermissionDenied(f"{wo.number}: you worked on it, so someone else checks it")
        if wo.status is not WOStatus.QC_TEST:
            raise IllegalTransition(f"{wo.number} is {wo.status.value}, not waiting for QC")
        return wo

    def pass_(self, actor: Actor, wo_id: str) -> WorkOrder:
        with self.store.command("qc.pass", actor.user_id) as cmd:
            wo = self._checkable(actor, wo_id)  # inside the writer's transaction
            if any(p.dispensed < p.qty for p in wo.parts):
                raise IllegalTransition(f"{wo.number}: parts still waiting at the warehouse")
            cmd.upsert("qc_checks", new_id(), wo_id=wo_id, job_id=None, checker_id=actor.user_id,
                       result=QCResult.PASSED.value, reason=None, checked_at=self.now().isoformat())
            cmd.status(wo_id, WOStatus.COMPLETED.value)
            cmd.detail = {"wo": wo.number, "qc": QCResult.PASSED.value}
        return self.workorders.get(wo_id)

    def return_(self, actor: Actor, wo_id: str, job_id: str, reason: str) -> WorkOrder:
        """Back to WORKING; the job is reopened (PAUSED: its mechanics resume it) and the reason is kept."""
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError("say why the work order goes back", "reason")
        with self.store.command("qc.return", actor.user_id) as cmd:
            wo = self._checkable(actor, wo_id)
            if job_id not in {j.id for j in wo.jobs}:
                raise NotFoundError(f"no job {job_id} on {wo.number}")
            cmd.upsert("qc_checks", new_id(), wo_id=wo_id, job_id=job_id, checker_id=actor.user_id,
                       result=QCResult.RETURNED.value, reason=reason[:1000], checked_at=self.now().isoformat())
            self.clock.stop_all(cmd, job_id, QC_RETURN)
            cmd.upsert("wo_jobs", job_id, status=JobStatus.PAUSED.value)
            cmd.status(wo_id, WOStatus.WORKING.value)
            cmd.detail = {"wo": wo.number, "qc": QCResult.RETURNED.value, "job": job_id}
        return self.workorders.get(wo_id)

    def checks(self, wo_id: str | None = None, job_id: str | None = None) -> list[QCCheck]:
        where, params = ["_del IS NULL"], []
        if wo_id:
            where.append("wo_id = ?")
            params.append(wo_id)
        if job_id:
            where.append("job_id = ?")
            params.append(job_id)
        return [QCCheck(**r) for r in self.store.query(
            "SELECT id, wo_id, job_id, checker_id, result, reason, checked_at FROM qc_checks WHERE "
            + " AND ".join(where) + " ORDER BY checked_at, id", params)]

    def waiting(self) -> list[WorkOrder]:
        """Work orders waiting for QC."""
        return [self.workorders.get(r["id"]) for r in self.store.query(
            "SELECT id FROM workorders WHERE status = ? AND _del IS NULL ORDER BY sla_due", (WOStatus.QC_TEST.value,))]
