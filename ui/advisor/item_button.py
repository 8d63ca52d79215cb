"""A big tappable row whose text wraps (a QPushButton's own text never does)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget


class ItemButton(QPushButton):
    def __init__(self, name: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("adv", "item")
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setProperty("itemText", True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)

    def text(self) -> str:  # what the row says, for tests and the tour
        return self.label.text()

    def sizeHint(self):  # type: ignore[no-untyped-def]  # noqa: N802 - Qt API
        hint = super().sizeHint()
        hint.setHeight(max(hint.height(), self.layout().sizeHint().height()))
        return hint

    def minimumSizeHint(self):  # type: ignore[no-untyped-def]  # noqa: N802 - Qt API
        hint = super().minimumSizeHint()
        width = self.width() if self.width() > 0 else 200
        hint.setHeight(self.label.heightForWidth(max(50, width - 20)) + 12)
        return hint
