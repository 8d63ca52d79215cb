"""Merge rules of the cashier's tables (schema v10): shifts, till entries, overrides, voids,
reversals, credit accounts, collections and allocations converge in any order, split or duplicated;
two tills working offline against the same invoices agree once they have each other's events."""

from __future__ import annotations

import random
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.billing import PaymentIn
from app.events.log import iter_events
from app.events.replicate import apply_batch
from app.events.state_hash import state_hash
from app.roles import Role
from app.services import Services
from app.store import Store
from tests.cashier.conftest import complete_wo
from tests.core.conftest import KEY, seeded_template  # noqa: F401
from tests.sync.helpers import ACTOR, BASE_MS, event, make_store, trust_test_stations
from app.auth import install_branch_secret
from app.override_proof import make_proof

SECRET = "ab" * 32  # the branch secret of every replica here (overrides carry a proof made with it)

STATIONS = ["s1", "s2", "s3"]
TEXT = st.text("abc", max_size=3)
MONEY = st.integers(-500_000, 500_000)


@st.composite
def cashier_ops(draw: st.DrawFn) -> list[dict]:
    table = draw(st.sampled_from(["shifts", "till_entries", "credit_accounts", "receivable_allocations",
                                  "receivable_collections", "invoice_voids", "payment_reversals", "overrides"]))
    fields = {
        "shifts": {"opening_float": MONEY, "closed_at": TEXT, "counted_cash": MONEY, "variance": MONEY,
                   "z_report": TEXT},
        "till_entries": {"shift_id": st.sampled_from(["sh1", "sh2"]), "kind": st.sampled_from(["sale", "refund"]),
                         "method": st.sampled_from(["cash", "card"]), "amount": MONEY},
        "credit_accounts": {"credit_limit": st.integers(0, 10**9), "terms_days": st.integers(0, 90),
                            "active": st.integers(0, 1)},
        "receivable_allocations": {"invoice_id": st.sampled_from(["i1", "i2"]), "amount": MONEY},
        "receivable_collections": {"amount": MONEY, "method": st.sampled_from(["cash", "transfer"])},
        "invoice_voids": {"reason": TEXT, "supervisor_id": TEXT},
        "payment_reversals": {"amount": MONEY, "kind": st.sampled_from(["void", "refund"])},
        "overrides": {"kind": st.sampled_from(["discount", "void"]), "amount": MONEY},
    }[table]
    chosen = draw(st.dictionaries(st.sampled_from(sorted(fields)), st.none(), min_size=1))
    values = {name: draw(fields[name]) for name in chosen}
    row_id = draw(st.sampled_from(["r1", "r2", "r3"]))
    if table == "overrides":  # written whole, with the supervisor's proof (app/override_proof.py)
        values = {"branch_id": "br1", "kind": "discount", "ref_id": "i1", "cashier_id": ACTOR,
                  "supervisor_id": ACTOR, "amount": 0, "reason": "", "at": "2026-01-01", **values}
        values["proof"] = make_proof(bytes.fromhex(SECRET), row_id, values)
    return [{"op": "upsert", "table": table, "id": row_id, "fields": values}]


@st.composite
def histories(draw: st.DrawFn) -> list:
    seqs = {s: 0 for s in STATIONS}
    events = []
    for _ in range(draw(st.integers(1, 20))):
        station = draw(st.sampled_from(STATIONS))
        seqs[station] += 1
        events.append(event(station, seqs[station], BASE_MS + draw(st.integers(0, 30)), draw(cashier_ops()),
                            counter=seqs[station]))
    return events


def _replay(events: list, batches: list[int]) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        store = make_store(Path(tmp), "rx")
        install_branch_secret(store, SECRET)
        i = 0
        for size in batches + [len(events)]:
            result = apply_batch(store, events[i:i + size])
            assert result.set_aside == 0  # every event is signed and its actor may make the change
            i += size
            if i >= len(events):
                break
        digest = state_hash(store.conn)
        store.close()
        return digest


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(histories(), st.randoms(use_true_random=False), st.lists(st.integers(1, 5), max_size=6))
def test_cashier_tables_converge_in_any_order(events, rnd, batches) -> None:
    reference = _replay(events, [len(events)])
    shuffled = events + rnd.sample(events, k=min(3, len(events)))
    rnd.shuffle(shuffled)
    assert _replay(shuffled, batches) == reference


def _events(store: Store, after: set[str]) -> list:
    return [e for e in iter_events(store.conn) if e.event_id not in after]


def _station(template: Path, path: Path, station_id: str | None = None, code: str | None = None) -> Services:
    """A copy of the seeded station; with `station_id`, another till of the same branch."""
    shutil.copyfile(template, path)
    if station_id is not None:
        store = Store.open(path, KEY)
        with store.local_transaction() as conn:
            conn.execute("UPDATE meta SET value = ? WHERE key = 'station_id'", (station_id,))
            conn.execute("UPDATE meta SET value = ? WHERE key = 'station_code'", (code,))
        store.close()
    services = Services.open(path, KEY)
    trust_test_stations(services.store)  # both tills sign with test keys and trust each other's
    return services


def test_two_tills_offline_agree_after_exchanging_events(tmp_path, seeded_template) -> None:  # noqa: F811
    path, cast = seeded_template
    a = _station(path, tmp_path / "k1.db")
    b = _station(path, tmp_path / "k2.db", station_id="k2-station", code="K2")
    try:
        cashier, boss = cast.actors[Role.CASHIER], cast.actors[Role.SUPERVISOR]
        base = {e.event_id for e in iter_events(a.store.conn)}
        a.shifts.open(cashier, 100_000)
        wo = complete_wo(a, cast)
        a.receivables.set_account(boss, wo.customer_id, 5_000_000, 30)
        inv = a.checkout.start(cashier, wo.id)
        a.checkout.pay(cashier, inv.id, [PaymentIn(method="on_account", amount=inv.total)])
        first = _events(a.store, base)
        assert apply_batch(b.store, first).set_aside == 0  # K2 catches up, then both go offline
        seen = base | {e.event_id for e in first}
        assert b.receivables.outstanding(wo.customer_id) == inv.total

        b.shifts.open(cashier, 50_000)  # a shift of its own on the other till
        a.receivables.collect(cashier, wo.customer_id, 100_000, "cash")
        b.receivables.collect(cashier, wo.customer_id, 200_000, "cash")
        a.receivables.set_account(boss, wo.customer_id, 1_000_000, 30)
        b.receivables.set_account(boss, wo.customer_id, 2_000_000, 45)
        from_a, from_b = _events(a.store, seen), _events(b.store, seen)
        rnd = random.Random(7)
        to_b = from_a + from_a[:1]
        rnd.shuffle(to_b)
        assert apply_batch(b.store, to_b).set_aside == 0
        assert apply_batch(a.store, list(reversed(from_b))).set_aside == 0

        assert state_hash(a.store.conn) == state_hash(b.store.conn)
        for s in (a, b):  # both collections count; each till's cash is in its own shift
            assert s.receivables.outstanding(wo.customer_id) == inv.total - 300_000
            assert s.receivables.account(wo.customer_id).credit_limit == 2_000_000  # the later write
        assert a.shifts.expected_cash(a.shifts.current().id) == 100_000 + 100_000
        assert b.shifts.expected_cash(b.shifts.current().id) == 50_000 + 200_000
    finally:
        a.close()
        b.close()
