"""Estimate approvals merge deterministically: three stations approve, decline and edit the lines of
one work order offline, then exchange their events in different orders (duplicated, in batches);
every station ends with the same state and the same approval per line."""

from __future__ import annotations

import random
import shutil
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import demo
from app.approval import Approval, Via
from app.errors import DomainError
from app.events.log import iter_events
from app.events.replicate import apply_batch
from app.events.state_hash import state_hash
from app.roles import Role
from app.services import Services
from app.store import Store
from app.storage.connection import open_connection
from tests.sync.helpers import KEY, trust_test_stations

ACTIONS = st.lists(st.tuples(st.integers(0, 2), st.sampled_from(["approve", "decline", "qty", "sync"]),
                             st.integers(0, 3), st.integers(1, 4)), min_size=1, max_size=12)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("estimate") / "a.db"
    services = Services.over(trust_test_stations(
        Store.create(path, KEY, branch_code="JKT01", station_code="A", station_id="sa")))
    cast = demo.seed(services)
    sa = cast.actors[Role.ADVISOR]
    wo = services.workorders.open(sa, cast.vehicle_ids[0], ["Servis"])
    jobs = [services.workorders.add_job(sa, wo.id, cast.labour_ids[k]).id for k in ("service", "ac")]
    parts = [services.workorders.add_part(sa, wo.id, cast.part_ids[k], 1).id for k in ("oil", "filter")]
    services.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    services.close()
    return path, cast, wo.id, jobs + parts


class Branch:
    def __init__(self, template) -> None:  # type: ignore[no-untyped-def]
        path, self.cast, self.wo_id, self.lines = template
        self.tmp = Path(tempfile.mkdtemp(prefix="sentra-est-"))
        self.stations = []
        for name in ("sa", "sb", "sc"):  # three replicas of one branch, each its own station
            shutil.copyfile(path, self.tmp / f"{name}.db")
            if name != "sa":
                conn = open_connection(self.tmp / f"{name}.db", KEY)
                conn.execute("UPDATE meta SET value = ? WHERE key = 'station_id'", (name,))
                conn.execute("UPDATE meta SET value = ? WHERE key = 'station_code'", (name.upper(),))
                conn.close()
            self.stations.append(Services.over(trust_test_stations(Store.open(self.tmp / f"{name}.db", KEY))))

    def act(self, i: int, action: str, line: int, qty: int) -> None:
        s, sa = self.stations[i], self.cast.actors[Role.ADVISOR]
        line_id = self.lines[line]
        try:
            if action == "approve":
                s.estimates.decide(sa, self.wo_id, [line_id], Approval.APPROVED, "Budi", Via.PHONE)
            elif action == "decline":
                s.estimates.decide(sa, self.wo_id, [line_id], Approval.DECLINED, "Budi", Via.WHATSAPP)
            elif action == "qty" and line >= 2:
                s.estimates.set_part_qty(sa, self.wo_id, line_id, qty)
            elif action == "sync":  # station i hears everything station qty % 3 has so far
                self.deliver(i, list(iter_events(self.stations[qty % 3].store.conn)))
        except DomainError:
            pass

    def deliver(self, i: int, events: list) -> None:  # type: ignore[type-arg]
        result = apply_batch(self.stations[i].store, events)
        assert not result.rejected and not result.set_aside, result.rejected  # every event authorized

    def heal(self, rng: random.Random) -> None:
        everything = [e for s in self.stations for e in iter_events(s.store.conn)]
        for i in range(3):
            batch = everything + rng.sample(everything, k=min(5, len(everything)))  # with duplicates
            rng.shuffle(batch)
            while batch:
                n = rng.randint(1, 8)
                self.deliver(i, batch[:n])
                batch = batch[n:]

    def approvals(self, i: int) -> dict[str, tuple[Approval, int]]:
        est = self.stations[i].estimates.estimate(self.wo_id)
        return {li.id: (li.approval, li.qty) for li in est.lines}

    def close(self) -> None:
        for s in self.stations:
            s.close()
        shutil.rmtree(self.tmp, ignore_errors=True)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=ACTIONS, seed=st.integers(0, 2**16))
def test_approvals_converge_in_any_delivery_order(template, actions, seed) -> None:
    branch = Branch(template)
    try:
        for action in actions:
            branch.act(*action)
        branch.heal(random.Random(seed))
        hashes = {state_hash(s.store.conn) for s in branch.stations}
        assert len(hashes) == 1
        assert branch.approvals(0) == branch.approvals(1) == branch.approvals(2)
    finally:
        branch.close()


def test_a_concurrent_edit_beats_the_approval_of_the_old_terms(template) -> None:
    branch = Branch(template)
    try:
        oil = branch.lines[2]
        branch.act(0, "approve", 2, 1)  # station A: the customer approves 1 litre pack
        branch.act(1, "qty", 2, 3)  # station B, offline: the mechanic needs 3
        branch.heal(random.Random(1))
        for i in range(3):
            assert branch.approvals(i)[oil] == (Approval.PROPOSED, 3)
        branch.act(2, "approve", 2, 1)  # the customer approves the new terms, on station C
        branch.heal(random.Random(2))
        for i in range(3):
            assert branch.approvals(i)[oil] == (Approval.APPROVED, 3)
    finally:
        branch.close()


def test_approve_and_decline_offline_the_later_decision_wins_everywhere(template) -> None:
    branch = Branch(template)
    try:
        job = branch.lines[0]
        branch.act(1, "decline", 0, 1)
        time.sleep(0.005)
        branch.act(0, "approve", 0, 1)  # stamped later
        branch.heal(random.Random(3))
        assert [branch.approvals(i)[job][0] for i in range(3)] == [Approval.APPROVED] * 3
    finally:
        branch.close()
