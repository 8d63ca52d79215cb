"""The checkout screen driven like a cashier: cash and card in three actions, a split, a declined
card then cash, a discount over the threshold, on account over the limit, QRIS, unresolved card."""

from __future__ import annotations

import threading

import pytest

from app.money import format_rupiah
from app.roles import Role
from tests.ui.cashier_kit import RecordingPrinter, ScriptedTerminal, Till
from tests.ui.conftest import Shop

KICK = b"\x1bp"
# the offscreen platform says this when a dialog (the supervisor's PIN prompt) is shown
DIALOG_NOTE = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _cashier_till(qtbot, shop: Shop, **kw) -> Till:  # noqa: ANN001
    shop.services.shifts.open(shop.cast.actors[Role.CASHIER], 500_000)
    till = Till(qtbot, shop, **kw)
    till.open_screen("cashier.checkout")
    return till


def _first_in_queue(shop: Shop):  # noqa: ANN202
    return shop.services.checkout.queue()[0]


def test_cash_checkout_in_three_actions_with_change_and_drawer(qtbot, shop: Shop) -> None:  # noqa: ANN001
    till = _cashier_till(qtbot, shop)
    item = _first_in_queue(shop)
    till.tap("Cashier.QueueItem", wo_number=item.wo_number)               # 1. open
    assert till.find("Cashier.Total.total").text() == format_rupiah(item.due)
    till.tap("Cashier.Method", method="cash")                             # 2. choose
    assert till.find("Cashier.Tendered").amount() == item.due            # exact to start with
    till.tap("Cashier.ConfirmCash")                                       # 3. confirm
    till.wait_device()
    assert till.taps == 3
    qtbot.waitUntil(lambda: bool(till.widgets("Cashier.DonePage")), timeout=5000)
    invoice = shop.services.billing.for_workorder(item.wo_id)
    assert invoice is not None and invoice.balance == 0 and [p.method for p in invoice.payments] == ["cash"]
    qtbot.waitUntil(lambda: till.printer.kicks == 1, timeout=5000)        # cash: the drawer opens
    assert till.printer.jobs and KICK not in till.printer.jobs[0][1]
    assert all(q.wo_id != item.wo_id for q in shop.services.checkout.queue())


def test_change_is_shown_large_for_a_quick_amount(qtbot, shop: Shop) -> None:  # noqa: ANN001
    till = _cashier_till(qtbot, shop)
    item = _first_in_queue(shop)
    till.tap("Cashier.QueueItem", wo_number=item.wo_number)
    till.tap("Cashier.Method", method="cash")
    quick = [w for w in till.widgets("Cashier.Quick") if int(w.property("amount")) > item.due][0]
    given = int(quick.property("amount"))
    assert given % 50_000 == 0
    till.tap("Cashier.Quick", amount=str(given))
    assert till.find("Cashier.Change").text() == format_rupiah(given - item.due)
    till.tap("Cashier.ConfirmCash")
    till.wait_device()
    qtbot.waitUntil(lambda: till.find("Cashier.DoneChange").text() == format_rupiah(given - item.due), timeout=5000)


def test_card_checkout_in_three_actions_never_opens_the_drawer(qtbot, shop: Shop) -> None:  # noqa: ANN001
    terminal = ScriptedTerminal(gate=threading.Event())
    till = _cashier_till(qtbot, shop, terminal=terminal)
    item = _first_in_queue(shop)
    till.tap("Cashier.QueueItem", wo_number=item.wo_number)               # 1
    till.tap("Cashier.Method", method="card")                             # 2
    till.tap("Cashier.StartCard")                                         # 3
    qtbot.waitUntil(lambda: till.find("Cashier.CardStep", step="card_pin").property("state") == "current", timeout=5000)
    assert "card" in till.find("Cashier.CardStage").text().lower() or "kartu" in till.find("Cashier.CardStage").text().lower()
    terminal.gate.set()  # the customer enters the PIN
    till.wait_device()
    qtbot.waitUntil(lambda: bool(till.widgets("Cashier.DonePage")), timeout=5000)
    assert till.taps == 3
    [(key, amount)] = terminal.sales
    assert amount == item.due and key.endswith(":card1")
    invoice = shop.services.billing.for_workorder(item.wo_id)
    assert invoice.balance == 0 and invoice.payments[0].reference == "R00000000001"
    till.wait_device()
    qtbot.waitUntil(lambda: bool(till.printer.jobs), timeout=5000)
    assert till.printer.kicks == 0


