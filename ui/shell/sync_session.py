"""The station's background sync while the GUI runs: the cloud worker and the LAN bus, reporting
through a `SyncBridge`.

    session = SyncSession.from_settings(services.store)   # reads the enrolment from the station DB
    window = MainWindow(services, sync=session)            # the status bar listens to session.bridge
    session.start()                                        # returns at once
    ...
    session.stop()                                         # before the store closes

The worker starts only when the station is enrolled (`sentra sync enrol` saved a cloud URL and a
token); the bus only when an MQTT URL is set (`SENTRA_MQTT_URL`, default mqtt://127.0.0.1:1883;
`off` disables it). Both run on their own threads and report by signal: the GUI thread never
waits on the network, and with no cloud or no broker the app keeps working and says so.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from app.settings import Settings
from sync.runtime import DEFAULT_MQTT_URL, CloudFactory, SyncRuntime, build_sync
from ui.shell.sync_bridge import SyncBridge


class SyncSession(QObject):
    def __init__(self, store: Any, *, mqtt_url: str | None = DEFAULT_MQTT_URL, cloud_url: str | None = None,
                 prefix: str = "sentra", interval: float = 10.0, cloud_factory: CloudFactory | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bridge = SyncBridge(self)
        self.runtime: SyncRuntime = build_sync(
            store, mqtt_url=mqtt_url, cloud_url=cloud_url, prefix=prefix, callbacks=self.bridge.callbacks(),
            interval=interval, cloud_factory=cloud_factory, **self.bridge.lan_callbacks())
        self._cloud = self.runtime.worker is not None
        self._lan = self.runtime.bus is not None

    @classmethod
    def from_settings(cls, store: Any, settings: Settings | None = None, **kw: Any) -> "SyncSession":
        """`SENTRA_MQTT_URL` and `SENTRA_CLOUD_URL` (the latter overrides the URL saved at enrolment)."""
        settings = settings or Settings.from_env()
        return cls(store, mqtt_url=settings.mqtt_url, cloud_url=settings.cloud_url, **kw)

    @property
    def cloud_enabled(self) -> bool:
        """The station is enrolled: a worker syncs it with the cloud."""
        return self._cloud

    @property
    def lan_enabled(self) -> bool:
        return self._lan

    def start(self) -> None:
        self.runtime.start()

    def wake(self) -> None:
        """Sync with the cloud now."""
        self.runtime.wake()

    def stop(self, timeout: float = 5.0) -> None:
        """Join the worker and the bus (idempotent). Call before the store closes."""
        self.runtime.stop(timeout)
