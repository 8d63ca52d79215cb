"""The audit log: who did what, hash-chained so an edit or a deleted entry shows."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone

import sqlcipher3

GENESIS = "0" * 64


def _digest(prev_hash: str, entry: list) -> str:
    body = json.dumps(entry, separators=(",", ":"), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256((prev_hash + body).encode()).hexdigest()


def append(
    conn: sqlcipher3.Connection,
    station_id: str,
    actor_id: str | None,
    action: str,
    detail: dict,
    event_id: str | None = None,
) -> str:
    """Add one entry (inside the caller's transaction); returns its hash."""
    row = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    next_id, prev = (row[0] + 1, row[1]) if row else (1, GENESIS)
    at = datetime.now(timezone.utc).isoformat(timespec="milliseconds")
    detail_json = json.dumps(detail, separators=(",", ":"), sort_keys=True, ensure_ascii=False)
    digest = _digest(prev, [next_id, at, station_id, actor_id, action, detail_json, event_id])
    conn.execute(
        "INSERT INTO audit_log (id, at, station_id, actor_id, action, detail, event_id, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (next_id, at, station_id, actor_id, action, detail_json, event_id, prev, digest),
    )
    return digest


def first_broken(conn: sqlcipher3.Connection) -> int | None:
    """The id of the first entry whose chain does not hold, or None when the chain is intact."""
    prev, expected_id = GENESIS, 1
    for row in conn.execute(
        "SELECT id, at, station_id, actor_id, action, detail, event_id, prev_hash, hash FROM audit_log ORDER BY id"
    ):
        id_, at, station, actor, action, detail, event_id, prev_hash, digest = row
        if id_ != expected_id or prev_hash != prev:
            return id_ if id_ == expected_id else expected_id
        if _digest(prev, [id_, at, station, actor, action, detail, event_id]) != digest:
            return id_
        prev, expected_id = digest, id_ + 1
    return None


def head(conn: sqlcipher3.Connection) -> tuple[int, str] | None:
    """The chain's last entry (id, hash), or None while the log is empty."""
    row = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else None


def hashes_at(conn: sqlcipher3.Connection, ids: list[int]) -> dict[int, str]:
    """The hashes of the entries at `ids` that the log holds."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return {int(i): str(h) for i, h in conn.execute(f"SELECT id, hash FROM audit_log WHERE id IN ({marks})", ids)}