def test_declined_card_then_cash(qtbot, shop: Shop) -> None:  # noqa: ANN001
    till = _cashier_till(qtbot, shop, terminal=ScriptedTerminal(answers=["declined"]))
    item = _first_in_queue(shop)
    till.tap("Cashier.QueueItem", wo_number=item.wo_number)
    till.tap("Cashier.Method", method="card")
    till.tap("Cashier.StartCard")
    till.wait_device()
    qtbot.waitUntil(lambda: till.find("Cashier.CardStep", step="result").property("state") == "declined",
                    timeout=5000)
    assert till.find("Cashier.CardMessage").isVisible()
    assert shop.services.billing.for_workorder(item.wo_id).payments == []
    till.tap("Cashier.OtherMethod")
    till.tap("Cashier.Method", method="cash")
    till.tap("Cashier.ConfirmCash")
    till.wait_device()
    qtbot.waitUntil(lambda: bool(till.widgets("Cashier.DonePage")), timeout=5000)
    invoice = shop.services.billing.for_workorder(item.wo_id)
    assert [p.method for p in invoice.payments] == ["cash"] and invoice.balance == 0


def test_split_cash_and_card(qtbot, shop: Shop) -> None:  # noqa: ANN001
    till = _cashier_till(qtbot, shop)
    item = _first_in_queue(shop)
    till.tap("Cashier.QueueItem", wo_number=item.wo_number)
    till.tap("Cashier.Method", method="split")
    cash = till.find("Cashier.SplitAmount", method="cash")
    cash.set_amount(200_000)
    till.tap("Cashier.SplitRest", method="card")
    assert till.find("Cashier.SplitAmount", method="card").amount() == item.due - 200_000
    till.tap("Cashier.ConfirmSplit")
    till.tap("Cashier.Quick", amount=str(200_000 + 50_000))  # cash given: Rp 250.000
    till.tap("Cashier.ConfirmCash")
    till.tap("Cashier.StartCard")
    till.wait_device()
    qtbot.waitUntil(lambda: bool(till.widgets("Cashier.DonePage")), timeout=5000)
    assert till.find("Cashier.DoneChange").text() == format_rupiah(50_000)
    invoice = shop.services.billing.for_workorder(item.wo_id)
    assert sorted((p.method, p.amount) for p in invoice.payments) == sorted(
        [("cash", 200_000), ("card", item.due - 200_000)])
    till.wait_device()
    qtbot.waitUntil(lambda: till.printer.kicks == 1, timeout=5000)


