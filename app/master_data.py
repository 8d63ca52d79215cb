"""What an admin station already holds of HQ's master data (read-only; HQ publishes, sync delivers).

The admin screen lists these rows and passes them to `app.master_rules` so a new tax rule or
warehouse is checked against what is already there before it is published to the cloud.
"""

from __future__ import annotations

from typing import Any

from app.auth import Actor, require
from app.store import Store


class MasterData:
    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def branch_id(self) -> str:
        return self.store.identity.branch_id

    def tax_rules(self, actor: Actor) -> list[dict[str, Any]]:
        require(actor, "master.publish")
        rows = self.store.query("SELECT id, name, rate_num, rate_den, dpp_num, dpp_den, valid_from FROM tax_rules"
                                " WHERE _del IS NULL ORDER BY name, valid_from")
        return [dict(r) for r in rows]

    def warehouses(self, actor: Actor) -> list[dict[str, Any]]:
        require(actor, "master.publish")
        rows = self.store.query("SELECT id, branch_id, code, name FROM warehouses WHERE _del IS NULL"
                                " AND branch_id = ? ORDER BY code", (self.branch_id,))
        return [dict(r) for r in rows]

    def branches(self, actor: Actor) -> list[dict[str, Any]]:
        require(actor, "master.publish")
        rows = self.store.query("SELECT id, code, name FROM branches WHERE _del IS NULL ORDER BY code")
        return [dict(r) for r in rows]
