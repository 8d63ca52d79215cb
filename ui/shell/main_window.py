"""The main window: a stack of pages (login, then the shell page with the user's screens) and
a status bar.

It holds no screen logic: the login view says who logged in, the catalogue says which screens
that user gets, and the shell page asks for logout.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget, QWidget

from app.auth import Actor
from app.ports import StationDevices
from app.services import Services
from app.settings import Settings
from ui.kit.labels import error_message, role_label, set_branch_zone
from ui.kit.operations import TaskManager, task_manager
from ui.kit.paths import app_icon_path
from ui.shell.support_action import SupportBundleAction
from ui.kit.screen import Screen, ViewContext
from ui.kit.theme import current_theme
from ui.devices.edc_runner import EdcRunner
from ui.devices.scan_router import ScanRouter, install_wedge
from ui.devices.scanner import ScanHub
from ui.login.login_view import LoginView
from ui.widgets.elided_label import ElidedLabel
from ui.shell.catalogue import sections_for
from ui.shell.shell_page import ShellPage
from ui.shell.sync_status import SyncIndicator

if TYPE_CHECKING:
    from ui.shell.sync_session import SyncSession

DEFAULT_SIZE = QSize(1280, 800)
# An explicit minimum: the window's size limits never change after it is shown (a POS runs it
# full screen; a tablet at 1024×700 still fits every view).
MINIMUM_SIZE = QSize(1024, 700)


class MainWindow(QMainWindow):
    def __init__(self, services: Services, *, devices: StationDevices | None = None,
                 settings: Settings | None = None, tasks: TaskManager | None = None,
                 sync: "SyncSession | None" = None, parent: QWidget | None = None) -> None:
        """`sync` is the running `ui.shell.sync_session.SyncSession`, if any; without it the status
        bar says the station works locally. No `devices`: the screens see none (each says why)."""
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.services = services
        self.devices = devices or StationDevices()
        self.settings = settings or Settings()
        set_branch_zone(ZoneInfo(self.settings.tz))
        self.tasks = tasks or task_manager()
        self.actor: Actor | None = None
        self.shell: ShellPage | None = None
        self.edc = EdcRunner(self.devices, self.tasks, self)
        self.recovered: list[object] | None = None
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.login = LoginView(services, self.stack, tasks=self.tasks)
        self.login.logged_in.connect(self.enter)
        self.stack.addWidget(self.login)
        self.station_label = ElidedLabel(parent=self, name="StatusStation")
        self.activity_label = QLabel(self)
        self.activity_label.setObjectName("StatusActivity")
        self.sync_indicator = SyncIndicator(sync.bridge if sync is not None else None,
                                            cloud=bool(sync is not None and sync.cloud_enabled),
                                            lan=bool(sync is not None and sync.lan_enabled), parent=self)
        self.statusBar().addWidget(self.station_label, 1)
        self.statusBar().addPermanentWidget(self.sync_indicator)
        self.statusBar().addPermanentWidget(self.activity_label)
        self.tasks.busy_changed.connect(self._busy)
        self.tasks.failed_unhandled.connect(self._unhandled)
        self._init_scanning()
        self.setMinimumSize(MINIMUM_SIZE)
        self.setWindowIcon(QIcon(str(app_icon_path())))
        ident = services.store.identity
        self.support_action = SupportBundleAction(
            self, {"branch": ident.branch_code, "station": ident.station_code}, tasks=self.tasks)
        self.support_action.saved.connect(self._support_saved)
        self.support_action.failed.connect(lambda why: self.statusBar().showMessage(
            self.tr("Support bundle not saved: %1").replace("%1", why), 15_000))
        self.resize(DEFAULT_SIZE)
        self.retranslate()

    # -- devices ---------------------------------------------------------------------------
    def start_devices(self) -> None:
        """At start: resolve card payments a crash left open (device lane). (The port scanner is
        attached to this window's scan hub when the window is made: `_init_scanning`.)"""
        self.edc.recovered.connect(self._recovered)
        self.edc.failed.connect(self._unhandled)
        self.edc.recover()

    def _recovered(self, results: list[object]) -> None:
        self.recovered = results
        if results:
            self.statusBar().showMessage(
                self.tr("Card terminal: earlier payments checked (%1)").replace("%1", str(len(results))), 10_000)

    # -- pages -----------------------------------------------------------------------------
    def context(self, actor: Actor) -> ViewContext:
        return ViewContext(services=self.services, actor=actor, tasks=self.tasks, devices=self.devices,
                           settings=self.settings, tz=ZoneInfo(self.settings.tz))

    def enter(self, actor: Actor) -> None:
        """Show the logged-in user's screens, the first one open."""
        self._drop_shell()
        self.actor = actor
        shell = ShellPage(self.context(actor), sections_for(actor), rail=current_theme() == "glove",
                          parent=self.stack)
        shell.logout_requested.connect(self.logout)
        shell.screen_opened.connect(lambda _sid: self.scan_router.update())
        self.shell = shell
        shell.header.menu.addAction(self.support_action)
        self.stack.addWidget(shell)
        self.stack.setCurrentWidget(shell)
        self.retranslate()

    def current_screen(self) -> Screen | None:
        return self.shell.current() if self.shell is not None else None

    def logout(self) -> None:
        self._drop_shell()
        self.actor = None
        self.login.reset()
        self.stack.setCurrentWidget(self.login)
        self.retranslate()

    def _drop_shell(self) -> None:
        shell, self.shell = self.shell, None
        if shell is not None:
            shell.shutdown()
            self.stack.removeWidget(shell)
            shell.deleteLater()

    # -- scanners --------------------------------------------------------------------------
    def _init_scanning(self) -> None:
        """One hub for the wedge and the port scanner; scans go to the page on show (ScanRouter)."""
        self.scans = ScanHub(self)
        self.wedge = install_wedge(self)
        self.scans.attach_wedge(self.wedge)
        if self.devices.scanner is not None:
            self.scans.attach_port(self.devices.scanner)
        self.scan_router = ScanRouter(self.scans, self._scan_target, wedge=self.wedge, parent=self)
        self.scan_router.ignored.connect(self._scan_ignored)
        self.stack.currentChanged.connect(lambda _i: self.scan_router.update())

    def _scan_target(self) -> object:
        if self.stack.currentWidget() is self.shell and self.shell is not None:
            return self.shell.current()
        return self.stack.currentWidget()

    def _scan_ignored(self, code: str) -> None:
        self.statusBar().showMessage(self.tr("Scan ignored: this screen does not take a scan (%1)")
                                     .replace("%1", code[:32]), 5000)

    # -- status bar ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("SentraAuto Care"))
        ident = self.services.store.identity
        text = self.tr("Branch %1 · Station %2").replace("%1", ident.branch_code).replace("%2", ident.station_code)
        if self.actor is not None:
            text += " · " + self.tr("Logged in: %1 · %2").replace("%1", self.actor.name) \
                .replace("%2", role_label(self.actor.role))
        self.station_label.setText(text)
        self.support_action.retranslate()
        self._busy(self.tasks.busy)

    def _support_saved(self, path: str) -> None:
        self.statusBar().showMessage(self.tr("Support bundle saved: %1").replace("%1", path), 30_000)

    def _busy(self, busy: bool) -> None:
        self.activity_label.setText(self.tr("Working…") if busy else self.tr("Ready"))

    def _unhandled(self, exc: BaseException) -> None:
        self.statusBar().showMessage(error_message(exc), 10_000)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.wedge)
        self.scans.close()
        self._drop_shell()
        if self.devices.scanner is not None:
            self.devices.scanner.stop()
        super().closeEvent(event)
