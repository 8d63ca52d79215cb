"""PIN login: the user's screens after a right PIN, "PIN salah" after a wrong one, lockout after five."""

from __future__ import annotations

from collections.abc import Callable

from app.roles import Role
from tests.ui.conftest import Shop, idle, log_in
from ui.shell.main_window import MainWindow
from ui.screens.board import BoardScreen


def test_right_pin_shows_the_roles_view_and_logout_returns(qtbot, shop: Shop,  # noqa: ANN001
                                                           make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    log_in(qtbot, window, shop.user_id(Role.ADVISOR), "1111")
    view = window.current_screen()
    assert isinstance(view, BoardScreen)
    assert window.stack.currentWidget() is window.shell and window.shell.stack.currentWidget() is view
    assert window.shell.header.user_label.text() == "Andi (SA) · Service Advisor"
    assert window.shell.header.logout_button.text() == "Keluar"
    assert window.shell.header.title.text() == "Papan Work Order"
    window.shell.header.logout_button.click()
    assert window.stack.currentWidget() is window.login
    assert window.current_screen() is None and window.actor is None
    assert window.login.selected is None and window.login.pad.pin() == ""
    assert not window.login.pad.isEnabled()


def test_keypad_is_off_until_a_name_is_chosen(qtbot, shop: Shop,  # noqa: ANN001
                                              make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    login = window.login
    assert not login.pad.isEnabled()
    assert login.message_text() == "Pilih nama Anda terlebih dahulu."
    login.user_buttons[shop.user_id(Role.CASHIER)].click()
    idle(qtbot)
    assert login.pad.isEnabled()
    assert not login.pad.ok_button.isEnabled()  # fewer than 4 digits
    for digit in "44":
        login.pad.digit_buttons[digit].click()
    assert login.pad.dots.count() == 2
    login.pad.back_button.click()
    assert login.pad.pin() == "4"
    login.pad.clear_button.click()
    assert login.pad.pin() == ""


def test_wrong_pin_says_pin_salah_with_tries_left(qtbot, shop: Shop,  # noqa: ANN001
                                                  make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    log_in(qtbot, window, shop.user_id(Role.MECHANIC), "9999")
    assert window.current_screen() is None
    assert window.login.message_text() == "PIN salah. Sisa percobaan: 4"
    assert window.login.message.property("severity") == "error"
    assert window.login.pad.isEnabled() and window.login.pad.pin() == ""
    log_in(qtbot, window, shop.user_id(Role.MECHANIC), "2222")
    assert isinstance(window.current_screen(), BoardScreen)


def test_five_wrong_pins_lock_the_user_out(qtbot, shop: Shop,  # noqa: ANN001
                                           make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    login = window.login
    storekeeper = shop.user_id(Role.STOREKEEPER)
    for _ in range(5):
        log_in(qtbot, window, storekeeper, "0000")
    assert login.message_text().startswith("Terkunci: terlalu sering salah PIN. Coba lagi pukul ")
    assert login.message.property("severity") == "locked"
    assert login.locked
    assert not login.pad.isEnabled()
    assert not any(b.isEnabled() for b in login.pad.digit_buttons.values())
    # the right PIN is refused too while locked, and choosing the name again keeps the lock
    login.user_buttons[shop.user_id(Role.ADVISOR)].click()
    idle(qtbot)
    assert login.pad.isEnabled()
    login.user_buttons[storekeeper].click()
    idle(qtbot)
    assert login.locked and not login.pad.isEnabled()
    assert "Terkunci" in login.message_text()
    assert window.current_screen() is None
