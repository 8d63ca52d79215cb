"""The outbox publisher: unsent outbox rows go to RabbitMQ with publisher confirms, and are marked
sent only after the broker confirmed them.

A crash between the push's commit and the publish leaves the row unsent: the next round sends it.
A crash between the confirm and the mark sends it again: consumers deduplicate by message id
(`<event id>:<kind>`) and by the body's `dedup_key`. With no broker the rows wait, and
`status()` (shown by /v1/health) says so.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

import pika
from sqlalchemy import Engine, func, select, update

from sync.notify import broker
from sync.notify import tables as t

log = logging.getLogger(__name__)


class OutboxPublisher:
    def __init__(self, engine: Engine, amqp_url: str, *, clock: Any = None) -> None:
        import time

        self.engine = engine
        self.amqp_url = amqp_url
        self.clock = clock or (lambda: int(time.time() * 1000))
        self._conn: pika.BlockingConnection | None = None
        self._channel: Any = None
        self.broker_state = "not connected yet"

    def _channel_open(self) -> Any:
        if self._channel is None or not self._channel.is_open:
            self.close()
            self._conn = broker.connect(self.amqp_url)
            self._channel = self._conn.channel()
            self._channel.confirm_delivery()
            broker.declare_exchange(self._channel)
        return self._channel

    def publish_pending(self, limit: int = 500) -> int:
        """Send up to `limit` unsent rows in order; returns how many the broker confirmed."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.outbox.c.id, t.outbox.c.routing_key, t.outbox.c.body, t.outbox.c.kind)
                                .where(t.outbox.c.sent_at_ms.is_(None))
                                .order_by(t.outbox.c.created_at_ms, t.outbox.c.id).limit(limit)).all()
        if not rows:
            return 0
        sent = 0
        try:
            channel = self._channel_open()
            for row in rows:
                channel.basic_publish(
                    broker.EXCHANGE, row.routing_key, row.body.encode(),
                    pika.BasicProperties(message_id=row.id, type=row.kind, content_type="application/json",
                                         delivery_mode=pika.DeliveryMode.Persistent),
                    mandatory=False)  # returns only once the broker confirmed (raises on a nack)
                with self.engine.begin() as conn:
                    conn.execute(update(t.outbox).where(t.outbox.c.id == row.id)
                                 .values(sent_at_ms=self.clock(), attempts=t.outbox.c.attempts + 1))
                sent += 1
            self.broker_state = "connected"
        except (pika.exceptions.AMQPError, OSError) as exc:
            self.broker_state = f"unreachable: {exc.__class__.__name__}"
            log.warning("outbox: broker unreachable, %d row(s) wait: %s", len(rows) - sent, exc)
            self.close()
        return sent

    def pending(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(t.outbox)
                                    .where(t.outbox.c.sent_at_ms.is_(None))).scalar_one())

    def status(self) -> dict[str, Any]:
        return {"broker": self.broker_state, "outbox_pending": self.pending()}

    def run(self, stop: threading.Event, interval_s: float = 1.0) -> None:
        while not stop.is_set():
            try:
                busy = self.publish_pending() > 0
            except Exception:  # noqa: BLE001 - the loop must outlive one bad round
                log.exception("outbox round failed")
                busy = False
            if not busy:
                stop.wait(interval_s)
        self.close()

    def close(self) -> None:
        conn, self._conn, self._channel = self._conn, None, None
        if conn is not None:
            try:
                conn.close()
            except Exception:  # noqa: BLE001 - already broken
                pass
