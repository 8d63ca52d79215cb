"""Batched, visibility-aware refresh from the store's change sets.

Electrum's `QtEventListener` + `timer_actions` pattern. The store calls subscribers on the
thread that committed (the store lane, the sync worker, the LAN bus). The subscriber here only
keeps the change sets that touch the screen's tables (and that the screen did not start itself:
`origin`), under a lock, and on the first of a batch pokes the GUI thread through a queued
signal; the GUI thread waits `delay_ms` so the rest of the burst lands, then emits `changed`
once with the merged `ChangeSet`. While the watched widget is hidden, the batch is kept and
delivered once when it is shown again: a screen hidden during 1,000 remote events reloads once.

    self.watcher = ChangeWatcher(ctx.services.store, {"workorders", "vehicles"}, owner=self,
                                 origin=self.origin)
    self.watcher.changed.connect(lambda changes: self.model.refresh())

The subscription ends when the watcher is closed or destroyed. The thread-safe part is
`app.changes.ChangeBuffer` (ui/ holds no locks or threads of its own).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from app.changes import ChangeBuffer, ChangeSet
from app.store import Store

DEFAULT_DELAY_MS = 150


class _Relay(QObject):
    poke = Signal()


class ChangeWatcher(QObject):
    """Emits `changed(ChangeSet)` on the GUI thread, batched, only while `owner` is visible.

    `tables` None watches everything. `origin` is the tag the screen gives its own
    `CommandOp`s; their change sets are skipped. `owner` is the widget whose visibility
    gates delivery (None: always deliver)."""

    changed = Signal(object)

    def __init__(self, store: Store, tables: Iterable[str] | None, *, owner: QWidget | None = None,
                 origin: str | None = None, delay_ms: int = DEFAULT_DELAY_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else owner)
        self._owner = owner
        self._relay = _Relay(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._flush)
        self._relay.poke.connect(self._arm)
        self._held: list[ChangeSet] = []
        self.batches = 0
        relay = self._relay

        def poke() -> None:  # on the committing thread: queued to this one
            try:
                relay.poke.emit()
            except RuntimeError:  # the Qt side is gone already
                detach()

        self._buffer = ChangeBuffer(tables, origin, poke)
        unsubscribe = store.subscribe(self._buffer)
        buffer = self._buffer

        def detach() -> None:
            buffer.detach()
            unsubscribe()

        self._detach = detach
        self.destroyed.connect(lambda *_: detach())
        if owner is not None:
            owner.installEventFilter(self)

    def set_delay(self, delay_ms: int) -> None:
        self._timer.setInterval(delay_ms)

    @property
    def pending(self) -> bool:
        return self._timer.isActive() or bool(self._held)

    def close(self) -> None:
        """Stop listening (also happens when the watcher is destroyed)."""
        self._detach()
        self._timer.stop()
        self._held.clear()

    def _visible(self) -> bool:
        return self._owner is None or self._owner.isVisible()

    @Slot()
    def _arm(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    @Slot()
    def _flush(self) -> None:
        self._held.extend(self._buffer.take())
        if self._held and self._visible():
            self._deliver()

    def _deliver(self) -> None:
        batch, self._held = self._held, []
        self.batches += 1
        self.changed.emit(ChangeSet.merged(batch))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._owner and event.type() == QEvent.Type.Show and self._held:
            self._arm()
        return False
