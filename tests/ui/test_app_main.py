"""`run_gui` builds the app around the given services, shows the login and returns exec()'s code."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import Shop
from ui.shell.app_main import run_gui
from ui.shell.main_window import MainWindow


def test_run_gui_shows_the_login_in_the_chosen_language_and_theme(qapp: QApplication, shop: Shop,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SENTRA_LANG", "en")  # the explicit argument wins over the environment
    seen: dict[str, object] = {}

    def look_then_quit() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen["windows"] = len(windows)
        if windows:
            window = windows[0]
            seen["current"] = window.stack.currentWidget() is window.login
            seen["title"] = window.login.users_title.text()
            seen["theme"] = qapp.property("sentra_theme")
        qapp.exit(3)

    QTimer.singleShot(300, look_then_quit)
    assert run_gui(shop.services, lang="id", theme="glove") == 3
    assert seen == {"windows": 1, "current": True, "title": "Siapa yang bertugas?", "theme": "glove"}
