"""One notification message, start to end, without the broker: decide, send once, record.

`handle()` answers what to do with the queue message: ACK (done: sent, or nothing to send),
RETRY (a passing failure: Twilio down or rate-limited) or DEAD (a poison message: unreadable or
of an unknown kind). A redelivered message never sends twice: its `dedup_key` is inserted into
`outbound_messages` before Twilio is called, so a second delivery finds the row and stops; only
a send that Twilio definitely refused with a passing error removes the row for the retry.
"""

from __future__ import annotations

import json
import time
from enum import Enum
from typing import Any

from sqlalchemy import Engine, delete, select, update

from sync.integrations.http import ProviderError
from sync.integrations.phones import PhoneError, whatsapp_address
from sync.integrations.twilio import TwilioClient
from sync.notify import messages
from sync.notify import tables as t
from sync.notify.sqlutil import insert_once

KINDS = frozenset({"wo.completed", "reminder.due"})


class Outcome(str, Enum):
    ACK = "ack"
    RETRY = "retry"
    DEAD = "dead"


def _passing(exc: ProviderError) -> bool:
    return exc.status == 0 or exc.status == 429 or exc.status >= 500


class NotificationHandler:
    def __init__(self, engine: Engine, twilio: TwilioClient | None, *, status_callback: str | None = None,
                 clock: Any = None) -> None:
        self.engine = engine
        self.twilio = twilio
        self.status_callback = status_callback
        self.clock = clock or (lambda: int(time.time() * 1000))

    def handle(self, raw: bytes) -> Outcome:
        try:
            body = json.loads(raw)
            kind, key = body["kind"], str(body["dedup_key"])
        except (ValueError, KeyError, TypeError):
            return Outcome.DEAD
        if kind not in KINDS or not key or len(key) > 120:
            return Outcome.DEAD
        now = self.clock()
        with self.engine.begin() as conn:
            if not insert_once(conn, t.outbound_messages, ["key"], {
                    "key": key, "kind": kind, "status": "sending", "created_at_ms": now, "updated_at_ms": now}):
                return Outcome.ACK  # delivered before: never twice
            out = messages.build(conn, body)
            status, detail, to = self._precheck(conn, out)
            if status is not None:
                conn.execute(update(t.outbound_messages).where(t.outbound_messages.c.key == key)
                             .values(status=status, detail=detail, to_address=to, updated_at_ms=now))
                return Outcome.ACK
        assert self.twilio is not None and to is not None
        try:
            sent = self.twilio.send_whatsapp(to, content_sid=out.content_sid, content_variables=out.variables,
                                             status_callback=self.status_callback)
        except ProviderError as exc:
            with self.engine.begin() as conn:
                if _passing(exc):
                    conn.execute(delete(t.outbound_messages).where(t.outbound_messages.c.key == key))
                    return Outcome.RETRY
                conn.execute(update(t.outbound_messages).where(t.outbound_messages.c.key == key).values(
                    status="failed", detail=str(exc)[:400], to_address=to, updated_at_ms=self.clock()))
            return Outcome.ACK
        with self.engine.begin() as conn:
            conn.execute(update(t.outbound_messages).where(t.outbound_messages.c.key == key).values(
                status=sent.status or "queued", provider_sid=sent.sid, to_address=to, updated_at_ms=self.clock()))
        return Outcome.ACK

    def _precheck(self, conn: Any, out: messages.Outgoing) -> tuple[str | None, str | None, str | None]:
        if self.twilio is None:
            return "off", "WhatsApp is not configured (SENTRA_TWILIO_*)", None
        if not out.phone:
            return "no_phone", "the customer has no phone number", None
        try:
            to = whatsapp_address(out.phone)
        except PhoneError as exc:
            return "no_phone", str(exc), None
        if conn.execute(select(t.opt_outs.c.phone).where(t.opt_outs.c.phone == to.removeprefix("whatsapp:"))).first():
            return "opted_out", "the customer asked for no WhatsApp messages", to
        if not out.content_sid:
            return "failed", "no approved template configured for this message", to
        return None, None, to


def record_status(engine: Engine, sid: str, status: str, now_ms: int) -> bool:
    """Twilio's status callback: the message's delivery state (sent, delivered, read, failed…)."""
    with engine.begin() as conn:
        return conn.execute(update(t.outbound_messages).where(t.outbound_messages.c.provider_sid == sid)
                            .values(status=status[:24], updated_at_ms=now_ms)).rowcount == 1


OPT_OUT_WORDS = frozenset({"stop", "berhenti", "unsubscribe", "cancel"})
OPT_IN_WORDS = frozenset({"start", "mulai"})


def record_inbound(engine: Engine, from_address: str, text: str, now_ms: int) -> str | None:
    """A customer's WhatsApp reply: STOP/BERHENTI opts out, START/MULAI opts back in."""
    word = (text or "").strip().lower()
    phone = from_address.removeprefix("whatsapp:")
    with engine.begin() as conn:
        if word in OPT_OUT_WORDS:
            insert_once(conn, t.opt_outs, ["phone"], {"phone": phone, "at_ms": now_ms})
            return "opted_out"
        if word in OPT_IN_WORDS:
            conn.execute(delete(t.opt_outs).where(t.opt_outs.c.phone == phone))
            return "opted_in"
    return None
