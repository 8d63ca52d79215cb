"""Checkout core: queue, preview, discount override, cash with change, on account, card, QRIS."""

from __future__ import annotations

import json

import pytest

from app import tax
from app.auth import WrongPin
from app.billing import PaymentIn
from app.card_errors import CardDeclined, CardUnresolved
from app.checkout import QrisUnavailable
from app.errors import PermissionDenied, ValidationError
from app.overrides import ApprovalRequired
from app.shifts import NoOpenShift
from tests.cashier.conftest import complete_wo
from tests.cashier.fakes import FakeTerminal


def _count(store, table):
    return store.query_one(f"SELECT count(*) AS n FROM {table}")["n"]


def test_queue_newest_first_found_by_plate_or_number(services, cast, cashier, shift):
    first = complete_wo(services, cast, vehicle=0)
    second = complete_wo(services, cast, vehicle=1)
    queue = services.checkout.queue()
    assert [q.wo_id for q in queue] == [second.id, first.id]
    assert all(q.state == "to_invoice" for q in queue)
    assert queue[0].due == services.checkout.preview(second.id).total
    assert [q.wo_id for q in services.checkout.queue("d4567abc")] == [second.id]   # plate, any spacing
    assert [q.wo_id for q in services.checkout.queue("b 1234")] == [first.id]
    assert [q.wo_id for q in services.checkout.queue(first.number[-5:])] == [first.id]  # WO number
    assert services.checkout.queue("ZZ 9999") == []
    # issued but unpaid: still in the queue with what is due; paid: gone
    inv = services.checkout.start(cashier, first.id)
    item = next(q for q in services.checkout.queue() if q.wo_id == first.id)
    assert item.state == "unpaid" and item.invoice_id == inv.id and item.due == inv.total
    services.checkout.pay(cashier, inv.id, [PaymentIn(method="cash", amount=inv.total)])
    assert [q.wo_id for q in services.checkout.queue()] == [second.id]


def test_preview_is_what_the_invoice_bills(services, wo, cashier):
    preview = services.checkout.preview(wo.id, discount=20_000)
    assert sorted(l.description for l in preview.lines) == ["Filter Oli Toyota", "Oli Mesin 10W-40 4L",
                                                             "Servis Berkala 10.000 km"]
    expected = tax.compute(300_000, 385_000 + 65_000, 20_000)
    assert (preview.labour_total, preview.parts_total, preview.dpp, preview.ppn, preview.total) == (
        300_000, 450_000, expected.dpp, expected.ppn, expected.total)
    assert preview.ppn_label == "PPN 12%" and not preview.discount_needs_approval
    assert _count(services.store, "invoices") == 0  # a preview writes nothing
    inv = services.checkout.start(cashier, wo.id, discount=20_000)
    assert (inv.dpp, inv.ppn, inv.total, inv.discount) == (preview.dpp, preview.ppn, preview.total, 20_000)
    assert [l.description for l in inv.lines] == [l.description for l in preview.lines]


def test_discount_over_threshold_needs_a_supervisor_pin(services, wo, cashier, boss):
    subtotal = 750_000
    at_limit = subtotal // 10  # exactly 10%: the cashier may
    assert not services.checkout.preview(wo.id, at_limit).discount_needs_approval
    assert services.checkout.preview(wo.id, at_limit + 1).discount_needs_approval
    with pytest.raises(ApprovalRequired) as refused:
        services.checkout.start(cashier, wo.id, discount=100_000)
    assert refused.value.kind == "discount" and refused.value.code == "supervisor_required"
    assert _count(services.store, "invoices") == 0 and _count(services.store, "overrides") == 0
    with pytest.raises(WrongPin):
        services.overrides.approve(boss.user_id, "1234", "discount")
    with pytest.raises(PermissionDenied):
        services.overrides.approve(cashier.user_id, "4444", "discount")  # a cashier cannot approve
    approval = services.overrides.approve(boss.user_id, "999999", "discount")
    with pytest.raises(ApprovalRequired):  # an approval is for one kind of override
        services.checkout.start(cashier, wo.id, discount=100_000,
                                approval=services.overrides.approve(boss.user_id, "999999", "void"))
    inv = services.checkout.start(cashier, wo.id, discount=100_000, approval=approval, reason="pelanggan setia")
    assert inv.discount == 100_000
    row = services.store.query_one("SELECT * FROM overrides")
    assert (row["kind"], row["ref_id"], row["cashier_id"], row["supervisor_id"], row["amount"]) == (
        "discount", inv.id, cashier.user_id, boss.user_id, 100_000)
    audit = services.store.query_one("SELECT actor_id, detail FROM audit_log WHERE action = 'invoice.create'")
    detail = json.loads(audit["detail"])
    assert audit["actor_id"] == cashier.user_id and detail["overrides"][0]["supervisor"] == boss.user_id


