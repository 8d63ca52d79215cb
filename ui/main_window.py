"""The main window: a stack of views (login, then the role's view) and a status bar.

It holds no screen logic: the login view says who logged in, the registry says which view
that role gets, and the view asks for logout.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from app.auth import Actor
from app.services import Services
from ui.labels import error_message, role_label
from ui.login.login_view import LoginView
from ui.operations import TaskManager, task_manager
from ui.sync_status import SyncIndicator
from ui.views.base import RoleView, ViewContext
from ui.views.registry import create_view

if TYPE_CHECKING:
    from ui.sync_session import SyncSession

DEFAULT_SIZE = QSize(1280, 800)
# An explicit minimum: the window's size limits never change after it is shown (a POS runs it
# full screen; a tablet at 1024×700 still fits every view).
MINIMUM_SIZE = QSize(1024, 700)


class MainWindow(QMainWindow):
    def __init__(self, services: Services, *, hardware: Any = None, tasks: TaskManager | None = None,
                 sync: "SyncSession | None" = None, parent: QWidget | None = None) -> None:
        """`sync` is the running `ui.sync_session.SyncSession`, if any; without it the status bar
        says the station works locally."""
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.services = services
        self.hardware = hardware
        self.tasks = tasks or task_manager()
        self.actor: Actor | None = None
        self.role_view: RoleView | None = None
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.login = LoginView(services, self.stack, tasks=self.tasks)
        self.login.logged_in.connect(self.enter)
        self.stack.addWidget(self.login)
        self.station_label = QLabel(self)
        self.station_label.setObjectName("StatusStation")
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
        self.setMinimumSize(MINIMUM_SIZE)
        self.resize(DEFAULT_SIZE)
        self.retranslate()

    # -- views -----------------------------------------------------------------------------
    def enter(self, actor: Actor) -> None:
        """Show the logged-in user's role view."""
        self._drop_role_view()
        self.actor = actor
        ctx = ViewContext(services=self.services, actor=actor, tasks=self.tasks, hardware=self.hardware)
        view = create_view(ctx, self.stack)
        view.logout_requested.connect(self.logout)
        self.role_view = view
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        self.retranslate()

    def logout(self) -> None:
        self._drop_role_view()
        self.actor = None
        self.login.reset()
        self.stack.setCurrentWidget(self.login)
        self.retranslate()

    def _drop_role_view(self) -> None:
        view, self.role_view = self.role_view, None
        if view is not None:
            view.shutdown()
            self.stack.removeWidget(view)
            view.deleteLater()

    # -- status bar ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("SentraAuto Care"))
        ident = self.services.store.identity
        text = self.tr("Branch %1 · Station %2").replace("%1", ident.branch_code).replace("%2", ident.station_code)
        if self.actor is not None:
            text += " · " + self.tr("Logged in: %1 · %2").replace("%1", self.actor.name) \
                .replace("%2", role_label(self.actor.role))
        self.station_label.setText(text)
        self._busy(self.tasks.busy)

    def _busy(self, busy: bool) -> None:
        self.activity_label.setText(self.tr("Working…") if busy else self.tr("Ready"))

    def _unhandled(self, exc: BaseException) -> None:
        self.statusBar().showMessage(error_message(exc), 10_000)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self._drop_role_view()
        super().closeEvent(event)
