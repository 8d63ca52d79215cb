"""The cashier's screens as a cashier sees them, at 1280×800 and 1024×700: the queue, the invoice,
a card payment in progress, the change, the shift close and the Z-report.

Writes to docs/screenshots/cashier_*.png when SENTRA_SCREENSHOTS=1, else to a temporary folder.
Each picture is also checked: no text of a visible label or button is cut off."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from app.billing import PaymentIn
from app.roles import Role
from tests.ui.cashier_kit import ScriptedTerminal, Till
from tests.ui.conftest import Shop

REPO_SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
SIZES = {"": (1280, 800), "_small": (1024, 700)}


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    if os.environ.get("SENTRA_SCREENSHOTS"):
        REPO_SHOTS.mkdir(parents=True, exist_ok=True)
        return REPO_SHOTS
    return tmp_path


def _clipped(window: QWidget) -> list[str]:
    """Visible labels and buttons whose one-line text is wider than the widget."""
    bad = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not widget.objectName().startswith("Cashier."):
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text() and "<" not in widget.text():
            if widget.fontMetrics().horizontalAdvance(widget.text()) > widget.contentsRect().width() + 1:
                bad.append(f"{widget.objectName()}: {widget.text()!r}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.fontMetrics().horizontalAdvance(widget.text()) > widget.width():
                bad.append(f"{widget.objectName()}: {widget.text()!r}")
    return bad


def _save(till: Till, shots: Path, name: str) -> None:
    for suffix, size in SIZES.items():
        till.window.resize(*size)
        till.settle()
        till.qtbot.wait(50)
        assert till.window.grab().save(str(shots / f"cashier_{name}{suffix}.png"))
        assert _clipped(till.window) == [], (name, size)
    till.window.resize(*SIZES[""])
    till.settle()


def test_checkout_screens(qtbot, shop: Shop, shots: Path) -> None:  # noqa: ANN001
    shop.services.shifts.open(shop.cast.actors[Role.CASHIER], 500_000)
    terminal = ScriptedTerminal(gate=threading.Event())
    till = Till(qtbot, shop, terminal=terminal)
    till.open_screen("cashier.checkout")
    till.find("Cashier.QueueItem")
    _save(till, shots, "queue")
    first, second = shop.services.checkout.queue()[:2]
    till.tap("Cashier.QueueItem", wo_number=first.wo_number)
    till.find("Cashier.InvoicePage")
    _save(till, shots, "invoice")
    till.tap("Cashier.Method", method="cash")
    till.tap("Cashier.Quick", amount=str(-(-first.due // 50_000) * 50_000 + 50_000))
    _save(till, shots, "change")
    till.tap("Cashier.ConfirmCash")
    till.wait_device()
    qtbot.waitUntil(lambda: bool(till.widgets("Cashier.DonePage")), timeout=5000)
    qtbot.waitUntil(lambda: till.find("Cashier.ReceiptPreview").pixmap() is not None
                    and not till.find("Cashier.ReceiptPreview").pixmap().isNull(), timeout=5000)
    _save(till, shots, "paid")
    till.tap("Cashier.Next")
    till.tap("Cashier.QueueItem", wo_number=second.wo_number)
    till.tap("Cashier.Method", method="card")
    till.tap("Cashier.StartCard")
    qtbot.waitUntil(lambda: till.find("Cashier.CardStep", step="card_pin").property("state") == "current", timeout=5000)
    _save(till, shots, "card")
    terminal.gate.set()
    till.wait_device()
    qtbot.waitUntil(lambda: bool(till.widgets("Cashier.DonePage")), timeout=5000)


def test_shift_screens(qtbot, shop: Shop, shots: Path) -> None:  # noqa: ANN001
    cashier = shop.cast.actors[Role.CASHIER]
    shop.services.shifts.open(cashier, 500_000)
    item = shop.services.checkout.queue()[0]
    inv = shop.services.checkout.start(cashier, item.wo_id)
    shop.services.checkout.pay(cashier, inv.id, [PaymentIn(method="cash", amount=inv.total)])
    till = Till(qtbot, shop)
    till.open_screen("cashier.shift")
    till.find("Cashier.CountPage")
    rest = shop.services.shifts.expected_cash(shop.services.shifts.current().id) - 5_000
    for denom in (100_000, 50_000, 20_000, 10_000, 5_000, 2_000, 1_000, 500):
        count, rest = divmod(rest, denom)
        if count:
            till.tap("Cashier.Count", denom=str(denom))
            for digit in str(count):
                till.tap("KeypadKey", key=digit)
    _save(till, shots, "shift_close")
    till.tap("Cashier.CloseShift")
    till.wait_device()
    qtbot.waitUntil(lambda: till.find("Cashier.ZPreview").pixmap() is not None
                    and not till.find("Cashier.ZPreview").pixmap().isNull(), timeout=5000)
    _save(till, shots, "z_report")


def test_glove_theme_keeps_every_cashier_target_large(qtbot, qapp, shop: Shop, shots: Path) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QAbstractButton, QLineEdit

    from ui.kit.theme import apply_theme

    apply_theme(qapp, "glove")
    try:
        shop.services.shifts.open(shop.cast.actors[Role.CASHIER], 500_000)
        till = Till(qtbot, shop)
        till.open_screen("cashier.checkout")
        item = shop.services.checkout.queue()[0]
        till.tap("Cashier.QueueItem", wo_number=item.wo_number)
        till.tap("Cashier.Method", method="cash")
        _save(till, shots, "change_glove")
        small = [(w.objectName(), w.height()) for w in till.window.findChildren(QWidget)
                 if isinstance(w, (QAbstractButton, QLineEdit)) and w.isVisible()
                 and w.objectName().startswith(("Cashier.", "Keypad")) and w.height() < 60]
        assert small == []
    finally:
        apply_theme(qapp, "standard")


def test_receipts_and_receivables_screens(qtbot, shop: Shop, shots: Path) -> None:  # noqa: ANN001
    cashier = shop.cast.actors[Role.CASHIER]
    shop.services.shifts.open(cashier, 500_000)
    item = shop.services.checkout.queue()[0]
    inv = shop.services.checkout.start(cashier, item.wo_id)
    shop.services.checkout.pay(cashier, inv.id, [PaymentIn(method="cash", amount=inv.total)])
    till = Till(qtbot, shop)
    till.open_screen("cashier.receipts")
    table = till.find("Cashier.History")
    qtbot.waitUntil(lambda: table.rowCount() >= 2, timeout=5000)
    table.selectRow(0)
    qtbot.waitUntil(lambda: till.find("Cashier.HistoryPreview").pixmap() is not None
                    and not till.find("Cashier.HistoryPreview").pixmap().isNull(), timeout=5000)
    _save(till, shots, "receipts")
    till.open_screen("cashier.receivables")
    qtbot.waitUntil(lambda: till.find("Cashier.CollectAmount").amount() > 0, timeout=5000)
    _save(till, shots, "receivables")
