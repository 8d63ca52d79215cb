"""One soak station process (started by sync.soak): enrol, work with every role, sync, survive kill -9.

Prints `ready` once enrolled and `ops-done` when its share of operations is written; then keeps
syncing (no partitions) until SIGTERM. A restarted station continues where the database says
it stopped: its own events are the operations already done.
"""

from __future__ import annotations

import argparse
import random
import signal
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any

from app.events.sync_state import get_state
from app.storage.keys import load_key
from app.store import Store
from sync.client import CloudOffline, HttpCloud
from sync.worker import SyncWorker

SOAK_ACTOR = "soak-sup"  # a supervisor the soak's cloud publishes before the stations start
STATUSES = ["INTAKE", "DIAGNOSING", "WORKING", "WAITING_PARTS", "QC_TEST", "COMPLETED", "CANCELLED"]


class CuttableCloud:
    """The real HTTP link with a switch, to simulate a partition from the cloud."""

    def __init__(self, inner: HttpCloud) -> None:
        self.inner = inner
        self.cut = False

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self.inner, name)
        if self.cut and callable(attr):
            def refuse(*_a: Any, **_k: Any) -> Any:
                raise CloudOffline("partitioned (soak)")
            return refuse
        return attr


def one_op(store: Store, rnd: random.Random) -> None:
    kind = rnd.choice(["advisor.customer", "advisor.wo", "mechanic.status", "storekeeper.stock",
                       "storekeeper.stock", "advisor.delete", "cashier.invoice"])
    k = rnd.randrange(1000)
    with store.command(kind, SOAK_ACTOR) as cmd:
        if kind == "advisor.customer":
            cmd.upsert("customers", f"c{k % 20}", name=f"Pelanggan {k}", phone=f"0812{k:04d}")
        elif kind == "advisor.wo":
            cmd.upsert("workorders", f"w{k % 10}", note=f"keluhan {k}", bay=f"B{k % 4}")
        elif kind == "mechanic.status":
            cmd.status(f"w{k % 10}", STATUSES[k % len(STATUSES)])
        elif kind == "storekeeper.stock":
            qty = rnd.randint(-5, 5) or 1
            cmd.stock(id=uuid.uuid4().hex, part_id=f"p{k % 5}", warehouse_id="gudang",
                      qty_delta=qty, kind="dispense" if qty < 0 else "receive")
        elif kind == "advisor.delete":
            cmd.delete("customers", f"c{k % 20}")
        else:
            inv = uuid.uuid4().hex
            cmd.upsert("invoices", inv, number=cmd.next_number("INV", "2511"), total=k * 1000)
            cmd.upsert("payments", uuid.uuid4().hex, invoice_id=inv, method="cash", amount=k * 1000)


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--path", type=Path, required=True)
    p.add_argument("--cloud", required=True)
    p.add_argument("--code", required=True)
    p.add_argument("--station-code", required=True)
    p.add_argument("--ops", type=int, required=True)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--mqtt")
    p.add_argument("--prefix", default="soak")
    p.add_argument("--partitions", action="store_true")
    a = p.parse_args(argv)
    if not a.path.exists():
        from sync.cli import enrol

        enrol(a.path, a.cloud, a.code, a.station_code)
    store = Store.open(a.path, load_key(a.path))
    with store.read() as conn:
        token = get_state(conn, "token")
    rnd = random.Random(a.seed * 1_000_003 + int(time.time() * 1000) % 1000)
    cloud = CuttableCloud(HttpCloud(a.cloud, token))
    worker = SyncWorker(store, cloud, interval=0.3, max_backoff=1.0)  # type: ignore[arg-type]
    bus = None

    def start_bus() -> Any:
        if not a.mqtt:
            return None
        from sync.lan_bus import MqttLanBus

        b = MqttLanBus(store, a.mqtt, prefix=a.prefix, resync_interval=2.0)
        b.start()
        return b

    deadline = time.monotonic() + 60
    while store.query_one("SELECT id FROM users WHERE id = ?", (SOAK_ACTOR,)) is None:  # users come from the cloud
        if time.monotonic() > deadline:
            print("the soak's operator never arrived from the cloud", file=sys.stderr, flush=True)
            return 1
        worker.sync_once()
        time.sleep(0.1)
    bus = start_bus()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    worker.start()
    print("ready", flush=True)
    sid = store.identity.station_id
    while not stop.is_set():
        with store.read() as conn:
            done = conn.execute("SELECT count(*) FROM sync_event_logs WHERE station_id = ?", (sid,)).fetchone()[0]
        if done >= a.ops:
            break
        one_op(store, rnd)
        if a.partitions:
            if rnd.random() < 0.03:
                cloud.cut = not cloud.cut
            if a.mqtt and rnd.random() < 0.01:
                if bus is not None:
                    bus.stop()
                    bus = None
                else:
                    bus = start_bus()
        time.sleep(rnd.random() * 0.01)
    cloud.cut = False
    if bus is None:
        bus = start_bus()
    worker.wake()
    print("ops-done", flush=True)
    stop.wait()
    worker.stop()
    if bus is not None:
        bus.stop()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
