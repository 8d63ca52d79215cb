"""What every role view gets, and the header bar that names the user and offers logout."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QDateTime, QEvent, QLocale, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.auth import Actor
from app.services import Services
from ui.labels import role_label
from ui.operations import TaskManager


@dataclass
class ViewContext:
    """Handed to a role view's factory: the core, who is logged in, devices, the task lane."""

    services: Services
    actor: Actor
    tasks: TaskManager | None = None
    hardware: Any = None
    extras: dict[str, Any] = field(default_factory=dict)


class HeaderBar(QFrame):
    """Brand, the screen's title, the user's name and role, a clock and the logout button."""

    logout_clicked = Signal()

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AppHeader")
        self.actor = actor
        self._title_source = ""
        self.brand = QLabel("SentraAuto Care", self)
        self.brand.setObjectName("Brand")
        self.title = QLabel(self)
        self.title.setObjectName("HeaderTitle")
        self.user_label = QLabel(self)
        self.user_label.setObjectName("HeaderUser")
        self.clock_label = QLabel(self)
        self.clock_label.setObjectName("HeaderClock")
        self.logout_button = QPushButton(self)
        self.logout_button.setObjectName("LogoutButton")
        self.logout_button.clicked.connect(self.logout_clicked)
        layout = QHBoxLayout(self)
        layout.setSpacing(16)
        layout.addWidget(self.brand)
        layout.addWidget(self.title, 1)
        layout.addWidget(self.user_label)
        layout.addWidget(self.clock_label)
        layout.addWidget(self.logout_button)
        self._clock = QTimer(self)
        self._clock.setInterval(15_000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self.retranslate()

    def set_title(self, text: str) -> None:
        self.title.setText(text)

    def retranslate(self) -> None:
        self.user_label.setText(f"{self.actor.name} · {role_label(self.actor.role)}")
        self.logout_button.setText(self.tr("Log out"))
        self._tick()

    def _tick(self) -> None:
        self.clock_label.setText(QLocale().toString(QDateTime.currentDateTime(), "ddd d MMM  HH:mm"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class RoleView(QWidget):
    """Base of every role's screen: a header bar over a body. Emits `logout_requested`.

    Subclasses put their content in `self.body_layout` and set the header title in
    `retranslate()`; the main window only knows this class.
    """

    logout_requested = Signal()

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RoleView")
        self.ctx = ctx
        self.header = HeaderBar(ctx.actor, self)
        self.header.logout_clicked.connect(self.logout_requested)
        self.body = QWidget(self)
        self.body.setObjectName("ViewBody")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(16, 12, 16, 12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.body, 1)

    def retranslate(self) -> None:
        """Re-set translated texts; called on a language change."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def shutdown(self) -> None:
        """Stop timers and listeners before the view is dropped (logout, close)."""
