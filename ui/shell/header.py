"""The header bar: brand, the current screen's title, the user's name and role, the branch's
clock and the logout button."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QByteArray, QDateTime, QEvent, QLocale, QTimer, QTimeZone, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.auth import Actor
from ui.kit.labels import role_label


class HeaderBar(QFrame):
    """Emits `logout_clicked`."""

    logout_clicked = Signal()

    def __init__(self, actor: Actor, tz: tzinfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AppHeader")
        self.actor = actor
        key = getattr(tz, "key", None)
        self._zone = QTimeZone(QByteArray(key.encode())) if key else QTimeZone.systemTimeZone()
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
        now = QDateTime.currentDateTime().toTimeZone(self._zone)
        self.clock_label.setText(QLocale().toString(now, "ddd d MMM  HH:mm"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
