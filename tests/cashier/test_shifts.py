"""Shifts: float, one open shift per till, cash count per denomination, variance override, Z-report."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from app.billing import PaymentIn
from app.errors import ValidationError
from app.overrides import ApprovalRequired
from app.shifts import DENOMINATIONS, NoOpenShift, ShiftError, business_day, count_total
from tests.cashier.fakes import FakeTerminal


def _cash_sale(services, cashier, wo, tendered_extra=0):
    inv = services.checkout.start(cashier, wo.id)
    return services.checkout.pay(cashier, inv.id, [PaymentIn(method="cash", amount=inv.total,
                                                             tendered=inv.total + tendered_extra)]).invoice


def _counts_for(amount: int) -> dict[int, int]:
    """Notes and coins for `amount`, with one more Rp 500 coin for a remainder under Rp 500."""
    counts = {}
    for d in DENOMINATIONS:
        counts[d], amount = divmod(amount, d)
    if amount:
        counts[500] += 1
    return counts


def test_denominations_run_from_100000_down_to_the_500_coin():
    assert DENOMINATIONS[0] == 100_000 and DENOMINATIONS[-1] == 500
    assert count_total({100_000: 2, 500: 3}) == 201_500
    with pytest.raises(ValidationError):
        count_total({300: 1})
    with pytest.raises(ValidationError):
        count_total({1_000: -1})


def test_one_open_shift_per_till_and_float_checked(services, cashier):
    with pytest.raises(ValidationError):
        services.shifts.open(cashier, -5)
    shift = services.shifts.open(cashier, 300_000)
    assert services.shifts.current().id == shift.id and shift.opening_float == 300_000
    with pytest.raises(ShiftError, match="open already"):
        services.shifts.open(cashier, 100_000)


def test_close_balanced_then_z_report(services, cast, cashier, wo):
    shift = services.shifts.open(cashier, 300_000)
    inv = _cash_sale(services, cashier, wo, tendered_extra=4_500)
    from tests.cashier.conftest import complete_wo
    wo2 = complete_wo(services, cast, vehicle=1)
    inv2 = services.checkout.start(cashier, wo2.id)
    services.card_sales.charge(cashier, inv2.id, inv2.total, FakeTerminal())
    services.shifts.move_cash(cashier, "pay_out", 25_000, "beli galon")
    with pytest.raises(ValidationError):
        services.shifts.move_cash(cashier, "pay_out", 10**9, "too much")
    expected = 300_000 + inv.total - 25_000
    assert services.shifts.expected_cash(shift.id) == expected
    z = services.shifts.close(cashier, _counts_for(expected))
    assert z.expected_cash == expected and 0 <= z.variance == z.counted_cash - expected < 500
    assert z.sales_by_method == {"cash": inv.total, "card": inv2.total} and z.sales_count == 2
    assert z.pay_out == 25_000 and z.opening_float == 300_000 and z.z_number.startswith("Z/JKT01/K1/")
    assert sum(line.amount for line in z.counts) == z.counted_cash
    assert services.shifts.current() is None
    assert services.shifts.z_report(shift.id) == z  # kept
    closed = services.shifts.get(shift.id)
    assert not closed.is_open and closed.z_number == z.z_number and closed.counts[100_000] >= 0
    with pytest.raises(NoOpenShift):
        services.shifts.close(cashier, {})


def test_variance_over_threshold_needs_a_supervisor(services, cashier, boss, wo):
    shift = services.shifts.open(cashier, 200_000)
    inv = _cash_sale(services, cashier, wo)
    expected = 200_000 + inv.total
    counts = _counts_for(expected - 20_000)  # Rp 20.000 short (less a coin)
    counted = count_total(counts)
    assert expected - counted > services.settings.cashier_policy().variance_threshold
    with pytest.raises(ApprovalRequired) as refused:
        services.shifts.close(cashier, counts)
    assert refused.value.kind == "variance" and services.shifts.current() is not None  # still open
    approval = services.overrides.approve(boss.user_id, "999999", "variance")
    z = services.shifts.close(cashier, counts, approval=approval)
    assert z.variance == counted - expected < 0 and z.variance_approved_by == boss.name
    row = services.store.query_one("SELECT kind, ref_id, supervisor_id, cashier_id, amount FROM overrides")
    assert row == {"kind": "variance", "ref_id": shift.id, "supervisor_id": boss.user_id,
                   "cashier_id": cashier.user_id, "amount": counted - expected}


def test_small_variance_closes_without_a_supervisor(services, cashier):
    services.shifts.open(cashier, 100_000)
    z = services.shifts.close(cashier, {50_000: 1, 20_000: 2, 5_000: 1})  # Rp 95.000: Rp 5.000 short
    assert z.variance == -5_000 and z.variance_approved_by is None


def test_a_shift_past_midnight_belongs_to_the_day_it_opened(services, cashier, wo, monkeypatch):
    monkeypatch.setenv("SENTRA_TZ", "Asia/Jakarta")
    clock = [datetime(2026, 12, 4, 16, 30, tzinfo=timezone.utc)]  # 23:30 WIB on 4 December
    services.shifts.now = lambda: clock[0]
    assert business_day(clock[0]) == "2026-12-04"
    shift = services.shifts.open(cashier, 100_000)
    clock[0] = datetime(2026, 12, 4, 17, 45, tzinfo=timezone.utc)  # 00:45 WIB on 5 December
    assert business_day(clock[0]) == "2026-12-05"
    inv = _cash_sale(services, cashier, wo)
    [entry] = services.shifts.entries(shift.id)
    assert entry.invoice_id == inv.id  # the sale after midnight is in the shift that opened before it
    z = services.shifts.close(cashier, _counts_for(services.shifts.expected_cash(shift.id)))
    assert z.business_day == "2026-12-04" and z.closed_at.startswith("2026-12-04T17:45")
