"""The navigator lists the user's screens: shared ones, their role's, every role's for a
supervisor; a screen whose permission the user lacks is not shown."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from app.auth import Actor, allowed
from app.roles import Role
from tests.ui.conftest import Shop, log_in
from ui import advisor, cashier, mechanic, screens, storekeeper, supervisor
from ui.kit.screen import Screen, ScreenSpec, ViewContext
from ui.screens.board import BoardScreen
from ui.shell.catalogue import screens_for
from ui.shell.main_window import MainWindow


class _TillScreen(Screen):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, screen_id="test.till")
        self.body_layout.addWidget(QLabel("kasir", self))

    def title(self) -> str:
        return "Till"


TILL = ScreenSpec("test.till", "Till", _TillScreen, permission="payment.take", icon="₨")
JOBS = ScreenSpec("test.jobs", "My jobs", _TillScreen, permission="wo.move", icon="⚙")


@pytest.fixture
def extra_screens(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cashier-permission screen in the shared list (so only the permission can hide it), and
    one in the cashier's and the mechanic's folders."""
    monkeypatch.setattr(screens, "SCREENS", [*screens.SCREENS, TILL])
    monkeypatch.setattr(cashier, "SCREENS", [TILL])
    monkeypatch.setattr(mechanic, "SCREENS", [JOBS])
    for role_folder in (advisor, storekeeper, supervisor):  # the real ones would crowd the lists
        monkeypatch.setattr(role_folder, "SCREENS", [])


def _actor(role: Role) -> Actor:
    return Actor(user_id="u", name="n", role=role)


def test_allowed_matches_require() -> None:
    assert allowed(_actor(Role.CASHIER), "payment.take")
    assert not allowed(_actor(Role.MECHANIC), "payment.take")
    assert allowed(_actor(Role.MECHANIC), None)
    with pytest.raises(KeyError):
        allowed(_actor(Role.MECHANIC), "no.such.permission")


@pytest.mark.usefixtures("extra_screens")
def test_screens_per_role() -> None:
    ids = {role: [s.id for s in screens_for(_actor(role))] for role in Role}
    assert ids[Role.MECHANIC] == ["board", "test.jobs"]  # the till is in the shared list, but not his
    assert ids[Role.CASHIER] == ["board", "test.till"]  # the mechanic's jobs are another role's
    assert ids[Role.ADVISOR] == ["board"]  # may move WOs, but the jobs screen is the mechanic's
    assert ids[Role.SUPERVISOR] == ["board", "test.till", "test.jobs"]
    assert ids[Role.ADMIN] == ["board", "test.till", "test.jobs"]


@pytest.mark.usefixtures("extra_screens")
def test_a_cashier_screen_is_not_shown_to_a_mechanic(qtbot, shop: Shop,  # noqa: ANN001
                                                     make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    log_in(qtbot, window, shop.user_id(Role.MECHANIC), "2222")
    assert window.shell is not None
    assert list(window.shell.navigator.buttons) == ["board", "test.jobs"]
    assert window.findChild(QWidget, "Nav.test.till") is None
    with pytest.raises(KeyError):
        window.shell.open("test.till")
    window.logout()
    log_in(qtbot, window, shop.user_id(Role.CASHIER), "4444")
    assert list(window.shell.navigator.buttons) == ["board", "test.till"]
    button = window.shell.navigator.buttons["test.till"]
    assert button.objectName() == "Nav.test.till"
    button.click()
    assert isinstance(window.current_screen(), _TillScreen)
    assert window.shell.header.title.text() == "Till"
    window.shell.navigator.buttons["board"].click()
    assert isinstance(window.current_screen(), BoardScreen)
    assert window.shell.header.title.text() == "Papan Work Order"
    assert window.shell.navigator.buttons["board"].isChecked()
