"""Fixtures for the Qt shell tests: a fresh demo store per test, Indonesian + standard theme."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app import demo
from app.roles import Role
from app.services import Services
from app.store import Store
from ui.kit.i18n import install_translator
from ui.i18n_build import build
from ui.shell.main_window import MainWindow
from ui.kit.operations import Lane, task_manager
from ui.kit.theme import apply_theme

KEY = "ab" * 32


@dataclass
class Shop:
    services: Services
    cast: demo.DemoCast

    def user_id(self, role: Role) -> str:
        return self.cast.actors[role].user_id


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """`make test` builds the .qm files first; build them here too so a bare pytest run works."""
    build()


@pytest.fixture(autouse=True)
def ui_defaults(qapp: QApplication) -> Iterator[None]:
    install_translator(qapp, "id")
    apply_theme(qapp, "standard")
    yield
    task_manager().wait_idle(10_000)
    QApplication.processEvents()
    qapp.setStyleSheet("")  # suites that import these fixtures leave no app-wide theme to the next ones


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Shop]:
    store = Store.create(tmp_path / "station.db", KEY, branch_code="JKT01", station_code="K1")
    services = Services.over(store)
    cast = demo.seed(services)
    demo.fill_board(services, cast)
    yield Shop(services, cast)
    task_manager().wait_idle(10_000)
    QApplication.processEvents()
    services.close()


@pytest.fixture
def make_window(qtbot, shop: Shop) -> Callable[[], MainWindow]:  # noqa: ANN001 - pytest-qt fixture
    def make() -> MainWindow:
        window = MainWindow(shop.services)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitUntil(lambda: bool(window.login.user_buttons), timeout=5000)
        return window

    return make


def log_in(qtbot, window: MainWindow, user_id: str, pin: str) -> None:  # noqa: ANN001
    """Tap the user's button, type the PIN on the keypad, press OK; wait for the answer."""
    login = window.login
    login.user_buttons[user_id].click()
    idle(qtbot)
    for digit in pin:
        login.pad.digit_buttons[digit].click()
    login.pad.ok_button.click()
    qtbot.waitUntil(lambda: not login.busy, timeout=5000)
    idle(qtbot)


def idle(qtbot) -> None:  # noqa: ANN001
    """Let queued store and net calls finish and their callbacks land (a device call, such as a
    card sale waiting for a card, may go on)."""
    for _ in range(3):
        task_manager().wait_idle(10_000, lanes=(Lane.STORE, Lane.NET))
        qtbot.wait(10)
