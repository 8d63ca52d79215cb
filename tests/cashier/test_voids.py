"""Voids of a paid invoice and refunds: supervisor approval, both users audited, card void on the terminal."""

from __future__ import annotations

import json

import pytest

from app.billing import PaymentIn
from app.card_errors import CardDeclined
from app.errors import ValidationError
from app.overrides import ApprovalRequired
from tests.cashier.fakes import FakeTerminal


def _split_paid(services, cashier, wo, terminal):
    inv = services.checkout.start(cashier, wo.id)
    services.card_sales.charge(cashier, inv.id, 300_000, terminal)
    return services.checkout.pay(cashier, inv.id, [PaymentIn(method="cash", amount=inv.total - 300_000)]).invoice


def test_void_needs_a_supervisor_and_reverses_card_and_cash(services, wo, cashier, boss, shift):
    terminal = FakeTerminal()
    inv = _split_paid(services, cashier, wo, terminal)
    card = next(p for p in inv.payments if p.method == "card")
    with pytest.raises(ApprovalRequired):
        services.voids.void(cashier, inv.id, "salah input", terminal=terminal)
    with pytest.raises(ValidationError, match="why"):
        services.voids.void(cashier, inv.id, " ", terminal=terminal)
    assert terminal.voids == []
    approval = services.overrides.approve(boss.user_id, "999999", "void")
    # the terminal refuses: nothing is voided, the invoice stays paid
    terminal.void_answer = "declined"
    with pytest.raises(CardDeclined):
        services.voids.void(cashier, inv.id, "salah input", approval, terminal)
    assert not services.checkout.is_voided(inv.id) and services.voids.reversals(inv.id) == []
    terminal.void_answer = "approved"
    before = services.shifts.expected_cash(shift.id)
    services.voids.void(cashier, inv.id, "salah input", approval, terminal)
    assert terminal.voids[-1] == (f"void:{card.id}", card.reference, 300_000)
    assert services.checkout.is_voided(inv.id)
    assert services.shifts.expected_cash(shift.id) == before - (inv.total - 300_000)  # cash handed back
    assert sorted((r.method, r.amount) for r in services.voids.reversals(inv.id)) == sorted(
        [("card", 300_000), ("cash", inv.total - 300_000)])
    audit = services.store.query_one("SELECT actor_id, detail FROM audit_log WHERE action = 'invoice.void'")
    assert audit["actor_id"] == cashier.user_id
    assert json.loads(audit["detail"])["overrides"][0]["supervisor"] == boss.user_id
    # the WO can be invoiced again; the voided invoice cannot be voided twice
    assert any(q.wo_id == wo.id and q.state == "to_invoice" for q in services.checkout.queue())
    again = services.checkout.start(cashier, wo.id)
    assert again.id != inv.id and again.total == inv.total
    with pytest.raises(ValidationError, match="voided already"):
        services.voids.void(cashier, inv.id, "lagi", approval, terminal)


def test_a_void_cut_short_resumes_without_voiding_a_card_twice(services, wo, cashier, boss, shift):
    terminal = FakeTerminal()
    inv = _split_paid(services, cashier, wo, terminal)
    approval = services.overrides.approve(boss.user_id, "999999", "void")
    services.store.conn.execute("UPDATE shifts SET closed_at = 'x'")  # the drawer cannot pay the cash back now
    with pytest.raises(ValidationError):
        services.voids.void(cashier, inv.id, "salah input", approval, terminal)
    assert terminal.voids == []  # checked before the terminal is asked
    services.store.conn.execute("UPDATE shifts SET closed_at = NULL")
    services.voids.void(cashier, inv.id, "salah input", approval, terminal)
    assert len(terminal.voids) == 1


def test_refund_in_cash_with_a_supervisor(services, wo, cashier, boss, shift):
    inv = services.checkout.start(cashier, wo.id)
    services.checkout.pay(cashier, inv.id, [PaymentIn(method="cash", amount=inv.total)])
    with pytest.raises(ApprovalRequired):
        services.voids.refund(cashier, inv.id, 65_000, "filter dikembalikan")
    approval = services.overrides.approve(boss.user_id, "999999", "refund")
    refund = services.voids.refund(cashier, inv.id, 65_000, "filter dikembalikan", approval)
    assert (refund.kind, refund.method, refund.amount) == ("refund", "cash", 65_000)
    assert services.shifts.expected_cash(shift.id) == 500_000 + inv.total - 65_000
    with pytest.raises(ValidationError, match="not refunded"):
        services.voids.refund(cashier, inv.id, inv.total, "semua", approval)
    with pytest.raises(ValidationError, match="refunded"):
        services.voids.void(cashier, inv.id, "batal", services.overrides.approve(boss.user_id, "999999", "void"))
    assert services.store.query_one("SELECT count(*) AS n FROM overrides WHERE kind = 'refund'")["n"] == 1
