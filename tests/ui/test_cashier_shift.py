"""The shift screen driven like a cashier: open with a float, count the drawer per denomination,
a variance over the threshold needs a supervisor, the Z-report is printed and kept."""

from __future__ import annotations

import pytest

from app.billing import PaymentIn
from app.money import format_rupiah
from app.roles import Role
from tests.ui.cashier_kit import Till
from tests.ui.conftest import Shop

DIALOG_NOTE = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _type_count(till: Till, denom: int, count: int) -> None:
    till.tap("Cashier.Count", denom=str(denom))
    for digit in str(count):
        till.tap("KeypadKey", key=digit)


def test_open_the_shift_with_a_float(qtbot, shop: Shop) -> None:  # noqa: ANN001
    till = Till(qtbot, shop)
    till.open_screen("cashier.shift")
    for key in ("3", "0", "0", "000"):
        till.tap("KeypadKey", key=key)
    assert till.find("Cashier.Float").amount() == 300_000
    till.tap("Cashier.OpenShift")
    qtbot.waitUntil(lambda: bool(till.widgets("Cashier.QueuePage")), timeout=5000)  # on to the till
    shift = shop.services.shifts.current()
    assert shift is not None and shift.opening_float == 300_000
    till.tap("Nav.cashier.shift")
    qtbot.waitUntil(lambda: till.find("Cashier.ExpectedCash").text() == format_rupiah(300_000), timeout=5000)


@DIALOG_NOTE
def test_close_with_a_variance_needs_a_supervisor_and_prints_the_z_report(qtbot, shop: Shop) -> None:  # noqa: ANN001
    cashier, boss = shop.cast.actors[Role.CASHIER], shop.cast.actors[Role.SUPERVISOR]
    shop.services.shifts.open(cashier, 200_000)
    item = shop.services.checkout.queue()[0]
    inv = shop.services.checkout.start(cashier, item.wo_id)
    shop.services.checkout.pay(cashier, inv.id, [PaymentIn(method="cash", amount=inv.total)])
    expected = 200_000 + inv.total
    till = Till(qtbot, shop)
    till.open_screen("cashier.shift")
    qtbot.waitUntil(lambda: till.find("Cashier.ExpectedCash").text() == format_rupiah(expected), timeout=5000)
    short = expected - 30_000  # Rp 30.000 missing (more than the Rp 10.000 allowed)
    _type_count(till, 100_000, short // 100_000)
    rest = short % 100_000
    for denom in (50_000, 20_000, 10_000, 5_000, 2_000, 1_000, 500):
        if rest >= denom:
            _type_count(till, denom, rest // denom)
            rest %= denom
    counted = short - rest
    assert till.find("Cashier.Counted").text() == format_rupiah(counted)
    assert till.find("Cashier.Variance").text() == format_rupiah(counted - expected)
    assert till.find("Cashier.ShiftMessage").isVisible()  # says a supervisor will confirm
    till.tap("Cashier.CloseShift")
    prompt = till.find("SupervisorPin")
    assert shop.services.shifts.current() is not None  # refused until the supervisor confirms
    till.tap("SupervisorPin.User", user_id=boss.user_id)
    for digit in "999999":
        prompt.pad.digit_buttons[digit].click()
    prompt.pad.ok_button.click()
    till.settle()
    qtbot.waitUntil(lambda: bool(till.widgets("Cashier.ZPage")), timeout=5000)
    assert shop.services.shifts.current() is None
    [closed] = shop.services.shifts.history(1)
    z = shop.services.shifts.z_report(closed.id)
    assert z.variance == counted - expected and z.variance_approved_by == boss.name
    assert z.z_number in till.find("Cashier.PageHeading").text()
    till.wait_device()
    qtbot.waitUntil(lambda: bool(till.printer.jobs), timeout=5000)
    title, data = till.printer.jobs[-1]
    assert title == f"Z {z.z_number}" and b"LAPORAN Z" in data and b"\x1bp" not in data
    assert till.printer.kicks == 0
    qtbot.waitUntil(lambda: till.find("Cashier.ZPreview").pixmap() is not None
                    and not till.find("Cashier.ZPreview").pixmap().isNull(), timeout=5000)


def test_settle_the_card_terminal_before_closing(qtbot, shop: Shop) -> None:  # noqa: ANN001
    shop.services.shifts.open(shop.cast.actors[Role.CASHIER], 100_000)
    till = Till(qtbot, shop)
    till.open_screen("cashier.shift")
    till.tap("Cashier.SettleTerminal")
    till.wait_device()
    qtbot.waitUntil(lambda: till.find("Cashier.ShiftMessage").property("severity") == "ok", timeout=5000)
