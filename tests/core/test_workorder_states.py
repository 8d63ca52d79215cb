"""The work-order state machine: every legal move works, every illegal one is refused and changes nothing."""

from __future__ import annotations

import itertools

import pytest

from app.errors import IllegalTransition, PermissionDenied, ValidationError
from app.roles import Role
from app.wo_states import TRANSITIONS, WOStatus

# a path from INTAKE to each state, through legal moves only
PATHS = {
    WOStatus.INTAKE: [],
    WOStatus.DIAGNOSING: [WOStatus.DIAGNOSING],
    WOStatus.WORKING: [WOStatus.DIAGNOSING, WOStatus.WORKING],
    WOStatus.WAITING_PARTS: [WOStatus.DIAGNOSING, WOStatus.WORKING, WOStatus.WAITING_PARTS],
    WOStatus.QC_TEST: [WOStatus.DIAGNOSING, WOStatus.WORKING, WOStatus.QC_TEST],
    WOStatus.COMPLETED: [WOStatus.DIAGNOSING, WOStatus.WORKING, WOStatus.QC_TEST, WOStatus.COMPLETED],
    WOStatus.CANCELLED: [WOStatus.CANCELLED],
}


def wo_in(services, cast, state):
    sa = cast.actors[Role.ADVISOR]
    wo = services.workorders.open(sa, cast.vehicle_ids[0], ["Mesin brebet"])
    services.workorders.add_job(sa, wo.id, cast.labour_ids["service"])
    for step in PATHS[state]:
        if step is WOStatus.QC_TEST:
            for job in services.workorders.get(wo.id).jobs:
                services.workorders.set_job_status(sa, wo.id, job.id, "STARTED")
                services.workorders.set_job_status(sa, wo.id, job.id, "FINISHED")
        wo = services.workorders.move(sa, wo.id, step)
    assert wo.status is state
    return wo


@pytest.mark.parametrize("source,target", [
    (s, t) for s, t in itertools.product(WOStatus, WOStatus) if t not in TRANSITIONS[s]
])
def test_every_illegal_transition_is_refused(services, cast, source, target):
    wo = wo_in(services, cast, source)
    events = services.store.query_one("SELECT count(*) AS n FROM sync_event_logs")["n"]
    with pytest.raises(IllegalTransition):
        services.workorders.move(cast.actors[Role.SUPERVISOR], wo.id, target)
    assert services.workorders.get(wo.id).status is source
    assert services.store.query_one("SELECT count(*) AS n FROM sync_event_logs")["n"] == events


@pytest.mark.parametrize("source,target", [(s, t) for s in WOStatus for t in TRANSITIONS[s]])
def test_every_legal_transition_works(services, cast, source, target):
    wo = wo_in(services, cast, source)
    if target is WOStatus.QC_TEST:
        for job in wo.jobs:
            if job.status == "PENDING":
                services.workorders.set_job_status(cast.actors[Role.SUPERVISOR], wo.id, job.id, "STARTED")
            services.workorders.set_job_status(cast.actors[Role.SUPERVISOR], wo.id, job.id, "FINISHED")
    assert services.workorders.move(cast.actors[Role.SUPERVISOR], wo.id, target).status is target


def test_qc_needs_finished_jobs_and_completion_needs_dispensed_parts(services, cast):
    sa = cast.actors[Role.ADVISOR]
    wo = wo_in(services, cast, WOStatus.WORKING)
    with pytest.raises(IllegalTransition, match="finish every job"):
        services.workorders.move(sa, wo.id, WOStatus.QC_TEST)
    line = services.workorders.add_part(sa, wo.id, cast.part_ids["oil"], 2)
    for job in wo.jobs:
        services.workorders.set_job_status(sa, wo.id, job.id, "STARTED")
        services.workorders.set_job_status(sa, wo.id, job.id, "FINISHED")
    services.workorders.move(sa, wo.id, WOStatus.QC_TEST)
    with pytest.raises(IllegalTransition, match="parts still waiting"):
        services.workorders.move(sa, wo.id, WOStatus.COMPLETED)
    services.workorders.dispense(cast.actors[Role.STOREKEEPER], wo.id, line.id, cast.warehouse_id)
    assert services.workorders.move(sa, wo.id, WOStatus.COMPLETED).status is WOStatus.COMPLETED
    assert services.stock.on_hand(cast.part_ids["oil"]) == 38


def test_roles_and_final_states(services, cast):
    wo = wo_in(services, cast, WOStatus.INTAKE)
    with pytest.raises(PermissionDenied):
        services.workorders.move(cast.actors[Role.CASHIER], wo.id, WOStatus.DIAGNOSING)
    with pytest.raises(PermissionDenied):
        services.workorders.move(cast.actors[Role.MECHANIC], wo.id, WOStatus.CANCELLED)
    done = wo_in(services, cast, WOStatus.COMPLETED)
    with pytest.raises(IllegalTransition, match="no longer be changed"):
        services.workorders.add_complaint(cast.actors[Role.ADVISOR], done.id, "lagi")


def test_warranty_rework_links_the_original(services, cast):
    sa = cast.actors[Role.ADVISOR]
    open_wo = wo_in(services, cast, WOStatus.WORKING)
    with pytest.raises(ValidationError):
        services.workorders.open_warranty(sa, open_wo.id, ["bocor"])
    done = wo_in(services, cast, WOStatus.COMPLETED)
    rework = services.workorders.open_warranty(sa, done.id, ["Oli rembes setelah servis"])
    assert rework.parent_wo_id == done.id and rework.status is WOStatus.INTAKE
    assert rework.number != done.number and done.number in (rework.note or "")


def test_board_lists_open_orders_with_sla(services, cast):
    wo_in(services, cast, WOStatus.WORKING)
    wo_in(services, cast, WOStatus.CANCELLED)
    cards = services.workorders.board()
    assert [c.status for c in cards] == [WOStatus.WORKING]
    assert cards[0].plate == "B 1234 XYZ" and cards[0].sla_due and not cards[0].overdue
