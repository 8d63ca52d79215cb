"""Cloud tables for the outside world: the outbox, the projections notifications read, sent
messages, opt-outs, reminders, webhook receipts, QRIS charges and rate-limit windows.

They live in the cloud database beside the event log (same metadata, same migrations), so an
outbox row commits in the very transaction that stores the pushed events.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Connection, Index, Integer, String, Table, Text, UniqueConstraint

from sync.cloud.db import metadata

outbox = Table(
    "outbox", metadata,
    Column("id", String(100), primary_key=True),  # "<event id>:<kind>": one row per domain event
    Column("branch_id", String(64), nullable=False),
    Column("kind", String(40), nullable=False),
    Column("routing_key", String(100), nullable=False),
    Column("body", Text, nullable=False),
    Column("created_at_ms", BigInteger, nullable=False),
    Column("sent_at_ms", BigInteger),
    Column("attempts", Integer, nullable=False, default=0),
    Index("outbox_unsent", "sent_at_ms", "created_at_ms"),
)
customers_proj = Table(
    "notify_customers", metadata,
    Column("id", String(64), primary_key=True),
    Column("branch_id", String(64), nullable=False),
    Column("name", String(200)),
    Column("phone", String(32)),
)
vehicles_proj = Table(
    "notify_vehicles", metadata,
    Column("id", String(64), primary_key=True),
    Column("branch_id", String(64), nullable=False),
    Column("customer_id", String(64)),
    Column("plate", String(32)),
)
workorders_proj = Table(
    "notify_workorders", metadata,
    Column("id", String(64), primary_key=True),
    Column("branch_id", String(64), nullable=False),
    Column("number", String(64)),
    Column("vehicle_id", String(64)),
    Column("customer_id", String(64)),
    Column("odometer_km", BigInteger),
    Column("status", String(24)),
    Column("completed_at_ms", BigInteger),
)
odometer_proj = Table(
    "notify_odometer", metadata,
    Column("id", String(64), primary_key=True),
    Column("vehicle_id", String(64), nullable=False),
    Column("km", BigInteger, nullable=False),
    Column("read_at", String(40), nullable=False),
    Index("notify_odometer_vehicle", "vehicle_id", "read_at"),
)
jobs_proj = Table(
    "notify_jobs", metadata,
    Column("id", String(64), primary_key=True),
    Column("wo_id", String(64), nullable=False),
    Column("description", String(400)),
    Index("notify_jobs_wo", "wo_id"),
)
opt_outs = Table(
    "whatsapp_opt_outs", metadata,
    Column("phone", String(32), primary_key=True),  # E.164
    Column("at_ms", BigInteger, nullable=False),
)
outbound_messages = Table(
    "outbound_messages", metadata,
    Column("key", String(120), primary_key=True),  # the queue message's id: a redelivery finds it here
    Column("to_address", String(48)),
    Column("kind", String(40), nullable=False),
    Column("status", String(24), nullable=False),  # sending, queued…delivered/read, failed, opted_out, no_phone
    Column("provider_sid", String(64), unique=True),
    Column("detail", String(400)),
    Column("created_at_ms", BigInteger, nullable=False),
    Column("updated_at_ms", BigInteger, nullable=False),
)
reminders = Table(
    "reminders", metadata,
    Column("id", String(64), primary_key=True),
    Column("branch_id", String(64), nullable=False),
    Column("vehicle_id", String(64), nullable=False),
    Column("wo_id", String(64), nullable=False),
    Column("kind", String(16), nullable=False),  # h90, mileage
    Column("due_date", String(10), nullable=False),  # YYYY-MM-DD in the branch's calendar
    Column("detail", String(200)),
    Column("published_at_ms", BigInteger),
    Column("cancelled", Integer, nullable=False, default=0),
    UniqueConstraint("vehicle_id", "kind", "due_date", name="reminders_once"),
    Index("reminders_due", "published_at_ms", "due_date"),
)
webhook_receipts = Table(
    "webhook_receipts", metadata,
    Column("provider", String(16), primary_key=True),
    Column("receipt_id", String(200), primary_key=True),
    Column("received_at_ms", BigInteger, nullable=False),
)
qris_charges = Table(
    "qris_charges", metadata,
    Column("order_id", String(50), primary_key=True),
    Column("branch_id", String(64), nullable=False),
    Column("station_id", String(64), nullable=False),
    Column("invoice_id", String(64), nullable=False),
    Column("amount", BigInteger, nullable=False),
    Column("provider", String(16), nullable=False),
    Column("provider_ref", String(100)),
    Column("qr_string", Text),
    Column("expires_at", String(40)),
    Column("status", String(16), nullable=False),  # pending, paid, expired, failed
    Column("created_at_ms", BigInteger, nullable=False),
    Column("paid_at_ms", BigInteger),
    Column("payment_event_id", String(64)),
    Index("qris_invoice", "invoice_id"),
)
# A chain with several merchant accounts: a branch's own keys override the environment's.
branch_payment_accounts = Table(
    "branch_payment_accounts", metadata,
    Column("branch_id", String(64), primary_key=True),
    Column("midtrans_server_key", String(200)),
    Column("xendit_secret_key", String(200)),
    Column("xendit_callback_token", String(200)),
    Column("updated_at_ms", BigInteger, nullable=False),
)
rate_windows = Table(
    "rate_windows", metadata,
    Column("key", String(160), primary_key=True),
    Column("window", BigInteger, primary_key=True),
    Column("hits", Integer, nullable=False),
)

TABLES = [outbox, customers_proj, vehicles_proj, workorders_proj, odometer_proj, jobs_proj, opt_outs,
          outbound_messages, reminders, webhook_receipts, qris_charges, branch_payment_accounts, rate_windows]


def create(conn: Connection) -> None:
    """The cloud migration that adds these tables."""
    metadata.create_all(conn, tables=TABLES)
