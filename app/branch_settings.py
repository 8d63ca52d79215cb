"""Branch settings the stations of a branch share (replicated; HQ's value wins, like master data).

Only the cashier's policy lives here today: the discount a cashier may give without a supervisor
and the till variance a shift may close with. A missing row means the default.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from app.auth import Actor, require
from app.errors import ValidationError
from app.store import Store


class CashierPolicy(BaseModel):
    discount_threshold_pct: int = Field(10, ge=0, le=100, description="above this, a supervisor PIN")
    variance_threshold: int = Field(10_000, ge=0, description="Rupiah; a larger till variance needs a supervisor")


_KEYS = {"discount_threshold_pct": "cashier.discount_threshold_pct",
         "variance_threshold": "cashier.variance_threshold"}


class BranchSettings:
    def __init__(self, store: Store) -> None:
        self.store = store

    def cashier_policy(self) -> CashierPolicy:
        rows = self.store.query(
            f"SELECT id, value FROM branch_settings WHERE _del IS NULL AND id IN ({','.join('?' * len(_KEYS))})",
            list(_KEYS.values()))
        values = {r["id"]: r["value"] for r in rows if r["value"] is not None}
        found = {}
        for field, key in _KEYS.items():
            if key in values and values[key].lstrip("-").isdigit():
                found[field] = int(values[key])
        try:
            return CashierPolicy(**found)
        except Exception:  # a bad value from elsewhere: the safe defaults, never a crash at the till
            return CashierPolicy()

    def set_cashier_policy(self, actor: Actor, **changes: int) -> CashierPolicy:
        require(actor, "master.write")
        unknown = set(changes) - set(_KEYS)
        if unknown:
            raise ValidationError(f"unknown setting {', '.join(sorted(unknown))}", "setting")
        try:
            policy = CashierPolicy(**{**self.cashier_policy().model_dump(), **changes})
        except Exception as exc:
            raise ValidationError(f"bad setting: {exc}", "setting") from exc
        with self.store.command("settings.cashier", actor.user_id) as cmd:
            for field in changes:
                cmd.upsert("branch_settings", _KEYS[field], value=str(getattr(policy, field)))
            cmd.detail = {k: getattr(policy, k) for k in changes}
        return policy
