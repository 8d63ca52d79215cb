"""The merge's inlined hot paths answer exactly as the plain definitions they replace.

`signing.record_digest` builds the digest text from a prepared record in one step, and
`authorize.Roles.refusal` inlines its role and permission lookups; both run once per merged
event. Each is compared here, over a grid of inputs, with the straightforward definition.
"""

from __future__ import annotations

import itertools
from typing import Any

from app.events.authorize import _FIELD_RULES, UNKNOWN_ACTOR, Roles
from app.events.signing import digest, record_digest
from app.events.tables import REPLICATED_FIELDS
from app.roles import CHANGES
from app.wo_states import MERGE_RANK


def test_record_digest_is_the_events_digest() -> None:
    payload = '{"ops":[{"op":"status","table":"workorders","id":"w1","status":"WORKING"}]}'
    for actor, prev, type_, authority in itertools.product(
            (None, "", "u-1"), (None, "", "ab" * 32), ("t", "jenis ✓ ünïcode", "a\x1fb"), (0, 1)):
        rec = ["e1", "s1", 7, "1750000000000.00003", authority, "br1", 14, type_, actor, prev, "sig", payload,
               [], None, False]
        assert record_digest(rec) == digest("e1", "s1", 7, "1750000000000.00003", authority, "br1", 14, type_,
                                            actor, prev, payload)
    assert record_digest(rec) != record_digest([*rec[:11], payload + " ", *rec[12:]])


def _reference_refusal(roles: Roles, authority: int, actor: str | None, ops: list[dict[str, Any]],
                       local: bool) -> str | None:
    """`Roles.refusal` as written before its lookups were inlined."""
    if authority == 1:
        return None
    if ops and all(op["op"] == "upsert" and op["table"] == "login_failures" for op in ops):
        return roles._login_records(actor, ops)
    if actor is None:
        if local or roles.bootstrapping():
            return None
        return "no actor: only the cloud, or the set-up of a branch without users, writes without one"
    if not roles.known(actor):
        return UNKNOWN_ACTOR
    role = roles.role(actor)
    if role is None:
        return f"actor {actor} is not an active user"
    for op in ops:
        kind = op["op"]
        if kind == "upsert":
            table = op["table"]
            if not roles._allowed(role, table, "upsert"):
                return f"a {role} may not change {table}"
            rules = _FIELD_RULES.get(table)
            if rules:
                for name in op["fields"]:
                    if name in rules and not roles._allowed(role, table, name):
                        return f"a {role} may not change {table}.{name}"
        elif kind == "status":
            table = op.get("table", "workorders")
            what = f"status:{op['status']}"
            if (table, what) not in CHANGES:
                what = "status"
            if not roles._allowed(role, table, what):
                return f"a {role} may not move a work order to {op['status']}"
        elif kind == "stock":
            what = "stock:adjust" if op["kind"] == "adjust" else "stock"
            if not roles._allowed(role, "stock_movements", what):
                return f"a {role} may not {'adjust' if what != 'stock' else 'move'} stock"
        elif kind == "delete":
            if not roles._allowed(role, op["table"], "delete"):
                return f"a {role} may not delete from {op['table']}"
    return roles._override_refusal(ops)


class _Overrides:
    """Stands in for OverrideCheck: refuses every override, so the check must be reached."""

    def refusal(self, op: dict[str, Any], role_of: Any, known: Any) -> str | None:
        return "supervisor not known here yet" if op["id"] == "o-wait" else f"bad proof for {op['id']}"


def _ops() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for table in sorted(REPLICATED_FIELDS):
        fields = sorted(REPLICATED_FIELDS[table])
        out.append({"op": "upsert", "table": table, "id": "x", "fields": {fields[0]: "v"}})
        for name in sorted(_FIELD_RULES.get(table, {})):
            out.append({"op": "upsert", "table": table, "id": "x", "fields": {fields[0]: "v", name: "v"}})
        out.append({"op": "delete", "table": table, "id": "x"})
    out += [{"op": "status", "table": "workorders", "id": "w", "status": s} for s in MERGE_RANK]
    out += [{"op": "stock", "id": "m", "kind": k} for k in ("dispense", "adjust", "receive")]
    out += [{"op": "upsert", "table": "login_failures", "id": "l", "fields": {"kind": k, "user_id": u}}
            for k in ("failed", "login", "unlock") for u in ("u-adv", "u-sup")]
    out += [{"op": "upsert", "table": "overrides", "id": i, "fields": {"amount": 1}} for i in ("o-wait", "o-bad")]
    return out


def test_refusal_answers_as_its_plain_definition() -> None:
    ops = _ops()
    events = [[op] for op in ops] + [list(pair) for pair in itertools.combinations(ops[::7], 2)]
    events += [[ops[-1], ops[0]], [ops[-4], ops[-3]], [ops[-5], ops[0]]]  # login records mixed, override last
    actors = (None, "u-adv", "u-mech", "u-store", "u-cash", "u-sup", "u-admin", "u-gone", "u-pinned", "u-nobody")
    cases = 0
    for users in ({"u-adv": "advisor", "u-mech": "mechanic", "u-store": "storekeeper", "u-cash": "cashier",
                   "u-sup": "supervisor", "u-admin": "admin", "u-gone": None}, {"u-gone": None}, {}):
        for pinned in ({"u-pinned": "advisor", "u-adv": "admin"}, None):
            for overrides in (None, _Overrides()):
                roles = Roles(dict(users), pinned)
                roles.overrides = overrides
                for ev, actor, authority, local in itertools.product(events, actors, (0, 1), (False, True)):
                    want = _reference_refusal(roles, authority, actor, ev, local)
                    assert roles.refusal(authority, actor, ev, local=local) == want, (ev, actor, users, pinned)
                    assert roles.refusal(authority, actor, iter(ev), local=local) == want
                    cases += 1
    assert cases > 50_000
