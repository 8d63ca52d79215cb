"""The screens' paged read queries: checkout queue, a mechanic's jobs, pick-slips, stock on hand,
work-order search."""

from __future__ import annotations

from app.approval import Approval, Via

import pytest

from app.billing import PaymentIn
from app.errors import ValidationError
from app.queries.checkout_queue import checkout_queue
from app.queries.mechanic_jobs import mechanic_jobs
from app.queries.paging import MAX_LIMIT
from app.queries.pick_slips import pick_slips
from app.queries.stock_on_hand import stock_on_hand
from app.queries.wo_search import wo_search
from app.roles import Role
from app.wo_states import JobStatus, WOStatus


def _completed(s, cast, vehicle: int = 0):  # noqa: ANN001, ANN202
    sa, mech = cast.actors[Role.ADVISOR], cast.actors[Role.MECHANIC]
    wo = s.workorders.open(sa, cast.vehicle_ids[vehicle], ["Servis"])
    s.workorders.move(mech, wo.id, WOStatus.DIAGNOSING)
    job = s.workorders.add_job(mech, wo.id, cast.labour_ids["service"], [mech.user_id])
    s.estimates.decide_pending(sa, wo.id, Approval.APPROVED, "Pelanggan", Via.IN_PERSON)
    s.workorders.move(mech, wo.id, WOStatus.WORKING)
    s.workorders.set_job_status(mech, wo.id, job.id, JobStatus.STARTED)
    s.workorders.set_job_status(mech, wo.id, job.id, JobStatus.FINISHED)
    s.workorders.move(mech, wo.id, WOStatus.QC_TEST)
    return s.workorders.move(sa, wo.id, WOStatus.COMPLETED)


def test_checkout_queue_lists_completed_work_orders_until_paid(services, cast) -> None:  # noqa: ANN001
    s = services
    cashier = cast.actors[Role.CASHIER]
    a, b = _completed(s, cast, 0), _completed(s, cast, 1)
    s.workorders.open(cast.actors[Role.ADVISOR], cast.vehicle_ids[2], ["Masih dikerjakan"])
    page = checkout_queue(s.store)
    assert {i.wo_id for i in page.items} == {a.id, b.id} and not page.has_more
    assert all(i.total is None and i.balance is None for i in page.items)
    invoice = s.billing.create_invoice(cashier, a.id)
    s.billing.pay(cashier, invoice.id, [PaymentIn(method="cash", amount=invoice.total - 1000)])
    item = next(i for i in checkout_queue(s.store).items if i.wo_id == a.id)
    assert item.invoice_number == invoice.number and item.balance == 1000
    s.billing.pay(cashier, invoice.id, [PaymentIn(method="cash", amount=1000)])
    assert [i.wo_id for i in checkout_queue(s.store).items] == [b.id]
    first = checkout_queue(s.store, limit=1)
    assert len(first.items) == 1 and not first.has_more


def test_a_mechanics_jobs_running_first_and_only_theirs(services, cast) -> None:  # noqa: ANN001
    s = services
    sa, mech = cast.actors[Role.ADVISOR], cast.actors[Role.MECHANIC]
    wo1 = s.workorders.open(sa, cast.vehicle_ids[0], ["Rem"])
    wo2 = s.workorders.open(sa, cast.vehicle_ids[1], ["AC"])
    s.workorders.move(sa, wo2.id, WOStatus.DIAGNOSING)
    pending = s.workorders.add_job(sa, wo1.id, cast.labour_ids["brake"], [mech.user_id])
    running = s.workorders.add_job(sa, wo2.id, cast.labour_ids["ac"], [mech.user_id])
    s.workorders.add_job(sa, wo2.id, cast.labour_ids["service"])  # nobody's yet
    s.workorders.set_job_status(mech, wo2.id, running.id, JobStatus.STARTED)
    page = mechanic_jobs(s.store, mech.user_id)
    assert [j.job_id for j in page.items] == [running.id, pending.id]
    assert page.items[0].status is JobStatus.STARTED and page.items[0].wo_status is WOStatus.DIAGNOSING
    assert mechanic_jobs(s.store, cast.actors[Role.ADVISOR].user_id).items == []
    s.workorders.set_job_status(mech, wo2.id, running.id, JobStatus.FINISHED)
    assert [j.job_id for j in mechanic_jobs(s.store, mech.user_id).items] == [pending.id]
    assert len(mechanic_jobs(s.store, mech.user_id, include_finished=True).items) == 2
    s.workorders.move(sa, wo1.id, WOStatus.CANCELLED)
    assert mechanic_jobs(s.store, mech.user_id).items == []


