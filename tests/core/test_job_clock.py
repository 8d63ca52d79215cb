"""Job clock: start/pause/resume/finish per mechanic, two mechanics on one job, one clock per mechanic,
job status follows the clocks, payroll (billed vs clocked), findings, QC and "my jobs"."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from app.auth import Actor
from app.errors import IllegalTransition, PermissionDenied, ValidationError
from app.job_clock import MechanicState, PauseReason
from app.queries.mechanic_jobs import my_jobs
from app.roles import Role
from app.wo_states import JobStatus, WOStatus


class Clock:
    def __init__(self) -> None:
        self.t = datetime(2026, 12, 4, 8, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.t

    def tick(self, minutes: int) -> None:
        self.t += timedelta(minutes=minutes)


@pytest.fixture
def clock(services):
    c = Clock()
    services.clock.now = c
    services.qc.now = c
    services.findings.now = c
    return c


@pytest.fixture
def second_mechanic(services, cast):
    user = services.auth.create_user(cast.actors[Role.SUPERVISOR], "Budi (Mekanik)", Role.MECHANIC, "3333")
    return Actor(user_id=user.id, name=user.name, role=Role.MECHANIC)


@pytest.fixture
def wo(services, cast, second_mechanic):
    sa, mech = cast.actors[Role.ADVISOR], cast.actors[Role.MECHANIC]
    wo = services.workorders.open(sa, cast.vehicle_ids[0], ["Rem bunyi", "Servis berkala"], bay="Bay 2",
                                  note="Pelanggan menunggu")
    service = services.workorders.add_job(sa, wo.id, cast.labour_ids["service"], [mech.user_id, second_mechanic.user_id])
    brake = services.workorders.add_job(sa, wo.id, cast.labour_ids["brake"], [mech.user_id])
    services.workorders.move(mech, wo.id, WOStatus.DIAGNOSING)
    services.workorders.move(mech, wo.id, WOStatus.WORKING)
    return services.workorders.get(wo.id).model_copy(update={"jobs": [service, brake]})  # jobs[0] service, [1] brake


def job_status(services, wo_id, job_id):
    return next(j.status for j in services.workorders.get(wo_id).jobs if j.id == job_id)


def test_start_pause_resume_finish_clocks_intervals(services, cast, wo, clock):
    mech, job = cast.actors[Role.MECHANIC], wo.jobs[1]
    r = services.clock.start(mech, job.id)
    assert r.state is MechanicState.RUNNING and r.job_status is JobStatus.STARTED and r.paused_other is None
    clock.tick(30)
    r = services.clock.pause(mech, job.id, PauseReason.WAITING_PARTS)
    assert r.state is MechanicState.PAUSED and job_status(services, wo.id, job.id) is JobStatus.PAUSED
    with pytest.raises(IllegalTransition):
        services.clock.pause(mech, job.id, PauseReason.BREAK)  # not running
    clock.tick(20)  # paused time is not clocked
    services.clock.resume(mech, job.id)
    with pytest.raises(IllegalTransition):
        services.clock.start(mech, job.id)  # already running
    clock.tick(15)
    r = services.clock.finish(mech, job.id)
    assert r.state is MechanicState.FINISHED and r.job_status is JobStatus.FINISHED
    assert services.clock.clocked_seconds(job.id) == 45 * 60
    rows = services.clock.intervals(job.id)
    assert [x["end_reason"] for x in rows] == ["WAITING_PARTS", "FINISHED"]
    with pytest.raises(IllegalTransition):
        services.clock.start(mech, job.id)  # a finished job stays finished


def test_two_mechanics_each_clock_their_own_time(services, cast, wo, clock, second_mechanic):
    mech, job = cast.actors[Role.MECHANIC], wo.jobs[0]
    services.clock.start(mech, job.id)
    clock.tick(10)
    services.clock.start(second_mechanic, job.id)
    clock.tick(20)
    r = services.clock.finish(mech, job.id)
    assert r.job_status is JobStatus.STARTED and r.others_running == 1  # Budi still works on it
    clock.tick(5)
    r = services.clock.finish(second_mechanic, job.id)
    assert r.job_status is JobStatus.FINISHED and r.others_running == 0
    assert services.clock.clocked_seconds(job.id, mech.user_id) == 30 * 60
    assert services.clock.clocked_seconds(job.id, second_mechanic.user_id) == 25 * 60


def test_starting_a_second_clock_pauses_the_first_and_says_so(services, cast, wo, clock):
    mech = cast.actors[Role.MECHANIC]
    services.clock.start(mech, wo.jobs[0].id)
    clock.tick(10)
    r = services.clock.start(mech, wo.jobs[1].id)
    assert r.paused_other is not None and r.paused_other.job_id == wo.jobs[0].id
    assert services.clock.state(wo.jobs[0].id, mech.user_id) is MechanicState.PAUSED
    assert services.clock.intervals(wo.jobs[0].id)[0]["end_reason"] == PauseReason.OTHER_JOB.value
    assert job_status(services, wo.id, wo.jobs[0].id) is JobStatus.PAUSED
    assert services.clock.running(mech.user_id)["job_id"] == wo.jobs[1].id


def test_clock_refusals_change_nothing(services, cast, wo, second_mechanic):
    mech, sa = cast.actors[Role.MECHANIC], cast.actors[Role.ADVISOR]
    before = services.store.query_one("SELECT count(*) AS n FROM sync_event_logs")["n"]
    with pytest.raises(ValidationError):
        services.clock.start(second_mechanic, wo.jobs[1].id)  # not assigned to Budi
    with pytest.raises(PermissionDenied):
        services.clock.start(sa, wo.jobs[1].id)  # an advisor does not clock
    with pytest.raises(ValidationError):
        services.clock.pause(mech, wo.jobs[1].id, "LUNCH")
    assert services.store.query_one("SELECT count(*) AS n FROM sync_event_logs")["n"] == before


def test_payroll_billed_vs_clocked(services, cast, wo, clock, second_mechanic):
    mech = cast.actors[Role.MECHANIC]
    since = clock.t
    services.clock.start(mech, wo.jobs[0].id)  # service 1.5 h flat, two clockers
    services.clock.start(second_mechanic, wo.jobs[0].id)
    clock.tick(60)
    services.clock.finish(mech, wo.jobs[0].id)
    services.clock.finish(second_mechanic, wo.jobs[0].id)
    services.clock.start(mech, wo.jobs[1].id)  # brake 1.0 h flat, still running: not billed yet
    clock.tick(30)
    lines = {p.mechanic_id: p for p in services.clock.payroll(since, since + timedelta(days=1))}
    assert lines[mech.user_id].clocked_minutes == 90 and lines[mech.user_id].billed_minutes == 45
    assert lines[second_mechanic.user_id].clocked_minutes == 60 and lines[second_mechanic.user_id].billed_minutes == 45
    assert services.clock.payroll(since + timedelta(days=1), since + timedelta(days=2)) == []


def test_findings_and_recommended_job_carry_the_mechanic(services, cast, wo):
    mech = cast.actors[Role.MECHANIC]
    f = services.findings.record(mech, wo.id, "BRAKE_WORN", "kampas belakang 2 mm", job_id=wo.jobs[1].id,
                                 recommend_labour_id=cast.labour_ids["brake"])
    assert f.mechanic_id == mech.user_id and f.recommended_job_id
    rec = services.findings.recommended_jobs(wo.id)
    assert [r.id for r in rec] == [f.recommended_job_id] and rec[0].recommended_by == mech.user_id
    line = next(j for j in services.workorders.get(wo.id).jobs if j.id == f.recommended_job_id)
    assert line.status is JobStatus.PENDING and line.mechanic_ids == []
    with pytest.raises(ValidationError):
        services.findings.record(mech, wo.id, "OTHER", "  ")
    with pytest.raises(ValidationError):
        services.findings.record(mech, wo.id, "NOPE")
    assert len(services.findings.for_wo(wo.id)) == 1


def _finish_all(services, mech, other, wo):
    services.clock.start(mech, wo.jobs[0].id)
    services.clock.finish(mech, wo.jobs[0].id)
    services.clock.start(mech, wo.jobs[1].id)
    services.clock.finish(mech, wo.jobs[1].id)


def test_qc_by_someone_who_did_not_do_the_work(services, cast, wo, clock, second_mechanic):
    mech, boss = cast.actors[Role.MECHANIC], cast.actors[Role.SUPERVISOR]
    services.clock.start(mech, wo.jobs[1].id)
    with pytest.raises(IllegalTransition):
        services.qc.send_to_qc(mech, wo.id)  # jobs not finished
    services.clock.finish(mech, wo.jobs[1].id)
    services.clock.start(mech, wo.jobs[0].id)
    services.clock.finish(mech, wo.jobs[0].id)
    assert services.qc.send_to_qc(mech, wo.id).status is WOStatus.QC_TEST
    with pytest.raises(PermissionDenied):
        services.qc.pass_(mech, wo.id)  # the one who did the job
    with pytest.raises(PermissionDenied):
        services.qc.pass_(second_mechanic, wo.id)  # assigned to a job of it
    assert not services.qc.may_check(mech, wo.id) and services.qc.may_check(boss, wo.id)
    back = services.qc.return_(boss, wo.id, wo.jobs[1].id, "Rem masih bunyi")
    assert back.status is WOStatus.WORKING
    assert job_status(services, wo.id, wo.jobs[1].id) is JobStatus.PAUSED
    [check] = services.qc.checks(job_id=wo.jobs[1].id)
    assert check.result == "RETURNED" and check.reason == "Rem masih bunyi" and check.checker_id == boss.user_id
    mine = {j.job_id: j for j in my_jobs(services.store, mech.user_id, clock())}
    assert mine[wo.jobs[1].id].last_qc_return == "Rem masih bunyi"
    services.clock.resume(mech, wo.jobs[1].id)
    services.clock.finish(mech, wo.jobs[1].id)
    services.qc.send_to_qc(mech, wo.id)
    with pytest.raises(ValidationError):
        services.qc.return_(boss, wo.id, wo.jobs[1].id, " ")
    assert services.qc.pass_(boss, wo.id).status is WOStatus.COMPLETED
    assert [c.result for c in services.qc.checks(wo.id)] == ["RETURNED", "PASSED"]


def test_my_jobs_lists_what_the_bay_needs(services, cast, wo, clock, second_mechanic):
    mech = cast.actors[Role.MECHANIC]
    services.clock.start(mech, wo.jobs[1].id)
    clock.tick(12)
    mine = [j for j in my_jobs(services.store, mech.user_id, clock()) if j.wo_id == wo.id]
    assert {j.job_id for j in mine} == {wo.jobs[0].id, wo.jobs[1].id}
    brake = next(j for j in mine if j.job_id == wo.jobs[1].id)
    assert brake.plate == "B 1234 XYZ" and brake.bay == "Bay 2" and brake.complaints == ["Rem bunyi", "Servis berkala"]
    assert brake.advisor_note == "Pelanggan menunggu" and brake.my_state is MechanicState.RUNNING
    left = (datetime.fromisoformat(wo.sla_due) - clock()).total_seconds() // 60  # the WO was opened at the real time
    assert brake.my_seconds == 12 * 60 and brake.sla_minutes_left == left
    service = next(j for j in mine if j.job_id == wo.jobs[0].id)
    assert service.co_mechanics == ["Budi (Mekanik)"] and service.my_state is MechanicState.NOT_STARTED
    andi = [j.job_id for j in my_jobs(services.store, second_mechanic.user_id, clock())]
    assert andi == [wo.jobs[0].id]
