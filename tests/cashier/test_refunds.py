"""Refunds the way a workshop does them with an EDC that has no refund message: a card payment of
today is voided on the terminal (back to the card); after settlement the refund is cash from the
drawer or a credit on the customer's account — each with a supervisor's PIN, both users audited."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from app.billing import PaymentIn
from app.errors import ValidationError
from app.overrides import ApprovalRequired
from tests.cashier.conftest import complete_wo
from tests.cashier.fakes import FakeTerminal


def _card_paid(services, cashier, wo):  # noqa: ANN001, ANN202
    inv = services.checkout.start(cashier, wo.id)
    services.card_sales.charge(cashier, inv.id, inv.total, FakeTerminal())
    return services.billing.get(inv.id)


def _next_day(services) -> None:  # noqa: ANN001
    later = datetime.now(timezone.utc) + timedelta(days=1)
    services.voids.now = lambda: later


def test_a_card_payment_of_today_is_voided_on_the_terminal_not_refunded(services, wo, cashier, boss, shift):
    inv = _card_paid(services, cashier, wo)
    options = services.voids.refund_options(inv.id)
    assert (options.card_today, options.card_settled, options.methods) == (inv.total, 0, [])
    approval = services.overrides.approve(boss.user_id, "999999", "refund")
    with pytest.raises(ValidationError, match="void it on the terminal") as refused:
        services.voids.refund(cashier, inv.id, 50_000, "rusak", approval)
    assert refused.value.code == "void_card_today"
    assert services.voids.reversals(inv.id) == []
    terminal = FakeTerminal()  # the way offered instead: the void through the EDC flow
    services.voids.void(cashier, inv.id, "pelanggan batal", services.overrides.approve(boss.user_id, "999999",
                                                                                        "void"), terminal)
    assert terminal.voids and services.voids.refund_options(inv.id).voided


def test_after_settlement_a_card_payment_is_refunded_in_cash_with_a_supervisor(services, wo, cashier, boss, shift):
    inv = _card_paid(services, cashier, wo)
    _next_day(services)
    options = services.voids.refund_options(inv.id)
    assert (options.card_today, options.card_settled, options.methods) == (0, inv.total, ["cash"])
    assert options.cash_in_drawer == 500_000
    with pytest.raises(ApprovalRequired):
        services.voids.refund(cashier, inv.id, 65_000, "filter dikembalikan")
    approval = services.overrides.approve(boss.user_id, "999999", "refund")
    refund = services.voids.refund(cashier, inv.id, 65_000, "filter dikembalikan", approval)
    assert (refund.kind, refund.method, refund.amount) == ("refund", "cash", 65_000)
    assert services.shifts.expected_cash(shift.id) == 500_000 - 65_000
    audit = services.store.query_one("SELECT actor_id, detail FROM audit_log WHERE action = 'payment.refund'")
    detail = json.loads(audit["detail"])
    assert audit["actor_id"] == cashier.user_id and (detail["cashier"], detail["supervisor"]) == (
        cashier.user_id, boss.user_id)
    assert detail["overrides"][0]["supervisor"] == boss.user_id
    with pytest.raises(ValidationError, match="cash in the drawer"):
        services.voids.refund(cashier, inv.id, 480_000, "semua", approval)


def test_after_settlement_a_refund_may_be_credited_on_account(services, cast, wo, cashier, boss, shift):
    inv = _card_paid(services, cashier, wo)
    services.receivables.set_account(boss, wo.customer_id, credit_limit=5_000_000, terms_days=30)
    other = complete_wo(services, cast)
    owed_inv = services.checkout.start(cashier, other.id)
    services.checkout.pay(cashier, owed_inv.id, [PaymentIn(method="on_account", amount=50_000),
                                                 PaymentIn(method="cash", amount=owed_inv.total - 50_000)])
    assert services.receivables.outstanding(wo.customer_id) == 50_000
    _next_day(services)
    options = services.voids.refund_options(inv.id)
    assert options.methods == ["cash", "on_account"] and options.owed_on_account == 50_000
    approval = services.overrides.approve(boss.user_id, "999999", "refund")
    before = services.shifts.expected_cash(shift.id)
    with pytest.raises(ValidationError, match="owes only"):
        services.voids.refund(cashier, inv.id, 50_001, "garansi", approval, method="on_account")
    refund = services.voids.refund(cashier, inv.id, 40_000, "garansi", approval, method="on_account")
    assert refund.method == "on_account"
    assert services.receivables.outstanding(wo.customer_id) == 10_000
    assert services.shifts.expected_cash(shift.id) == before  # no cash moved
    assert services.voids.refund_options(inv.id).refundable == inv.total - 40_000
    row = services.store.query_one("SELECT proof, supervisor_id, cashier_id FROM overrides WHERE kind = 'refund'")
    assert row["proof"].startswith("op1$") and (row["supervisor_id"], row["cashier_id"]) == (boss.user_id,
                                                                                            cashier.user_id)


def test_a_customer_without_an_account_gets_cash_only(services, wo, cashier, boss, shift):
    inv = services.checkout.start(cashier, wo.id)
    services.checkout.pay(cashier, inv.id, [PaymentIn(method="cash", amount=inv.total)])
    options = services.voids.refund_options(inv.id)
    assert options.methods == ["cash"] and options.card_today == 0
    approval = services.overrides.approve(boss.user_id, "999999", "refund")
    with pytest.raises(ValidationError, match="credit account"):
        services.voids.refund(cashier, inv.id, 10_000, "x", approval, method="on_account")
    with pytest.raises(ValidationError, match="cash or credited"):
        services.voids.refund(cashier, inv.id, 10_000, "x", approval, method="card")  # type: ignore[arg-type]
    assert services.voids.refunded(inv.id) == 0
