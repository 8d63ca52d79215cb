"""Receipts and receivables screens: a reprint marked as a copy, a void with a supervisor's PIN
(the card voided on the terminal), and a collection over a fleet customer's invoices."""

from __future__ import annotations

import pytest

from app.billing import PaymentIn
from app.roles import Role
from tests.ui.cashier_kit import Till
from tests.ui.conftest import Shop

DIALOG_NOTE = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _paid(shop: Shop):  # noqa: ANN202
    cashier = shop.cast.actors[Role.CASHIER]
    shop.services.shifts.open(cashier, 2_000_000)
    item = shop.services.checkout.queue()[0]
    inv = shop.services.checkout.start(cashier, item.wo_id)
    return shop.services.checkout.pay(cashier, inv.id, [PaymentIn(method="cash", amount=inv.total)]).invoice


def _select(till: Till, number: str) -> None:
    table = till.find("Cashier.History")
    till.qtbot.waitUntil(lambda: any(table.item(r, 0) and table.item(r, 0).text() == number
                                     for r in range(table.rowCount())), timeout=5000)
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == number)
    table.selectRow(row)
    till.settle()


def test_reprint_from_history_is_a_copy(qtbot, shop: Shop) -> None:  # noqa: ANN001
    inv = _paid(shop)
    till = Till(qtbot, shop)
    till.open_screen("cashier.receipts")
    _select(till, inv.number)
    till.tap("Cashier.HistoryReprint")
    till.wait_device()
    qtbot.waitUntil(lambda: bool(till.printer.jobs), timeout=5000)
    title, data = till.printer.jobs[-1]
    assert inv.number in title and b"CETAK ULANG" in data and till.printer.kicks == 0
    assert shop.services.store.query_one("SELECT count(*) AS n FROM audit_log WHERE action = 'receipt.reprint'")["n"] == 1


@DIALOG_NOTE
def test_void_needs_a_supervisor_pin(qtbot, shop: Shop) -> None:  # noqa: ANN001
    inv = _paid(shop)
    boss = shop.cast.actors[Role.SUPERVISOR]
    till = Till(qtbot, shop)
    till.open_screen("cashier.receipts")
    _select(till, inv.number)
    till.find("Cashier.Reason").setText("salah pelanggan")
    till.tap("Cashier.Void")
    till.wait_device()
    prompt = till.find("SupervisorPin")
    assert not shop.services.checkout.is_voided(inv.id)
    till.tap("SupervisorPin.User", user_id=boss.user_id)
    for digit in "999999":
        prompt.pad.digit_buttons[digit].click()
    prompt.pad.ok_button.click()
    till.settle()
    till.wait_device()
    qtbot.waitUntil(lambda: shop.services.checkout.is_voided(inv.id), timeout=5000)
    row = shop.services.store.query_one("SELECT cashier_id, supervisor_id FROM overrides WHERE kind = 'void'")
    assert row == {"cashier_id": shop.cast.actors[Role.CASHIER].user_id, "supervisor_id": boss.user_id}


def test_collect_against_a_fleet_customers_invoice(qtbot, shop: Shop) -> None:  # noqa: ANN001
    shop.services.shifts.open(shop.cast.actors[Role.CASHIER], 0)
    [row] = shop.services.receivables.aging()
    till = Till(qtbot, shop)
    till.open_screen("cashier.receivables")
    qtbot.waitUntil(lambda: till.find("Cashier.CollectAmount").amount() == row.total, timeout=5000)
    till.tap("Cashier.Collect", method="cash")
    qtbot.waitUntil(lambda: shop.services.receivables.outstanding(row.customer_id) == 0, timeout=5000)
    assert shop.services.shifts.expected_cash(shop.services.shifts.current().id) == row.total


def test_collect_by_card_on_the_terminal(qtbot, shop: Shop) -> None:  # noqa: ANN001
    shop.services.shifts.open(shop.cast.actors[Role.CASHIER], 0)
    [row] = shop.services.receivables.aging()
    till = Till(qtbot, shop)
    till.open_screen("cashier.receivables")
    qtbot.waitUntil(lambda: till.find("Cashier.CollectAmount").amount() == row.total, timeout=5000)
    till.tap("Cashier.Collect", method="card")
    till.wait_device()
    qtbot.waitUntil(lambda: shop.services.receivables.outstanding(row.customer_id) == 0, timeout=5000)
    [(key, amount)] = till.terminal.sales
    assert key.startswith(f"rcv:{row.customer_id}:") and amount == row.total
    assert shop.services.shifts.expected_cash(shop.services.shifts.current().id) == 0  # not cash
