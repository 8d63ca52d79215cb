"""What a merged batch must pass besides validation: the station's signature (signing.screen) and
the actor's role (authorize.Roles). Runs inside the batch's transaction, before anything is
written; what fails is set aside here (`sync_set_aside`, counted in `sync_state`), never dropped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import sqlcipher3

from app.events.authorize import UNKNOWN_ACTOR, Roles
from app.events.signing import load_directory, screen

KEEP_SET_ASIDE = 10_000  # rows kept for inspection; the count in sync_state covers them all
_HEAD = ("event_id", "station_id", "seq", "hlc", "authority", "branch_id", "schema_version", "type", "actor_id",
         "prev", "sig")


def record_json(rec: list[Any]) -> str:
    """A prepared record back as event JSON (its head, then its payload's ops)."""
    head = json.dumps(dict(zip(_HEAD, rec[:11])), separators=(",", ":"))
    return head[:-1] + "," + rec[11][1:]


@dataclass
class Screened:
    ok: list[list[Any]]
    waiting: list[tuple] = field(default_factory=list)  # sync_held_events rows: actor not known yet
    refused: list[tuple[list[Any], str]] = field(default_factory=list)


def screen_records(store: Any, conn: sqlcipher3.Connection, records: list[list[Any]], *, from_lan: bool) -> Screened:
    own = store.identity.station_id
    keys = load_directory(conn, own, getattr(store, "signing_key", None), getattr(store, "pinned_keys", None))
    keys.learn(records)
    trusted, refused = screen(records, keys, from_lan=from_lan)
    out = Screened([], refused=refused)
    if not trusted:
        return out
    roles = Roles.load(conn, getattr(store, "pinned_roles", None))
    now = datetime.now(timezone.utc).isoformat()
    # in time order (HLC, then station), so a user made earlier in the batch may act later in it,
    # whoever made them: the cloud's user (authority 1) comes before the station events that follow it
    for rec in sorted(trusted, key=lambda r: (r[3], r[1])):
        why = roles.refusal(rec[4], rec[8], rec[12], local=rec[1] == own)
        if why is None:
            roles.observe(rec[12])
            out.ok.append(rec)
        elif why == UNKNOWN_ACTOR:
            out.waiting.append((rec[0], rec[1], rec[2], rec[3], rec[6], f"{UNKNOWN_ACTOR}: {rec[8]}",
                                record_json(rec), now))
        else:
            out.refused.append((rec, why))
    if len(out.ok) == len(trusted):
        out.ok = trusted  # the page's order
    else:
        keep = {id(r) for r in out.ok}
        out.ok = [r for r in trusted if id(r) in keep]
    return out


def set_aside(conn: sqlcipher3.Connection, refused: list[tuple[list[Any], str]], source: str) -> list[str]:
    """Keep refused records for the record (inside the caller's transaction); one line each."""
    if not refused:
        return []
    now = datetime.now(timezone.utc).isoformat()
    conn.executemany(
        "INSERT INTO sync_set_aside (event_id, station_id, seq, source, reason, body, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(r[0], r[1], r[2], source, why, record_json(r), now) for r, why in refused])
    conn.execute("DELETE FROM sync_set_aside WHERE id <= (SELECT max(id) FROM sync_set_aside) - ?", (KEEP_SET_ASIDE,))
    conn.execute(
        "INSERT INTO sync_state (key, value) VALUES ('set_aside_total', ?) ON CONFLICT (key) DO UPDATE SET"
        " value = CAST(CAST(sync_state.value AS INTEGER) + CAST(excluded.value AS INTEGER) AS TEXT)",
        (str(len(refused)),))
    return [f"set aside event {r[0]} of station {r[1]} seq {r[2]} from the {source}: {why}" for r, why in refused]


def resolve(conn: sqlcipher3.Connection, applied: list[list[Any]]) -> int:
    """Events set aside earlier that have now been applied (a station's key arrived after its first
    events, over the LAN): they leave the set-aside table and its count. Inside the caller's
    transaction; costs one query while nothing is set aside."""
    if conn.execute("SELECT NOT EXISTS (SELECT 1 FROM sync_set_aside)").fetchone()[0]:
        return 0
    cur = conn.executemany("DELETE FROM sync_set_aside WHERE station_id = ? AND seq = ? AND event_id = ?",
                           [(r[1], r[2], r[0]) for r in applied])
    n = max(cur.rowcount, 0)
    if n:
        conn.execute("UPDATE sync_state SET value = CAST(MAX(0, CAST(value AS INTEGER) - ?) AS TEXT)"
                     " WHERE key = 'set_aside_total'", (n,))
    return n
