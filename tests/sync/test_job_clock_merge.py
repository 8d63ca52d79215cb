"""Job clock intervals from two offline bay stations merge to the same totals in any delivery order.

Two stations run the real clock commands offline (one mechanic each, and the same mechanic on
both tablets in some examples), then their signed events reach a third and fourth store shuffled,
duplicated and split into batches, and each other: the clocked totals per (job, mechanic) and
the whole replicated state are the same everywhere, and nothing is set aside (every change is
authorized at merge for a mechanic).
"""

from __future__ import annotations

import random
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.auth import Actor
from app.errors import DomainError
from app.events.log import iter_events
from app.events.replicate import apply_batch
from app.events.state_hash import state_hash
from app.job_clock import JobClockService, PauseReason, seconds
from app.roles import Role
from tests.sync.helpers import BASE_MS, event, make_store

MECHS = ["u-mech", "u-mech2"]
JOBS = ["j1", "j2"]
T0 = datetime(2026, 12, 4, 8, 0, tzinfo=timezone.utc)
END = T0 + timedelta(days=1)


def setup_events() -> list:
    ops = [{"op": "upsert", "table": "workorders", "id": "w1",
            "fields": {"number": "WO/1", "bay": "Bay 1", "opened_at": T0.isoformat()}},
           {"op": "status", "id": "w1", "status": "WORKING"}]
    ops += [{"op": "upsert", "table": "wo_jobs", "id": j,
             "fields": {"wo_id": "w1", "description": j, "flat_hours_x100": 100, "status": "PENDING",
                        "mechanic_ids": '["u-mech", "u-mech2"]'}} for j in JOBS]
    return [event("s0", 1, BASE_MS, ops)]


def store_for(tmp: Path, name: str):
    s = make_store(tmp, name)
    s.pinned_roles["u-mech2"] = Role.MECHANIC.value
    apply_batch(s, setup_events())
    return s


actions = st.lists(st.tuples(st.sampled_from(["start", "pause", "finish"]), st.sampled_from(JOBS),
                             st.sampled_from(list(PauseReason)), st.integers(1, 90)), min_size=1, max_size=8)


def run_offline(store, mechanic: str, plan) -> None:
    t = [T0]
    clock = JobClockService(store, now=lambda: t[0])
    actor = Actor(user_id=mechanic, name=mechanic, role=Role.MECHANIC)
    for verb, job, reason, minutes in plan:
        t[0] += timedelta(minutes=minutes)
        try:
            if verb == "start":
                clock.start(actor, job)
            elif verb == "pause":
                clock.pause(actor, job, reason)
            else:
                clock.finish(actor, job)
        except DomainError:
            pass  # refused on that station: nothing written


def totals(store) -> dict[tuple[str, str], int]:
    out: dict[tuple[str, str], int] = {}
    for r in store.query("SELECT job_id, mechanic_id, started_at, ended_at FROM job_clock_intervals WHERE _del IS NULL"):
        key = (r["job_id"], r["mechanic_id"])
        out[key] = out.get(key, 0) + seconds(r["started_at"], r["ended_at"], END)
    return out


def own_events(store) -> list:
    return list(iter_events(store.conn, "station_id = ?", (store.identity.station_id,)))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(actions, actions, st.booleans(), st.randoms(use_true_random=False), st.lists(st.integers(1, 4), max_size=5))
def test_offline_clocks_merge_to_the_same_totals_in_any_order(plan_a, plan_b, same_mechanic, rnd, batches) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        a, b = store_for(Path(tmp), "sa"), store_for(Path(tmp), "sb")
        run_offline(a, "u-mech", plan_a)
        run_offline(b, "u-mech" if same_mechanic else "u-mech2", plan_b)
        from_a, from_b = own_events(a), own_events(b)
        everything = from_a + from_b
        r1, r2 = store_for(Path(tmp), "r1"), store_for(Path(tmp), "r2")
        apply_batch(r1, everything)
        shuffled = everything + rnd.sample(everything, k=min(3, len(everything)))  # duplicated delivery
        rnd.shuffle(shuffled)
        i = 0
        for size in batches + [len(shuffled)]:
            apply_batch(r2, shuffled[i:i + size])
            i += size
        apply_batch(a, from_b)
        apply_batch(b, list(reversed(from_a)))
        expected = totals(r1)
        assert set(expected) <= {(j, m) for j in JOBS for m in MECHS}
        if plan_a[0][0] == "start":  # the first start on a station always runs
            assert from_a and ("u-mech", plan_a[0][1]) in {(m, j) for j, m in expected}
        for other in (r2, a, b):
            assert totals(other) == expected
        assert state_hash(r1.conn) == state_hash(r2.conn) == state_hash(a.conn) == state_hash(b.conn)
        for s in (a, b, r1, r2):
            assert s.query_one("SELECT count(*) AS n FROM sync_set_aside")["n"] == 0
            s.close()


def test_a_clock_event_from_an_advisor_is_set_aside(tmp_path) -> None:
    s = store_for(tmp_path, "rx")
    bad = event("s1", 1, BASE_MS + 5, [{"op": "upsert", "table": "job_clock_intervals", "id": "i1",
                                         "fields": {"job_id": "j1", "wo_id": "w1", "mechanic_id": "u-adv",
                                                    "started_at": T0.isoformat()}}], actor="u-adv")
    apply_batch(s, [bad])
    assert s.query_one("SELECT count(*) AS n FROM job_clock_intervals")["n"] == 0
    assert s.query_one("SELECT count(*) AS n FROM sync_set_aside")["n"] == 1
    s.close()
