"""Estimate approval per line, the running estimate, mechanics and a bay per job, billing approved lines."""

from __future__ import annotations

import pytest

from app import tax
from app.approval import Approval, Via
from app.errors import IllegalTransition, PermissionDenied, ValidationError
from app.roles import Role
from app.wo_states import WOStatus


@pytest.fixture
def wo(services, cast):
    sa = cast.actors[Role.ADVISOR]
    wo = services.workorders.open(sa, cast.vehicle_ids[0], ["Servis berkala"], odometer_km=12_000)
    services.workorders.add_job(sa, wo.id, cast.labour_ids["service"])  # 1.5 h x 200.000
    services.workorders.add_job(sa, wo.id, cast.labour_ids["ac"])  # 0.75 h x 200.000
    services.workorders.add_part(sa, wo.id, cast.part_ids["oil"], 1)  # 385.000
    services.workorders.add_part(sa, wo.id, cast.part_ids["filter"], 2)  # 2 x 65.000
    return services.workorders.get(wo.id)


def events(services) -> int:
    return services.store.query_one("SELECT count(*) AS n FROM sync_event_logs")["n"]


def test_running_estimate_counts_every_line_not_declined(services, wo):
    est = services.estimates.estimate(wo.id)
    assert [li.approval for li in est.lines] == [Approval.PROPOSED] * 4 and est.pending == 4
    assert est.estimate == tax.compute(300_000 + 150_000, 385_000 + 130_000, 0)
    assert est.approved.total == 0
    oil = next(li for li in est.lines if li.description.startswith("Oli"))
    assert oil.stock[0].code == "GDG1" and oil.stock[0].qty == 40


def test_approve_and_decline_per_line_record_who_and_how(services, cast, wo):
    sa = cast.actors[Role.ADVISOR]
    ac_job = next(j for j in wo.jobs if j.description.startswith("Cek"))
    filt = next(p for p in wo.parts if p.name.startswith("Filter"))
    est = services.estimates.decide(sa, wo.id, [ac_job.id, filt.id], Approval.DECLINED, "Budi Santoso", Via.WHATSAPP)
    declined = [li for li in est.lines if li.approval is Approval.DECLINED]
    assert {li.id for li in declined} == {ac_job.id, filt.id}
    assert all(li.decision.by == "Budi Santoso" and li.decision.via is Via.WHATSAPP for li in declined)
    assert est.estimate == tax.compute(300_000, 385_000, 0)  # declined lines left out of the total
    est = services.estimates.decide_pending(sa, wo.id, Approval.APPROVED, "Budi Santoso", Via.PHONE)
    assert est.pending == 0 and est.approved == est.estimate
    assert len(est.lines) == 4  # declined lines stay on the WO for the record


def test_a_line_added_or_edited_after_approval_needs_approval_again(services, cast, wo):
    sa = cast.actors[Role.ADVISOR]
    services.estimates.decide_pending(sa, wo.id, Approval.APPROVED, "Budi", Via.IN_PERSON)
    line = services.workorders.add_part(sa, wo.id, cast.part_ids["pads"], 1)
    assert line.approval is Approval.PROPOSED
    oil = next(p for p in wo.parts if p.name.startswith("Oli"))
    est = services.estimates.set_part_qty(sa, wo.id, oil.id, 2)
    by_id = {li.id: li for li in est.lines}
    assert by_id[oil.id].approval is Approval.PROPOSED and by_id[oil.id].qty == 2
    assert est.pending == 2 and est.approved.parts == 130_000


def test_declined_lines_are_not_worked_or_billed(services, cast, wo):
    sa, mech, keeper, cashier = (cast.actors[r] for r in (Role.ADVISOR, Role.MECHANIC, Role.STOREKEEPER,
                                                          Role.CASHIER))
    ac_job = next(j for j in wo.jobs if j.description.startswith("Cek"))
    filt = next(p for p in wo.parts if p.name.startswith("Filter"))
    services.estimates.decide(sa, wo.id, [ac_job.id, filt.id], Approval.DECLINED, "Budi", Via.PHONE)
    for step in (WOStatus.DIAGNOSING, WOStatus.WORKING):
        services.workorders.move(sa, wo.id, step)
    with pytest.raises(IllegalTransition, match="declined"):
        services.workorders.set_job_status(mech, wo.id, ac_job.id, "STARTED")
    with pytest.raises(ValidationError, match="declined"):
        services.workorders.dispense(keeper, wo.id, filt.id, cast.warehouse_id)
    services.estimates.decide_pending(sa, wo.id, Approval.APPROVED, "Budi", Via.PHONE)
    for job in services.workorders.get(wo.id).jobs:
        if job.id != ac_job.id:
            services.workorders.set_job_status(mech, wo.id, job.id, "STARTED")
            services.workorders.set_job_status(mech, wo.id, job.id, "FINISHED")
    oil = next(p for p in wo.parts if p.name.startswith("Oli"))
    services.workorders.dispense(keeper, wo.id, oil.id, cast.warehouse_id)
    services.workorders.move(sa, wo.id, WOStatus.QC_TEST)  # the declined job is not waited for
    services.workorders.move(sa, wo.id, WOStatus.COMPLETED)  # nor the declined part
    inv = services.billing.create_invoice(cashier, wo.id)
    assert [(li.kind, li.amount) for li in inv.lines] == [("labour", 300_000), ("part", 385_000)]
    assert inv.total == tax.compute(300_000, 385_000, 0).total


