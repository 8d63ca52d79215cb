"""Station-local sync bookkeeping: `sync_state` (cursor, token, cloud URL, clock verdict, push
refusal), and the counts `sentra sync status` and the status bar show (held, set aside)."""

from __future__ import annotations

from typing import Any

import sqlcipher3

from app.events.txn import transaction


def get_state(conn: sqlcipher3.Connection, key: str, default: str | None = None) -> str | None:
    row = conn.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def put_state(conn: sqlcipher3.Connection, values: dict[str, str]) -> None:
    """Inside the caller's transaction."""
    conn.executemany(
        "INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        list(values.items()))


def save_state(store: Any, values: dict[str, str]) -> None:
    with transaction(store) as conn:
        put_state(conn, values)


def held_count(conn: sqlcipher3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM sync_held_events").fetchone()[0])


def set_aside_count(conn: sqlcipher3.Connection) -> int:
    """Events refused at merge since the station was made (the table keeps the latest ones)."""
    return int(get_state(conn, "set_aside_total", "0") or 0)


def set_aside_recent(conn: sqlcipher3.Connection, limit: int = 20) -> list[dict[str, Any]]:
    return [{"event_id": e, "station_id": s, "seq": q, "source": src, "reason": r, "at": at}
            for e, s, q, src, r, at in conn.execute(
                "SELECT event_id, station_id, seq, source, reason, at FROM sync_set_aside ORDER BY id DESC LIMIT ?",
                (limit,))]
