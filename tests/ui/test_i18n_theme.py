"""Indonesian by default, English by setting (Qt translation files); the glove theme's big keys."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication

from app.roles import Role
from app.wo_states import WOStatus
from tests.ui.conftest import Shop, idle, log_in
from ui.kit.i18n import install_translator, resolve_lang
from ui.kit.labels import role_label, status_label
from ui.shell.main_window import MainWindow
from ui.kit.paths import translations_dir
from ui.kit.theme import apply_theme, resolve_theme
from ui.screens.board import BoardScreen


def test_language_choice_and_fallbacks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SENTRA_LANG", raising=False)
    assert resolve_lang() == "id"
    monkeypatch.setenv("SENTRA_LANG", "en")
    assert resolve_lang() == "en"
    assert resolve_lang("id") == "id"  # an explicit choice beats the environment
    monkeypatch.setenv("SENTRA_LANG", "xx")
    assert resolve_lang() == "id"
    assert (translations_dir() / "sentra_id.qm").exists()
    assert (translations_dir() / "sentra_en.qm").exists()


def test_strings_follow_the_installed_translator(qtbot, qapp: QApplication, shop: Shop,  # noqa: ANN001
                                                make_window: Callable[[], MainWindow]) -> None:
    assert role_label(Role.MECHANIC) == "Mekanik"
    assert status_label(WOStatus.WAITING_PARTS) == "Tunggu Part"
    install_translator(qapp, "en")
    assert role_label(Role.MECHANIC) == "Mechanic"
    assert status_label(WOStatus.WAITING_PARTS) == "Waiting for parts"
    window = make_window()
    login = window.login
    assert login.users_title.text() == "Who is on duty?"
    assert login.pad.clear_button.text() == "Clear"
    log_in(qtbot, window, shop.user_id(Role.MECHANIC), "1234")
    assert login.message_text() == "Wrong PIN. Tries left: 4"
    log_in(qtbot, window, shop.user_id(Role.MECHANIC), "2222")
    view = window.current_screen()
    assert isinstance(view, BoardScreen)
    qtbot.waitUntil(lambda: view.board.model.load_count >= 1, timeout=5000)
    assert window.shell.header.logout_button.text() == "Log out"
    assert view.board.columns[WOStatus.INTAKE].title.text() == "Intake  (1)"
    # switching at run time re-translates the open screens (QEvent.LanguageChange)
    install_translator(qapp, "id")
    idle(qtbot)
    assert window.shell.header.logout_button.text() == "Keluar"
    assert window.shell.header.title.text() == "Papan Work Order"
    assert view.board.columns[WOStatus.INTAKE].title.text() == "Penerimaan  (1)"
    assert window.shell.header.user_label.text() == "Joko (Mekanik) · Mekanik"
    assert login.users_title.text() == "Siapa yang bertugas?"
    assert login.message_text() == "Pilih nama Anda terlebih dahulu."


def test_theme_choice_and_fallbacks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SENTRA_THEME", raising=False)
    assert resolve_theme() == "standard"
    monkeypatch.setenv("SENTRA_THEME", "glove")
    assert resolve_theme() == "glove"
    assert resolve_theme("standard") == "standard"
    assert resolve_theme("neon") == "standard"


def test_glove_theme_gives_touch_targets_of_64_px_or_more(qtbot, qapp: QApplication, shop: Shop,  # noqa: ANN001
                                                          make_window: Callable[[], MainWindow]) -> None:
    assert apply_theme(qapp, "glove") == "glove"
    window = make_window()
    login = window.login
    login.user_buttons[shop.user_id(Role.MECHANIC)].click()
    idle(qtbot)
    keys = [*login.pad.digit_buttons.values(), login.pad.clear_button, login.pad.back_button, login.pad.ok_button]
    assert len(keys) == 13
    for key in keys:
        assert key.height() >= 64 and key.width() >= 64, (key.text(), key.size())
        assert key.minimumSizeHint().height() >= 64, key.text()  # by the theme, not by spare room
    glove_hint = login.pad.digit_buttons["5"].minimumSizeHint().height()
    for button in login.user_buttons.values():
        assert button.height() >= 64
    assert login.message.font().pointSize() >= 14
    log_in(qtbot, window, shop.user_id(Role.MECHANIC), "2222")
    view = window.current_screen()
    assert isinstance(view, BoardScreen)
    assert window.shell.header.logout_button.height() >= 64
    # the standard theme asks for smaller (still finger-sized) keys
    apply_theme(qapp, "standard")
    idle(qtbot)
    assert 56 <= login.pad.digit_buttons["5"].minimumSizeHint().height() < glove_hint
