""""WO still open" is checked inside the writer's transaction: a WO cancelled by another station
between a command's look-ups and its write gets nothing written to it. Job states are an enum."""

from __future__ import annotations

import threading

import pytest

from app.errors import IllegalTransition, ValidationError
from app.roles import Role
from app.wo_states import JOB_TRANSITIONS, JobStatus, WOStatus


def _cancel_elsewhere(services, actor, wo_id):  # noqa: ANN001, ANN202
    """Commit a cancel from another thread now (as the LAN bus would) and wait for it."""
    worker = threading.Thread(target=lambda: services.workorders.move(actor, wo_id, WOStatus.CANCELLED))
    worker.start()
    worker.join(10)


def _counts(store, wo_id):  # noqa: ANN001, ANN202
    return {t: store.query_one(f"SELECT count(*) AS n FROM {t} WHERE wo_id = ?", (wo_id,))["n"]
            for t in ("wo_complaints", "wo_jobs", "wo_parts")}


@pytest.mark.parametrize("command", ["add_part", "add_job", "assign", "add_complaint"])
def test_a_cancel_committed_during_the_look_ups_refuses_the_write(services, cast, monkeypatch, command) -> None:  # noqa: ANN001
    sa = cast.actors[Role.ADVISOR]
    wo = services.workorders.open(sa, cast.vehicle_ids[0], ["Rem bunyi"])
    job = services.workorders.add_job(sa, wo.id, cast.labour_ids["brake"])
    before = _counts(services.store, wo.id)
    wos = services.workorders
    hooks = {"add_part": (services.catalogue, "part"), "add_job": (services.catalogue, "labour"),
             "assign": (wos, "_mechanics")}
    if command in hooks:
        owner, name = hooks[command]
        real = getattr(owner, name)

        def looks_up_then_cancel(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            result = real(*args, **kwargs)
            _cancel_elsewhere(services, sa, wo.id)
            return result

        monkeypatch.setattr(owner, name, looks_up_then_cancel)
    else:
        _cancel_elsewhere(services, sa, wo.id)
    mech = cast.actors[Role.MECHANIC].user_id
    calls = {
        "add_part": lambda: wos.add_part(sa, wo.id, cast.part_ids["pads"], 1),
        "add_job": lambda: wos.add_job(sa, wo.id, cast.labour_ids["ac"]),
        "assign": lambda: wos.assign(sa, wo.id, job.id, [mech], bay="Bay 9"),
        "add_complaint": lambda: wos.add_complaint(sa, wo.id, "AC kurang dingin"),
    }
    with pytest.raises(IllegalTransition, match="can no longer be changed"):
        calls[command]()
    assert services.workorders.get(wo.id).status is WOStatus.CANCELLED
    assert _counts(services.store, wo.id) == before
    assert services.workorders.get(wo.id).bay != "Bay 9"


def test_job_states_are_an_enum_with_their_moves(services, cast) -> None:  # noqa: ANN001
    sa = cast.actors[Role.ADVISOR]
    wo = services.workorders.open(sa, cast.vehicle_ids[0], ["Servis"])
    job = services.workorders.add_job(sa, wo.id, cast.labour_ids["service"])
    assert job.status is JobStatus.PENDING
    services.workorders.move(sa, wo.id, WOStatus.DIAGNOSING)
    with pytest.raises(ValidationError):
        services.workorders.set_job_status(sa, wo.id, job.id, "DONE")
    with pytest.raises(IllegalTransition):
        services.workorders.set_job_status(sa, wo.id, job.id, JobStatus.FINISHED)
    services.workorders.set_job_status(sa, wo.id, job.id, JobStatus.STARTED)
    services.workorders.set_job_status(sa, wo.id, job.id, "PAUSED")  # plain text still works
    assert services.workorders.get(wo.id).jobs[0].status is JobStatus.PAUSED
    assert set(JOB_TRANSITIONS) == set(JobStatus)
