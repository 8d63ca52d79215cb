"""In-process simulation: stations with skewed clocks, an in-memory MQTT-like broker, an in-memory cloud."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.events.hlc import HybridClock
from app.events.sync_state import held_count
from app.events.vectors import vector_base, version_vector
from app.events.state_hash import state_hash
from sync.client import LocalCloud
from sync.cloud import db
from sync.cloud.models import CLOUD_STATION, BranchIn, EnrolIn, EnrolmentCodeIn, MasterIn
from sync.cloud.service import CloudService
from sync.lan_bus import LanPeer
from sync.worker import SyncWorker
from tests.sync.helpers import ACTOR, ROLES, make_store

STATUSES = ["INTAKE", "DIAGNOSING", "WORKING", "WAITING_PARTS", "QC_TEST", "COMPLETED", "CANCELLED"]


class MemoryBroker:
    """Delivers in any order, may duplicate, drops messages to/from disconnected stations."""

    def __init__(self) -> None:
        self.peers: dict[str, LanPeer] = {}
        self.connected: set[str] = set()
        self.queue: list[tuple[str, str, bytes]] = []

    def attach(self, sid: str, store: Any, now_ms: Any) -> LanPeer:
        peer = LanPeer(store, lambda topic, payload, _retain: self._send(sid, topic, payload), now_ms=now_ms)
        self.peers[sid] = peer
        return peer

    def _send(self, sender: str, topic: str, payload: bytes) -> None:
        if sender not in self.connected:
            return
        for target in self.connected:
            if target == sender or (topic.startswith("to/") and topic != f"to/{target}"):
                continue
            self.queue.append((target, topic, payload))

    def connect(self, sid: str) -> None:
        self.connected.add(sid)
        self.peers[sid].hello()

    def disconnect(self, sid: str) -> None:
        self.connected.discard(sid)

    def deliver(self, rnd: random.Random, n: int, dup: float = 0.0) -> None:
        for _ in range(min(n, len(self.queue))):
            target, topic, payload = self.queue.pop(rnd.randrange(len(self.queue)))
            if target in self.connected:
                if rnd.random() < dup:
                    self.queue.append((target, topic, payload))
                self.peers[target].handle(topic, payload)

    def drain(self, rnd: random.Random, limit: int = 100_000) -> None:
        while self.queue and limit > 0:
            self.deliver(rnd, 1)
            limit -= 1


@dataclass
class Station:
    sid: str
    store: Any
    cloud: LocalCloud
    worker: SyncWorker
    skew_ms: int


@dataclass
class Sim:
    tmp: Path
    n: int
    skews: list[int]
    seed: int = 0
    now: int = 1_760_000_000_000
    stations: list[Station] = field(default_factory=list)
    movements: dict[str, int] = field(default_factory=dict)  # movement id -> qty, as written
    written: set[str] = field(default_factory=set)  # every event id written (stations and cloud)
    places: dict[str, tuple[str, int]] = field(default_factory=dict)  # the cloud's events: (station, seq)

    def __post_init__(self) -> None:
        self.rnd = random.Random(self.seed)
        engine = db.make_engine("sqlite://")
        db.migrate(engine)
        self.svc = CloudService(engine, "adm", clock=lambda: self.now)
        self.svc.compactor.trust_cloud_tables = True  # the test actors are not events (stations pin them)
        branch = self.svc.create_branch(BranchIn(code="JKT", name="Jakarta"))
        with engine.begin() as conn:  # the test actors are the branch's users on the cloud too
            conn.execute(db.branch_users.insert(), [
                {"branch_id": branch.id, "user_id": uid, "role": role, "role_key": "", "active": 1, "active_key": ""}
                for uid, role in ROLES.items()])
        self.broker = MemoryBroker()
        for i in range(self.n):
            sid = f"st{i}"
            store = make_store(self.tmp, sid, branch_id=branch.id, station_id=sid)
            skew = self.skews[i % len(self.skews)]
            clock = self._clock(skew)
            store.clock = HybridClock(store.clock.last, now_ms=clock)
            code = self.svc.create_enrolment_code(EnrolmentCodeIn(branch_id=branch.id, station_code=sid.upper()))
            token = self.svc.enrol(EnrolIn(code=code.code, station_id=sid, station_code=sid.upper(),
                                           pubkey=store.signing_key.public_b64)).token
            cloud = LocalCloud(self.svc, token, client_time=clock)
            worker = SyncWorker(store, cloud, now_ms=clock, push_batch=7, pull_batch=11)
            self.broker.attach(sid, store, clock)
            self.stations.append(Station(sid, store, cloud, worker, skew))
            self.broker.connect(sid)

    def _clock(self, skew: int) -> Any:
        return lambda: self.now + skew

    def close(self) -> None:
        for s in self.stations:
            s.store.close()

    # -- operations from every role ------------------------------------------------------------
    def write(self, i: int, kind: str, k: int) -> None:
        st = self.stations[i]
        with st.store.command(kind, ACTOR) as cmd:
            if kind == "advisor.customer":
                cmd.upsert("customers", f"c{k % 4}", name=f"n{k}", phone=f"08{k}")
            elif kind == "advisor.wo":
                cmd.upsert("workorders", f"w{k % 3}", note=f"keluhan {k}", bay=f"B{k % 2}")
            elif kind == "mechanic.status":
                cmd.status(f"w{k % 3}", STATUSES[k % len(STATUSES)])
            elif kind == "storekeeper.stock":
                mid = uuid.uuid4().hex
                qty = (k % 7) - 4
                cmd.stock(id=mid, part_id=f"p{k % 2}", warehouse_id="g1", qty_delta=qty,
                          kind="dispense" if qty < 0 else "receive")
                self.movements[mid] = qty
            elif kind == "advisor.delete":
                cmd.delete("customers", f"c{k % 4}")
            elif kind == "cashier.price":
                cmd.upsert("parts", f"p{k % 2}", unit_price=1000 + k, name=f"part{k % 2}")
        self.written.add(self._last_event(st))

    @staticmethod
    def _last_event(st: Station) -> str:
        return st.store.conn.execute(
            "SELECT event_id FROM sync_event_logs WHERE station_id = ? ORDER BY seq DESC LIMIT 1",
            (st.sid,)).fetchone()[0]

    def publish_master(self, k: int) -> None:
        op = {"op": "upsert", "table": "parts", "id": f"p{k % 2}", "fields": {"unit_price": 5000 + k}}
        if k % 3 == 0:  # an HQ price list row (schema 15) for the part, for this branch or every branch
            op = {"op": "upsert", "table": "price_list_items", "id": f"pl{k % 2}",
                  "fields": {"branch_id": "" if k % 2 else self.stations[0].store.identity.branch_id,
                             "item_kind": "part", "item_id": f"p{k % 2}", "unit_price": 6000 + k,
                             "valid_from": f"2027-01-{1 + k % 28:02d}"}}
        out = self.svc.publish_master(MasterIn(ops=[op]))
        self.written.add(out.event_id)
        self.places[out.event_id] = (CLOUD_STATION, out.seq)

    # -- healing and checks ----------------------------------------------------------------------
    def heal(self) -> None:
        self.now += 30 * 60_000  # past every skew: nothing is held for the future any more
        for st in self.stations:
            st.cloud.online = True
            if st.sid not in self.broker.connected:
                self.broker.connect(st.sid)
        for _ in range(3):
            for st in self.stations:
                st.worker.sync_once()
            for st in self.stations:
                self.broker.peers[st.sid].hello()
            self.broker.drain(self.rnd)

    def hashes(self) -> set[str]:
        return {state_hash(st.store.conn) for st in self.stations}

    def report(self) -> dict[str, Any]:
        lost = dup = held = 0
        stock_ok = True
        expected: dict[str, int] = {}
        for mid, qty in self.movements.items():
            expected[mid] = qty
        home: dict[str, tuple[str, int]] = dict(self.places)
        for st in self.stations:  # each written event's (station, seq), from any log holding it
            home.update({r[0]: (r[1], r[2]) for r in st.store.conn.execute(
                "SELECT event_id, station_id, seq FROM sync_event_logs")})
        for st in self.stations:
            conn = st.store.conn
            ids = {r[0] for r in conn.execute("SELECT event_id FROM sync_event_logs")}
            base = vector_base(conn)  # a compacted snapshot holds events' effects, not the events
            ids |= {e for e in self.written - ids if (p := home.get(e)) and p[1] <= base.get(p[0], 0)}
            lost += len(self.written - ids)
            total = conn.execute("SELECT count(*) FROM sync_event_logs").fetchone()[0]
            pairs = conn.execute("SELECT count(DISTINCT station_id || ':' || seq) FROM sync_event_logs").fetchone()[0]
            dup += total - pairs
            held += held_count(conn)
            moves = dict(conn.execute("SELECT id, qty_delta FROM stock_movements").fetchall())
            on_hand = {r[0]: r[1] for r in conn.execute(
                "SELECT part_id, sum(qty) FROM stock_on_hand GROUP BY part_id")}
            ledger: dict[str, int] = {}
            for mid, qty in moves.items():
                part = conn.execute("SELECT part_id FROM stock_movements WHERE id = ?", (mid,)).fetchone()[0]
                ledger[part] = ledger.get(part, 0) + qty
            stock_ok = stock_ok and moves == expected and on_hand == ledger
        return {"hashes": sorted(self.hashes()), "lost": lost, "duplicated": dup, "held": held,
                "stock_equals_ledger": stock_ok,
                "vv": [version_vector(st.store.conn) for st in self.stations]}
