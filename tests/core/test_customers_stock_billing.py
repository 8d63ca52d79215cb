from __future__ import annotations

import pytest

from app.billing import PaymentIn
from app.errors import NotFoundError, PermissionDenied, ValidationError
from app.roles import Role
from app.wo_states import WOStatus
from app import demo
from app.approval import Approval, Via


def test_vehicle_registration(services, cast):
    sa = cast.actors[Role.ADVISOR]
    c = services.customers.register(sa, "Ani", "0812-3456-7890")
    v = services.customers.add_vehicle(sa, c.id, "f1234ab", vin="MHFAB3FS0K0123456", year=2020)
    assert v.plate == "F 1234 AB" and services.customers.find_by_plate("F-1234-AB").id == v.id
    with pytest.raises(ValidationError, match="already registered"):
        services.customers.add_vehicle(sa, c.id, "F 1234 AB")
    with pytest.raises(ValidationError):
        services.customers.register(sa, "  ")
    with pytest.raises(ValidationError, match="phone"):
        services.customers.register(sa, "Ani", "12")


def test_odometer_never_goes_back_without_supervisor_reason(services, cast):
    sa, boss = cast.actors[Role.ADVISOR], cast.actors[Role.SUPERVISOR]
    vid = cast.vehicle_ids[0]
    services.customers.record_odometer(sa, vid, 50_000)
    with pytest.raises(PermissionDenied, match="supervisor"):
        services.customers.record_odometer(sa, vid, 49_000)
    with pytest.raises(ValidationError, match="reason"):
        services.customers.record_odometer(boss, vid, 49_000)
    services.customers.record_odometer(boss, vid, 120, reason="Odometer diganti (cluster baru)")
    assert services.customers.vehicle(vid).odometer_km == 120
    with pytest.raises(ValidationError):
        services.customers.record_odometer(sa, vid, -5)


def test_stock_is_the_sum_of_movements(services, cast):
    keeper = cast.actors[Role.STOREKEEPER]
    oil, wh = cast.part_ids["oil"], cast.warehouse_id
    services.stock.receive(keeper, oil, wh, 10, lot="L2", ref="PO-2")
    services.stock.dispense(keeper, oil, wh, 45)
    services.stock.return_(keeper, oil, wh, 1, lot="L2")
    assert services.stock.on_hand(oil) == 40 + 10 - 45 + 1
    moves = services.store.query_one("SELECT sum(qty_delta) AS q FROM stock_movements WHERE part_id = ?", (oil,))
    assert moves["q"] == services.stock.on_hand(oil)
    with pytest.raises(ValidationError, match="on hand"):
        services.stock.dispense(keeper, oil, wh, 100)
    assert services.stock.adjust(keeper, oil, wh, 3, lot="L2", reason="stok opname") == 2  # L2 emptied first, 1 returned
    with pytest.raises(ValidationError, match="expiry"):
        services.stock.receive(keeper, cast.part_ids["coolant"], wh, 5)
    with pytest.raises(NotFoundError, match="unknown barcode"):
        services.catalogue.part_by_code("0000000")
    assert services.catalogue.part_by_code("8991234500012").id == oil


def test_dispense_takes_earliest_expiry_first(services, cast):
    keeper = cast.actors[Role.STOREKEEPER]
    coolant, wh = cast.part_ids["coolant"], cast.warehouse_id
    services.stock.receive(keeper, coolant, wh, 5, lot="OLD", expiry="2027-01-31")
    services.stock.dispense(keeper, coolant, wh, 7)
    levels = {l.lot: l.qty for l in services.stock.levels(coolant, wh)}
    assert levels == {"OLD": 0, "L2611": 38}


def test_headless_day_balances(services, cast):
    day = demo.scripted_day(services, cast)
    inv = day.invoice
    assert inv.labour_total + inv.parts_total - inv.discount + inv.ppn == inv.total == inv.paid
    assert inv.balance == 0 and inv.change == 1_500
    assert {p.method for p in inv.payments} == {"card", "cash"}
    assert len({p.receipt_number for p in inv.payments}) == 1


