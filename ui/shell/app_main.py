"""Start the GUI: `run_gui(services)` (called by `sentra run` and `sentra demo`)."""

from __future__ import annotations

import signal
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app.ports import StationDevices
from app.services import Services
from app.settings import Settings
from ui.kit.i18n import install_translator
from ui.shell.main_window import MainWindow
from ui.kit.operations import task_manager
from ui.kit.paths import app_icon_path
from ui.kit.theme import apply_theme, station_theme

if TYPE_CHECKING:
    from ui.shell.sync_session import SyncSession


def run_gui(services: Services, *, devices: StationDevices | None = None, settings: Settings | None = None,
            lang: str | None = None, theme: str | None = None, sync: "bool | SyncSession" = True,
            mqtt_url: str | None = None, cloud_url: str | None = None,
            on_shown: "Callable[[MainWindow], None] | None" = None) -> int:
    """Build the app, translator, theme and main window; run the event loop; return its exit code.

    `lang` is `id` or `en` and `theme` is `standard` or `glove`; when None, `SENTRA_LANG` /
    `SENTRA_THEME` decide, else Indonesian and the standard theme. The caller owns `services`
    and closes them after this returns; background calls are drained and the sync threads
    joined first.

    `sync=True` runs the background sync while the window is open: the cloud worker when the
    station is enrolled, the LAN bus at `mqtt_url` (default `SENTRA_MQTT_URL`, else
    mqtt://127.0.0.1:1883; `off` disables it); `cloud_url` overrides the enrolment's URL (default
    `SENTRA_CLOUD_URL`). `sync=False` runs without; a `SyncSession` is used (and stopped) as given.
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("SentraAuto Care")
    app.setOrganizationName("SentraAuto")
    app.setWindowIcon(QIcon(str(app_icon_path())))
    settings = settings or Settings.from_env()
    install_translator(app, lang or settings.lang)
    kind = next((st.kind for st in services.catalogue.stations() if st.id == services.store.identity.station_id), None)
    # a bay tablet starts in the glove theme; elsewhere the station's setting
    apply_theme(app, theme or (station_theme(None, kind) if kind == "bay" else settings.theme))
    session = _sync_session(services, sync, mqtt_url, cloud_url, settings)
    try:
        window = MainWindow(services, devices=devices, settings=settings, sync=session)
    except BaseException:
        if session is not None:
            session.stop()
        raise
    if kind == "bay":
        window.showFullScreen()  # bay mode: the whole screen, nothing else to aim at
    else:
        window.show()
    window.start_devices()
    if session is not None:
        session.start()
    if on_shown is not None:
        QTimer.singleShot(0, lambda: on_shown(window))
    previous = _quit_on_ctrl_c(app)
    # Python handles signals only while it runs; this timer lets it look now and then.
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(500)
    try:
        return app.exec()
    finally:
        wake.stop()
        wake.deleteLater()
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
        window.close()
        if session is not None:
            session.stop()  # joins the worker and the bus: nothing writes once the caller closes the store
        task_manager().shutdown()
        window.deleteLater()
        if session is not None and session is not sync:
            session.deleteLater()


def _sync_session(services: Services, sync: "bool | SyncSession", mqtt_url: str | None,
                  cloud_url: str | None, settings: Settings) -> "SyncSession | None":
    if sync is False:
        return None
    from ui.shell.sync_session import SyncSession

    if isinstance(sync, SyncSession):
        return sync
    return SyncSession(services.store, mqtt_url=settings.mqtt_url if mqtt_url is None else mqtt_url,
                       cloud_url=cloud_url or settings.cloud_url)


def _quit_on_ctrl_c(app: QApplication) -> Any:
    """Ctrl+C in the terminal closes the app cleanly (exit code 130) instead of being lost."""
    try:
        return signal.signal(signal.SIGINT, lambda *_: app.exit(130))
    except ValueError:  # not the main thread (embedded use): leave signals alone
        return None
