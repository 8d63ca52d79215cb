"""Events authorized at merge: the actor's role must allow every change the event makes.

The one table is `app.roles.CHANGES` ((table, op) and (table, field) → permissions) over
`app.roles.PERMISSIONS`, the same permissions the services `require`. A local command, a LAN
peer's event, a cloud page and a push to the cloud are all checked here. Roles come from the
replica's `users` rows (the cloud keeps the same projection of each branch), updated as a batch
is merged, so a supervisor's new user may act later in the same batch.

- authority 1 (the cloud) writes master data and needs no actor;
- an event without an actor is a station's own set-up (`db init`, the demo, the first admin of
  a new branch): accepted from the station itself, and from elsewhere only while the branch has no
  user at all (the set-up of a new branch); never once it has users;
- an actor this replica does not know yet: the event waits (held) until the user arrives;
- anything else the role does not allow is refused (set aside, reported).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from app.roles import CHANGES, CLOUD_ONLY, change_allowed

UNKNOWN_ACTOR = "actor not known here yet"
_UNKNOWN: Any = object()  # not a key of `Roles.roles` or `pinned`
_FIELD_RULES: dict[str, dict[str, tuple[str, ...]]] = {}
for (_table, _what), _perms in CHANGES.items():
    if _what not in ("upsert", "delete", "status", "stock") and ":" not in _what:
        _FIELD_RULES.setdefault(_table, {})[_what] = _perms


class Roles:
    """Active users' roles (id → role), as this replica holds them, kept current through a batch."""

    def __init__(self, roles: dict[str, str | None], pinned: Mapping[str, str] | None = None) -> None:
        self.roles = roles
        self.pinned = pinned or {}
        self._cache: dict[tuple[str, str, str], bool] = {}
        self.overrides: Any = None  # app.override_proof.OverrideCheck on a station (the cloud has no secret)

    @classmethod
    def load(cls, conn: Any, pinned: Mapping[str, str] | None = None) -> "Roles":
        from app.override_proof import OverrideCheck  # noqa: PLC0415

        roles = cls({uid: (role if active else None) for uid, role, active in conn.execute(
            "SELECT id, role, active FROM users WHERE _del IS NULL")}, pinned)
        roles.overrides = OverrideCheck(conn)
        return roles

    def role(self, actor: str) -> str | None:
        if actor in self.roles:
            return self.roles[actor]
        return self.pinned.get(actor)

    def bootstrapping(self) -> bool:
        """No user exists yet (a new branch being set up)."""
        return not self.pinned and not any(self.roles.values())

    def known(self, actor: str) -> bool:
        return actor in self.roles or actor in self.pinned

    def observe(self, ops: Iterable[dict[str, Any]]) -> None:
        """A merged event's user changes count for the rest of the batch (last write wins within it)."""
        for op in ops:
            if op.get("table") != "users":
                continue
            if op["op"] == "delete":
                self.roles[op["id"]] = None
            elif op["op"] == "upsert":
                f = op["fields"]
                current = self.roles.get(op["id"])
                role = f.get("role", current)
                if f.get("active", 1) in (0, False):
                    role = None
                self.roles[op["id"]] = role

    def _allowed(self, role: str, table: str, what: str) -> bool:
        key = (role, table, what)
        hit = self._cache.get(key)
        if hit is None:
            perms = CHANGES.get((table, what))
            hit = self._cache[key] = perms is not None and CLOUD_ONLY not in perms and change_allowed(role, perms)
        return hit

    def _login_records(self, actor: str | None, ops: list[dict[str, Any]]) -> str | None:
        """The shared lockout's records: a wrong PIN is the signing station's own observation (no
        actor: nobody is logged in); a good login after wrong PINs is the user's own; an unlock is a
        supervisor's or an admin's."""
        for op in ops:
            kind = op["fields"].get("kind")
            if kind == "failed":
                continue
            if actor is None:
                return "no actor: only a wrong PIN is recorded without one"
            if not self.known(actor):
                return UNKNOWN_ACTOR
            role = self.role(actor)
            if kind == "login" and actor == op["fields"].get("user_id") and role is not None:
                continue
            if kind == "unlock" and self._allowed(role or "", "login_failures", "upsert"):
                continue
            return f"a {role} may not record a {kind!r} for another user"
        return None

    def refusal(self, authority: int, actor: str | None, ops: Iterable[dict[str, Any]], *,
                local: bool = False) -> str | None:
        """Why this event may not be applied, or None. `UNKNOWN_ACTOR` means: wait for the user.

        Runs once per merged event, so the role and permission lookups are inlined (`_allowed`'s
        cache read directly, `known`/`role` as one lookup, the override check only when an
        `overrides` upsert is there): the same answers, in half the time."""
        if authority == 1:
            return None
        if type(ops) is not list:
            ops = list(ops)
        if ops and ops[0]["op"] == "upsert" and ops[0]["table"] == "login_failures" and all(
                op["op"] == "upsert" and op["table"] == "login_failures" for op in ops):
            return self._login_records(actor, ops)
        if actor is None:
            if local or self.bootstrapping():
                return None
            return "no actor: only the cloud, or the set-up of a branch without users, writes without one"
        role = self.roles.get(actor, _UNKNOWN)  # `known` and `role` in one lookup
        if role is _UNKNOWN:
            role = self.pinned.get(actor, _UNKNOWN)
            if role is _UNKNOWN:
                return UNKNOWN_ACTOR
        if role is None:
            return f"actor {actor} is not an active user"
        cache = self._cache
        override = False
        for op in ops:
            kind = op["op"]
            if kind == "upsert":
                table = op["table"]
                hit = cache.get((role, table, "upsert"))
                if not (self._allowed(role, table, "upsert") if hit is None else hit):
                    return f"a {role} may not change {table}"
                rules = _FIELD_RULES.get(table)
                if rules:
                    for name in op["fields"]:
                        if name in rules and not self._allowed(role, table, name):
                            return f"a {role} may not change {table}.{name}"
                if table == "overrides":
                    override = True
            elif kind == "status":
                table = op.get("table", "workorders")
                what = f"status:{op['status']}"  # a state with a rule of its own, else any move
                if (table, what) not in CHANGES:
                    what = "status"
                if not self._allowed(role, table, what):
                    return f"a {role} may not move a work order to {op['status']}"
            elif kind == "stock":
                what = "stock:adjust" if op["kind"] == "adjust" else "stock"
                hit = cache.get((role, "stock_movements", what))
                if not (self._allowed(role, "stock_movements", what) if hit is None else hit):
                    return f"a {role} may not {'adjust' if what != 'stock' else 'move'} stock"
            elif kind == "delete":
                if not self._allowed(role, op["table"], "delete"):
                    return f"a {role} may not delete from {op['table']}"
        return self._override_refusal(ops) if override else None

    def _override_refusal(self, ops: list[dict[str, Any]]) -> str | None:
        """An override must name a supervisor and carry their proof (app/override_proof.py)."""
        if self.overrides is None:
            return None
        for op in ops:
            if op["op"] == "upsert" and op["table"] == "overrides":
                why = self.overrides.refusal(op, self.role, self.known)
                if why is not None:
                    return UNKNOWN_ACTOR if why.startswith("supervisor not known") else why
        return None
