"""The outbox → RabbitMQ → notification worker path against the real broker (CI starts it)."""

from __future__ import annotations

import threading
import time
import uuid

import pika
import pytest
from sqlalchemy import select, update

from sync.integrations.twilio import TwilioClient
from sync.notify import broker
from sync.notify import tables as t
from sync.notify.handler import NotificationHandler
from sync.notify.publisher import OutboxPublisher
from sync.notify.worker import NotifyWorker
from tests.fakes import serve
from tests.fakes.twilio_fake import TwilioFake
from tests.integrations.kit import make_cloud, workshop_day
from tests.sync.helpers import require_server

AMQP = "amqp://guest:guest@127.0.0.1:5672/"
pytestmark = pytest.mark.needs_server


@pytest.fixture
def rabbit():  # type: ignore[no-untyped-def]
    require_server("RabbitMQ", "127.0.0.1", 5672)
    suffix = uuid.uuid4().hex[:8]
    names = (f"test.notify.{suffix}", f"test.notify.retry.{suffix}", f"test.notify.dead.{suffix}")
    yield names
    conn = broker.connect(AMQP)
    ch = conn.channel()
    for name in names:
        ch.queue_delete(name)
    conn.close()


@pytest.fixture
def whatsapp(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SENTRA_TWILIO_CONTENT_READY", "HX" + "1" * 32)
    fake = TwilioFake()
    with serve(fake.app()) as base:
        yield fake, TwilioClient(base, fake.account_sid, fake.auth_token, fake.sender)


def run_worker(worker: NotifyWorker):  # type: ignore[no-untyped-def]
    stop = threading.Event()
    thread = threading.Thread(target=worker.run, args=(stop, 0.1), daemon=True)
    thread.start()
    return stop, thread


def wait_for(check, timeout: float = 15.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return False


def declare(names) -> None:  # type: ignore[no-untyped-def]
    conn = broker.connect(AMQP)
    broker.declare_notify(conn.channel(), names)
    conn.close()


def test_a_pushed_completion_reaches_the_worker_once_even_if_published_twice(tmp_path, rabbit, whatsapp) -> None:  # type: ignore[no-untyped-def]
    fake, client = whatsapp
    kit = make_cloud()
    services, sync_worker, _ = kit.station(tmp_path, "k1")
    workshop_day(services)
    declare(rabbit)  # the worker's queue exists before anything is published
    sync_worker.sync_once()
    publisher = OutboxPublisher(kit.service.engine, AMQP)
    assert publisher.publish_pending() >= 3 and publisher.status() == {"broker": "connected", "outbox_pending": 0}
    # the cloud died after the broker's confirm but before marking the rows: they go out again
    with kit.service.engine.begin() as conn:
        conn.execute(update(t.outbox).values(sent_at_ms=None))
    assert publisher.publish_pending() >= 3
    publisher.close()
    worker = NotifyWorker(NotificationHandler(kit.service.engine, client), AMQP, queues=rabbit)
    stop, thread = run_worker(worker)
    try:
        assert wait_for(lambda: sum(worker.handled.values()) >= 2)
        time.sleep(0.3)
    finally:
        stop.set()
        thread.join(10)
    assert len(fake.sent) == 1  # one WhatsApp for one completed WO


def test_cloud_killed_between_commit_and_publish_still_publishes_once(tmp_path, rabbit, whatsapp) -> None:  # type: ignore[no-untyped-def]
    fake, client = whatsapp
    kit = make_cloud()
    services, sync_worker, _ = kit.station(tmp_path, "k1")
    workshop_day(services)
    declare(rabbit)
    sync_worker.sync_once()  # committed with its outbox rows; the publisher never ran ("killed")
    with kit.service.engine.connect() as conn:
        assert conn.execute(select(t.outbox.c.id).where(t.outbox.c.sent_at_ms.is_(None))).first() is not None
    restarted = OutboxPublisher(kit.service.engine, AMQP)  # the next process
    assert restarted.publish_pending() >= 3 and restarted.publish_pending() == 0
    restarted.close()
    worker = NotifyWorker(NotificationHandler(kit.service.engine, client), AMQP, queues=rabbit)
    stop, thread = run_worker(worker)
    try:
        assert wait_for(lambda: len(fake.sent) == 1)
    finally:
        stop.set()
        thread.join(10)
    assert len(fake.sent) == 1


def test_poison_message_lands_in_the_dead_letter_queue(tmp_path, rabbit) -> None:  # type: ignore[no-untyped-def]
    kit = make_cloud()
    declare(rabbit)
    conn = broker.connect(AMQP)
    ch = conn.channel()
    ch.basic_publish(broker.EXCHANGE, "JKT.wo.completed", b"\x00 not json",
                     pika.BasicProperties(message_id="poison-1", delivery_mode=2))
    conn.close()
    worker = NotifyWorker(NotificationHandler(kit.service.engine, None), AMQP, queues=rabbit)
    stop, thread = run_worker(worker)
    try:
        assert wait_for(lambda: sum(worker.handled.values()) >= 1)
    finally:
        stop.set()
        thread.join(10)
    conn = broker.connect(AMQP)
    method, props, body = conn.channel().basic_get(rabbit[2], auto_ack=True)
    conn.close()
    assert method is not None and body == b"\x00 not json" and props.message_id == "poison-1"


def test_no_broker_means_the_outbox_waits_and_health_says_so(tmp_path) -> None:  # type: ignore[no-untyped-def]
    kit = make_cloud()
    services, sync_worker, _ = kit.station(tmp_path, "k1")
    workshop_day(services)
    sync_worker.sync_once()
    publisher = OutboxPublisher(kit.service.engine, "amqp://guest:guest@127.0.0.1:9/")
    assert publisher.publish_pending() == 0
    status = publisher.status()
    assert status["broker"].startswith("unreachable") and status["outbox_pending"] >= 3
