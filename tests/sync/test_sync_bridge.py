"""The Qt bridge turns worker callbacks (from the worker thread) into signals on the GUI thread."""

from __future__ import annotations

from sync.worker import SyncWorker
from tests.sync.cloudkit import make_kit
from tests.sync.helpers import ACTOR
from ui.shell.sync_bridge import SyncBridge


def test_worker_thread_reports_through_signals(qtbot, tmp_path) -> None:
    kit = make_kit()
    store, cloud = kit.station(tmp_path, "a")
    bridge = SyncBridge()
    states, pending = [], []
    bridge.stateChanged.connect(lambda s, d: states.append(s))
    bridge.pendingChanged.connect(pending.append)
    worker = SyncWorker(store, cloud, callbacks=bridge.callbacks(), interval=0.2)
    with store.command("c", ACTOR) as cmd:
        cmd.upsert("customers", "c1", name="Ani")
    with qtbot.waitSignal(bridge.lastSuccess, timeout=5000):
        worker.start()
    qtbot.waitUntil(lambda: "online" in states and pending and pending[-1] == 0, timeout=5000)
    worker.stop()
    assert "syncing" in states
    store.close()
