"""The navigator lists the user's screens: shared ones, their role's, every role's for a
supervisor; a screen whose permission the user lacks is not shown."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.auth import Actor, allowed
from app.roles import Role
from tests.ui.conftest import Shop, log_in
from tests.ui.test_screenshots import shots  # noqa: F401 - the fixture
from ui import admin, advisor, cashier, mechanic, screens, storekeeper, supervisor
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
    for role_folder in (advisor, storekeeper, supervisor, admin):  # the real ones would crowd the lists
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
    assert ids[Role.SUPERVISOR] == ["board", "test.till", "test.jobs"]  # every role's (their own folder emptied here)
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


def _many(role: str, n: int) -> list[ScreenSpec]:
    return [ScreenSpec(f"{role}.s{i}", f"{role.title()} screen {i}", _TillScreen, permission=None, icon="•")
            for i in range(n)]


@pytest.mark.parametrize("theme", ["standard", "glove"])
def test_a_supervisor_with_every_roles_screens_gets_sections_that_scroll(
        qtbot, qapp, shop: Shop, make_window: Callable[[], MainWindow],  # noqa: ANN001
        monkeypatch: pytest.MonkeyPatch, theme: str, shots) -> None:  # noqa: ANN001
    from ui import advisor, storekeeper, supervisor
    from ui.kit.theme import apply_theme

    apply_theme(qapp, theme)
    for module, role, n in ((advisor, "advisor", 7), (mechanic, "mechanic", 5), (storekeeper, "storekeeper", 6),
                            (cashier, "cashier", 5), (supervisor, "supervisor", 2)):
        monkeypatch.setattr(module, "SCREENS", _many(role, n))
    window = make_window()
    window.resize(1024, 700)
    log_in(qtbot, window, shop.user_id(Role.SUPERVISOR), "999999")
    nav = window.shell.navigator  # type: ignore[union-attr]
    assert [r for r, _ in nav.sections] == [None, Role.ADVISOR, Role.MECHANIC, Role.STOREKEEPER, Role.CASHIER]
    assert len(nav.buttons) == 1 + 2 + 7 + 5 + 6 + 5
    assert nav.captions[Role.CASHIER].text() == "Kasir"
    qtbot.wait(20)
    for button in nav.buttons.values():  # never squeezed below what its text needs
        assert button.width() >= button.sizeHint().width() - 1 or nav.rail, button.objectName()
        assert button.height() >= button.sizeHint().height() - 1, button.objectName()
    last = nav.buttons["cashier.s4"]
    last.click()  # tapped through the API; a person scrolls to it first
    assert window.shell.current_id == "cashier.s4"  # type: ignore[union-attr]
    bar = nav.scroll.verticalScrollBar() if nav.rail else nav.scroll.horizontalScrollBar()
    assert bar.maximum() > 0 and bar.value() > 0  # it scrolled to the open screen's button
    window.grab().save(str(shots / f"ui_navigator_supervisor_{theme}_1024x700.png"))


def test_every_registered_screen_is_well_formed() -> None:
    """For the role folders' authors: unique ids, a known permission, a title, a factory."""
    from app.roles import PERMISSIONS
    from ui.shell.catalogue import ROLE_PACKAGES, SHARED_PACKAGE, package_screens

    seen: dict[str, str] = {}
    for package in (SHARED_PACKAGE, *ROLE_PACKAGES.values()):
        for spec in package_screens(package):
            assert isinstance(spec, ScreenSpec), (package, spec)
            assert spec.id not in seen, f"{spec.id} is in {seen.get(spec.id)} and {package}"
            seen[spec.id] = package
            assert spec.permission is None or spec.permission in PERMISSIONS, (spec.id, spec.permission)
            assert spec.title.strip() and callable(spec.factory), spec.id
    assert "board" in seen


@pytest.mark.parametrize("theme", ["glove", "standard"])
@pytest.mark.parametrize("size", [(1024, 700), (1280, 800)])
def test_the_supervisor_navigator_overlaps_nothing(qtbot, qapp, shop: Shop,  # noqa: ANN001
                                                   make_window: Callable[[], MainWindow], theme: str,
                                                   size: tuple[int, int]) -> None:
    from PySide6.QtWidgets import QWidget

    from ui.kit.theme import apply_theme

    apply_theme(qapp, theme)
    window = make_window()
    window.resize(*size)
    log_in(qtbot, window, shop.user_id(Role.SUPERVISOR), "999999")
    qtbot.wait(50)
    nav = window.shell.navigator  # type: ignore[union-attr]
    frame = window.rect()
    parent = nav.parentWidget()
    siblings = [w for w in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                if w.isVisible() and w is not nav]
    assert siblings
    for other in siblings:
        assert not nav.geometry().intersects(other.geometry()), (other.objectName(), nav.geometry(), other.geometry())
    for w in (nav, nav.scroll, nav.scroll.viewport()):  # the strip inside scrolls: it may be longer
        r = w.rect().translated(w.mapTo(window, w.rect().topLeft()))
        assert frame.contains(r.topLeft()) and frame.contains(r.bottomRight()), (w.objectName(), r)
    # no scroll bar of the navigator's over its buttons or the screen beside it
    bars = [nav.scroll.verticalScrollBar(), nav.scroll.horizontalScrollBar()]
    if nav.rail:
        assert not any(b.isVisible() for b in bars)
        visible = nav.scroll.viewport().rect()
        for button in nav.buttons.values():  # a rail button is never narrower than its text
            lines = button.text().split("\n")
            assert max(button.fontMetrics().horizontalAdvance(x) for x in lines) <= button.contentsRect().width(), \
                button.text()
            assert button.width() <= visible.width(), button.objectName()
