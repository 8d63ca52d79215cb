"""The header bar: brand, the current screen's title, the user's name and role, the branch's
clock and the logout button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QSizePolicy, QToolButton, QWidget

from app.auth import Actor
from ui.kit.density import MIN_TARGET_MM, mm_to_px
from ui.kit.labels import role_label, wall_clock
from ui.kit.theme import current_theme
from ui.widgets.elided_label import ElidedLabel



class HeaderBar(QFrame):
    """Emits `logout_clicked`."""

    logout_clicked = Signal()

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AppHeader")
        self.actor = actor
        self.brand = QLabel("SentraAuto Care", self)
        self.brand.setObjectName("Brand")
        self.title = ElidedLabel(parent=self, name="HeaderTitle")
        self.user_label = ElidedLabel(parent=self, name="HeaderUser")
        # the screen's title is never cut; the user's name gives way first ("Sari (Kepala Beng…")
        self.title.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.user_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.clock_label = QLabel(self)
        self.clock_label.setObjectName("HeaderClock")
        self.logout_button = QPushButton(self)
        self.logout_button.setObjectName("LogoutButton")
        self.logout_button.clicked.connect(self.logout_clicked)
        # more: the station's menu (the support bundle), added to by the window
        self.menu = QMenu(self)
        self.menu_button = QToolButton(self)
        self.menu_button.setObjectName("HeaderMenu")
        self.menu_button.setText("☰")
        self.menu_button.setMenu(self.menu)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        side = 0
        if current_theme() == "glove":  # a bay station: a gloved finger's 12 mm at the real density
            side = mm_to_px(MIN_TARGET_MM + 0.5, self)
            # the theme's own min-height (in px, for a 96 dpi desk) would win over setMinimumSize
            self.logout_button.setStyleSheet(f"#LogoutButton {{ min-height: {side}px; min-width: {side}px; }}")
            self.menu_button.setStyleSheet(
                f"#HeaderMenu {{ min-height: {side}px; min-width: {side}px; background: #111111; color: #ffd600;"
                " border: 3px solid #ffffff; border-radius: 10px; font-size: 22pt; font-weight: bold; }"
                " #HeaderMenu::menu-indicator { image: none; width: 0px; }")
            self.menu.setStyleSheet(f"QMenu::item {{ min-height: {side}px; padding: 0 24px; }}")
        layout = QHBoxLayout(self)
        layout.setSpacing(16)
        layout.addWidget(self.brand)
        layout.addWidget(self.title)
        layout.addWidget(self.user_label, 1)
        layout.addWidget(self.clock_label)
        layout.addWidget(self.menu_button)
        layout.addWidget(self.logout_button)
        if side:
            # and the bar keeps its height when a tall screen squeezes the page (the button's
            # 3 px border and the layout's margins around it)
            m = layout.contentsMargins()
            self.setStyleSheet(f"#AppHeader {{ min-height: {side + 6 + m.top() + m.bottom()}px; }}")
        self._clock = QTimer(self)
        self._clock.setInterval(15_000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        # a narrow header (a 1024 px tablet in the glove theme) gives the brand's room to the
        # title and the user (the login screen and the window title still name the app)
        self._fit_brand(event.size().width())

    def _fit_brand(self, width: int) -> None:
        parts = (self.brand, self.title, self.user_label, self.clock_label, self.menu_button, self.logout_button)
        margins = self.layout().contentsMargins()
        need = sum(w.sizeHint().width() for w in parts) + self.layout().spacing() * (len(parts) - 1) \
            + margins.left() + margins.right()
        self.brand.setVisible(need <= width)

    def set_title(self, text: str) -> None:
        self.title.setText(text)
        self._fit_brand(self.width())

    def retranslate(self) -> None:
        self.user_label.setText(f"{self.actor.name} · {role_label(self.actor.role)}")
        self.logout_button.setText(self.tr("Log out"))
        self.menu_button.setToolTip(self.tr("More"))
        self._tick()

    def _tick(self) -> None:
        self.clock_label.setText(wall_clock("ddd d MMM  HH:mm"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
