"""The station's background sync, built from its own database: the cloud worker when the station
is enrolled, the LAN bus when an MQTT URL is given. For hosts that run sync beside something else
(the GUI: `ui/shell/sync_session.py`); `sentra sync run` is the foreground equivalent.

    rt = build_sync(store, mqtt_url="mqtt://127.0.0.1:1883", callbacks=SyncCallbacks(...))
    rt.start()   # returns at once: the worker is a thread, the bus connects in paho's thread
    ...
    rt.stop()    # joins both, closes the cloud link; safe to call twice

Nothing here blocks on the network: with no cloud the worker reports `offline` and retries with
backoff; with no broker the bus simply never reports a connection.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.events.sync_state import get_state
from sync.client import Cloud, HttpCloud
from sync.worker import SyncCallbacks, SyncWorker

log = logging.getLogger(__name__)

DEFAULT_MQTT_URL = "mqtt://127.0.0.1:1883"
# `SENTRA_MQTT_URL=off` (or an empty URL) runs the station without the LAN bus.
MQTT_DISABLED = frozenset({"", "off", "none", "disabled", "0"})

CloudFactory = Callable[[str, str], Cloud]  # (cloud URL, station token) -> a cloud link


@dataclass(frozen=True)
class Enrolment:
    """What `sentra sync enrol` saved in the station's `sync_state` (the URL may be overridden)."""

    cloud_url: str | None
    token: str | None

    @property
    def enrolled(self) -> bool:
        return bool(self.cloud_url and self.token)


def read_enrolment(store: Any, cloud_url: str | None = None) -> Enrolment:
    """The saved cloud URL and token; `cloud_url` (e.g. `SENTRA_CLOUD_URL`) overrides the saved URL."""
    with store.read() as conn:
        token, saved = get_state(conn, "token"), get_state(conn, "cloud_url")
    return Enrolment(cloud_url or saved, token)


def lan_enabled(mqtt_url: str | None) -> bool:
    return mqtt_url is not None and mqtt_url.strip().lower() not in MQTT_DISABLED


@dataclass
class SyncRuntime:
    """A station's worker and bus (either may be None) and the cloud link to close at the end."""

    worker: SyncWorker | None
    bus: Any | None  # sync.lan_bus.MqttLanBus
    cloud: Any | None
    enrolment: Enrolment
    mqtt_url: str | None = None
    _started: bool = False
    _stopped: bool = False

    def start(self) -> None:
        if self._started or self._stopped:
            return
        self._started = True
        if self.worker is not None:
            self.worker.start()
        if self.bus is not None:
            try:
                self.bus.start()
            except Exception:  # a station without its LAN still works: never fail the host
                log.exception("LAN bus at %s did not start", self.mqtt_url)
                self._stop_bus()

    def wake(self) -> None:
        """Ask the worker for a round now (a button, a reconnect)."""
        if self.worker is not None:
            self.worker.wake()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the worker (waits for a running round up to `timeout`, then about a second more after
        closing the cloud link), the bus and the cloud link."""
        if self._stopped:
            return
        self._stopped = True
        if self.worker is not None:
            thread = getattr(self.worker, "_thread", None)
            try:
                self.worker.stop(timeout)
            except Exception:
                log.exception("sync worker did not stop cleanly")
            if thread is not None and thread.is_alive():  # a call hangs on a dead link: try to cut it
                self._close_cloud()
                thread.join(1.0)
                if thread.is_alive():  # a daemon thread: it cannot keep the process alive
                    log.warning("sync worker still waiting on the cloud after %.0f s; leaving it behind", timeout + 1)
        self._stop_bus()
        self._close_cloud()

    def _close_cloud(self) -> None:
        cloud, self.cloud = self.cloud, None
        if cloud is not None and hasattr(cloud, "close"):
            try:
                cloud.close()
            except Exception:
                log.exception("closing the cloud link failed")

    def _stop_bus(self) -> None:
        bus, self.bus = self.bus, None
        if bus is None:
            return
        try:
            bus.stop()
        except Exception:
            log.exception("LAN bus did not stop cleanly")
        timer = getattr(bus, "_timer", None)  # the resync thread wakes on stop; let it finish
        if timer is not None:
            timer.join(2.0)


def build_sync(store: Any, *, mqtt_url: str | None = DEFAULT_MQTT_URL, cloud_url: str | None = None,
               prefix: str = "sentra", callbacks: SyncCallbacks | None = None,
               on_connection: Callable[[bool], None] | None = None,
               on_peers: Callable[[set[str]], None] | None = None, interval: float = 10.0,
               cloud_factory: CloudFactory | None = None) -> SyncRuntime:
    """Build (not start) the station's sync: a worker only when enrolled, a bus only when
    `mqtt_url` is set (not `off`). A bad MQTT URL is logged and leaves the bus out."""
    enrolment = read_enrolment(store, cloud_url)
    worker = cloud = None
    if enrolment.enrolled:
        assert enrolment.cloud_url is not None and enrolment.token is not None
        cloud = (cloud_factory or HttpCloud)(enrolment.cloud_url, enrolment.token)
        worker = SyncWorker(store, cloud, callbacks=callbacks, interval=interval)
    bus = None
    if lan_enabled(mqtt_url):
        assert mqtt_url is not None
        try:
            from sync.lan_bus import MqttLanBus

            bus = MqttLanBus(store, mqtt_url.strip(), prefix=prefix, on_connection=on_connection, on_peers=on_peers)
        except Exception as exc:  # a bad URL or no paho: the station works alone
            log.warning("LAN bus disabled: %s", exc)
    return SyncRuntime(worker=worker, bus=bus, cloud=cloud, enrolment=enrolment,
                       mqtt_url=mqtt_url if bus is not None else None)
