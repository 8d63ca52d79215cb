"""The cloud as witness of each station's audit chain (so the station cannot rewrite it alone).

A station's audit log (app/audit.py) is hash-chained: entry N's hash covers every entry up to N.
Anyone with the station's database key can still rewrite the whole chain and recompute every
hash, and the station's own check would not notice. So each push carries the chain's head
`(id, hash)`, and the cloud keeps every head it is told (`audit_heads`). It cannot check a new
head against an old one itself (it holds no entries), so each push answer asks the station for
the hashes of its entries at the ids of the most recent heads the cloud holds (`audit_probe`);
the next push answers (`audit_probes`). An answer that differs from what the cloud saw, or a
head below one the cloud saw (the chain shrank), is an alarm: stored (`audit_alarms`, listed by
GET /v1/admin/audit/alarms), and the station's push answers carry it as `audit_warning`. The push
itself still succeeds: no event is lost over it.

A station that stops answering (its sync state was cleared, or it pushes without the fields
after it once sent them) is reported after `MAX_MISSES` pushes in a row; a lost answer or two
(the network cut after the cloud committed) is not an alarm.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import BigInteger, Column, Connection, Engine, Integer, String, Table, Text, func, select, update

from sync.cloud.db import metadata
from sync.cloud.models import AuditAlarmOut, AuditHeadOut, AuditHeadsOut, PushIn

PROBES = 8  # the most recent heads a push answer asks about (the newest alone covers every earlier entry)
MAX_MISSES = 3  # pushes in a row that leave the newest head unanswered before it is an alarm
HEADS_LISTED = 1000  # GET /v1/audit/heads: the newest heads

audit_heads = Table(
    "audit_heads", metadata,
    Column("station_id", String(64), primary_key=True),
    Column("audit_id", BigInteger, primary_key=True, autoincrement=False),
    Column("hash", String(64), nullable=False),
    Column("received_at_ms", BigInteger, nullable=False),
    Column("misses", Integer, nullable=False, default=0),  # pushes since that left the newest head unanswered
)
audit_alarms = Table(
    "audit_alarms", metadata,
    Column("station_id", String(64), primary_key=True),
    Column("kind", String(16), primary_key=True),  # rewritten | shrank | unanswered
    Column("audit_id", BigInteger, primary_key=True, autoincrement=False),
    Column("detail", Text, nullable=False),
    Column("at_ms", BigInteger, nullable=False),
)
TABLES = [audit_heads, audit_alarms]


def create(conn: Connection) -> None:
    metadata.create_all(conn, tables=TABLES)


def when(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")


def record(conn: Connection, station_id: str, body: PushIn, now: int) -> dict:
    """Check a push's audit fields against what the cloud holds, keep its head, store any alarm;
    inside the push's transaction (the station's row is already locked). Returns the PushOut
    fields `audit_probe` and `audit_warning`."""
    h = audit_heads.c
    recent = conn.execute(select(h.audit_id, h.hash, h.received_at_ms, h.misses).where(h.station_id == station_id)
                          .order_by(h.audit_id.desc()).limit(PROBES)).all()
    newest = recent[0] if recent else None
    alarms: list[tuple[str, int, str]] = []
    answered: set[int] = set()
    head = body.audit_head
    if head is None and "audit_head" in body.model_fields_set and newest is not None:  # sent as null: log empty
        alarms.append(("shrank", newest.audit_id, f"audit chain shrank: the station's audit log is empty, the cloud"
                                                  f" saw entry {newest.audit_id} at {when(newest.received_at_ms)}"))
    if head is not None:
        answers = {p.id: p.hash for p in body.audit_probes}
        answers[head.id] = head.hash
        held = {r.audit_id: r for r in conn.execute(select(h.audit_id, h.hash, h.received_at_ms).where(
            h.station_id == station_id, h.audit_id.in_(sorted(answers))))}
        for audit_id in sorted(held):
            answered.add(audit_id)
            seen = held[audit_id]
            if answers[audit_id] != seen.hash:
                alarms.append(("rewritten", audit_id, f"audit chain rewritten: entry {audit_id} hash differs from"
                                                      f" what the cloud saw at {when(seen.received_at_ms)}"))
        if newest is not None and head.id < newest.audit_id:
            alarms.append(("shrank", newest.audit_id, f"audit chain shrank: the station's last entry is {head.id},"
                                                      f" the cloud saw entry {newest.audit_id} at"
                                                      f" {when(newest.received_at_ms)}"))
    misses = 0
    if newest is not None and newest.audit_id not in answered and not any(a[0] == "shrank" for a in alarms):
        misses = newest.misses + 1  # the newest head the cloud holds went unanswered
        if misses >= MAX_MISSES:
            alarms.append(("unanswered", newest.audit_id,
                           f"audit chain not vouched for: the station left the cloud's check of entry"
                           f" {newest.audit_id} unanswered in {misses} pushes in a row (its sync state was reset"
                           " or its audit log tampered with)"))
    if head is not None and (newest is None or head.id > newest.audit_id):
        conn.execute(audit_heads.insert().values(station_id=station_id, audit_id=head.id, hash=head.hash,
                                                 received_at_ms=now, misses=misses))
    elif newest is not None and misses != newest.misses:
        conn.execute(update(audit_heads).where(h.station_id == station_id, h.audit_id == newest.audit_id)
                     .values(misses=misses))
    _store_alarms(conn, station_id, alarms, now)
    probe = conn.execute(select(h.audit_id).where(h.station_id == station_id).order_by(h.audit_id.desc())
                         .limit(PROBES)).scalars().all()
    warning = "; ".join(a[2] for a in alarms) if alarms else _latest_alarm(conn, station_id)
    return {"audit_probe": list(probe), "audit_warning": warning}


def _store_alarms(conn: Connection, station_id: str, alarms: list[tuple[str, int, str]], now: int) -> None:
    a = audit_alarms.c
    for kind, audit_id, detail in alarms:
        if conn.execute(select(a.kind).where(a.station_id == station_id, a.kind == kind,
                                             a.audit_id == audit_id)).first() is None:
            conn.execute(audit_alarms.insert().values(station_id=station_id, kind=kind, audit_id=audit_id,
                                                      detail=detail, at_ms=now))


def _latest_alarm(conn: Connection, station_id: str) -> str | None:
    a = audit_alarms.c
    return conn.execute(select(a.detail).where(a.station_id == station_id)
                        .order_by(a.at_ms.desc(), a.audit_id).limit(1)).scalar()


def heads(engine: Engine, station_id: str) -> AuditHeadsOut:
    """GET /v1/audit/heads: the newest heads the cloud holds for the station, and its alarms."""
    h = audit_heads.c
    with engine.connect() as conn:
        total = int(conn.execute(select(func.count()).select_from(audit_heads)
                                 .where(h.station_id == station_id)).scalar_one())
        rows = conn.execute(select(h.audit_id, h.hash, h.received_at_ms).where(h.station_id == station_id)
                            .order_by(h.audit_id.desc()).limit(HEADS_LISTED)).all()
        found = _alarms(conn, station_id)
    return AuditHeadsOut(station_id=station_id, total=total, alarms=found,
                         heads=[AuditHeadOut(id=r.audit_id, hash=r.hash, received_at_ms=r.received_at_ms)
                                for r in rows])


def _alarms(conn: Connection, station_id: str | None) -> list[AuditAlarmOut]:
    a = audit_alarms.c
    q = select(a.station_id, a.kind, a.audit_id, a.detail, a.at_ms).order_by(a.at_ms.desc(), a.station_id,
                                                                              a.audit_id).limit(1000)
    if station_id is not None:
        q = q.where(a.station_id == station_id)
    return [AuditAlarmOut(station_id=r.station_id, kind=r.kind, audit_id=r.audit_id, detail=r.detail,
                          at_ms=r.at_ms) for r in conn.execute(q)]


def alarms(engine: Engine) -> list[AuditAlarmOut]:
    """GET /v1/admin/audit/alarms: every station's audit alarms, newest first (at most 1000)."""
    with engine.connect() as conn:
        return _alarms(conn, None)