def test_invoice_and_payment_rules(services, cast):
    sa, cashier = cast.actors[Role.ADVISOR], cast.actors[Role.CASHIER]
    wo = services.workorders.open(sa, cast.vehicle_ids[1], ["AC"])
    with pytest.raises(ValidationError, match="completed"):
        services.billing.create_invoice(cashier, wo.id)
    day = demo.scripted_day(services, cast)
    with pytest.raises(ValidationError, match="invoiced already"):
        services.billing.create_invoice(cashier, day.invoice.wo_id)
    wo2 = services.workorders.open(sa, cast.vehicle_ids[2], ["Ganti oli"])
    line = services.workorders.add_part(sa, wo2.id, cast.part_ids["oil"], 1)
    services.estimates.decide_pending(sa, wo2.id, Approval.APPROVED, "Wayan Putra", Via.PHONE)
    services.workorders.dispense(cast.actors[Role.STOREKEEPER], wo2.id, line.id, cast.warehouse_id)
    for step in (WOStatus.DIAGNOSING, WOStatus.WORKING, WOStatus.QC_TEST, WOStatus.COMPLETED):
        services.workorders.move(sa, wo2.id, step)
    with pytest.raises(PermissionDenied):
        services.billing.create_invoice(sa, wo2.id)
    inv = services.billing.create_invoice(cashier, wo2.id)
    events = services.store.query_one("SELECT count(*) AS n FROM sync_event_logs")["n"]
    for bad in ([PaymentIn(method="card", amount=inv.total + 1, approval_code="X")],
                [PaymentIn(method="card", amount=1000)],
                [PaymentIn(method="qris", amount=1000, tendered=2000)],
                [PaymentIn(method="cash", amount=1000, tendered=500)],
                [PaymentIn(method="qris", amount=1000), PaymentIn(method="cash", amount=inv.total)]):
        with pytest.raises(ValidationError):
            services.billing.pay(cashier, inv.id, bad)
    assert services.store.query_one("SELECT count(*) AS n FROM sync_event_logs")["n"] == events
    inv = services.billing.pay(cashier, inv.id, [PaymentIn(method="qris", amount=100_000, reference="QR1")])
    inv = services.billing.pay(cashier, inv.id, [PaymentIn(method="on_account", amount=inv.balance)])
    assert inv.balance == 0
    with pytest.raises(ValidationError, match="paid already"):
        services.billing.pay(cashier, inv.id, [PaymentIn(method="cash", amount=1)])


def test_two_tills_cannot_pay_one_invoice_twice(services, cast):
    import threading

    sa, cashier = cast.actors[Role.ADVISOR], cast.actors[Role.CASHIER]
    wo = services.workorders.open(sa, cast.vehicle_ids[3], ["Ganti oli"])
    services.workorders.add_job(sa, wo.id, cast.labour_ids["ac"])
    services.estimates.decide_pending(sa, wo.id, Approval.APPROVED, "Agus Salim", Via.IN_PERSON)
    for step in (WOStatus.DIAGNOSING, WOStatus.WORKING):
        services.workorders.move(sa, wo.id, step)
    job = services.workorders.get(wo.id).jobs[0]
    services.workorders.set_job_status(sa, wo.id, job.id, "STARTED")
    services.workorders.set_job_status(sa, wo.id, job.id, "FINISHED")
    for step in (WOStatus.QC_TEST, WOStatus.COMPLETED):
        services.workorders.move(sa, wo.id, step)
    inv = services.billing.create_invoice(cashier, wo.id)
    start, outcomes = threading.Barrier(2), []

    def till():
        start.wait()
        try:
            services.billing.pay(cashier, inv.id, [PaymentIn(method="qris", amount=inv.total)])
            outcomes.append("ok")
        except ValidationError as exc:
            outcomes.append(exc.code)

    threads = [threading.Thread(target=till) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["ok", "paid"]  # one till took it, the other was told it is paid already
    assert services.billing.get(inv.id).paid == inv.total
