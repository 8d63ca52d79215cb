"""Events the cloud does not hold yet: own ones to push (read, counted, marked pushed), and other
stations' ones to relay."""

from __future__ import annotations

from typing import Any

import sqlcipher3

from app.events.log import EVENT_COLUMNS, row_to_event
from app.events.models import Event
from app.events.txn import transaction

# Own unpushed events as (seq, event JSON), the JSON built by SQLite (json_object) and spliced
# with the stored payload {"ops":[...]}: no Python-level encoding, no model round trip.
_PENDING_SQL = (
    "SELECT seq, substr(head, 1, length(head) - 1) || ',' || substr(payload, 2) FROM ("
    " SELECT seq, payload, json_object('event_id', event_id, 'station_id', station_id, 'seq', seq, 'hlc', hlc,"
    " 'authority', authority, 'branch_id', branch_id, 'schema_version', schema_version, 'type', type,"
    " 'actor_id', actor_id, 'prev', prev, 'sig', sig) AS head"
    " FROM sync_event_logs WHERE pushed = 0 AND station_id = ? AND seq > ? ORDER BY seq LIMIT ?)")


def pending_after(conn: sqlcipher3.Connection, station_id: str, after_seq: int, limit: int) -> list[tuple[int, str]]:
    """Own unpushed events with seq > `after_seq`, in seq order, as (seq, event JSON)."""
    return conn.execute(_PENDING_SQL, (station_id, after_seq, limit)).fetchall()


def relay_after(conn: sqlcipher3.Connection, station_id: str, after_seq: int, limit: int) -> list[tuple[int, str]]:
    """Another station's events this log holds with seq > `after_seq` (what the cloud lacks of it), as
    (seq, event JSON) for a relay push."""
    return conn.execute(_PENDING_SQL.replace("pushed = 0 AND ", ""), (station_id, after_seq, limit)).fetchall()


def relay_events(conn: sqlcipher3.Connection, station_id: str, after_seq: int, limit: int) -> list[Event]:
    return [row_to_event(r) for r in conn.execute(
        f"SELECT {EVENT_COLUMNS} FROM sync_event_logs WHERE station_id = ? AND seq > ? ORDER BY seq LIMIT ?",
        (station_id, after_seq, limit))]


def pending_events(conn: sqlcipher3.Connection, station_id: str, limit: int) -> list[Event]:
    return [row_to_event(r) for r in conn.execute(
        f"SELECT {EVENT_COLUMNS} FROM sync_event_logs WHERE pushed = 0 AND station_id = ? ORDER BY seq LIMIT ?",
        (station_id, limit))]


def pending_count(conn: sqlcipher3.Connection, station_id: str) -> int:
    return int(conn.execute(
        "SELECT count(*) FROM sync_event_logs WHERE pushed = 0 AND station_id = ?", (station_id,)).fetchone()[0])


def mark_pushed(store: Any, upto_seq: int) -> None:
    """The cloud holds every own event up to `upto_seq`; everything after is pending again."""
    sid = store.identity.station_id
    with transaction(store) as conn:
        conn.execute("UPDATE sync_event_logs SET pushed = 1 WHERE station_id = ? AND seq <= ? AND pushed = 0",
                     (sid, upto_seq))
        conn.execute("UPDATE sync_event_logs SET pushed = 0 WHERE station_id = ? AND seq > ? AND pushed = 1",
                     (sid, upto_seq))
