"""The state of "my jobs" and the open job's clock: a QObject without widgets."""

from __future__ import annotations

import time
from datetime import datetime, timezone

from PySide6.QtCore import QObject, Signal

from app.job_clock import ClockResult, MechanicState, PauseReason
from app.queries.mechanic_jobs import MyJob, my_jobs
from app.wo_states import JobStatus, WOStatus
from ui.kit.changes import ChangeWatcher
from ui.kit.labels import error_message
from ui.kit.operations import CommandOp, QueryOp
from ui.kit.screen import ViewContext
from ui.mechanic.common import BAY_TABLES, pause_reason_text, tr


class JobsModel(QObject):
    jobs_changed = Signal(list)    # list[MyJob]
    job_changed = Signal(object)   # MyJob | None: the job open on the clock page
    message = Signal(str, str)     # severity, text

    def __init__(self, ctx: ViewContext, owner: QObject, origin: str) -> None:
        super().__init__(owner)
        self.ctx = ctx
        self.origin = origin
        self.jobs: list[MyJob] = []
        self.job_id: str | None = None
        self.wo_ready = False  # every job of the open job's WO finished, and the WO being worked
        self._seconds_at = (0, time.monotonic())
        self.watcher = ChangeWatcher(ctx.services.store, BAY_TABLES, owner=owner if hasattr(owner, "isVisible") else None,
                                     origin=origin, parent=self)
        self.watcher.changed.connect(lambda _c: self.refresh())

    @property
    def job(self) -> MyJob | None:
        return next((j for j in self.jobs if j.job_id == self.job_id), None)

    def seconds(self) -> int:
        """My clocked time on the open job, ticking while my clock runs."""
        base, at = self._seconds_at
        job = self.job
        if job is not None and job.my_state is MechanicState.RUNNING:
            return base + int(time.monotonic() - at)
        return base

    # -- reading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        s, me, job_id = self.ctx.services, self.ctx.actor.user_id, self.job_id

        def load() -> tuple[list[MyJob], bool]:  # on the store lane: reads nothing of self
            jobs = my_jobs(s.store, me, datetime.now(timezone.utc))
            ready = False
            job = next((j for j in jobs if j.job_id == job_id), None)
            if job is not None:
                wo = s.workorders.get(job.wo_id)
                ready = wo.status is WOStatus.WORKING and all(j.status is JobStatus.FINISHED for j in wo.jobs)
            return jobs, ready

        QueryOp(self, load, tasks=self.ctx.tasks).success(self._loaded).failure(self._failed).run()

    def _loaded(self, result: tuple[list[MyJob], bool]) -> None:
        self.jobs, self.wo_ready = result
        job = self.job
        self._seconds_at = (job.my_seconds if job else 0, time.monotonic())
        self.jobs_changed.emit(self.jobs)
        self.job_changed.emit(job)

    def open_job(self, job_id: str | None) -> None:
        self.job_id = job_id
        self.refresh()

    # -- commands ----------------------------------------------------------------------------
    def _run(self, fn, done) -> None:  # noqa: ANN001
        CommandOp(self, fn, origin=self.origin, tasks=self.ctx.tasks).success(done).failure(self._failed) \
            .finally_(self.refresh).run()

    def start(self) -> None:
        job_id, actor, clock = self.job_id, self.ctx.actor, self.ctx.services.clock
        if job_id is not None:
            self._run(lambda: clock.start(actor, job_id), self._started)

    def pause(self, reason: PauseReason) -> None:
        job_id, actor, clock = self.job_id, self.ctx.actor, self.ctx.services.clock
        if job_id is not None:
            self._run(lambda: clock.pause(actor, job_id, reason),
                      lambda _r: self.message.emit("info", tr("Clock paused: %1").replace("%1", pause_reason_text(reason))))

    def finish(self) -> None:
        job_id, actor, clock = self.job_id, self.ctx.actor, self.ctx.services.clock
        if job_id is not None:
            self._run(lambda: clock.finish(actor, job_id), self._finished)

    def send_to_qc(self) -> None:
        job = self.job
        if job is None:
            return
        wo_id, actor, qc = job.wo_id, self.ctx.actor, self.ctx.services.qc
        self._run(lambda: qc.send_to_qc(actor, wo_id),
                  lambda wo: self.message.emit("ok", tr("%1 is waiting for QC").replace("%1", wo.number)))

    def _started(self, result: ClockResult) -> None:
        if result.paused_other is not None:
            other = result.paused_other
            self.message.emit("warning", tr("Your clock on %1 (%2) was paused: one clock at a time.")
                              .replace("%1", other.description).replace("%2", other.wo_number))
        else:
            self.message.emit("ok", tr("Clock running"))

    def _finished(self, result: ClockResult) -> None:
        if result.others_running:
            self.message.emit("ok", tr("You finished; %1 other mechanic(s) still on this job.")
                              .replace("%1", str(result.others_running)))
        else:
            self.message.emit("ok", tr("Job finished"))

    def _failed(self, exc: BaseException) -> None:
        self.message.emit("error", error_message(exc))
