"""The cashier's part of the workshop day: open the shift, check out one WO in cash
(`checkout-cash`), the day's WO split between cash and a card on the simulated terminal, the
receipt on the preview printer, and the shift closed with its drawer counted."""

from __future__ import annotations

from app.roles import Role
from app.shifts import DENOMINATIONS
from ui.tour.kit import Step, Tour, TourFailure

CARD_WAIT_MS = 30_000  # the simulated customer takes a moment with the card and PIN
DAY_PLATE = "B 1234 XYZ"  # the advisor's customer of the day, when the other stations finished the WO


def _keypad(t: Tour, digits: str) -> None:
    """Type on the on-screen keypad of the current page ("000" is one key)."""
    i = 0
    while i < len(digits):
        if digits.startswith("000", i) and t.exists("KeypadKey", key="000"):
            t.tap("KeypadKey", key="000")
            i += 3
        else:
            t.tap("KeypadKey", key=digits[i])
            i += 1


def _rupiah(text: str) -> int:
    digits = "".join(c for c in text if c.isdigit())
    return -int(digits) if text.strip().startswith("-") else int(digits or 0)


def open_shift(t: Tour) -> None:
    t.login_as(Role.CASHIER)
    t.tap("Nav.cashier.shift")
    t.wait_visible("Cashier.OpenShiftPage")
    _keypad(t, "500000")
    t.tap("Cashier.OpenShift")
    t.wait_visible("Cashier.QueuePage")  # the till is open: the checkout queue comes up
    t.wait_gone("Cashier.GoToShift")


def checkout_cash(t: Tour) -> None:
    t.wait_visible("Cashier.QueueItem")
    t.tap("Cashier.QueueItem", index="0")                      # open
    t.wait_visible("Cashier.InvoicePage")
    t.tap("Cashier.Method", method="cash")                     # choose
    t.tap("Cashier.ConfirmCash")                               # confirm
    t.wait_visible("Cashier.DonePage")
    t.expect_text("Cashier.DoneHeading", "INV/")


def checkout_split(t: Tour) -> None:
    t.tap("Cashier.Next")
    t.wait_visible("Cashier.QueueItem")
    rows = t.all("Cashier.QueueItem", plate=DAY_PLATE) or t.all("Cashier.QueueItem", index="0")
    t.tap("Cashier.QueueItem", wo_number=str(rows[0].property("wo_number")))
    t.tap("Cashier.Method", method="split")
    t.wait_visible("Cashier.SplitPage")
    _keypad(t, "200000")                                       # Rp 200.000 in cash
    t.tap("Cashier.SplitRest", method="card")                  # the rest on the card
    t.tap("Cashier.ConfirmSplit")
    t.wait_visible("Cashier.CashPage")
    t.tap("Cashier.Quick", amount="250000")                    # the customer hands over Rp 250.000
    t.expect_text("Cashier.Change", "50.000")
    t.tap("Cashier.ConfirmCash")
    t.wait_visible("Cashier.CardPage")
    t.tap("Cashier.StartCard")
    t.wait_visible("Cashier.DonePage", timeout_ms=CARD_WAIT_MS)
    t.expect_text("Cashier.DoneChange", "50.000")


def receipt_preview(t: Tour) -> None:
    def shown() -> bool:
        pixmap = t.find("Cashier.ReceiptPreview").pixmap()
        return pixmap is not None and not pixmap.isNull()

    t.wait_until("the receipt preview", shown, timeout_ms=10_000)
    t.wait_until("the printer's answer", lambda: t.find("Cashier.PrintMessage").property("severity") == "ok",
                 timeout_ms=10_000)


def close_shift(t: Tour) -> None:
    t.tap("Cashier.Next")
    t.tap("Nav.cashier.shift")
    t.wait_visible("Cashier.CountPage")
    t.wait_until("the expected cash", lambda: _rupiah(t.text_of("Cashier.ExpectedCash")) > 500_000)
    rest = _rupiah(t.text_of("Cashier.ExpectedCash"))
    for denom in DENOMINATIONS:
        count, rest = divmod(rest, denom)
        if count:
            t.tap("Cashier.Count", denom=str(denom))
            _keypad(t, str(count))
    if rest:  # less than a coin over: the till keeps it
        t.tap("Cashier.Count", denom="500")
        _keypad(t, "1")
    t.tap("Cashier.CloseShift")
    t.wait_visible("Cashier.ZPage")
    if "Z/" not in t.text_of("Cashier.PageHeading"):
        raise TourFailure("the Z-report's number is not shown")


STEPS: list[Step] = [
    Step("cashier", "open-shift", open_shift),
    Step("cashier", "checkout-cash", checkout_cash),
    Step("cashier", "checkout-split-card", checkout_split),
    Step("cashier", "receipt-preview", receipt_preview),
    Step("cashier", "close-shift", close_shift),
]
