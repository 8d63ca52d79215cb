"""A big button for fingers and gloves: its size comes from the theme (`QPushButton[touch=...]`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

KINDS = ("primary", "secondary", "danger")


class TouchButton(QPushButton):
    """`kind` is primary (the one thing to do), secondary or danger; `name` is its objectName."""

    def __init__(self, name: str, text: str = "", parent: QWidget | None = None, *, kind: str = "secondary") -> None:
        super().__init__(text, parent)
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
        self.setObjectName(name)
        self.setProperty("touch", kind)
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoDefault(False)
