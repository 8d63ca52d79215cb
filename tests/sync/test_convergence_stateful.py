"""Hypothesis stateful test: 5 stations and the cloud, random role operations, partitions of the
cloud link and of the LAN, duplicated and reordered LAN delivery, clocks skewed by up to ±10 minutes.
After healing: one state hash, stock equal to the ledger sum, nothing lost or duplicated."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from tests.sync.simkit import Sim

N = 5
KINDS = ["advisor.customer", "advisor.wo", "mechanic.status", "storekeeper.stock", "advisor.delete", "cashier.price"]
skews = st.lists(st.integers(-600_000, 600_000), min_size=N, max_size=N)


class Branch(RuleBasedStateMachine):
    @initialize(skew=skews, seed=st.integers(0, 2**16))
    def start(self, skew: list[int], seed: int) -> None:
        self.tmp = Path(tempfile.mkdtemp(prefix="sentra-sim-"))
        self.sim = Sim(self.tmp, N, skew, seed=seed)

    @rule(i=st.integers(0, N - 1), kind=st.sampled_from(KINDS), k=st.integers(0, 50))
    def write(self, i: int, kind: str, k: int) -> None:
        self.sim.write(i, kind, k)

    @rule(k=st.integers(0, 50))
    def cloud_publishes_master_data(self, k: int) -> None:
        self.sim.publish_master(k)

    @rule(i=st.integers(0, N - 1), online=st.booleans())
    def cloud_link(self, i: int, online: bool) -> None:
        self.sim.stations[i].cloud.online = online

    @rule(i=st.integers(0, N - 1), up=st.booleans())
    def lan_link(self, i: int, up: bool) -> None:
        sid = self.sim.stations[i].sid
        if up and sid not in self.sim.broker.connected:
            self.sim.broker.connect(sid)
        elif not up:
            self.sim.broker.disconnect(sid)

    @rule(i=st.integers(0, N - 1))
    def sync_with_cloud(self, i: int) -> None:
        self.sim.stations[i].worker.sync_once()

    @rule(n=st.integers(1, 20), dup=st.sampled_from([0.0, 0.3]))
    def deliver_lan(self, n: int, dup: float) -> None:
        self.sim.broker.deliver(self.sim.rnd, n, dup)

    @rule(ms=st.integers(0, 120_000))
    def time_passes(self, ms: int) -> None:
        self.sim.now += ms

    @invariant()
    def stock_is_a_ledger(self) -> None:
        if hasattr(self, "sim"):
            for s in self.sim.stations:
                rows = s.store.conn.execute(
                    "SELECT (SELECT coalesce(sum(qty), 0) FROM stock_on_hand),"
                    " (SELECT coalesce(sum(qty_delta), 0) FROM stock_movements)").fetchone()
                assert rows[0] == rows[1]

    def teardown(self) -> None:
        if not hasattr(self, "sim"):
            return
        try:
            self.sim.heal()
            report = self.sim.report()
            assert len(report["hashes"]) == 1, report
            assert report["lost"] == 0 and report["duplicated"] == 0 and report["held"] == 0, report
            assert report["stock_equals_ledger"], report
        finally:
            self.sim.close()
            shutil.rmtree(self.tmp, ignore_errors=True)


Branch.TestCase.settings = settings(max_examples=40, stateful_step_count=60, deadline=None,
                                    suppress_health_check=list(HealthCheck))
TestBranchConverges = Branch.TestCase
