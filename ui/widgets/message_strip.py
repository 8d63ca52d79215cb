"""A one-line message under a form: info, ok, warning or error (colours from the theme's
`severity` property); hidden when empty; an ok/info message may clear itself after a while."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

SEVERITIES = ("info", "ok", "warning", "error")


class MessageStrip(QLabel):
    def __init__(self, name: str = "MessageStrip", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("messageStrip", True)
        self.setWordWrap(True)
        self.severity = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_message)
        self.hide()

    def show_message(self, text: str, severity: str = "info", *, clear_after_ms: int = 0) -> None:
        if severity not in SEVERITIES:
            raise ValueError(f"severity must be one of {SEVERITIES}")
        self.severity = severity
        self.setProperty("severity", severity)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(text)
        self.setVisible(bool(text))
        self._timer.stop()
        if clear_after_ms > 0:
            self._timer.start(clear_after_ms)

    def error(self, text: str) -> None:
        self.show_message(text, "error")

    def ok(self, text: str, clear_after_ms: int = 4000) -> None:
        self.show_message(text, "ok", clear_after_ms=clear_after_ms)

    def info(self, text: str) -> None:
        self.show_message(text, "info")

    def clear_message(self) -> None:
        self._timer.stop()
        self.severity = ""
        self.setText("")
        self.hide()