@DIALOG_NOTE
def test_discount_over_the_threshold_needs_a_supervisor_pin(qtbot, shop: Shop) -> None:  # noqa: ANN001
    till = _cashier_till(qtbot, shop)
    item = _first_in_queue(shop)
    till.tap("Cashier.QueueItem", wo_number=item.wo_number)
    discount = till.find("Cashier.Discount")
    discount.setFocus()
    discount.set_amount(item.due // 4)  # ~25%: over the 10% threshold
    discount.editingFinished.emit()
    till.settle()
    qtbot.waitUntil(lambda: bool(till.find("Cashier.DiscountNote").text()), timeout=5000)
    till.tap("Cashier.Method", method="cash")
    till.tap("Cashier.ConfirmCash")
    prompt = till.find("SupervisorPin")  # refused until a supervisor confirms
    assert shop.services.billing.for_workorder(item.wo_id) is None
    boss = shop.cast.actors[Role.SUPERVISOR]
    till.tap("SupervisorPin.User", user_id=boss.user_id)
    for digit in "999999":
        prompt.pad.digit_buttons[digit].click()
    prompt.pad.ok_button.click()
    till.settle()
    till.wait_device()
    qtbot.waitUntil(lambda: bool(till.widgets("Cashier.DonePage")), timeout=5000)
    invoice = shop.services.billing.for_workorder(item.wo_id)
    assert invoice.discount == item.due // 4 and invoice.balance == 0
    row = shop.services.store.query_one("SELECT cashier_id, supervisor_id FROM overrides WHERE kind = 'discount'")
    assert row == {"cashier_id": shop.cast.actors[Role.CASHIER].user_id, "supervisor_id": boss.user_id}


@DIALOG_NOTE
def test_on_account_over_the_limit_is_refused_without_a_supervisor(qtbot, shop: Shop) -> None:  # noqa: ANN001
    item = _first_in_queue(shop)
    customer = shop.services.workorders.get(item.wo_id).customer_id
    shop.services.receivables.set_account(shop.cast.actors[Role.SUPERVISOR], customer, 100_000, 30)
    till = _cashier_till(qtbot, shop)
    till.tap("Cashier.QueueItem", wo_number=item.wo_number)
    till.tap("Cashier.Method", method="on_account")
    prompt = till.find("SupervisorPin")
    assert "limit" in prompt.reason.text().lower() or "batas" in prompt.reason.text().lower()
    till.tap("SupervisorPin.Cancel")
    invoice = shop.services.billing.for_workorder(item.wo_id)
    assert invoice is not None and invoice.payments == []  # issued, nothing paid on account
    assert shop.services.receivables.outstanding(customer) == 0


def test_qris_on_a_till_not_connected_to_the_cloud_says_so_and_offers_the_rest(qtbot, shop: Shop) -> None:  # noqa: ANN001
    till = _cashier_till(qtbot, shop)  # this station is not enrolled: no cloud, so no QR (never a made-up one)
    item = _first_in_queue(shop)
    till.tap("Cashier.QueueItem", wo_number=item.wo_number)
    till.tap("Cashier.Method", method="qris")
    page = till.find("Cashier.QrisPage")
    qtbot.waitUntil(lambda: page.state == "not_enrolled", timeout=5000)
    message = till.find("Cashier.QrisMessage")
    assert "QRIS" in message.text() and message.property("severity") == "warning"
    assert till.find("Cashier.QrisCode").pixmap().isNull()
    till.tap("Cashier.QrisOtherMethod")
    assert all(b.isEnabled() for b in till.widgets("Cashier.Method"))


def test_a_second_card_sale_is_refused_while_one_is_unresolved(qtbot, shop: Shop) -> None:  # noqa: ANN001
    till = _cashier_till(qtbot, shop, terminal=ScriptedTerminal(answers=["unknown"]))
    item = _first_in_queue(shop)
    till.tap("Cashier.QueueItem", wo_number=item.wo_number)
    till.tap("Cashier.Method", method="card")
    till.tap("Cashier.StartCard")
    till.wait_device()
    qtbot.waitUntil(lambda: till.find("Cashier.CardStep", step="result").property("state") == "unresolved",
                    timeout=5000)
    assert till.find("Cashier.CheckTerminal").isVisible()
    assert shop.services.billing.for_workorder(item.wo_id).payments == []


def test_paper_out_keeps_the_sale_says_so_and_offers_the_drawer(qtbot, shop: Shop) -> None:  # noqa: ANN001
    printer = RecordingPrinter(fail=RuntimeError("Kertas printer habis; ganti kertas lalu cetak ulang"))
    till = _cashier_till(qtbot, shop, printer=printer)
    item = _first_in_queue(shop)
    till.tap("Cashier.QueueItem", wo_number=item.wo_number)
    till.tap("Cashier.Method", method="cash")
    till.tap("Cashier.ConfirmCash")
    till.wait_device()
    qtbot.waitUntil(lambda: till.find("Cashier.PrintMessage").property("severity") == "error", timeout=5000)
    assert "Kertas printer habis" in till.find("Cashier.PrintMessage").text()
    assert shop.services.billing.for_workorder(item.wo_id).balance == 0  # nothing about the sale is lost
    assert printer.kicks == 0
    till.tap("Cashier.OpenDrawer")  # the cashier still needs the drawer for the change
    till.wait_device()
    assert printer.kicks == 1
    printer.fail = None  # a new roll
    till.tap("Cashier.Reprint")
    till.wait_device()
    qtbot.waitUntil(lambda: bool(printer.jobs), timeout=5000)
    assert b"CETAK ULANG" in printer.jobs[-1][1] and printer.kicks == 1  # a reprint never opens the drawer


def test_quick_amounts_are_the_next_50000_steps() -> None:
    from ui.cashier.cash_page import quick_amounts

    assert quick_amounts(832_500) == [850_000, 900_000, 950_000]
    assert quick_amounts(850_000) == [900_000, 950_000, 1_000_000]  # exact has its own button
    assert quick_amounts(1) == [50_000, 100_000, 150_000]
