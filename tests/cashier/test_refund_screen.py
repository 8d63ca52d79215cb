"""The refund dialog on the receipts screen, driven by clicks: a card paid today offers only the
void on the terminal; after settlement, cash (or a credit on account) with a supervisor's PIN."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from app.roles import Role
from tests.cashier.fakes import FakeTerminal
from tests.ui.cashier_kit import Till
from tests.ui.conftest import Shop, compiled_translations, shop, ui_defaults  # noqa: F401 - the UI fixtures
from tests.ui.test_cashier_history import _select

DIALOG_NOTE = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _card_paid(shop: Shop):  # noqa: ANN202, F811
    cashier = shop.cast.actors[Role.CASHIER]
    shop.services.shifts.open(cashier, 1_000_000)
    item = shop.services.checkout.queue()[0]
    inv = shop.services.checkout.start(cashier, item.wo_id)
    shop.services.card_sales.charge(cashier, inv.id, inv.total, FakeTerminal())
    return shop.services.billing.get(inv.id)


def _refund_dialog(till: Till, number: str):  # noqa: ANN202
    till.open_screen("cashier.receipts")
    _select(till, number)
    till.tap("Cashier.Refund")
    return till.find("Cashier.RefundDialog")


@DIALOG_NOTE
def test_a_card_paid_today_offers_only_the_void_on_the_terminal(qtbot, shop: Shop) -> None:  # noqa: ANN001, F811
    inv = _card_paid(shop)
    till = Till(qtbot, shop)
    dialog = _refund_dialog(till, inv.number)
    assert till.find("Cashier.RefundVoid").isVisible()
    assert not till.widgets("Cashier.RefundConfirm") and not till.widgets("Cashier.RefundMethod")
    assert "Rp" in till.find("Cashier.RefundExplain").text()
    till.tap("Cashier.RefundVoid")  # without a reason: said, nothing done
    assert till.find("Cashier.RefundMessage").isVisible() and dialog.isVisible()
    till.find("Cashier.RefundReason").setText("pelanggan batal")
    till.tap("Cashier.RefundVoid")
    till.wait_device()
    assert till.find("SupervisorPin").isVisible()  # the void goes on through the supervisor and the terminal
    assert shop.services.voids.reversals(inv.id) == []


@DIALOG_NOTE
def test_after_settlement_a_cash_refund_with_a_supervisor_pin(qtbot, shop: Shop) -> None:  # noqa: ANN001, F811
    inv = _card_paid(shop)
    later = datetime.now(timezone.utc) + timedelta(days=1)
    shop.services.voids.now = lambda: later  # the terminal settled yesterday's batch
    boss, cashier = shop.cast.actors[Role.SUPERVISOR], shop.cast.actors[Role.CASHIER]
    till = Till(qtbot, shop)
    _refund_dialog(till, inv.number)
    assert not till.widgets("Cashier.RefundVoid")
    assert [w.property("method") for w in till.widgets("Cashier.RefundMethod")] == ["cash"]  # no account: cash only
    amount = till.find("Cashier.RefundAmount")
    assert amount.amount() == inv.total  # offered: all that was paid
    amount.clear()
    qtbot.keyClicks(amount, "65000")
    assert amount.amount() == 65_000
    till.find("Cashier.RefundReason").setText("filter dikembalikan")
    till.tap("Cashier.RefundConfirm")
    prompt = till.find("SupervisorPin")
    assert shop.services.voids.reversals(inv.id) == []  # nothing before the supervisor's PIN
    till.tap("SupervisorPin.User", user_id=boss.user_id)
    for digit in "999999":
        prompt.pad.digit_buttons[digit].click()
    prompt.pad.ok_button.click()
    till.settle()
    qtbot.waitUntil(lambda: bool(shop.services.voids.reversals(inv.id)), timeout=5000)
    [refund] = shop.services.voids.reversals(inv.id)
    assert (refund.kind, refund.method, refund.amount) == ("refund", "cash", 65_000)
    row = shop.services.store.query_one("SELECT cashier_id, supervisor_id FROM overrides WHERE kind = 'refund'")
    assert row == {"cashier_id": cashier.user_id, "supervisor_id": boss.user_id}
    assert till.find("Cashier.HistoryMessage").isVisible()
