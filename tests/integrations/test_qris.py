"""QRIS at the cloud: a charge, its webhook, and the payment every station sees through sync."""

from __future__ import annotations

from contextlib import ExitStack

import pytest
from sqlalchemy import select

from sync.integrations.midtrans import MidtransClient
from sync.integrations.settings import IntegrationSettings
from sync.integrations.xendit import XenditClient
from sync.notify import tables as t
from sync.payments.qris import Providers
from tests.fakes import serve
from tests.fakes.midtrans_fake import MidtransFake
from tests.fakes.xendit_fake import XenditFake
from tests.integrations.kit import make_cloud


@pytest.fixture
def gateways():  # type: ignore[no-untyped-def]
    mid, xnd = MidtransFake(), XenditFake()
    with ExitStack() as stack:
        mid_base = stack.enter_context(serve(mid.app()))
        xnd_base = stack.enter_context(serve(xnd.app()))
        settings = IntegrationSettings(midtrans_server_key=mid.server_key, midtrans_api_base=mid_base,
                                       xendit_secret_key=xnd.secret_key, xendit_callback_token=xnd.callback_token,
                                       xendit_api_base=xnd_base)
        yield mid, xnd, settings, Providers(MidtransClient(mid_base, mid.server_key),
                                            XenditClient(xnd_base, xnd.secret_key))


def open_invoice(services):  # type: ignore[no-untyped-def]
    """A completed WO of the demo day, invoiced and not paid yet."""
    from app import demo
    from app.roles import Role

    cast = demo.seed(services)
    s, sa, mech = services, cast.actors[Role.ADVISOR], cast.actors[Role.MECHANIC]
    from app.wo_states import WOStatus

    wo = s.workorders.open(sa, cast.vehicle_ids[0], ["Servis berkala"], odometer_km=10_250)
    s.workorders.move(mech, wo.id, WOStatus.DIAGNOSING)
    job = s.workorders.add_job(mech, wo.id, cast.labour_ids["ac"], [mech.user_id])
    s.estimates.decide_pending(sa, wo.id, "approved", "Pelanggan", "in_person")
    s.workorders.move(mech, wo.id, WOStatus.WORKING)
    s.workorders.set_job_status(mech, wo.id, job.id, "STARTED")
    s.workorders.set_job_status(mech, wo.id, job.id, "FINISHED")
    s.workorders.move(mech, wo.id, WOStatus.QC_TEST)
    s.workorders.move(sa, wo.id, WOStatus.COMPLETED)
    return s.billing.create_invoice(cast.actors[Role.CASHIER], wo.id)


def charge(kit, token, invoice, provider="midtrans"):  # type: ignore[no-untyped-def]
    return kit.client.post("/v1/payments/qris", headers={"Authorization": f"Bearer {token}"},
                           json={"invoice_id": invoice.id, "amount": invoice.total, "provider": provider})


def test_midtrans_qris_paid_by_webhook_reaches_a_second_station(tmp_path, gateways) -> None:  # type: ignore[no-untyped-def]
    mid, _xnd, settings, providers = gateways
    kit = make_cloud(settings=settings, providers=providers)
    cashier, wa, token = kit.station(tmp_path, "k1")
    other, wb, _ = kit.station(tmp_path, "sa1")
    invoice = open_invoice(cashier)
    wa.sync_once()
    r = charge(kit, token, invoice)
    assert r.status_code == 201, r.text
    qr = r.json()
    assert qr["status"] == "pending" and qr["qr_string"] and qr["amount"] == invoice.total
    assert charge(kit, token, invoice).json()["order_id"] == qr["order_id"]  # same open QR, not a second one
    note = mid.notification(qr["order_id"])
    first = kit.client.post("/v1/payments/midtrans/notification", json=note)
    assert first.status_code == 200 and first.json()["result"] == "paid"
    replay = kit.client.post("/v1/payments/midtrans/notification", json=note)
    assert replay.json()["result"] == "duplicate"
    assert kit.client.get(f"/v1/payments/qris/{qr['order_id']}",
                          headers={"Authorization": f"Bearer {token}"}).json()["status"] == "paid"
    wa.sync_once()
    wb.sync_once()
    for services in (cashier, other):
        paid = services.billing.get(invoice.id)
        assert [(p.method, p.amount, p.reference) for p in paid.payments] == [("qris", invoice.total, qr["order_id"])]


def test_forged_or_wrong_amount_notifications_change_nothing(tmp_path, gateways) -> None:  # type: ignore[no-untyped-def]
    mid, xnd, settings, providers = gateways
    kit = make_cloud(settings=settings, providers=providers)
    cashier, wa, token = kit.station(tmp_path, "k1")
    invoice = open_invoice(cashier)
    qr = charge(kit, token, invoice).json()
    forged = mid.notification(qr["order_id"], key="guessed-server-key")
    assert kit.client.post("/v1/payments/midtrans/notification", json=forged).status_code == 401
    tampered = {**mid.notification(qr["order_id"]), "gross_amount": "1.00"}
    assert kit.client.post("/v1/payments/midtrans/notification", json=tampered).status_code == 401
    assert kit.client.post("/v1/payments/midtrans/notification", content=b"\xff{").status_code == 400
    xqr = charge(kit, token, invoice, "xendit")
    assert xqr.json()["order_id"] == qr["order_id"]  # the Midtrans QR is still open: shown again, no second
    with kit.service.engine.connect() as conn:
        assert conn.execute(select(t.qris_charges.c.status)).scalars().all() == ["pending"]
        assert conn.execute(select(t.webhook_receipts)).first() is None
    wa.sync_once()
    assert cashier.billing.get(invoice.id).payments == []
    del xnd


