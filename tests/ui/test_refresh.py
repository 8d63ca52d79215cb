"""Batched refresh: a burst of store events from another thread costs one `changed` signal."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject

from app.roles import Role
from tests.ui.conftest import Shop
from ui.refresh import StoreWatcher


def test_a_burst_from_another_thread_is_one_batch(qtbot, shop: Shop) -> None:  # noqa: ANN001
    owner = QObject()
    watcher = StoreWatcher(shop.services.store, owner, delay_ms=300)
    batches: list[tuple[int, int]] = []
    watcher.changed.connect(lambda count: batches.append((count, threading.get_ident())))
    listener = shop.services.store.listeners[-1]
    burst = threading.Thread(target=lambda: [listener(object()) for _ in range(50)])
    burst.start()
    burst.join(5)
    qtbot.waitUntil(lambda: bool(batches), timeout=5000)
    qtbot.wait(400)
    assert batches == [(50, threading.get_ident())]
    # real commands from a worker thread arrive the same way
    advisor = shop.cast.actors[Role.ADVISOR]
    worker = threading.Thread(target=lambda: shop.services.customers.register(advisor, "Tono", "0812-0000-1111"))
    worker.start()
    worker.join(5)
    qtbot.waitUntil(lambda: len(batches) == 2, timeout=5000)
    assert batches[1][0] >= 1
    owner.deleteLater()


def test_a_destroyed_watcher_leaves_the_store_alone(qtbot, shop: Shop) -> None:  # noqa: ANN001
    store = shop.services.store
    before = len(store.listeners)
    owner = QObject()
    StoreWatcher(store, owner)
    assert len(store.listeners) == before + 1
    owner.deleteLater()
    qtbot.waitUntil(lambda: len(store.listeners) == before, timeout=2000)
    # a command after the view is gone must not raise into the writer
    shop.services.customers.register(shop.cast.actors[Role.ADVISOR], "Tini", "0812-0000-2222")
