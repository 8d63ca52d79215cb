"""WhatsApp notifications: once under redelivery, opt-outs honoured, signed callbacks only."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from sync.integrations.settings import IntegrationSettings
from sync.integrations.twilio import TwilioClient, signature
from sync.notify import tables as t
from sync.notify.handler import NotificationHandler, Outcome
from tests.fakes import serve
from tests.fakes.twilio_fake import TwilioFake
from tests.integrations.kit import make_cloud, workshop_day

READY = "HX" + "1" * 32


@pytest.fixture
def twilio(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SENTRA_TWILIO_CONTENT_READY", READY)
    monkeypatch.setenv("SENTRA_TWILIO_CONTENT_REMINDER", "HX" + "2" * 32)
    fake = TwilioFake()
    with serve(fake.app()) as base:
        yield fake, base


def completed_message(kit) -> bytes:  # type: ignore[no-untyped-def]
    with kit.service.engine.connect() as conn:
        return conn.execute(select(t.outbox.c.body).where(t.outbox.c.kind == "wo.completed")).scalar_one().encode()


def test_ready_for_pickup_is_sent_once_under_redelivery(tmp_path, twilio) -> None:  # type: ignore[no-untyped-def]
    fake, base = twilio
    kit = make_cloud()
    services, worker, _ = kit.station(tmp_path, "k1")
    workshop_day(services)
    worker.sync_once()
    client = TwilioClient(base, fake.account_sid, fake.auth_token, fake.sender)
    handler = NotificationHandler(kit.service.engine, client, status_callback="http://testserver/v1/whatsapp/status")
    body = completed_message(kit)
    assert handler.handle(body) is Outcome.ACK
    assert handler.handle(body) is Outcome.ACK  # the queue delivered it again
    assert len(fake.sent) == 1
    sent = fake.sent[0]
    assert sent["ContentSid"] == READY and sent["To"].startswith("whatsapp:+62")
    variables = json.loads(sent["ContentVariables"])
    assert variables["2"] and variables["3"].startswith("WO/")  # plate and WO number


def test_twilio_down_means_retry_and_the_retry_sends_once(tmp_path, twilio) -> None:  # type: ignore[no-untyped-def]
    fake, base = twilio
    kit = make_cloud()
    services, worker, _ = kit.station(tmp_path, "k1")
    workshop_day(services)
    worker.sync_once()
    handler = NotificationHandler(kit.service.engine, TwilioClient(base, fake.account_sid, fake.auth_token, fake.sender))
    fake.fail_next = 1
    body = completed_message(kit)
    assert handler.handle(body) is Outcome.RETRY and fake.sent == []
    assert handler.handle(body) is Outcome.ACK and len(fake.sent) == 1
    assert handler.handle(body) is Outcome.ACK and len(fake.sent) == 1


def test_poison_messages_go_to_the_dead_letter_queue(tmp_path) -> None:  # type: ignore[no-untyped-def]
    kit = make_cloud()
    handler = NotificationHandler(kit.service.engine, None)
    for raw in (b"\xff", b"[]", b'{"kind": "wo.completed"}', b'{"kind": "rm -rf", "dedup_key": "x"}'):
        assert handler.handle(raw) is Outcome.DEAD


def test_opted_out_customer_gets_nothing_and_start_opts_back_in(tmp_path, twilio) -> None:  # type: ignore[no-untyped-def]
    fake, base = twilio
    settings = IntegrationSettings(twilio_account_sid=fake.account_sid, twilio_auth_token=fake.auth_token,
                                   twilio_from=fake.sender)
    kit = make_cloud(settings=settings)
    services, worker, _ = kit.station(tmp_path, "k1")
    workshop_day(services)
    worker.sync_once()
    handler = NotificationHandler(kit.service.engine, TwilioClient(base, fake.account_sid, fake.auth_token, fake.sender))
    body = completed_message(kit)
    with kit.service.engine.connect() as conn:
        phone = conn.execute(select(t.customers_proj.c.phone)).scalars().first()
    from sync.integrations.phones import whatsapp_address

    params = {"From": whatsapp_address(phone), "Body": "BERHENTI", "To": fake.sender}
    url = "http://testserver/v1/whatsapp/inbound"
    r = kit.client.post(url, data=params, headers={"X-Twilio-Signature": signature(fake.auth_token, url, params)})
    assert r.json() == {"result": "opted_out"}
    assert handler.handle(body) is Outcome.ACK and fake.sent == []
    with kit.service.engine.connect() as conn:
        assert conn.execute(select(t.outbound_messages.c.status)).scalar_one() == "opted_out"


def test_status_callback_needs_twilios_signature(tmp_path, twilio) -> None:  # type: ignore[no-untyped-def]
    fake, base = twilio
    settings = IntegrationSettings(twilio_account_sid=fake.account_sid, twilio_auth_token=fake.auth_token,
                                   twilio_from=fake.sender)
    kit = make_cloud(settings=settings)
    services, worker, _ = kit.station(tmp_path, "k1")
    workshop_day(services)
    worker.sync_once()
    handler = NotificationHandler(kit.service.engine, TwilioClient(base, fake.account_sid, fake.auth_token, fake.sender),
                                  status_callback="http://testserver/v1/whatsapp/status")
    handler.handle(completed_message(kit))
    sid = fake.sent[0]["sid"]
    url = "http://testserver/v1/whatsapp/status"
    params = {"MessageSid": sid, "MessageStatus": "delivered", "AccountSid": fake.account_sid}
    forged = kit.client.post(url, data=params, headers={"X-Twilio-Signature": signature("guess", url, params)})
    assert forged.status_code == 401
    unsigned = kit.client.post(url, data=params)
    assert unsigned.status_code == 401
    with kit.service.engine.connect() as conn:
        assert conn.execute(select(t.outbound_messages.c.status)).scalar_one() == "queued"
    ok = kit.client.post(url, data=params, headers={"X-Twilio-Signature": signature(fake.auth_token, url, params)})
    assert ok.status_code == 204
    with kit.service.engine.connect() as conn:
        assert conn.execute(select(t.outbound_messages.c.status)).scalar_one() == "delivered"
