"""Cashier core tests: a seeded station (copied per test) and completed work orders to check out."""

from __future__ import annotations

import pytest

from app.approval import Approval, Via
from app.roles import Role
from app.wo_states import WOStatus
from tests.core.conftest import KEY, cast, seeded, seeded_template, services, store  # noqa: F401

__all__ = ["KEY", "complete_wo"]


def complete_wo(services, cast, vehicle: int = 0, jobs=("service",), parts=(("oil", 1), ("filter", 1))):
    """A WO taken through the workshop to COMPLETED: the given jobs and dispensed parts."""
    s = services
    sa, mech, keeper = cast.actors[Role.ADVISOR], cast.actors[Role.MECHANIC], cast.actors[Role.STOREKEEPER]
    wo = s.workorders.open(sa, cast.vehicle_ids[vehicle], ["Servis"], bay="Bay 1")
    s.workorders.move(mech, wo.id, WOStatus.DIAGNOSING)
    added = [s.workorders.add_job(mech, wo.id, cast.labour_ids[j], [mech.user_id]) for j in jobs]
    lines = [s.workorders.add_part(mech, wo.id, cast.part_ids[k], q) for k, q in parts]
    s.estimates.decide_pending(sa, wo.id, Approval.APPROVED, "Pelanggan", Via.IN_PERSON)  # the customer agreed
    s.workorders.move(mech, wo.id, WOStatus.WORKING)
    for line in lines:
        s.workorders.dispense(keeper, wo.id, line.id, cast.warehouse_id)
    for job in added:
        s.workorders.set_job_status(mech, wo.id, job.id, "STARTED")
        s.workorders.set_job_status(mech, wo.id, job.id, "FINISHED")
    s.workorders.move(mech, wo.id, WOStatus.QC_TEST)
    return s.workorders.move(sa, wo.id, WOStatus.COMPLETED)


@pytest.fixture
def cashier(cast):
    return cast.actors[Role.CASHIER]


@pytest.fixture
def boss(cast):
    return cast.actors[Role.SUPERVISOR]


@pytest.fixture
def wo(services, cast):
    return complete_wo(services, cast)


@pytest.fixture
def shift(services, cashier):
    return services.shifts.open(cashier, 500_000)