def test_bad_decisions_and_edits_change_nothing(services, cast, wo):
    sa, mech = cast.actors[Role.ADVISOR], cast.actors[Role.MECHANIC]
    line = wo.parts[0].id
    before = events(services)
    with pytest.raises(PermissionDenied):
        services.estimates.decide(mech, wo.id, [line], Approval.APPROVED, "Budi", Via.PHONE)
    for args in (([line], "maybe", "Budi", Via.PHONE), ([line], Approval.PROPOSED, "Budi", Via.PHONE),
                 ([line], Approval.APPROVED, " ", Via.PHONE), ([line], Approval.APPROVED, "Budi", "fax"),
                 ([], Approval.APPROVED, "Budi", Via.PHONE)):
        with pytest.raises(ValidationError):
            services.estimates.decide(sa, wo.id, *args)
    with pytest.raises(Exception, match="no line"):
        services.estimates.decide(sa, wo.id, [line, "nope"], Approval.APPROVED, "Budi", Via.PHONE)
    for qty in (0, -1, 10_001, 1.5, True):
        with pytest.raises(ValidationError):
            services.estimates.set_part_qty(sa, wo.id, line, qty)
    assert events(services) == before
    assert services.estimates.estimate(wo.id).pending == 4


def test_remove_only_a_proposed_line(services, cast, wo):
    sa = cast.actors[Role.ADVISOR]
    keep, drop = wo.parts[0].id, wo.parts[1].id
    services.estimates.decide(sa, wo.id, [keep], Approval.APPROVED, "Budi", Via.IN_PERSON)
    with pytest.raises(IllegalTransition, match="stays"):
        services.estimates.remove_line(sa, wo.id, keep)
    est = services.estimates.remove_line(sa, wo.id, drop)
    assert drop not in {li.id for li in est.lines} and keep in {li.id for li in est.lines}


def test_mechanics_and_a_bay_per_job(services, cast, wo):
    sa, mech = cast.actors[Role.ADVISOR], cast.actors[Role.MECHANIC]
    job1, job2 = wo.jobs
    services.estimates.assign_job(sa, wo.id, job1.id, [mech.user_id], "Bay 2")
    est = services.estimates.assign_job(sa, wo.id, job2.id, [mech.user_id], "Bay 3")
    by_id = {li.id: li for li in est.lines}
    assert (by_id[job1.id].bay, by_id[job2.id].bay) == ("Bay 2", "Bay 3")
    assert by_id[job1.id].mechanic_ids == [mech.user_id]
    with pytest.raises(ValidationError, match="bay"):
        services.estimates.assign_job(sa, wo.id, job1.id, [mech.user_id], "Bay 99")
    with pytest.raises(ValidationError, match="mechanic"):
        services.estimates.assign_job(sa, wo.id, job1.id, [sa.user_id], "Bay 1")
    assert services.estimates.estimate(wo.id).pending == 4  # assigning is not an edit of the terms


def test_only_who_may_record_a_decision_writes_one_at_merge(services, cast):
    """A forged event from a mechanic's tablet approving a line is refused wherever it arrives."""
    from app.events.authorize import Roles

    roles = Roles.load(services.store.conn)
    decision = [{"op": "upsert", "table": "wo_parts", "id": "l1", "fields": {"decision": "approved", "decision_rev": "r"}}]
    edit = [{"op": "upsert", "table": "wo_parts", "id": "l1", "fields": {"qty": 2, "terms_rev": "r2"}}]
    mechanic, advisor = cast.actors[Role.MECHANIC].user_id, cast.actors[Role.ADVISOR].user_id
    assert "decision" in (roles.refusal(0, mechanic, decision) or "")
    assert roles.refusal(0, advisor, decision) is None
    assert roles.refusal(0, mechanic, edit) is None  # a mechanic may still change a line (it then needs approval)
    waits = [{"op": "upsert", "table": "wo_waits", "id": "w1", "fields": {"wo_id": "x", "started_at": "t"}}]
    assert roles.refusal(0, mechanic, waits) is None
    assert roles.refusal(0, cast.actors[Role.CASHIER].user_id, waits) is not None
