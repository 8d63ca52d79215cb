"""What a notification says: WhatsApp templates (business-initiated messages outside the
customer's 24-hour window must use an approved template) and the variables they take."""

from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy import Connection, select

from sync.notify import tables as t

TEMPLATE_ENV = {"wo.completed": "SENTRA_TWILIO_CONTENT_READY", "reminder.due": "SENTRA_TWILIO_CONTENT_REMINDER"}


@dataclass(frozen=True)
class Outgoing:
    phone: str | None
    content_sid: str | None
    variables: dict[str, str]


def template_sid(kind: str) -> str | None:
    return os.environ.get(TEMPLATE_ENV.get(kind, "")) or None


def build(conn: Connection, body: dict) -> Outgoing:
    """The recipient and the template variables for a `wo.completed` or `reminder.due` message."""
    kind = body["kind"]
    wo = conn.execute(select(t.workorders_proj).where(t.workorders_proj.c.id == body.get("wo_id"))).first()
    vehicle_id = body.get("vehicle_id") or (wo.vehicle_id if wo else None)
    vehicle = conn.execute(select(t.vehicles_proj).where(t.vehicles_proj.c.id == vehicle_id)).first() \
        if vehicle_id else None
    customer_id = (vehicle.customer_id if vehicle else None) or (wo.customer_id if wo else None)
    customer = conn.execute(select(t.customers_proj).where(t.customers_proj.c.id == customer_id)).first() \
        if customer_id else None
    name = (customer.name if customer else None) or "Pelanggan"
    plate = (vehicle.plate if vehicle else None) or ""
    if kind == "wo.completed":
        variables = {"1": name, "2": plate, "3": (wo.number if wo else "") or ""}
    else:
        variables = {"1": name, "2": plate, "3": body.get("due_date", ""),
                     "4": "servis berkala" if body.get("reminder") == "h90" else "servis sesuai kilometer"}
    return Outgoing(phone=customer.phone if customer else None, content_sid=template_sid(kind), variables=variables)
