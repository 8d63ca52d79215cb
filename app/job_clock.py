"""The job clock on the bay: each mechanic clocks their own time on a job, as intervals.

Start (or resume), pause with a reason, finish — per job, per mechanic. Several mechanics on one
job each run their own clock; one mechanic never runs two clocks at once: starting one pauses the
other (reason OTHER_JOB) and the result says so. Every change is one command: the interval rows
(`job_clock_intervals`, per-field last writer wins) and the job's status, which follows the clocks:

- any mechanic's clock running on the job → STARTED;
- nobody running, and the one who stopped last pressed finish → FINISHED;
- nobody running, some time clocked → PAUSED; nothing clocked → PENDING.

Totals are sums over interval rows, so two stations that clocked offline agree on them after
merging, whatever the delivery order. Payroll reads `payroll()`: billed flat-rate minutes vs
clocked minutes per mechanic.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime, timezone
from enum import StrEnum
from typing import Any

from pydantic import BaseModel

from app.auth import Actor, require
from app.errors import IllegalTransition, NotFoundError, ValidationError
from app.store import Command, Store, new_id
from app.wo_states import OPEN_STATES, JobStatus, WOStatus


class PauseReason(StrEnum):
    WAITING_PARTS = "WAITING_PARTS"
    BREAK = "BREAK"
    OTHER_JOB = "OTHER_JOB"


FINISHED = "FINISHED"
QC_RETURN = "QC_RETURN"
# Work orders a clock may run on (WAITING_PARTS: a mechanic may go on with what needs no part).
CLOCK_STATES = frozenset({WOStatus.DIAGNOSING, WOStatus.WORKING, WOStatus.WAITING_PARTS})


class MechanicState(StrEnum):
    NOT_STARTED = "NOT_STARTED"
    RUNNING = "RUNNING"
    PAUSED = "PAUSED"
    FINISHED = "FINISHED"


class PausedJob(BaseModel):
    job_id: str
    wo_id: str
    description: str
    wo_number: str


class ClockResult(BaseModel):
    job_id: str
    mechanic_id: str
    state: MechanicState
    job_status: JobStatus
    paused_other: PausedJob | None = None  # the clock this start paused, if any
    others_running: int = 0  # other mechanics still clocked on the job (after a finish)


class PayrollLine(BaseModel):
    mechanic_id: str
    name: str
    billed_minutes: int  # flat-rate hours of finished jobs, shared by the mechanics who clocked them
    clocked_minutes: int


def _parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts)


def seconds(started_at: str, ended_at: str | None, now: datetime) -> int:
    end = _parse(ended_at) if ended_at else now
    return max(0, int((end - _parse(started_at)).total_seconds()))


class JobClockService:
    def __init__(self, store: Store, now=lambda: datetime.now(timezone.utc)) -> None:
        self.store = store
        self.now = now

    # -- reading ---------------------------------------------------------------------------
    def intervals(self, job_id: str, mechanic_id: str | None = None) -> list[dict[str, Any]]:
        sql = ("SELECT id, job_id, wo_id, mechanic_id, started_at, ended_at, end_reason FROM job_clock_intervals"
               " WHERE job_id = ? AND _del IS NULL AND started_at IS NOT NULL")
        params: list[Any] = [job_id]
        if mechanic_id is not None:
            sql += " AND mechanic_id = ?"
            params.append(mechanic_id)
        return self.store.query(sql + " ORDER BY started_at, id", params)

    def state(self, job_id: str, mechanic_id: str) -> MechanicState:
        return mechanic_state(self.intervals(job_id, mechanic_id))

    def clocked_seconds(self, job_id: str, mechanic_id: str | None = None) -> int:
        now = self.now()
        return sum(seconds(r["started_at"], r["ended_at"], now) for r in self.intervals(job_id, mechanic_id))

    def running(self, mechanic_id: str) -> dict[str, Any] | None:
        return self.store.query_one(
            "SELECT id, job_id, wo_id, started_at FROM job_clock_intervals WHERE mechanic_id = ?"
            " AND ended_at IS NULL AND started_at IS NOT NULL AND _del IS NULL ORDER BY started_at DESC LIMIT 1",
            (mechanic_id,))

    def payroll(self, since: datetime, until: datetime) -> list[PayrollLine]:
        """Per mechanic: minutes clocked in intervals started in [since, until), and the flat-rate
        minutes of FINISHED jobs they clocked in that period, shared evenly among the job's clockers."""
        now = self.now()
        rows = self.store.query(
            "SELECT i.mechanic_id, i.job_id, i.started_at, i.ended_at, j.status, j.flat_hours_x100"
            " FROM job_clock_intervals i LEFT JOIN wo_jobs j ON j.id = i.job_id"
            " WHERE i._del IS NULL AND i.started_at >= ? AND i.started_at < ?",
            (since.isoformat(), until.isoformat()))
        clocked: dict[str, int] = defaultdict(int)
        clockers: dict[str, set[str]] = defaultdict(set)
        flat: dict[str, int] = {}
        for r in rows:
            clocked[r["mechanic_id"]] += seconds(r["started_at"], r["ended_at"], now)
            if r["status"] == JobStatus.FINISHED.value:
                clockers[r["job_id"]].add(r["mechanic_id"])
                flat[r["job_id"]] = r["flat_hours_x100"] or 0
        billed: dict[str, int] = defaultdict(int)
        for job_id, mechanics in clockers.items():
            total = flat[job_id] * 60 // 100
            share, rest = divmod(total, len(mechanics))
            for i, mid in enumerate(sorted(mechanics)):
                billed[mid] += share + (1 if i < rest else 0)
        names = {r["id"]: r["name"] for r in self.store.query("SELECT id, name FROM users")}
        return [PayrollLine(mechanic_id=m, name=names.get(m) or m, billed_minutes=billed[m],
                            clocked_minutes=clocked[m] // 60) for m in sorted(clocked)]

    # -- commands --------------------------------------------------------------------------
    def start(self, actor: Actor, job_id: str) -> ClockResult:
        """Start or resume my clock on a job; a clock of mine running elsewhere is paused first."""
        require(actor, "job.clock")
        me = actor.user_id
        now = self.now().isoformat()
        with self.store.command("job.clock_start", actor.user_id) as cmd:
            job = self._job(job_id)
            if me not in job["mechanic_ids"]:
                raise ValidationError(f"job {job['description']} is not assigned to you", "mechanic")
            if job["status"] == JobStatus.FINISHED.value:
                raise IllegalTransition(f"job {job['description']} is finished")
            if job["wo_status"] not in CLOCK_STATES:
                raise IllegalTransition(f"{job['wo_number']} is {job['wo_status']}: it is not being worked on")
            mine = mechanic_state(self.intervals(job_id, me))
            if mine is MechanicState.RUNNING:
                raise IllegalTransition(f"your clock on {job['description']} is already running")
            paused_other = None
            other = self.running(me)
            if other is not None:
                cmd.upsert("job_clock_intervals", other["id"], ended_at=now, end_reason=PauseReason.OTHER_JOB.value)
                other_job = self._job(other["job_id"])
                self._follow(cmd, other_job["id"], finishing=False)
                paused_other = PausedJob(job_id=other_job["id"], wo_id=other_job["wo_id"],
                                         description=other_job["description"], wo_number=other_job["wo_number"])
            cmd.upsert("job_clock_intervals", new_id(), job_id=job_id, wo_id=job["wo_id"], mechanic_id=me,
                       started_at=now)
            status = self._follow(cmd, job_id, finishing=False)
            cmd.detail = {"wo": job["wo_number"], "job": job_id, "paused": paused_other.job_id if paused_other else None}
        return ClockResult(job_id=job_id, mechanic_id=me, state=MechanicState.RUNNING, job_status=status,
                           paused_other=paused_other)

    resume = start

    def pause(self, actor: Actor, job_id: str, reason: PauseReason | str) -> ClockResult:
        require(actor, "job.clock")
        try:
            reason = PauseReason(reason)
        except ValueError:
            raise ValidationError(f"no pause reason {reason!r}", "reason") from None
        return self._stop(actor, job_id, reason.value)

    def finish(self, actor: Actor, job_id: str) -> ClockResult:
        require(actor, "job.clock")
        return self._stop(actor, job_id, FINISHED)

    def _stop(self, actor: Actor, job_id: str, reason: str) -> ClockResult:
        me = actor.user_id
        now = self.now().isoformat()
        with self.store.command("job.clock_stop", actor.user_id) as cmd:
            job = self._job(job_id)
            if job["wo_status"] not in OPEN_STATES:
                raise IllegalTransition(f"{job['wo_number']} is {job['wo_status']}: it can no longer be changed")
            running = [r for r in self.intervals(job_id, me) if r["ended_at"] is None]
            if not running:
                raise IllegalTransition(f"your clock on {job['description']} is not running")
            for r in running:
                cmd.upsert("job_clock_intervals", r["id"], ended_at=now, end_reason=reason)
            status = self._follow(cmd, job_id, finishing=reason == FINISHED)
            others = len({r["mechanic_id"] for r in self.intervals(job_id)
                          if r["ended_at"] is None and r["mechanic_id"] != me})
            cmd.detail = {"wo": job["wo_number"], "job": job_id, "reason": reason}
        state = MechanicState.FINISHED if reason == FINISHED else MechanicState.PAUSED
        return ClockResult(job_id=job_id, mechanic_id=me, state=state, job_status=status, others_running=others)

    def stop_all(self, cmd: Command, job_id: str, reason: str) -> None:
        """Inside another command (QC, cancel): end every running interval on a job."""
        now = self.now().isoformat()
        for r in self.intervals(job_id):
            if r["ended_at"] is None:
                cmd.upsert("job_clock_intervals", r["id"], ended_at=now, end_reason=reason)

    # -- inside a command ------------------------------------------------------------------
    def _job(self, job_id: str) -> dict[str, Any]:
        row = self.store.query_one(
            "SELECT j.id, j.wo_id, j.description, j.status, j.mechanic_ids, w.number AS wo_number,"
            " w.status AS wo_status FROM wo_jobs j LEFT JOIN workorders w ON w.id = j.wo_id"
            " WHERE j.id = ? AND j._del IS NULL", (job_id,))
        if row is None or row["wo_number"] is None:
            raise NotFoundError(f"no job {job_id}")
        return {**row, "description": row["description"] or "", "status": row["status"] or JobStatus.PENDING.value,
                "mechanic_ids": json.loads(row["mechanic_ids"] or "[]")}

    def _follow(self, cmd: Command, job_id: str, *, finishing: bool) -> JobStatus:
        """Write the job's status as its clocks say (see the module's doc)."""
        rows = self.intervals(job_id)
        if any(r["ended_at"] is None for r in rows):
            status = JobStatus.STARTED
        elif finishing:
            status = JobStatus.FINISHED
        elif rows:
            status = JobStatus.PAUSED
        else:
            status = JobStatus.PENDING
        cmd.upsert("wo_jobs", job_id, status=status.value)
        return status


def mechanic_state(rows: list[dict[str, Any]]) -> MechanicState:
    if not rows:
        return MechanicState.NOT_STARTED
    if any(r["ended_at"] is None for r in rows):
        return MechanicState.RUNNING
    last = max(rows, key=lambda r: (r["ended_at"] or "", r["id"]))
    return MechanicState.FINISHED if last["end_reason"] == FINISHED else MechanicState.PAUSED
