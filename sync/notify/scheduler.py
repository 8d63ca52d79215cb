"""The reminder scheduler: due reminders become outbox rows, once, whatever the number of workers.

Every cloud worker may run it. On PostgreSQL a transaction-scoped advisory lock lets one worker
at a time in (the others skip the round; PostgreSQL is already the cloud's system of record, so
the lock needs no other server); on SQLite the writer's `BEGIN IMMEDIATE` does the same. Either
way a reminder is flipped to published in the same transaction that writes its outbox row, and
the (vehicle, kind, due date) key makes a second reminder for the same day impossible.
"""

from __future__ import annotations

import zlib
from datetime import date

from sqlalchemy import Engine, and_, select, text, update

from sync.notify import tables as t
from sync.notify.record import add_outbox, local_day

LOCK_KEY = zlib.crc32(b"sentra.reminders")


def publish_due(engine: Engine, now_ms: int, today: date | None = None, limit: int = 1000) -> int:
    """Write an outbox row for every reminder due by `today`; returns how many (0 if another worker has the lock)."""
    day = (today or local_day(now_ms)).isoformat()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql" and not conn.execute(
                text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": LOCK_KEY}).scalar():
            return 0
        due = conn.execute(select(t.reminders).where(and_(
            t.reminders.c.published_at_ms.is_(None), t.reminders.c.cancelled == 0, t.reminders.c.due_date <= day))
            .order_by(t.reminders.c.due_date).limit(limit)).all()
        for r in due:
            flipped = conn.execute(update(t.reminders).where(and_(
                t.reminders.c.id == r.id, t.reminders.c.published_at_ms.is_(None))).values(published_at_ms=now_ms))
            if flipped.rowcount != 1:
                continue
            add_outbox(conn, row_id=f"reminder:{r.vehicle_id}:{r.kind}:{r.due_date}", branch_id=r.branch_id,
                       kind="reminder.due", now_ms=now_ms,
                       body={"vehicle_id": r.vehicle_id, "wo_id": r.wo_id, "reminder": r.kind, "due_date": r.due_date,
                             "detail": r.detail, "dedup_key": f"reminder:{r.vehicle_id}:{r.kind}:{r.due_date}"})
        return len(due)
