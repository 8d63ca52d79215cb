"""A big name button: the user's initials in a circle, the name (wrapping if long) and role."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.auth import User
from ui.kit.labels import role_label
from ui.login.avatar import avatar_icon


class UserButton(QPushButton):
    """Checkable; its labels follow the checked state through the `chosen` property in QSS."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UserButton")
        self.user = user
        self.setCheckable(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.setProperty("user_id", user.id)
        self.setProperty("role", user.role.value)
        self.setProperty("chosen", False)
        self.face = QLabel(self)
        self.face.setObjectName("UserFace")
        self.name_label = QLabel(user.name, self)
        self.name_label.setObjectName("UserName")
        self.name_label.setWordWrap(True)
        self.role_label = QLabel(self)
        self.role_label.setObjectName("UserRole")
        self.role_label.setWordWrap(True)
        for label in (self.face, self.name_label, self.role_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addStretch(1)
        text.addWidget(self.name_label)
        text.addWidget(self.role_label)
        text.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 8)
        layout.setSpacing(12)
        layout.addWidget(self.face, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(text, 1)
        self.toggled.connect(self._restyle)
        self.retranslate()

    def retranslate(self) -> None:
        self.role_label.setText(role_label(self.user.role))

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().resizeEvent(event)
        side = max(40, min(self.iconSize().width(), self.height() - 16))
        pixmap = avatar_icon(self.user.name, self.user.role).pixmap(QSize(side, side))
        self.face.setPixmap(pixmap)

    def _restyle(self, checked: bool) -> None:
        self.setProperty("chosen", checked)
        for widget in (self, self.name_label, self.role_label):
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(240, 88)
