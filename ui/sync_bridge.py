"""Qt signals for the pure-Python sync worker and LAN bus (sync/ never imports Qt).

The worker calls its callbacks on its own thread; emitting a signal from there is safe, and
Qt queues the call to the receivers' (GUI) thread, so screens never wait on the network.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from sync.worker import SyncCallbacks


class SyncBridge(QObject):
    stateChanged = Signal(str, str)  # state (offline/syncing/online/error), detail ("" when none)
    pendingChanged = Signal(int)  # own events not yet acked by the cloud
    lastSuccess = Signal(float)  # epoch seconds
    progress = Signal(int, int)  # (events applied so far, total; -1 when unknown)
    clockSkew = Signal(int, str)  # (ms vs cloud, warning text or "")
    lanConnected = Signal(bool)
    lanPeers = Signal(list)  # station ids present on the LAN bus

    def callbacks(self) -> SyncCallbacks:
        """Pass to `SyncWorker(callbacks=…)`."""
        return SyncCallbacks(
            on_state=lambda state, detail: self.stateChanged.emit(state, detail or ""),
            on_pending=self.pendingChanged.emit,
            on_success=self.lastSuccess.emit,
            on_progress=lambda done, total: self.progress.emit(done, -1 if total is None else total),
            on_clock=lambda skew, warning: self.clockSkew.emit(skew, warning or ""),
        )

    def lan_callbacks(self) -> dict:
        """Keyword arguments for `MqttLanBus(…)`: on_connection and on_peers."""
        return {"on_connection": self.lanConnected.emit, "on_peers": lambda peers: self.lanPeers.emit(sorted(peers))}
