"""A supervisor's override is checked by every station when it merges: a genuine one (made
through the PIN check) merges on another till; a forged one — no proof, a wrong proof, a changed
amount, another supervisor named, a non-supervisor named — is set aside and changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.events.log import iter_events
from app.events.models import Event
from app.events.replicate import apply_batch
from app.override_proof import PROOF_FIELDS, make_proof, proof_ok
from app.roles import Role
from tests.cashier.conftest import complete_wo
from tests.core.conftest import seeded_template  # noqa: F401
from tests.sync.helpers import signable, station_key
from tests.sync.test_cashier_merge import _events, _station


@pytest.fixture
def tills(tmp_path: Path, seeded_template):  # noqa: ANN201, F811
    path, cast = seeded_template
    a = _station(path, tmp_path / "k1.db")
    b = _station(path, tmp_path / "k2.db", station_id="k2-station", code="K2")
    yield a, b, cast
    a.close()
    b.close()


def _discounted(a, b, cast):  # noqa: ANN001, ANN202
    """Till A: a discount over the threshold approved by the supervisor's PIN; its events. Till B
    has A's work order already (so only the override's event is in question)."""
    cashier, boss = cast.actors[Role.CASHIER], cast.actors[Role.SUPERVISOR]
    wo = complete_wo(a, cast)
    assert apply_batch(b.store, list(iter_events(a.store.conn))).set_aside == 0
    base = {e.event_id for e in iter_events(a.store.conn)}
    approval = a.overrides.approve(boss.user_id, "999999", "discount")
    inv = a.checkout.start(cashier, wo.id, discount=100_000, approval=approval, reason="pelanggan setia")
    return inv, _events(a.store, base)


def _forge(event: Event, station: str, change) -> Event:  # noqa: ANN001
    """The event with its override changed by `change(fields)`, signed again by its station:
    the signature is good, only the override's proof is in question."""
    raw = json.loads(event.model_dump_json())
    for op in raw["ops"]:
        if op.get("table") == "overrides":
            change(op["fields"])
    return Event.model_validate(signable(raw)).signed_by(station_key(station))


def _count(services, table: str) -> int:  # noqa: ANN001
    return services.store.query_one(f"SELECT count(*) AS n FROM {table}")["n"]


def test_a_genuine_override_merges_on_another_till(tills) -> None:  # noqa: ANN001
    a, b, cast = tills
    inv, events = _discounted(a, b, cast)
    row = a.store.query_one("SELECT * FROM overrides")
    assert row["proof"].startswith("op1$") and row["supervisor_id"] == cast.actors[Role.SUPERVISOR].user_id
    result = apply_batch(b.store, events)
    assert result.set_aside == 0 and result.held == 0
    assert b.store.query_one("SELECT proof FROM overrides")["proof"] == row["proof"]
    assert b.billing.get(inv.id).discount == 100_000


@pytest.mark.parametrize(("name", "change", "why"), [
    ("no proof", lambda f: f.pop("proof"), "missing proof"),
    ("wrong proof", lambda f: f.update(proof="op1$" + "0" * 64), "does not verify"),
    ("amount changed", lambda f: f.update(amount=f["amount"] * 10), "does not verify"),
    ("reason changed", lambda f: f.update(reason="teman"), "does not verify"),
    ("another supervisor named", lambda f: f.update(supervisor_id="ADMIN"), "does not verify"),
    ("a cashier named as approver", lambda f: f.update(supervisor_id="CASHIER"), "may not approve"),
])
def test_a_forged_override_is_set_aside_and_changes_nothing(tills, name, change, why) -> None:  # noqa: ANN001
    a, b, cast = tills
    inv, events = _discounted(a, b, cast)
    ids = {"ADMIN": cast.actors[Role.ADMIN].user_id, "CASHIER": cast.actors[Role.CASHIER].user_id}

    def edit(fields: dict) -> None:
        change(fields)
        if fields.get("supervisor_id") in ids:
            fields["supervisor_id"] = ids[fields["supervisor_id"]]

    station = a.store.identity.station_id
    forged = [_forge(e, station, edit) if any(getattr(op, "table", "") == "overrides" for op in e.ops) else e
              for e in events]
    assert forged != events
    result = apply_batch(b.store, forged)
    assert result.set_aside == 1, name
    assert why in " ".join(result.rejected)
    assert _count(b, "overrides") == 0 and _count(b, "invoices") == 0  # nothing of the forged event


def test_a_proof_made_with_another_branch_secret_is_refused(tills) -> None:  # noqa: ANN001
    a, b, cast = tills
    _inv, events = _discounted(a, b, cast)

    def other_branch(fields: dict) -> None:
        fields["proof"] = make_proof(b"\x01" * 32, "x", fields)

    station = a.store.identity.station_id
    result = apply_batch(b.store, [_forge(e, station, other_branch) if any(
        getattr(op, "table", "") == "overrides" for op in e.ops) else e for e in events])
    assert result.set_aside == 1 and _count(b, "overrides") == 0


def test_an_override_naming_a_supervisor_not_known_yet_waits(tills) -> None:  # noqa: ANN001
    a, b, cast = tills
    _inv, events = _discounted(a, b, cast)
    station = a.store.identity.station_id
    result = apply_batch(b.store, [_forge(e, station, lambda f: f.update(supervisor_id="new-boss")) if any(
        getattr(op, "table", "") == "overrides" for op in e.ops) else e for e in events])
    assert result.held == 1 and result.set_aside == 0 and _count(b, "overrides") == 0


FIELD = st.sampled_from(PROOF_FIELDS)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(field=FIELD, value=st.one_of(st.integers(-10**9, 10**9), st.text(max_size=8)),
       override_id=st.text(min_size=1, max_size=8))
def test_any_change_to_an_override_breaks_its_proof(field, value, override_id) -> None:  # noqa: ANN001
    secret = b"\x07" * 32
    fields = {"branch_id": "br1", "kind": "refund", "ref_id": "inv1", "cashier_id": "c1", "supervisor_id": "s1",
              "amount": 50_000, "reason": "rusak", "at": "2026-12-04T10:00:00+00:00"}
    fields["proof"] = make_proof(secret, override_id, fields)
    assert proof_ok(secret, override_id, fields)
    changed = {**fields, field: value}
    assert proof_ok(secret, override_id, changed) == (changed[field] == fields[field]
                                                      and type(changed[field]) is type(fields[field]))
    assert not proof_ok(secret, override_id + "x", fields)
    assert not proof_ok(b"\x08" * 32, override_id, fields)
