"""Batched refresh: store events (from any thread) mark a view dirty; a timer repaints once.

Electrum's `QtEventListener` + `timer_actions` pattern. `Store.listeners` are called on
whichever thread committed the change (a LAN peer's batch, the cloud worker, a local
command). The listener here only bumps a counter under a lock and, on the first event of a
batch, pokes the GUI thread through a queued signal; the GUI thread then waits `delay_ms`
so the rest of the burst lands, and emits `changed` once. A burst of a hundred sync events
costs one reload.

The listener never touches Qt objects that may be gone and never raises into the writer:
once the watcher is destroyed it removes itself from `store.listeners`.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from app.store import Store

DEFAULT_DELAY_MS = 150


class _Relay(QObject):
    poke = Signal()


class _Listener:
    """The plain-Python callable registered in `store.listeners` (safe from any thread)."""

    def __init__(self, store: Store, relay: _Relay) -> None:
        self.store = store
        self.relay: _Relay | None = relay
        self.lock = threading.Lock()
        self.pending = 0

    def __call__(self, _event: Any) -> None:
        with self.lock:
            self.pending += 1
            first = self.pending == 1
            relay = self.relay
        if first and relay is not None:
            try:
                relay.poke.emit()
            except RuntimeError:  # the watcher's Qt side is already gone
                self.detach()

    def take(self) -> int:
        with self.lock:
            count, self.pending = self.pending, 0
            return count

    def detach(self) -> None:
        with self.lock:
            self.relay = None
        try:
            self.store.listeners.remove(self)
        except ValueError:
            pass


class StoreWatcher(QObject):
    """Emits `changed(count)` on the GUI thread, at most once per `delay_ms`, after store events."""

    changed = Signal(int)

    def __init__(self, store: Store, parent: QObject | None = None, *, delay_ms: int = DEFAULT_DELAY_MS) -> None:
        super().__init__(parent)
        self._relay = _Relay(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._flush)
        self._relay.poke.connect(self._arm)
        self._listener = _Listener(store, self._relay)
        store.listeners.append(self._listener)
        listener = self._listener
        self.destroyed.connect(lambda *_: listener.detach())

    def set_delay(self, delay_ms: int) -> None:
        """How long to let a burst gather before the one refresh."""
        self._timer.setInterval(delay_ms)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def close(self) -> None:
        """Stop listening (also happens when the watcher is destroyed)."""
        self._listener.detach()
        self._timer.stop()

    @Slot()
    def _arm(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    @Slot()
    def _flush(self) -> None:
        count = self._listener.take()
        if count:
            self.changed.emit(count)
