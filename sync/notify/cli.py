"""`sentra notify-worker --database URL [--amqp URL]`: send WhatsApp notifications from the queue.

Reads Twilio's settings from SENTRA_TWILIO_ACCOUNT_SID, SENTRA_TWILIO_AUTH_TOKEN,
SENTRA_TWILIO_FROM (and SENTRA_TWILIO_API_BASE), the approved templates from
SENTRA_TWILIO_CONTENT_READY and SENTRA_TWILIO_CONTENT_REMINDER, the broker from SENTRA_AMQP_URL,
and where Twilio should post delivery statuses from SENTRA_PUBLIC_BASE_URL.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading

from sync.integrations.settings import IntegrationSettings


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="sentra notify-worker", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--database", required=True, help="the cloud's database: sqlite:///file.db or postgresql://…")
    p.add_argument("--amqp", help="RabbitMQ URL (default SENTRA_AMQP_URL, else amqp://guest:guest@127.0.0.1:5672/)")
    args = p.parse_args(argv[1:] if argv and argv[0] == "notify-worker" else argv)
    from sync.cloud import db
    from sync.integrations.twilio import TwilioClient
    from sync.notify.handler import NotificationHandler
    from sync.notify.worker import NotifyWorker

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    settings = IntegrationSettings.from_env()
    engine = db.make_engine(args.database)
    db.migrate(engine)
    twilio = TwilioClient(settings.twilio_api_base, settings.twilio_account_sid or "", settings.twilio_auth_token or "",
                          settings.twilio_from or "") if settings.twilio_on else None
    if twilio is None:
        print("notify-worker: WhatsApp is off (set SENTRA_TWILIO_ACCOUNT_SID, SENTRA_TWILIO_AUTH_TOKEN, "
              "SENTRA_TWILIO_FROM); messages are recorded as not sent", file=sys.stderr)
    callback = settings.public_base_url.rstrip("/") + "/v1/whatsapp/status" if settings.public_base_url else None
    worker = NotifyWorker(NotificationHandler(engine, twilio, status_callback=callback), args.amqp or settings.amqp_url)
    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    worker.run(stop)
    return 0
