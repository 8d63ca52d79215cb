"""Receivables: credit accounts, collections over several invoices, aging buckets."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from app.billing import PaymentIn
from app.errors import PermissionDenied, ValidationError
from app.receivables import BUCKETS, bucket
from tests.cashier.conftest import complete_wo


def _on_account(services, cast, cashier, issued_at: datetime):
    wo = complete_wo(services, cast)
    services.billing.now = lambda: issued_at
    inv = services.checkout.start(cashier, wo.id)
    services.checkout.pay(cashier, inv.id, [PaymentIn(method="on_account", amount=inv.total)])
    return wo.customer_id, inv


def test_bucket_edges():
    assert [bucket(d) for d in (-3, 0, 1, 30, 31, 60, 61, 90, 91, 400)] == [
        "current", "current", "1-30", "1-30", "31-60", "31-60", "61-90", "61-90", "90+", "90+"]
    assert BUCKETS == ("current", "1-30", "31-60", "61-90", "90+")


def test_accounts_are_a_supervisors_business(services, cast, cashier, boss):
    customer = services.customers.find_by_plate("B 1234 XYZ").customer_id
    with pytest.raises(PermissionDenied):
        services.receivables.set_account(cashier, customer, 1_000_000, 30)
    with pytest.raises(ValidationError):
        services.receivables.set_account(boss, customer, -1, 30)
    account = services.receivables.set_account(boss, customer, 5_000_000, 30)
    assert account.customer_name == "Budi Santoso" and account.active


def test_collect_over_several_invoices_oldest_first_and_aging(services, cast, cashier, boss, shift):
    customer = services.customers.find_by_plate("B 1234 XYZ").customer_id
    services.receivables.set_account(boss, customer, 10_000_000, 30)
    today = date(2026, 12, 4)
    at = lambda days_ago: datetime(2026, 12, 4, 3, 0, tzinfo=timezone.utc) - timedelta(days=days_ago)
    _, old = _on_account(services, cast, cashier, at(100))   # due 70 days ago: 61-90
    _, mid = _on_account(services, cast, cashier, at(45))    # due 15 days ago: 1-30
    _, new = _on_account(services, cast, cashier, at(2))     # not due yet: current
    owed = services.receivables.outstanding(customer)
    assert owed == old.total + mid.total + new.total
    [row] = services.receivables.aging(today)
    assert row.buckets == {"current": new.total, "1-30": mid.total, "31-60": 0, "61-90": old.total, "90+": 0}
    assert row.total == owed
    # one collection pays the oldest in full and part of the next
    collection = services.receivables.collect(cashier, customer, old.total + 100_000, "cash")
    assert [(a.invoice_id, a.amount) for a in collection.allocations] == [(old.id, old.total), (mid.id, 100_000)]
    assert collection.receipt_number.startswith("RCV/")
    assert services.receivables.outstanding(customer) == owed - old.total - 100_000
    assert services.shifts.expected_cash(shift.id) == 500_000 + old.total + 100_000  # cash into this shift
    # a chosen invoice (the newest), by transfer
    services.receivables.collect(cashier, customer, new.total, "transfer", invoice_ids=[new.id])
    assert [i.invoice_id for i in services.receivables.open_invoices(customer, today)] == [mid.id]
    with pytest.raises(ValidationError, match="owed"):
        services.receivables.collect(cashier, customer, mid.total, "cash")  # more than is owed
    with pytest.raises(ValidationError):
        services.receivables.collect(cashier, customer, 1, "cash", invoice_ids=[old.id])  # paid already
    [row] = services.receivables.aging(today)
    assert row.buckets["1-30"] == mid.total - 100_000 and row.total == mid.total - 100_000


def test_collect_by_card_once_and_after_a_restart(services, cast, cashier, boss, shift):
    import json as _json

    from app.card_errors import CardDeclined
    from app.device_journal import DeviceJournal
    from tests.cashier.fakes import FakeTerminal

    customer = services.customers.find_by_plate("B 1234 XYZ").customer_id
    services.receivables.set_account(boss, customer, 10_000_000, 30)
    _, inv = _on_account(services, cast, cashier, datetime.now(timezone.utc))
    # declined: nothing recorded
    collection_id, key = services.receivables.prepare_card(cashier, customer, 300_000)
    assert key == f"rcv:{customer}:{collection_id}"
    with pytest.raises(CardDeclined):
        services.receivables.record_card(cashier, customer, collection_id,
                                         FakeTerminal(answers=["declined"]).sale(key, 300_000))
    assert services.receivables.outstanding(customer) == inv.total
    with pytest.raises(ValidationError, match="owed"):
        services.receivables.prepare_card(cashier, customer, inv.total + 1)
    # approved: recorded once, however often the approval is heard
    outcome = FakeTerminal().sale(key, 300_000)
    first = services.receivables.record_card(cashier, customer, collection_id, outcome)
    again = services.receivables.record_card(cashier, customer, collection_id, outcome)
    assert first.id == again.id == collection_id and first.method == "card"
    assert services.receivables.outstanding(customer) == inv.total - 300_000
    # an approval the app never recorded (it died): found in the journal at the next start
    lost_id, lost_key = services.receivables.prepare_card(cashier, customer, 100_000)
    journal = DeviceJournal(services.store)
    journal.put_pending("LOSTREF00001", lost_key, "01", 100_000)
    journal.set_outcome("LOSTREF00001", _json.dumps({"status": "approved", "amount": 100_000, "ecr_ref": "LOSTREF00001"}))
    assert services.card_sales.reconcile(cashier) == []  # no invoice part; the collection is recorded
    assert services.receivables.collection(lost_id).amount == 100_000
    assert services.receivables.outstanding(customer) == inv.total - 400_000
    services.card_sales.reconcile(cashier)
    assert services.receivables.outstanding(customer) == inv.total - 400_000  # once
