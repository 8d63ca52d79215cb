"""QRIS at the till, end to end: the cashier taps QRIS, the in-process cloud asks the fake
gateway for a QR, the screen shows it; the gateway's webhook settles it, the cloud's payment
event syncs down, the invoice shows paid and the receipt prints. An expired QR lets the cashier
make another; an unreachable cloud says so and offers the other methods, nothing written."""

from __future__ import annotations

import pytest

from app import demo
from app.roles import Role
from sync.payments.client import QrisClient
from tests.integrations.kit import make_cloud
from tests.integrations.test_qris import gateways  # noqa: F401 - the fake Midtrans and Xendit
from tests.ui.cashier_kit import Till
from tests.ui.conftest import compiled_translations, shop, ui_defaults  # noqa: F401 - the UI fixtures
from tests.ui.conftest import Shop
from ui.cashier import qris_model


@pytest.fixture
def qris_till(tmp_path, gateways, qtbot, monkeypatch):  # noqa: ANN001, ANN201, F811
    mid, _xnd, settings, providers = gateways
    kit = make_cloud(settings=settings, providers=providers)
    services, worker, token = kit.station(tmp_path, "k1")
    cast = demo.seed(services)
    demo.fill_board(services, cast)
    shop = Shop(services, cast)
    services.shifts.open(cast.actors[Role.CASHIER], 500_000)
    monkeypatch.setattr(qris_model, "POLL_MS", 100)
    monkeypatch.setattr(qris_model, "link_factory",
                        lambda _services, _settings: QrisClient("http://testserver", token, http=kit.client))
    till = Till(qtbot, shop)
    till.open_screen("cashier.checkout")
    yield till, kit, mid, worker, shop
    services.close()


def _open_first(till: Till, shop: Shop):  # noqa: ANN202
    item = shop.services.checkout.queue()[0]
    till.tap("Cashier.QueueItem", wo_number=item.wo_number)
    return item


def _screen(till: Till):  # noqa: ANN202
    from PySide6.QtWidgets import QWidget

    return till.window.findChild(QWidget, "CheckoutScreen")


def test_qris_paid_by_webhook_shows_paid_and_prints(qris_till, qtbot) -> None:  # noqa: ANN001
    till, kit, mid, worker, shop = qris_till
    item = _open_first(till, shop)
    till.tap("Cashier.Method", method="qris")
    qtbot.waitUntil(lambda: till.find("Cashier.QrisPage").state == "pending", timeout=5000)
    page = till.find("Cashier.QrisPage")
    assert not till.find("Cashier.QrisCode").pixmap().isNull()  # the QR, drawn from the cloud's string
    assert "Rp" in till.find("Cashier.QrisAmount").text() and till.find("Cashier.QrisCountdown").text()
    charge = _screen(till).qris_model.charge
    invoice = shop.services.billing.for_workorder(item.wo_id)
    assert invoice is not None and charge.amount == invoice.total == item.due and charge.invoice_id == invoice.id
    assert invoice.payments == []  # nothing is paid at the till before the gateway says so
    note = mid.notification(charge.order_id)
    assert kit.client.post("/v1/payments/midtrans/notification", json=note).json()["result"] == "paid"
    qtbot.waitUntil(lambda: page.state == "confirming", timeout=5000)  # the cloud says paid; not here yet
    assert shop.services.billing.get(invoice.id).balance == invoice.total
    worker.sync_once()  # the cloud's payment event comes down
    qtbot.waitUntil(lambda: bool(till.widgets("Cashier.DonePage")), timeout=5000)
    paid = shop.services.billing.get(invoice.id)
    assert paid.balance == 0 and [(p.method, p.amount) for p in paid.payments] == [("qris", invoice.total)]
    till.wait_device()
    qtbot.waitUntil(lambda: bool(till.printer.jobs), timeout=5000)
    assert invoice.number.encode() in till.printer.jobs[0][1]
    assert till.printer.kicks == 0  # no cash: the drawer stays shut
    # a replayed webhook changes nothing
    assert kit.client.post("/v1/payments/midtrans/notification", json=note).json()["result"] == "duplicate"
    worker.sync_once()
    assert len(shop.services.billing.get(invoice.id).payments) == 1


def test_an_expired_qr_lets_the_cashier_make_another(qris_till, qtbot) -> None:  # noqa: ANN001
    till, kit, mid, _worker, shop = qris_till
    _open_first(till, shop)
    till.tap("Cashier.Method", method="qris")
    page = till.find("Cashier.QrisPage")
    qtbot.waitUntil(lambda: page.state == "pending", timeout=5000)
    first = _screen(till).qris_model.charge.order_id
    kit.client.post("/v1/payments/midtrans/notification", json=mid.notification(first, "expire"))
    qtbot.waitUntil(lambda: page.state == "expired", timeout=5000)
    assert till.find("Cashier.QrisCode").pixmap().isNull()  # an expired QR is not shown
    assert till.find("Cashier.QrisMessage").isVisible() and till.find("Cashier.QrisOtherMethod").isVisible()
    till.tap("Cashier.QrisNew")
    qtbot.waitUntil(lambda: page.state == "pending", timeout=5000)
    second = _screen(till).qris_model.charge.order_id
    assert second != first and second.endswith("-2")
    till.tap("Cashier.QrisOtherMethod")
    assert till.find("Cashier.InvoicePage").isVisible()


def test_an_unreachable_cloud_offers_the_other_methods(qris_till, qtbot, monkeypatch) -> None:  # noqa: ANN001
    till, _kit, _mid, _worker, shop = qris_till
    monkeypatch.setattr(qris_model, "link_factory",
                        lambda _s, _t: QrisClient("http://127.0.0.1:9", "token", timeout=1))
    _screen(till).qris_model._link = None
    item = _open_first(till, shop)
    till.tap("Cashier.Method", method="qris")
    page = till.find("Cashier.QrisPage")
    qtbot.waitUntil(lambda: page.state == "offline", timeout=8000)
    message = till.find("Cashier.QrisMessage")
    assert message.property("severity") == "warning" and "cloud" in message.text().lower()
    assert till.find("Cashier.QrisCode").pixmap().isNull() and not till.widgets("Cashier.QrisNew") == []
    till.tap("Cashier.QrisOtherMethod")
    assert till.find("Cashier.InvoicePage").isVisible()
    invoice = shop.services.billing.for_workorder(item.wo_id)
    assert invoice is None or invoice.payments == []
    till.tap("Cashier.Method", method="cash")  # another method works straight away
    till.tap("Cashier.ConfirmCash")
    till.wait_device()
    qtbot.waitUntil(lambda: bool(till.widgets("Cashier.DonePage")), timeout=5000)
