"""Pictures of QRIS at the till (the QR pending, then paid) and of the refund dialog, at 1024×700
and 1280×800, standard and glove themes, Indonesian and English. Saved to $CASHIERQ_PNG (e.g.
/tmp/cashierq_png) when set, else to a temporary folder; each is checked for cut-off text."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter

from app.roles import Role
from tests.cashier.fakes import FakeTerminal
from tests.integrations.test_cashier_qris import _open_first, _screen, qris_till  # noqa: F401
from tests.integrations.test_qris import gateways  # noqa: F401
from tests.ui.cashier_kit import Till
from tests.ui.conftest import compiled_translations, shop, ui_defaults  # noqa: F401 - the UI fixtures
from tests.ui.test_cashier_history import _select
from tests.ui.test_cashier_screenshots import _clipped
from ui.kit.i18n import install_translator
from ui.kit.theme import apply_theme

SIZES = {"1024x700": (1024, 700), "1280x800": (1280, 800)}
LOOKS = [(theme, lang) for theme in ("standard", "glove") for lang in ("id", "en")]
DIALOG_NOTE = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("CASHIERQ_PNG") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _look(qapp, theme: str, lang: str) -> None:  # noqa: ANN001
    apply_theme(qapp, theme)
    install_translator(qapp, lang)


def _save(till: Till, shots: Path, name: str, dialog=None) -> None:  # noqa: ANN001
    for size_name, size in SIZES.items():
        till.window.resize(*size)
        till.settle()
        till.qtbot.wait(50)
        image = till.window.grab()
        if dialog is not None:  # the dialog over the window, as the cashier sees it
            painter = QPainter(image)
            shot = dialog.grab()
            painter.drawPixmap(QPoint((image.width() - shot.width()) // 2, (image.height() - shot.height()) // 2),
                               shot)
            painter.end()
        assert image.save(str(shots / f"{name}_{size_name}.png"))
        assert _clipped(till.window) == [], (name, size)
        if dialog is not None:
            assert _clipped(dialog) == [], (name, "dialog")


@pytest.mark.parametrize(("theme", "lang"), LOOKS)
def test_qris_pending_and_paid(qris_till, qtbot, qapp, shots, theme, lang) -> None:  # noqa: ANN001, F811
    till, kit, mid, worker, shop = qris_till
    _look(qapp, theme, lang)
    try:
        _open_first(till, shop)
        till.tap("Cashier.Method", method="qris")
        page = till.find("Cashier.QrisPage")
        qtbot.waitUntil(lambda: page.state == "pending", timeout=5000)
        _save(till, shots, f"qris_pending_{theme}_{lang}")
        charge = _screen(till).qris_model.charge
        kit.client.post("/v1/payments/midtrans/notification", json=mid.notification(charge.order_id))
        worker.sync_once()
        qtbot.waitUntil(lambda: bool(till.widgets("Cashier.DonePage")), timeout=5000)
        till.wait_device()
        qtbot.waitUntil(lambda: not till.find("Cashier.ReceiptPreview").pixmap().isNull(), timeout=5000)
        _save(till, shots, f"qris_paid_{theme}_{lang}")
    finally:
        _look(qapp, "standard", "id")


@DIALOG_NOTE
@pytest.mark.parametrize(("theme", "lang"), LOOKS)
def test_refund_dialog(qtbot, qapp, shop, shots, theme, lang) -> None:  # noqa: ANN001
    cashier = shop.cast.actors[Role.CASHIER]
    shop.services.shifts.open(cashier, 1_000_000)
    item = shop.services.checkout.queue()[0]
    inv = shop.services.checkout.start(cashier, item.wo_id)
    shop.services.card_sales.charge(cashier, inv.id, inv.total, FakeTerminal())
    _look(qapp, theme, lang)
    try:
        till = Till(qtbot, shop)
        till.open_screen("cashier.receipts")
        _select(till, inv.number)
        till.tap("Cashier.Refund")
        dialog = till.find("Cashier.RefundDialog")
        _save(till, shots, f"refund_today_{theme}_{lang}", dialog)
        dialog.reject()
        later = datetime.now(timezone.utc) + timedelta(days=1)
        shop.services.voids.now = lambda: later
        till.tap("Cashier.Refund")
        qtbot.waitUntil(lambda: bool(till.widgets("Cashier.RefundMethod")), timeout=5000)
        dialog = till.find("Cashier.RefundDialog")
        _save(till, shots, f"refund_settled_{theme}_{lang}", dialog)
        dialog.reject()
    finally:
        _look(qapp, "standard", "id")
