"""Qt signals for the pure-Python sync worker and LAN bus (sync/ never imports Qt).

The worker calls its callbacks on its own thread; emitting a signal from there is safe, and
Qt queues the call to the receivers' (GUI) thread, so screens never wait on the network.
A callback that arrives after the bridge's Qt side is gone (a late report during shutdown) is
dropped instead of raising into the worker or paho's network thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

from sync.worker import SyncCallbacks


def _safe(signal: SignalInstance, convert: Callable[..., tuple[Any, ...]] | None = None) -> Callable[..., None]:
    def emit(*args: Any) -> None:
        try:
            signal.emit(*(convert(*args) if convert else args))
        except RuntimeError:  # "Internal C++ object already deleted": the GUI has gone
            pass

    return emit


class SyncBridge(QObject):
    stateChanged = Signal(str, str)  # state (offline/syncing/online/error), detail ("" when none)
    pendingChanged = Signal(int)  # own events not yet acked by the cloud
    lastSuccess = Signal(float)  # epoch seconds
    progress = Signal(int, int)  # (events applied so far, total; -1 when unknown)
    clockSkew = Signal(int, str)  # (ms vs cloud, warning text or "")
    setAside = Signal(int, str)  # events refused at merge so far (signature, station, role), latest reason
    lanConnected = Signal(bool)
    lanPeers = Signal(list)  # station ids present on the LAN bus

    def callbacks(self) -> SyncCallbacks:
        """Pass to `SyncWorker(callbacks=…)`."""
        return SyncCallbacks(
            on_state=_safe(self.stateChanged, lambda state, detail: (state, detail or "")),
            on_pending=_safe(self.pendingChanged),
            on_success=_safe(self.lastSuccess),
            on_progress=_safe(self.progress, lambda done, total: (done, -1 if total is None else total)),
            on_clock=_safe(self.clockSkew, lambda skew, warning: (skew, warning or "")),
            on_set_aside=_safe(self.setAside),
        )

    def lan_callbacks(self) -> dict:
        """Keyword arguments for `MqttLanBus(…)` / `build_sync(…)`: on_connection and on_peers."""
        return {"on_connection": _safe(self.lanConnected),
                "on_peers": _safe(self.lanPeers, lambda peers: (sorted(peers),))}