def test_pick_slips_are_part_lines_still_to_hand_out(services, cast) -> None:  # noqa: ANN001
    s = services
    sa, keeper = cast.actors[Role.ADVISOR], cast.actors[Role.STOREKEEPER]
    wo = s.workorders.open(sa, cast.vehicle_ids[0], ["Ganti oli"])
    oil = s.workorders.add_part(sa, wo.id, cast.part_ids["oil"], 1)
    pads = s.workorders.add_part(sa, wo.id, cast.part_ids["pads"], 2)
    lines = pick_slips(s.store).items
    # one work order's lines come in line-id order (two ids made in the same millisecond: either way)
    assert [(line.line_id, line.missing) for line in lines] == sorted([(oil.id, 1), (pads.id, 2)])
    oil_line = next(line for line in lines if line.line_id == oil.id)
    assert oil_line.sku == "OLI-10W40-4L" and oil_line.barcode == "8991234500012"
    s.workorders.dispense(keeper, wo.id, oil.id, cast.warehouse_id)
    assert [line.line_id for line in pick_slips(s.store).items] == [pads.id]
    assert [line.line_id for line in pick_slips(s.store, wo_id="other").items] == []
    s.workorders.move(sa, wo.id, WOStatus.CANCELLED)
    assert pick_slips(s.store).items == []


def test_stock_on_hand_by_code_or_name_per_warehouse(services, cast) -> None:  # noqa: ANN001
    s = services
    rows = stock_on_hand(s.store, "8991234500012").items
    assert len(rows) == 1 and rows[0].name == "Oli Mesin 10W-40 4L"
    expected = s.stock.on_hand(cast.part_ids["oil"], cast.warehouse_id)
    assert rows[0].on_hand == expected and rows[0].warehouse_id == cast.warehouse_id
    assert {r.sku for r in stock_on_hand(s.store, "rem").items} == {"KMP-REM-DPN"}
    assert stock_on_hand(s.store, "50%").items == []  # the user's % is a character, not a wildcard
    everything = stock_on_hand(s.store, "", limit=2)
    assert len(everything.items) == 2 and everything.has_more and everything.next_offset == 2
    rest = stock_on_hand(s.store, "", offset=2, limit=50)
    assert {r.part_id for r in everything.items} | {r.part_id for r in rest.items} == set(cast.part_ids.values())


def test_wo_search_by_plate_number_or_name(services, cast) -> None:  # noqa: ANN001
    s = services
    sa = cast.actors[Role.ADVISOR]
    wo = s.workorders.open(sa, cast.vehicle_ids[0], ["Servis"])
    plate, name = wo.plate, wo.customer_name
    compact = plate.replace(" ", "").lower()
    for typed in (compact, plate.lower(), plate.replace(" ", "-"), compact[:3], wo.number[-5:], name.split()[0]):
        hits = wo_search(s.store, typed).items
        assert wo.id in {h.wo_id for h in hits}, typed
    assert wo_search(s.store, "").items == []
    assert wo_search(s.store, "zzzz-nothing").items == []
    s.workorders.move(sa, wo.id, WOStatus.CANCELLED)
    newer = s.workorders.open(sa, cast.vehicle_ids[0], ["Lagi"])
    hits = wo_search(s.store, compact).items
    assert [h.wo_id for h in hits][:2] == [newer.id, wo.id] and hits[0].open and not hits[1].open


@pytest.mark.parametrize("offset,limit", [(-1, 10), (0, 0), (0, MAX_LIMIT + 1)])
def test_a_bad_window_is_refused(services, offset, limit) -> None:  # noqa: ANN001
    with pytest.raises(ValidationError):
        checkout_queue(services.store, offset=offset, limit=limit)
