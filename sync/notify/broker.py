"""RabbitMQ topology and connection (pika, blocking): one durable topic exchange for domain
events, the notification queue with its retry and dead-letter queues."""

from __future__ import annotations

import pika
from pika.adapters.blocking_connection import BlockingChannel

EXCHANGE = "sentra.events"
NOTIFY_QUEUE = "sentra.notify"
RETRY_QUEUE = "sentra.notify.retry"
DEAD_QUEUE = "sentra.notify.dead"
NOTIFY_BINDINGS = ("*.wo.completed", "*.reminder.due")


def connect(url: str, timeout: float = 5.0) -> pika.BlockingConnection:
    params = pika.URLParameters(url)
    params.socket_timeout = timeout
    params.blocked_connection_timeout = timeout
    params.connection_attempts = 1
    params.heartbeat = 30
    return pika.BlockingConnection(params)


def declare_exchange(channel: BlockingChannel) -> None:
    channel.exchange_declare(EXCHANGE, exchange_type="topic", durable=True)


def declare_notify(channel: BlockingChannel, names: tuple[str, str, str] = (NOTIFY_QUEUE, RETRY_QUEUE, DEAD_QUEUE)) \
        -> None:
    """The notification queue (manual acks; a rejected message goes to the dead-letter queue), the
    retry queue (a message waits its backoff there, then returns to the notification queue)."""
    main, retry, dead = names
    declare_exchange(channel)
    channel.queue_declare(dead, durable=True)
    channel.queue_declare(main, durable=True, arguments={"x-dead-letter-exchange": "",
                                                         "x-dead-letter-routing-key": dead})
    channel.queue_declare(retry, durable=True, arguments={"x-dead-letter-exchange": "",
                                                          "x-dead-letter-routing-key": main})
    for key in NOTIFY_BINDINGS:
        channel.queue_bind(main, EXCHANGE, routing_key=key)
