"""The station's side of the cloud's witness of its audit chain (sync/cloud/audit_heads.py).

Each push carries the chain's head and the station's hashes at the ids the cloud asked about in
its last push answer (saved in sync_state `audit_probe`); the fields are sent only once a push
answer has shown that the cloud knows them (an older cloud refuses unknown keys). `sentra db check
--cloud URL` compares the local chain with every head the cloud holds.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.audit import hashes_at, head
from app.events.sync_state import get_state
from sync.cloud.models import AUDIT_PROBES, AuditHeadsOut

PROBE_STATE = "audit_probe"  # JSON list of audit ids the cloud asked about (absent: the cloud never asked)
WARNING_STATE = "audit_warning"  # the cloud's last word on this station's audit chain ("" when none)


def load_probe(conn: Any) -> list[int] | None:
    """The ids the cloud last asked about, or None when no push answer asked (yet)."""
    raw = get_state(conn, PROBE_STATE)
    try:
        ids = json.loads(raw) if raw else None
    except ValueError:
        return []  # the cloud asked, but the saved list is unreadable: answer with the head alone
    if not isinstance(ids, list):
        return None if ids is None else []
    return [i for i in ids if type(i) is int and i > 0][:AUDIT_PROBES]


def probe_state(probe: list[int]) -> dict[str, str]:
    return {PROBE_STATE: json.dumps(probe[:AUDIT_PROBES])}


def push_fields(conn: Any, probe: list[int] | None) -> dict[str, Any] | None:
    """The PushIn fields `audit_head` (null for an empty log) and `audit_probes`, or None when the
    cloud never asked (an older cloud: send nothing it does not know)."""
    if probe is None:
        return None
    top = head(conn)
    answers = hashes_at(conn, probe)
    return {"audit_head": {"id": top[0], "hash": top[1]} if top else None,
            "audit_probes": [{"id": i, "hash": h} for i, h in sorted(answers.items())]}


def compare(conn: Any, held: AuditHeadsOut) -> tuple[bool, str]:
    """(matches, one line): the local chain against the heads the cloud holds for this station."""
    from sync.cloud.audit_heads import when

    local = hashes_at(conn, [h.id for h in held.heads])
    for h in sorted(held.heads, key=lambda h: h.id):
        if h.id not in local:
            return False, (f"audit chain shrank: entry {h.id} is missing, the cloud saw it at"
                           f" {when(h.received_at_ms)}")
        if local[h.id] != h.hash:
            return False, f"audit chain rewritten: entry {h.id} hash differs from what the cloud saw at" \
                          f" {when(h.received_at_ms)}"
    if held.alarms:
        return False, f"the cloud holds {len(held.alarms)} audit alarm(s) for this station: {held.alarms[0].detail}"
    return True, f"audit chain matches the cloud ({held.total} heads)"


def check_with_cloud(path: Path, url: str, *, http: Any = None) -> tuple[bool, str]:
    """`sentra db check --cloud URL`: (matches, one line). Raises CloudOffline / CloudRefused when the
    cloud cannot answer, StoreError when the station is not enrolled."""
    from app.storage import keys
    from app.storage.connection import open_connection
    from app.storage.errors import StoreError
    from sync.client import HttpCloud

    conn = open_connection(path, keys.load_key(path), verify=False)
    try:
        token = get_state(conn, "token")
        if not token:
            raise StoreError(f"{path} is not enrolled with a cloud (no station token); nothing to compare with")
        cloud = HttpCloud(url, token, http=http)
        try:
            held = cloud.audit_heads()
        finally:
            if http is None:
                cloud.close()
        return compare(conn, held)
    finally:
        conn.close()