def test_threshold_is_a_branch_setting(services, wo, cashier, boss):
    with pytest.raises(PermissionDenied):
        services.settings.set_cashier_policy(cashier, discount_threshold_pct=50)
    services.settings.set_cashier_policy(boss, discount_threshold_pct=5)
    assert services.checkout.preview(wo.id, 45_000).discount_needs_approval  # 6% > 5%
    with pytest.raises(ValidationError):
        services.settings.set_cashier_policy(boss, discount_threshold_pct=101)
    with pytest.raises(ApprovalRequired):
        services.checkout.start(cashier, wo.id, discount=45_000)
    assert services.checkout.start(boss, wo.id, discount=45_000).discount == 45_000  # a supervisor at the till


def test_cash_with_change_opens_the_drawer_in_the_open_shift(services, wo, cashier):
    inv = services.checkout.start(cashier, wo.id)
    with pytest.raises(NoOpenShift):
        services.checkout.pay(cashier, inv.id, [PaymentIn(method="cash", amount=inv.total, tendered=inv.total)])
    assert _count(services.store, "payments") == 0
    shift = services.shifts.open(cashier, 200_000)
    tendered = -(-inv.total // 50_000) * 50_000
    result = services.checkout.pay(cashier, inv.id, [PaymentIn(method="cash", amount=inv.total, tendered=tendered)])
    assert result.change == tendered - inv.total and result.open_drawer and result.invoice.balance == 0
    assert result.receipt_number.startswith("RCP/JKT01/K1/")
    [entry] = services.shifts.entries(shift.id)
    assert (entry.kind, entry.method, entry.amount, entry.invoice_id) == ("sale", "cash", inv.total, inv.id)
    assert services.shifts.expected_cash(shift.id) == 200_000 + inv.total


def test_qris_is_never_entered_at_the_till(services, wo, cashier, shift):
    inv = services.checkout.start(cashier, wo.id)
    with pytest.raises(QrisUnavailable, match="through the cloud"):
        services.checkout.pay(cashier, inv.id, [PaymentIn(method="qris", amount=inv.total)])
    assert _count(services.store, "payments") == 0


def test_card_declined_then_cash(services, wo, cashier, shift):
    inv = services.checkout.start(cashier, wo.id)
    terminal = FakeTerminal(answers=["declined"])
    with pytest.raises(CardDeclined, match="Saldo"):
        services.card_sales.charge(cashier, inv.id, inv.total, terminal)
    assert _count(services.store, "payments") == 0
    result = services.checkout.pay(cashier, inv.id, [PaymentIn(method="cash", amount=inv.total)])
    assert result.invoice.balance == 0


def test_split_card_then_cash_and_card_recorded_once(services, wo, cashier, shift):
    inv = services.checkout.start(cashier, wo.id)
    terminal = FakeTerminal()
    card = services.card_sales.charge(cashier, inv.id, 500_000, terminal)
    assert not card.open_drawer and card.invoice.balance == inv.total - 500_000
    [(key, amount)] = terminal.sales
    assert key == f"inv:{inv.id}:card1" and amount == 500_000
    with pytest.raises(ValidationError, match="card part"):
        services.checkout.pay(cashier, inv.id, [PaymentIn(method="card", amount=1, approval_code="X")])
    rest = card.invoice.balance
    result = services.checkout.pay(cashier, inv.id, [PaymentIn(method="cash", amount=rest, tendered=rest + 7_000)])
    assert result.invoice.balance == 0 and result.change == 7_000 and result.open_drawer
    methods = sorted((p.method, p.amount) for p in result.invoice.payments)
    assert methods == sorted([("card", 500_000), ("cash", rest)])
    kinds = sorted((e.method, e.amount) for e in services.shifts.entries(shift.id))
    assert kinds == methods
    with pytest.raises(ValidationError):  # nothing left to charge
        services.card_sales.charge(cashier, inv.id, 1, terminal)


def test_card_unresolved_records_nothing(services, wo, cashier, shift):
    inv = services.checkout.start(cashier, wo.id)
    with pytest.raises(CardUnresolved, match="checking with the terminal"):
        services.card_sales.charge(cashier, inv.id, inv.total, FakeTerminal(answers=["unknown"]))
    assert _count(services.store, "payments") == 0


def test_on_account_needs_an_account_and_respects_the_limit(services, cast, cashier, boss, shift):
    wo = complete_wo(services, cast)
    inv = services.checkout.start(cashier, wo.id)
    with pytest.raises(Exception, match="credit account"):
        services.checkout.pay(cashier, inv.id, [PaymentIn(method="on_account", amount=inv.total)])
    services.receivables.set_account(boss, wo.customer_id, credit_limit=500_000, terms_days=30)
    with pytest.raises(ApprovalRequired) as refused:
        services.checkout.pay(cashier, inv.id, [PaymentIn(method="on_account", amount=inv.total)])
    assert refused.value.kind == "credit_limit"
    assert _count(services.store, "payments") == 0 and _count(services.store, "till_entries") == 0
    # within the limit, split with cash: fine without a supervisor
    result = services.checkout.pay(cashier, inv.id, [PaymentIn(method="on_account", amount=400_000),
                                                     PaymentIn(method="cash", amount=inv.total - 400_000)])
    assert result.invoice.balance == 0 and services.receivables.outstanding(wo.customer_id) == 400_000
    # the next one goes over: approved by the supervisor
    wo2 = complete_wo(services, cast)
    inv2 = services.checkout.start(cashier, wo2.id)
    approval = services.overrides.approve(boss.user_id, "999999", "credit_limit")
    services.checkout.pay(cashier, inv2.id, [PaymentIn(method="on_account", amount=inv2.total)], approval=approval)
    assert services.receivables.outstanding(wo.customer_id) == 400_000 + inv2.total
    assert services.store.query_one("SELECT kind, supervisor_id FROM overrides") == {
        "kind": "credit_limit", "supervisor_id": boss.user_id}


def test_a_wo_with_a_line_still_waiting_for_the_customer_is_listed_last_and_not_billable(services, cast) -> None:
    """One such WO (a part the mechanic asked for after the estimate) never empties the whole queue."""
    from app.errors import ValidationError
    from app.roles import Role
    from app.wo_states import WOStatus
    from tests.cashier.conftest import complete_wo

    s = services
    sa, mech, keeper = cast.actors[Role.ADVISOR], cast.actors[Role.MECHANIC], cast.actors[Role.STOREKEEPER]
    ready = complete_wo(s, cast, 0)
    wo = s.workorders.open(sa, cast.vehicle_ids[1], ["Rem bunyi"])
    s.workorders.move(mech, wo.id, WOStatus.DIAGNOSING)
    job = s.workorders.add_job(mech, wo.id, cast.labour_ids["brake"], [mech.user_id])
    s.estimates.decide_pending(sa, wo.id, "approved", "Pelanggan", "in_person")
    s.workorders.move(mech, wo.id, WOStatus.WORKING)
    extra = s.workorders.add_part(mech, wo.id, cast.part_ids["pads"], 1)  # asked for later: not approved yet
    s.workorders.dispense(keeper, wo.id, extra.id, cast.warehouse_id)
    s.workorders.set_job_status(mech, wo.id, job.id, "STARTED")
    s.workorders.set_job_status(mech, wo.id, job.id, "FINISHED")
    s.workorders.move(mech, wo.id, WOStatus.QC_TEST)
    s.workorders.move(sa, wo.id, WOStatus.COMPLETED)
    queue = s.checkout.queue()
    assert [(i.wo_id, i.state) for i in queue] == [(ready.id, "to_invoice"), (wo.id, "awaiting_approval")]
    with pytest.raises(ValidationError, match="wait for the customer"):
        s.checkout.preview(wo.id)
