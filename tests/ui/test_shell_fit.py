"""The shell (navigator + board) at a tablet's 1024×700 and a POS's 1280×800, both themes, both
languages: nothing the user must read is cut (titles, column names and counts, plates).

With SENTRA_SCREENSHOTS=1 the pictures go to docs/screenshots/ui_shell_*.png."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from app.roles import Role
from tests.ui.conftest import Shop, idle, log_in
from tests.ui.test_screenshots import busy_morning, shots  # noqa: F401 - the fixture
from ui.kit.i18n import install_translator
from ui.kit.theme import apply_theme
from ui.screens.board import BoardScreen
from ui.screens.board_model import CardRole
from ui.shell.main_window import MainWindow


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800)])
@pytest.mark.parametrize("theme", ["standard", "glove"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_nothing_is_cut(qtbot, qapp: QApplication, shop: Shop, shots: Path,  # noqa: ANN001, F811
                        make_window: Callable[[], MainWindow], size: tuple[int, int], theme: str, lang: str) -> None:
    busy_morning(shop)
    install_translator(qapp, lang)
    apply_theme(qapp, theme)
    window = make_window()
    window.resize(*size)
    log_in(qtbot, window, shop.user_id(Role.SUPERVISOR), "999999")
    screen = window.current_screen()
    assert isinstance(screen, BoardScreen)
    board = screen.board
    qtbot.waitUntil(lambda: board.model.load_count >= 1, timeout=5000)
    idle(qtbot)
    qtbot.wait(50)
    assert window.shell is not None
    header = window.shell.header
    assert not header.title.is_cut(), header.title.text()
    assert window.shell.navigator.rail is (theme == "glove")
    for status, column in board.columns.items():
        assert not column.title.is_cut(), (status, column.title.text(), column.title.width())
        view = column.list
        delegate = view.itemDelegate()
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.rect = view.visualRect(column.proxy.index(0, 0)) if column.proxy.rowCount() else view.viewport().rect()
        width, pad = delegate.card_text_width(option)
        base = option.font.pointSizeF()
        for row in range(column.proxy.rowCount()):
            card = column.proxy.data(column.proxy.index(row, 0), CardRole)
            plate_font = option.font
            plate_font.setBold(True)
            plate_font.setPointSizeF(base * 1.3)
            fitted = delegate.fit_plate_font(plate_font, card.plate, width, pad, base * 0.7)
            assert QFontMetrics(fitted).horizontalAdvance(card.plate) + pad <= width, (status, card.plate, width)
    nav = next(iter(window.shell.navigator.buttons.values()))
    assert nav.fontMetrics().horizontalAdvance(nav.text().split("\n")[-1].strip()) <= nav.contentsRect().width()
    image = window.grab().toImage()
    assert (image.width(), image.height()) == size
    assert image.save(str(shots / f"ui_shell_{theme}_{lang}_{size[0]}x{size[1]}.png"))


@pytest.mark.parametrize("theme", ["standard", "glove"])
def test_the_login_pad_fits_a_tablet(qtbot, qapp: QApplication, shop: Shop,  # noqa: ANN001
                                     make_window: Callable[[], MainWindow], theme: str) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QPushButton

    apply_theme(qapp, theme)
    window = make_window()
    window.resize(1024, 700)
    window.login.user_buttons[shop.user_id(Role.MECHANIC)].click()
    idle(qtbot)
    qtbot.wait(50)
    login = window.login
    assert (window.width(), window.height()) == (1024, 700)  # the layout did not force a bigger window
    area = QRect(login.mapTo(window, login.rect().topLeft()), login.size())
    keys = [b for b in login.findChildren(QPushButton) if b.objectName() in ("KeypadKey", "KeypadAction", "KeypadOk")]
    assert len(keys) == 13
    for key in keys:
        rect = QRect(key.mapTo(window, key.rect().topLeft()), key.size())
        assert area.contains(rect), (key.text(), rect, area)
        assert key.height() >= key.minimumSizeHint().height(), key.text()  # not squeezed below the theme's size
        assert key.parentWidget().rect().contains(key.geometry()), (key.text(), key.geometry())  # not cut by the pad
        if theme == "glove":  # a bay tablet's login: 12 mm keys for a gloved finger
            from ui.kit.density import MIN_TARGET_MM, px_to_mm
            assert min(key.width(), key.height()) >= math.ceil(MIN_TARGET_MM / 25.4 * 150), \
                (key.text(), round(px_to_mm(key.height(), key), 1))
    for a in keys:  # nor squeezed on top of each other
        assert not any(a is not b and a.geometry().intersects(b.geometry()) for b in keys), a.text()
    import os
    if os.environ.get("SENTRA_SHOTS_DIR"):
        window.grab().save(os.path.join(os.environ["SENTRA_SHOTS_DIR"], f"login_pad_{theme}_1024x700.png"))
