"""`sentra notify-worker`: consume the notification queue and send WhatsApp messages.

Manual acks, prefetch 10. A passing failure goes to the retry queue with a growing delay
(per-message TTL; the retry queue dead-letters back into the notification queue) and a retry
count in the `x-retries` header; after `max_retries`, or at once for a poison message, the
message is rejected into the dead-letter queue `sentra.notify.dead` for a person to look at.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

import pika

from sync.notify import broker
from sync.notify.handler import NotificationHandler, Outcome

log = logging.getLogger(__name__)
BACKOFF_MS = (2_000, 10_000, 60_000, 300_000, 900_000)


class NotifyWorker:
    def __init__(self, handler: NotificationHandler, amqp_url: str, *, max_retries: int = 5,
                 backoff_ms: tuple[int, ...] = BACKOFF_MS,
                 queues: tuple[str, str, str] = (broker.NOTIFY_QUEUE, broker.RETRY_QUEUE, broker.DEAD_QUEUE)) -> None:
        self.handler = handler
        self.amqp_url = amqp_url
        self.max_retries = max_retries
        self.backoff_ms = backoff_ms
        self.queues = queues
        self.handled = {o: 0 for o in Outcome}

    def on_message(self, channel: Any, method: Any, props: pika.BasicProperties, body: bytes) -> None:
        try:
            outcome = self.handler.handle(body)
        except Exception:  # noqa: BLE001 - a database hiccup: try again later, never lose the message
            log.exception("notification failed; will retry")
            outcome = Outcome.RETRY
        retries = int((props.headers or {}).get("x-retries", 0))
        if outcome is Outcome.RETRY and retries >= self.max_retries:
            outcome = Outcome.DEAD
        if outcome is Outcome.RETRY:
            delay = self.backoff_ms[min(retries, len(self.backoff_ms) - 1)]
            channel.basic_publish("", self.queues[1], body, pika.BasicProperties(
                message_id=props.message_id, type=props.type, content_type=props.content_type,
                delivery_mode=pika.DeliveryMode.Persistent, expiration=str(delay),
                headers={**(props.headers or {}), "x-retries": retries + 1}))
            channel.basic_ack(method.delivery_tag)
        elif outcome is Outcome.DEAD:
            channel.basic_nack(method.delivery_tag, requeue=False)  # dead-lettered by the queue
        else:
            channel.basic_ack(method.delivery_tag)
        self.handled[outcome] += 1

    def run(self, stop: threading.Event, poll_s: float = 0.5) -> None:
        """Consume until `stop` is set; reconnects after the broker goes away."""
        while not stop.is_set():
            try:
                conn = broker.connect(self.amqp_url)
            except (pika.exceptions.AMQPError, OSError) as exc:
                log.warning("notify worker: broker unreachable (%s); retrying", exc)
                stop.wait(5)
                continue
            try:
                channel = conn.channel()
                channel.confirm_delivery()
                broker.declare_notify(channel, self.queues)
                channel.basic_qos(prefetch_count=10)
                while not stop.is_set():
                    method, props, body = channel.basic_get(self.queues[0], auto_ack=False)
                    if method is None:
                        conn.process_data_events(time_limit=poll_s)
                        continue
                    self.on_message(channel, method, props, body)
            except (pika.exceptions.AMQPError, OSError) as exc:
                log.warning("notify worker: connection lost (%s); reconnecting", exc)
            finally:
                try:
                    conn.close()
                except Exception:  # noqa: BLE001
                    pass
