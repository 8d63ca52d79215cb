"""Helpers for the advisor's screen tests: log in, open a screen, type and tap like a user."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from app.demo import DEMO_PINS
from app.roles import Role
from tests.ui.conftest import Shop, idle, log_in
from ui.devices.documents import preview_devices
from ui.shell.main_window import MainWindow


def advisor_window(qtbot, shop: Shop, role: Role = Role.ADVISOR, size: tuple[int, int] = (1280, 800)) -> MainWindow:  # noqa: ANN001
    """The real main window with a preview printer, logged in as `role` through the PIN pad."""
    window = MainWindow(shop.services, devices=preview_devices())
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitUntil(lambda: bool(window.login.user_buttons), timeout=5000)
    log_in(qtbot, window, shop.user_id(role), DEMO_PINS[role][1])
    return window


def visible(window: QWidget, name: str, **props: str) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget, name)
            if w.isVisible() and all(str(w.property(k)) == v for k, v in props.items())]


def find(window: QWidget, name: str, **props: str) -> QWidget:
    found = visible(window, name, **props)
    assert found, f"no visible {name} {props}"
    return found[0]


class User:
    """Taps and types on the real widgets, counting taps like the tour does."""

    def __init__(self, qtbot, window: QWidget) -> None:  # noqa: ANN001
        self.qtbot = qtbot
        self.window = window
        self.taps = 0

    def tap(self, name: str, inside: QWidget | None = None, **props: str) -> None:
        """Click `name` (in `inside`, e.g. a dialog, when given) once it is visible and enabled."""
        root = inside or self.window
        self.qtbot.waitUntil(lambda: bool(visible(root, name, **props))
                             and find(root, name, **props).isEnabled(), timeout=5000)
        widget = find(root, name, **props)
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(widget.width() // 2, widget.height() // 2))
        self.taps += 1
        idle(self.qtbot)

    def type(self, name: str, text: str, *, clear: bool = False) -> None:
        widget = find(self.window, name)
        widget.setFocus()
        if clear:
            widget.clear()
        QTest.keyClicks(widget, text)
        idle(self.qtbot)

    def enter(self, name: str) -> None:
        QTest.keyClick(find(self.window, name), Qt.Key.Key_Return)
        self.taps += 1
        idle(self.qtbot)

    def wait(self, name: str, **props: str) -> QWidget:
        self.qtbot.waitUntil(lambda: bool(visible(self.window, name, **props)), timeout=5000)
        return find(self.window, name, **props)

    def text(self, name: str) -> str:
        return find(self.window, name).text()

    def wait_text(self, name: str, contains: str, **props: str) -> QWidget:
        """Wait until the visible widget's text contains `contains` (a debounced search lands later)."""
        self.qtbot.waitUntil(lambda: bool(visible(self.window, name, **props))
                             and contains in find(self.window, name, **props).text(), timeout=5000)
        return find(self.window, name, **props)
