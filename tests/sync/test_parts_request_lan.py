"""A mechanic's parts request crosses the LAN: the bay tablet and the warehouse PC are two
stations with two databases, joined only by the LAN bus protocol (an in-memory broker here, the
same `LanPeer` the MQTT bus runs). The request appears in the storekeeper's queue on the other
station, and each dispense comes back to the mechanic's view of the slip and of the WO."""

from __future__ import annotations

import random
from pathlib import Path

from app import demo
from app.events.intake import wall_ms
from app.events.log import iter_events
from app.events.replicate import apply_batch
from app.events.state_hash import state_hash
from app.roles import Role
from app.services import Services
from app.wo_states import WOStatus
from tests.sync.helpers import make_store
from tests.sync.simkit import MemoryBroker


def _pump(broker: MemoryBroker, rnd: random.Random) -> None:
    broker.drain(rnd)


def test_a_parts_request_reaches_the_warehouse_and_its_dispenses_come_back(tmp_path: Path) -> None:
    rnd = random.Random(7)
    bay_store, wh_store = make_store(tmp_path, "bay"), make_store(tmp_path, "gudang")
    broker = MemoryBroker()
    broker.attach("bay", bay_store, wall_ms)
    broker.attach("gudang", wh_store, wall_ms)
    bay, wh = Services.over(bay_store), Services.over(wh_store)
    try:
        cast = demo.seed(bay)  # the branch's people, catalogue, stock and open WOs ...
        demo.fill_board(bay, cast)
        wh_store.pinned_roles = {}  # a new station: no user known yet, so it takes the branch's set-up
        apply_batch(wh_store, list(iter_events(bay_store.conn)))  # ... reach the warehouse PC through sync
        assert state_hash(bay_store.conn) == state_hash(wh_store.conn)
        broker.connect("bay")  # from here on, only the LAN joins them
        broker.connect("gudang")
        _pump(broker, rnd)

        mech, keeper = cast.actors[Role.MECHANIC], cast.actors[Role.STOREKEEPER]
        working = next(c for c in bay.workorders.board() if c.status is WOStatus.WORKING)
        before = {s.id for s in wh.pickslips.queue()}
        slip = bay.pickslips.request_parts(mech, working.id, [(cast.part_ids["oil"], 2)])
        assert slip.id not in {s.id for s in wh.pickslips.queue()}  # not there before the LAN carries it
        _pump(broker, rnd)
        queued = {s.id: s for s in wh.pickslips.queue()}
        assert set(queued) - before == {slip.id}
        assert queued[slip.id].remaining == 2 and queued[slip.id].status == "requested"
        assert wh.workorders.get(working.id).status is WOStatus.WAITING_PARTS  # the slip blocks the job

        line = wh.pickslips.for_work_order(working.id)[-1].lines[0]
        wh.pickslips.dispense_line(keeper, slip.id, line.id, 1)  # the storekeeper hands out one
        _pump(broker, rnd)
        mine = next(s for s in bay.pickslips.for_work_order(working.id) if s.id == slip.id)
        assert mine.status == "partly dispensed"
        wh.pickslips.dispense_line(keeper, slip.id, line.id, 1)
        _pump(broker, rnd)
        mine = next(s for s in bay.pickslips.for_work_order(working.id) if s.id == slip.id)
        assert mine.status == "dispensed"
        assert bay.workorders.get(working.id).status is WOStatus.WORKING  # every part handed out: back to work
        assert slip.id not in {s.id for s in bay.pickslips.queue()}  # done: off the queue on both stations
        assert state_hash(bay_store.conn) == state_hash(wh_store.conn)
        assert wh_store.query_one("SELECT COUNT(*) AS n FROM sync_set_aside")["n"] == 0
    finally:
        bay.close()
        wh.close()
