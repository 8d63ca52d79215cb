"""The step API of the tour: drive the real window the way a person would.

A step is a function `(tour: Tour) -> None` with a role and a name (`Step`). It finds widgets
by objectName, taps and types with QTest (counted), waits for what a user would see, and
raises `TourFailure` when it is not there. It never calls a service itself.

    def open_wo(t: Tour) -> None:
        t.type("Advisor.Search", "b1234xyz")
        t.wait_visible("Advisor.Result.0")
        t.tap("Advisor.Result.0")
        t.expect_text("HeaderTitle", "Kendaraan")

    STEPS = [Step("advisor", "open-wo-returning-customer", open_wo)]

After each step the runner saves `NN-role-step.png` and records taps, keys, milliseconds and
`min_target_mm` (the smallest visible interactive widget on screen, in millimetres).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QLineEdit,
                               QPlainTextEdit, QTextEdit, QWidget)

from app.roles import Role

DEFAULT_TIMEOUT_MS = 5000
FALLBACK_DPI = 150.0
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit)


class TourFailure(AssertionError):
    """What a user would have seen is not there."""


@dataclass(frozen=True)
class Step:
    role: str
    name: str
    run: Callable[["Tour"], None]


class Tour:
    """Drives `window` (the real `MainWindow`); counts taps and keys of the current step."""

    def __init__(self, window: QWidget, pins: dict[Role, tuple[str, str]]) -> None:
        self.window = window
        self.pins = pins
        self.taps = 0
        self.keys = 0

    # -- finding -----------------------------------------------------------------------------
    def all(self, name: str, **props: str) -> list[QWidget]:
        """Visible widgets named `name` whose dynamic properties equal `props` (e.g. `key="7"`)."""
        return [w for w in self.window.findChildren(QWidget, name)
                if w.isVisible() and all(str(w.property(k)) == v for k, v in props.items())]

    def find(self, name: str, **props: str) -> QWidget:
        """The visible widget named `name` (narrowed by properties where several share the name)."""
        found = self.all(name, **props)
        if not found:
            which = "".join(f"[{k}={v}]" for k, v in props.items())
            raise TourFailure(f"no visible widget named {name!r}{which}")
        return found[0]

    def exists(self, name: str, **props: str) -> bool:
        return bool(self.all(name, **props))

    # -- acting ------------------------------------------------------------------------------
    def tap(self, name: str, **props: str) -> None:
        """Click the widget's centre, once it is visible and enabled (a person waits for that too)."""
        self.wait_until(f"{name!r} to be enabled",
                        lambda: self.exists(name, **props) and self.find(name, **props).isEnabled())
        widget = self.find(name, **props)
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(widget.width() // 2, widget.height() // 2))
        self.taps += 1
        self.settle()

    def type(self, name: str, text: str) -> None:
        widget = self.find(name)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        QTest.keyClicks(widget, text)
        self.keys += len(text)
        self.settle()

    def enter(self, name: str) -> None:
        """Press Enter in `name` (counted as a tap: it is the same decision)."""
        widget = self.find(name)
        QTest.keyClick(widget, Qt.Key.Key_Return)
        self.taps += 1
        self.settle()

    # -- waiting and checking ---------------------------------------------------------------
    def settle(self, ms: int = 30) -> None:
        """Let queued callbacks and repaints land."""
        deadline = time.monotonic() + ms / 1000
        while True:
            QCoreApplication.processEvents()
            if time.monotonic() >= deadline:
                break
            time.sleep(0.005)

    def wait_until(self, what: str, check: Callable[[], bool], timeout_ms: int = DEFAULT_TIMEOUT_MS) -> None:
        deadline = time.monotonic() + timeout_ms / 1000
        while not check():
            if time.monotonic() > deadline:
                raise TourFailure(f"waited {timeout_ms} ms for {what}")
            self.settle(20)

    def wait_visible(self, name: str, timeout_ms: int = DEFAULT_TIMEOUT_MS) -> QWidget:
        self.wait_until(f"{name!r} to show", lambda: self.exists(name), timeout_ms)
        return self.find(name)

    def wait_gone(self, name: str, timeout_ms: int = DEFAULT_TIMEOUT_MS) -> None:
        self.wait_until(f"{name!r} to go away", lambda: not self.exists(name), timeout_ms)

    def text_of(self, name: str) -> str:
        widget = self.find(name)
        text = getattr(widget, "text", None)
        if callable(text):
            return str(text())
        plain = getattr(widget, "toPlainText", None)
        return str(plain()) if callable(plain) else ""

    def expect_text(self, name: str, contains: str, timeout_ms: int = DEFAULT_TIMEOUT_MS) -> None:
        """Wait until the widget's text contains `contains`."""
        def has() -> bool:
            return self.exists(name) and contains in self.text_of(name)
        try:
            self.wait_until(f"{name!r} to say {contains!r}", has, timeout_ms)
        except TourFailure as exc:
            shown = self.text_of(name) if self.exists(name) else "(not shown)"
            raise TourFailure(f"{exc}; it says {shown!r}") from None

    # -- shared moves ------------------------------------------------------------------------
    def login_as(self, role: Role) -> None:
        """Log out if someone is in, tap the user of `role`, type their PIN on the pad, OK."""
        if self.exists("LogoutButton"):
            self.tap("LogoutButton")
        self.wait_visible("LoginView")
        name, pin = self.pins[role]
        self.wait_until(f"the {role.value}'s button", lambda: self.exists("UserButton", role=role.value))
        self.tap("UserButton", role=role.value)
        for digit in pin:
            self.tap("KeypadKey", key=digit)
        self.tap("KeypadOk")
        self.wait_visible("ShellPage", timeout_ms=10_000)
        self.expect_text("HeaderUser", name)

    # -- measuring ---------------------------------------------------------------------------
    def dpi(self) -> float:
        screen = self.window.screen() or QGuiApplication.primaryScreen()
        platform = QGuiApplication.platformName()
        dpi = screen.physicalDotsPerInch() if screen is not None else 0.0
        if platform in ("offscreen", "minimal") or not dpi or dpi != dpi or dpi <= 0:
            return FALLBACK_DPI
        return float(dpi)

    def min_target_mm(self) -> float | None:
        """The smallest side of any visible, enabled interactive widget, in mm at the screen's dpi."""
        sizes = [min(w.width(), w.height()) for w in self.window.findChildren(QWidget)
                 if isinstance(w, INTERACTIVE) and w.isVisible() and w.isEnabled() and w.width() > 0]
        if not sizes:
            return None
        return round(min(sizes) / self.dpi() * 25.4, 1)


def app() -> QApplication:
    instance = QApplication.instance()
    if not isinstance(instance, QApplication):
        raise RuntimeError("the tour needs the QApplication")
    return instance