def test_xendit_callback_and_an_expired_qr_lets_the_cashier_start_another(tmp_path, gateways) -> None:  # type: ignore[no-untyped-def]
    _mid, xnd, settings, providers = gateways
    import time

    clock = {"ms": int(time.time() * 1000)}
    kit = make_cloud(settings=settings, providers=providers, clock=lambda: clock["ms"])
    cashier, wa, token = kit.station(tmp_path, "k1")
    invoice = open_invoice(cashier)
    first = charge(kit, token, invoice, "xendit").json()
    clock["ms"] += 16 * 60_000  # the QR's 15 minutes are over
    status = kit.client.get(f"/v1/payments/qris/{first['order_id']}", headers={"Authorization": f"Bearer {token}"})
    assert status.json()["status"] == "expired" and status.json()["qr_string"] is None
    clock["ms"] -= 16 * 60_000  # (the fake checks expiry against the real clock)
    second = charge(kit, token, invoice, "xendit").json()
    assert second["order_id"] != first["order_id"] and second["order_id"].endswith("-2")
    bad = kit.client.post("/v1/payments/xendit/callback", json=xnd.payment(second["order_id"]),
                          headers={"x-callback-token": "guess"})
    assert bad.status_code == 401
    ok = kit.client.post("/v1/payments/xendit/callback", json=xnd.payment(second["order_id"]),
                         headers={"x-callback-token": xnd.callback_token})
    assert ok.json()["result"] == "paid"
    wa.sync_once()
    assert sum(p.amount for p in cashier.billing.get(invoice.id).payments) == invoice.total


def test_without_credentials_qris_is_off_and_says_so(tmp_path) -> None:  # type: ignore[no-untyped-def]
    kit = make_cloud()
    cashier, _w, token = kit.station(tmp_path, "k1")
    r = kit.client.post("/v1/payments/qris", headers={"Authorization": f"Bearer {token}"},
                        json={"invoice_id": "inv1", "amount": 100_000})
    assert r.status_code == 409 and "not configured" in r.json()["detail"]
    health = kit.client.get("/v1/health").json()
    assert health["integrations"]["midtrans"].startswith("off") and health["outbox"]["outbox_pending"] == 0
    bad = kit.client.post("/v1/payments/qris", headers={"Authorization": f"Bearer {token}"},
                          json={"invoice_id": "inv1", "amount": "100000"})
    assert bad.status_code == 422


def test_qris_requests_are_rate_limited_per_station(tmp_path, gateways) -> None:  # type: ignore[no-untyped-def]
    from sync.cloud.integrations import QRIS_PER_MINUTE

    _mid, _xnd, settings, providers = gateways
    kit = make_cloud(settings=settings, providers=providers, clock=lambda: 1_800_000_000_000)
    _s, _w, token = kit.station(tmp_path, "k1")
    codes = [kit.client.get("/v1/payments/qris/none", headers={"Authorization": f"Bearer {token}"}).status_code]
    for i in range(QRIS_PER_MINUTE + 1):
        codes.append(kit.client.post("/v1/payments/qris", headers={"Authorization": f"Bearer {token}"},
                                     json={"invoice_id": f"inv{i}", "amount": 10_000}).status_code)
    assert codes[0] == 404 and set(codes[1:-1]) == {201} and codes[-1] == 429


def test_a_branch_with_its_own_merchant_account(tmp_path) -> None:  # type: ignore[no-untyped-def]
    own = MidtransFake(server_key="SB-Mid-server-branch")
    with serve(own.app()) as base:
        settings = IntegrationSettings(midtrans_api_base=base)  # no chain-wide key at all
        kit = make_cloud(settings=settings)
        cashier, wa, token = kit.station(tmp_path, "k1")
        invoice = open_invoice(cashier)
        assert charge(kit, token, invoice).status_code == 409
        r = kit.admin("PUT", f"/v1/admin/branches/{kit.branch_id}/payment-accounts",
                      json={"midtrans_server_key": own.server_key})
        assert r.json() == {"branch_id": kit.branch_id, "midtrans": True, "xendit": False}
        assert own.server_key not in r.text
        assert kit.client.put(f"/v1/admin/branches/{kit.branch_id}/payment-accounts",
                              json={"midtrans_server_key": "x"}).status_code in (401, 403)
        qr = charge(kit, token, invoice).json()
        assert kit.client.post("/v1/payments/midtrans/notification",
                               json=own.notification(qr["order_id"], key="SB-Mid-server-test")).status_code == 401
        paid = kit.client.post("/v1/payments/midtrans/notification", json=own.notification(qr["order_id"]))
        assert paid.json()["result"] == "paid"
        wa.sync_once()
        assert cashier.billing.get(invoice.id).payments[0].method == "qris"


def test_station_client_charges_polls_and_reports_an_unreachable_cloud(tmp_path, gateways) -> None:  # type: ignore[no-untyped-def]
    from sync.client import CloudOffline, CloudRefused
    from sync.payments.client import QrisClient

    mid, _xnd, settings, providers = gateways
    kit = make_cloud(settings=settings, providers=providers)
    cashier, _w, token = kit.station(tmp_path, "k1")
    invoice = open_invoice(cashier)
    client = QrisClient("http://testserver", token, http=kit.client)
    qr = client.charge(invoice.id, invoice.total)
    assert qr.status == "pending" and client.status(qr.order_id).status == "pending"
    kit.client.post("/v1/payments/midtrans/notification", json=mid.notification(qr.order_id))
    assert client.status(qr.order_id).status == "paid"
    with pytest.raises(CloudRefused) as refused:
        client.charge(invoice.id, invoice.total)
    assert refused.value.status == 409
    with pytest.raises(CloudOffline):
        QrisClient("http://127.0.0.1:9", token, timeout=1).charge(invoice.id, 1000)
