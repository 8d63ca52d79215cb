"""Appending to and reading from `sync_event_logs`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timezone

import sqlcipher3
from pydantic import TypeAdapter

from app.events.models import Event, Op
from app.events.signing import digest

_OPS = TypeAdapter(list[Op])
EVENT_COLUMNS = ("event_id, station_id, seq, hlc, authority, branch_id, schema_version, type, actor_id, prev, sig,"
                 " payload")
LOG_SQL = (
    "INSERT INTO sync_event_logs (event_id, station_id, seq, hlc, authority, branch_id, schema_version, type,"
    " actor_id, prev, sig, payload, received_at, pushed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


class EventConflictError(Exception):
    """A different event already holds this station's sequence number (forged or corrupt)."""


def next_seq(conn: sqlcipher3.Connection, station_id: str) -> int:
    row = conn.execute("SELECT max(seq) FROM sync_event_logs WHERE station_id = ?", (station_id,)).fetchone()
    return int(row[0] or 0) + 1


def chain_head(conn: sqlcipher3.Connection, station_id: str, seq: int) -> str | None:
    """`prev` for the station's event at `seq`: the digest of the one at seq - 1 (None for seq 1)."""
    row = conn.execute(
        "SELECT event_id, station_id, seq, hlc, authority, branch_id, schema_version, type, actor_id, prev, payload"
        " FROM sync_event_logs WHERE station_id = ? AND seq = ?", (station_id, seq - 1)).fetchone()
    return digest(*row).hex() if row is not None else None


def append(conn: sqlcipher3.Connection, event: Event, *, pushed: bool = False) -> bool:
    """Record `event`; False when it is already there (a duplicate delivery)."""
    cur = conn.execute(
        LOG_SQL.replace("INSERT INTO", "INSERT OR IGNORE INTO"),
        (event.event_id, event.station_id, event.seq, event.hlc, event.authority, event.branch_id,
         event.schema_version, event.type, event.actor_id, event.prev, event.sig, event.payload_json(),
         datetime.now(timezone.utc).isoformat(), int(pushed)),
    )
    if cur.rowcount == 1:
        return True
    row = conn.execute(
        "SELECT event_id FROM sync_event_logs WHERE station_id = ? AND seq = ?", (event.station_id, event.seq),
    ).fetchone()
    if row is not None and row[0] == event.event_id:
        return False
    raise EventConflictError(
        f"station {event.station_id} seq {event.seq} already holds another event"
    )


def row_to_event(row: tuple) -> Event:
    (event_id, station_id, seq, hlc, authority, branch_id, schema_version, type_, actor_id, prev, sig, payload) = row
    return Event(
        event_id=event_id, station_id=station_id, seq=seq, hlc=hlc, authority=authority,
        branch_id=branch_id, schema_version=schema_version, type=type_, actor_id=actor_id, prev=prev, sig=sig,
        ops=_OPS.validate_python(json.loads(payload)["ops"]),
    )


def iter_events(conn: sqlcipher3.Connection, where: str = "1", params: tuple = ()) -> Iterator[Event]:
    for row in conn.execute(f"SELECT {EVENT_COLUMNS} FROM sync_event_logs WHERE {where} ORDER BY hlc, station_id, seq", params):
        yield row_to_event(row)
