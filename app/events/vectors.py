"""Version vectors, and what a peer lacks (the LAN bus's catch-up)."""

from __future__ import annotations

import json
from typing import Any

import sqlcipher3

from app.events.log import EVENT_COLUMNS, row_to_event
from app.events.models import Event


def vector_base(conn: sqlcipher3.Connection) -> dict[str, int]:
    """The version vector a compacted snapshot was installed at (empty for a station that replayed):
    the station holds the effect of those events without holding the events."""
    row = conn.execute("SELECT value FROM sync_state WHERE key = 'vector_base'").fetchone()
    return json.loads(row[0]) if row and row[0] else {}


def version_vector(conn: sqlcipher3.Connection) -> dict[str, int]:
    """Per station, the highest seq up to which this station holds every event's effect (no gap):
    counted from the snapshot's base, then through the log."""
    vv: dict[str, int] = vector_base(conn)
    for station, count, low, top in conn.execute(
        "SELECT station_id, count(*), min(seq), max(seq) FROM sync_event_logs GROUP BY station_id"
    ).fetchall():
        base = vv.get(station, 0)
        if top <= base:
            continue
        if count == top - low + 1 and low <= base + 1:
            vv[station] = top
            continue
        n = base
        for (s,) in conn.execute(
                "SELECT seq FROM sync_event_logs WHERE station_id = ? AND seq > ? ORDER BY seq", (station, base)):
            if s != n + 1:
                break
            n = s
        vv[station] = n
    return vv


def events_missing_from(conn: sqlcipher3.Connection, their_vv: dict[str, int], *, authority: int | None = 0,
                        limit: int = 2000) -> list[Event]:
    """Events this log holds that a peer with `their_vv` lacks (beyond its contiguous prefix)."""
    out: list[Event] = []
    mine = version_vector(conn)
    for station in sorted(set(mine) | set(their_vv)):
        have = their_vv.get(station, 0)
        where = "station_id = ? AND seq > ?"
        params: list[Any] = [station, have]
        if authority is not None:
            where += " AND authority = ?"
            params.append(authority)
        for row in conn.execute(
            f"SELECT {EVENT_COLUMNS} FROM sync_event_logs WHERE {where} ORDER BY seq LIMIT ?",
            (*params, limit - len(out)),
        ):
            out.append(row_to_event(row))
        if len(out) >= limit:
            break
    return out
