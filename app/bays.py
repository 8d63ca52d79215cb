"""The branch's bays (stall/lift names), a branch setting replicated with the branch row."""

from __future__ import annotations

import json

from app.auth import Actor, require
from app.errors import ValidationError
from app.store import Store

DEFAULT_BAYS = ("Bay 1", "Bay 2", "Bay 3", "Bay 4")


def bays(store: Store) -> list[str]:
    row = store.query_one("SELECT bays FROM branches WHERE id = ?", (store.identity.branch_id,))
    try:
        names = json.loads(row["bays"]) if row and row["bays"] else None
    except ValueError:
        names = None
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        return list(DEFAULT_BAYS)
    return names


def set_bays(store: Store, actor: Actor | None, names: list[str]) -> list[str]:
    if actor is not None:
        require(actor, "master.write")
    cleaned = list(dict.fromkeys(n.strip() for n in names if n and n.strip()))
    if not cleaned or len(cleaned) > 50 or any(len(n) > 20 for n in cleaned):
        raise ValidationError("give 1 to 50 bay names of at most 20 characters", "bays")
    with store.command("branch.bays", actor.user_id if actor else None) as cmd:
        cmd.upsert("branches", store.identity.branch_id, bays=json.dumps(cleaned))
    return cleaned
