"""Appending to and reading from `sync_event_logs`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timezone

import sqlcipher3
from pydantic import TypeAdapter

from app.events.models import Event, Op

_OPS = TypeAdapter(list[Op])


class EventConflictError(Exception):
    """A different event already holds this station's sequence number (forged or corrupt)."""


def next_seq(conn: sqlcipher3.Connection, station_id: str) -> int:
    row = conn.execute("SELECT max(seq) FROM sync_event_logs WHERE station_id = ?", (station_id,)).fetchone()
    return int(row[0] or 0) + 1


def append(conn: sqlcipher3.Connection, event: Event, *, pushed: bool = False) -> bool:
    """Record `event`; False when it is already there (a duplicate delivery)."""
    cur = conn.execute(
        "INSERT OR IGNORE INTO sync_event_logs (event_id, station_id, seq, hlc, authority, branch_id,"
        " schema_version, type, actor_id, payload, received_at, pushed)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (event.event_id, event.station_id, event.seq, event.hlc, event.authority, event.branch_id,
         event.schema_version, event.type, event.actor_id, event.payload_json(),
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
    (event_id, station_id, seq, hlc, authority, branch_id, schema_version, type_, actor_id, payload) = row
    return Event(
        event_id=event_id, station_id=station_id, seq=seq, hlc=hlc, authority=authority,
        branch_id=branch_id, schema_version=schema_version, type=type_, actor_id=actor_id,
        ops=_OPS.validate_python(json.loads(payload)["ops"]),
    )


EVENT_COLUMNS = "event_id, station_id, seq, hlc, authority, branch_id, schema_version, type, actor_id, payload"


def iter_events(conn: sqlcipher3.Connection, where: str = "1", params: tuple = ()) -> Iterator[Event]:
    for row in conn.execute(f"SELECT {EVENT_COLUMNS} FROM sync_event_logs WHERE {where} ORDER BY hlc, station_id, seq", params):
        yield row_to_event(row)
