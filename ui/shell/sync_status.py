"""The status-bar sync indicator: cloud state and pending count, LAN bus and its peers.

Fed only by `SyncBridge` signals. A slot records the news and arms a short single-shot timer;
the timer paints once, so a burst of reports (pages of a long catch-up, one pending count per
pushed batch) costs one repaint, and a quick round never flickers through "syncing".
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QEvent, QLocale, QTimer, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ui.shell.sync_bridge import SyncBridge

DEFAULT_DELAY_MS = 200


class SyncIndicator(QWidget):
    """Two labels: `cloud_label` ("Sinkron: online · 0 tertunda") and `lan_label` ("LAN: online · 2 stasiun")."""

    def __init__(self, bridge: SyncBridge | None = None, *, cloud: bool = False, lan: bool = False,
                 parent: QWidget | None = None, delay_ms: int = DEFAULT_DELAY_MS) -> None:
        super().__init__(parent)
        self.setObjectName("SyncIndicator")
        self.cloud_enabled = cloud
        self.lan_enabled = lan
        self.state: str | None = None  # None until the worker's first report
        self.detail = ""
        self.pending: int | None = None
        self.done, self.total = 0, -1
        self.last_success: float | None = None
        self.clock_warning = ""
        self.set_aside, self.set_aside_reason = 0, ""
        self.lan_connected = False
        self.peers: list[str] = []
        self.renders = 0  # paints so far (tests check the batching)
        self.cloud_label = QLabel(self)
        self.cloud_label.setObjectName("StatusSync")
        self.lan_label = QLabel(self)
        self.lan_label.setObjectName("StatusLan")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.cloud_label)
        layout.addWidget(self.lan_label)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.render)
        if bridge is not None:
            bridge.stateChanged.connect(self._on_state)
            bridge.pendingChanged.connect(self._on_pending)
            bridge.lastSuccess.connect(self._on_success)
            bridge.progress.connect(self._on_progress)
            bridge.clockSkew.connect(self._on_clock)
            bridge.setAside.connect(self._on_set_aside)
            bridge.lanConnected.connect(self._on_lan)
            bridge.lanPeers.connect(self._on_peers)
        self.render()

    # -- news (GUI thread, queued from the worker / paho threads) ------------------------------
    @Slot(str, str)
    def _on_state(self, state: str, detail: str) -> None:
        if state == "syncing" and self.state != "syncing":
            self.done, self.total = 0, -1
        self.state, self.detail = state, detail
        self._schedule()

    @Slot(int)
    def _on_pending(self, count: int) -> None:
        self.pending = count
        self._schedule()

    @Slot(float)
    def _on_success(self, epoch: float) -> None:
        self.last_success = epoch
        self._schedule()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.done, self.total = done, total
        self._schedule()

    @Slot(int, str)
    def _on_clock(self, _skew_ms: int, warning: str) -> None:
        self.clock_warning = warning
        self._schedule()

    @Slot(int, str)
    def _on_set_aside(self, count: int, reason: str) -> None:
        self.set_aside, self.set_aside_reason = count, reason
        self._schedule()

    @Slot(bool)
    def _on_lan(self, connected: bool) -> None:
        self.lan_connected = connected
        if not connected:
            self.peers = []
        self._schedule()

    @Slot(list)
    def _on_peers(self, peers: list) -> None:
        self.peers = [str(p) for p in peers]
        self._schedule()

    def _schedule(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    @property
    def dirty(self) -> bool:
        """News has arrived that is not painted yet."""
        return self._timer.isActive()

    # -- painting ------------------------------------------------------------------------------
    def cloud_text(self) -> str:
        if not self.cloud_enabled:
            return self.tr("Sync: local / offline")
        if self.state is None:
            word = self.tr("connecting…")
        elif self.state == "online":
            word = self.tr("online")
        elif self.state == "offline":
            word = self.tr("offline")
        elif self.state == "syncing":
            if self.total > 0:
                percent = min(100, self.done * 100 // self.total)
                word = self.tr("syncing %1%").replace("%1", str(percent))
            else:
                word = self.tr("syncing…")
        else:
            word = self.tr("error")
        text = self.tr("Sync: %1").replace("%1", word)
        if self.pending is not None:
            text += " · " + self.tr("%1 pending").replace("%1", str(self.pending))
        if self.clock_warning:
            text += " · " + self.tr("check the clock")
        if self.set_aside:
            text += " · " + self.tr("%1 set aside").replace("%1", str(self.set_aside))
        return text

    def cloud_tooltip(self) -> str:
        if not self.cloud_enabled:
            return self.tr("This station is not enrolled with the cloud: it works on its own "
                           "and shares changes over the LAN only.")
        lines = []
        if self.last_success:
            when = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(self.last_success)), "d MMM yyyy HH:mm:ss")
            lines.append(self.tr("Last successful sync: %1").replace("%1", when))
        else:
            lines.append(self.tr("Not synced with the cloud yet."))
        if self.detail:
            lines.append(self.detail)
        if self.clock_warning:
            lines.append(self.clock_warning)
        if self.set_aside:
            lines.append(self.tr("Events set aside (not applied): %1; latest: %2").replace(
                "%1", str(self.set_aside)).replace("%2", self.set_aside_reason))
        return "\n".join(lines)

    def lan_text(self) -> str:
        if not self.lan_enabled:
            return self.tr("LAN: off")
        if not self.lan_connected:
            return self.tr("LAN: offline")
        return self.tr("LAN: online · %1 stations").replace("%1", str(len(self.peers)))

    def cloud_level(self) -> str:
        """How the cloud side looks in the theme: ok, warn (offline, a wrong clock: the branch
        works on, someone should look), bad (the cloud refused or the apply failed), or plain."""
        if not self.cloud_enabled or self.state is None:
            return "plain"
        if self.state == "error":
            return "bad"
        if self.state == "offline" or self.clock_warning:
            return "warn"
        return "ok" if self.state == "online" else "plain"

    def lan_level(self) -> str:
        return "warn" if self.lan_enabled and not self.lan_connected else "plain"

    @Slot()
    def render(self) -> None:
        self._timer.stop()
        self.renders += 1
        self.cloud_label.setText(self.cloud_text())
        self.cloud_label.setToolTip(self.cloud_tooltip())
        self.lan_label.setText(self.lan_text())
        for label, level in ((self.cloud_label, self.cloud_level()), (self.lan_label, self.lan_level())):
            if label.property("level") != level:
                label.setProperty("level", level)
                label.style().unpolish(label)  # a dynamic property restyles only when polished again
                label.style().polish(label)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.render()
        super().changeEvent(event)
