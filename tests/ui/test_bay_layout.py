"""Every bay screen, in every state a mechanic or checker reaches, in the glove theme:

- every interactive widget is at least 12 mm high and wide at the test screen's density
  (`ui.mechanic.common.screen_dpi`: the platform's physical dpi, 150 offscreen), at 1024×700 and
  1280×800;
- at 1024×700, in Indonesian and English, every label and button text fits its widget, unless it
  is deliberately elided ("…") with the whole text in its tooltip;
- lists scroll kinetically (QScroller), with no scroll bars to aim at.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import (QAbstractButton, QAbstractScrollArea, QApplication, QLabel, QPushButton, QScroller,
                               QStyle, QStyleOptionButton, QWidget)

from app.demo import DEMO_PINS
from app.roles import Role
from app.wo_states import WOStatus
from tests.ui.conftest import Shop, idle, log_in
from tests.ui.test_mechanic import tap, visible
from ui.kit.i18n import install_translator
from ui.kit.theme import apply_theme
from ui.mechanic.common import MIN_TARGET_MM, mm_to_px, px_to_mm
from ui.shell.main_window import MainWindow
from ui.tour.kit import INTERACTIVE


def _jobs(qtbot, w: MainWindow) -> None:  # noqa: ANN001
    w.shell.open("mechanic.jobs")


def _clock(qtbot, w: MainWindow) -> None:  # noqa: ANN001
    _jobs(qtbot, w)
    idle(qtbot)
    tap(qtbot, w, "MyJobs.Job")
    tap(qtbot, w, "Clock.Start")


def _reasons(qtbot, w: MainWindow) -> None:  # noqa: ANN001
    _clock(qtbot, w)
    tap(qtbot, w, "Clock.Pause")


def _confirm(qtbot, w: MainWindow) -> None:  # noqa: ANN001
    _clock(qtbot, w)
    tap(qtbot, w, "Clock.Finish")


def _parts(qtbot, w: MainWindow) -> None:  # noqa: ANN001
    w.shell.open("mechanic.parts")
    idle(qtbot)
    search = visible(w, "Parts.Search")[0]
    search.setText("oli")
    search.returnPressed.emit()
    qtbot.waitUntil(lambda: bool(visible(w, "Parts.Result")), timeout=5000)
    tap(qtbot, w, "Parts.Result")
    tap(qtbot, w, "KeypadOk")


def _findings(qtbot, w: MainWindow) -> None:  # noqa: ANN001
    w.shell.open("mechanic.findings")
    idle(qtbot)
    tap(qtbot, w, "Findings.Code", code="COOLANT_LOW")


def _qc_queue(qtbot, w: MainWindow) -> None:  # noqa: ANN001
    w.shell.open("mechanic.qc")


def _qc_return(qtbot, w: MainWindow) -> None:  # noqa: ANN001
    _qc_queue(qtbot, w)
    idle(qtbot)
    tap(qtbot, w, "QC.Wo")
    qtbot.waitUntil(lambda: visible(w, "QC.Return")[0].isEnabled(), timeout=5000)
    tap(qtbot, w, "QC.Return")


STATES: dict[str, Callable] = {"jobs": _jobs, "clock": _clock, "pause-reasons": _reasons, "ask-once": _confirm,
                               "parts": _parts, "findings": _findings, "qc-queue": _qc_queue, "qc-return": _qc_return}


@pytest.fixture
def bay(qtbot, qapp: QApplication, shop: Shop) -> Iterator[Callable[[str, str, tuple[int, int]], MainWindow]]:  # noqa: ANN001
    """A logged-in mechanic's window in the glove theme, in one of the `STATES`."""
    apply_theme(qapp, "glove")

    def make(state: str, lang: str, size: tuple[int, int]) -> MainWindow:
        install_translator(qapp, lang)
        window = MainWindow(shop.services)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitUntil(lambda: bool(window.login.user_buttons), timeout=5000)
        log_in(qtbot, window, shop.user_id(Role.MECHANIC), DEMO_PINS[Role.MECHANIC][1])
        STATES[state](qtbot, window)
        idle(qtbot)
        qtbot.wait(50)
        return window

    yield make


@pytest.fixture
def qc_waiting(shop: Shop) -> None:
    """The AC work order, its one job done by a supervisor (not the mechanic), waits for QC."""
    s, boss, sa = shop.services, shop.cast.actors[Role.SUPERVISOR], shop.cast.actors[Role.ADVISOR]
    card = next(c for c in s.workorders.board() if c.status is WOStatus.DIAGNOSING)
    wo = s.workorders.move(boss, card.id, WOStatus.WORKING)
    job = s.workorders.add_job(sa, wo.id, shop.cast.labour_ids["ac"], [])
    s.workorders.set_job_status(boss, wo.id, job.id, "STARTED")
    s.workorders.set_job_status(boss, wo.id, job.id, "FINISHED")
    s.workorders.move(boss, wo.id, WOStatus.QC_TEST)


def screen_widgets(window: MainWindow) -> list[QWidget]:
    screen = window.current_screen()
    assert screen is not None and screen.property("bay"), "not a bay screen"
    return [w for w in screen.findChildren(QWidget) if w.isVisible()]


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800)])
@pytest.mark.parametrize("state", list(STATES))
def test_every_target_is_at_least_12_mm(bay, qc_waiting, state: str, size: tuple[int, int]) -> None:  # noqa: ANN001
    window = bay(state, "id", size)
    targets = [w for w in screen_widgets(window) if isinstance(w, INTERACTIVE)]
    assert targets, "no interactive widget found"
    chrome = [w for part in (window.shell.header, window.shell.navigator)  # the shell around the screen
              for w in part.findChildren(QWidget) if w.isVisible() and isinstance(w, INTERACTIVE)]
    assert any(w.objectName() == "LogoutButton" for w in chrome)
    targets += chrome
    small = too_small(targets)
    assert not small, f"{state}: targets under {MIN_TARGET_MM} mm: {small}"


def too_small(targets: list[QWidget]) -> list[str]:
    return [f"{w.objectName() or type(w).__name__} '{getattr(w, 'text', lambda: '')()}' "
            f"{px_to_mm(w.width(), w):.1f}×{px_to_mm(w.height(), w):.1f} mm"
            for w in targets if min(w.width(), w.height()) < mm_to_px(MIN_TARGET_MM, w)]


def test_the_target_check_catches_a_small_button(qtbot) -> None:  # noqa: ANN001
    host = QWidget()
    qtbot.addWidget(host)
    small, big = QPushButton("x", host), QPushButton("OK", host)
    small.setGeometry(0, 0, 120, 60)  # 60 px = 10.2 mm at 150 dpi
    big.setGeometry(0, 80, 120, 72)
    host.show()
    assert [s.split(" ")[0] for s in too_small([small, big])] == ["QPushButton"] and "10.2" in too_small([small])[0]


def _elided_on_purpose(w: QWidget, text: str) -> bool:
    return "…" in text and len(w.toolTip()) > len(text.replace("…", ""))


def _clipped(w: QWidget) -> str | None:
    if isinstance(w, QPushButton):
        text = w.text()
        if not text or _elided_on_purpose(w, text):
            return None
        opt = QStyleOptionButton()
        w.initStyleOption(opt)
        room = w.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, opt, w)
        fm = w.fontMetrics()
        lines = text.split("\n")
        wide = max(fm.horizontalAdvance(line) for line in lines)
        tall = fm.lineSpacing() * len(lines)
        if wide > room.width() + 1 or tall > room.height() + 2:
            return f"button {w.objectName()} '{text}': needs {wide}×{tall}, has {room.width()}×{room.height()}"
        return None
    if isinstance(w, QLabel):
        text = w.text()
        if not text or _elided_on_purpose(w, text):
            return None
        room = w.contentsRect()
        if w.wordWrap():
            need = w.heightForWidth(w.width())
            if need > w.height() + 1:
                return f"label {w.objectName()} '{text}': needs {need} px high, has {w.height()}"
        else:
            wide = max(w.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
            if wide > room.width() + 1:
                return f"label {w.objectName()} '{text}': needs {wide} px wide, has {room.width()}"
    return None


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("state", list(STATES))
def test_every_text_fits_at_1024x700(bay, qc_waiting, state: str, lang: str) -> None:  # noqa: ANN001
    window = bay(state, lang, (1024, 700))
    widgets = screen_widgets(window)
    assert any(isinstance(w, (QLabel, QAbstractButton)) and getattr(w, "text")() for w in widgets)
    clipped = [c for c in (_clipped(w) for w in widgets) if c]
    assert not clipped, f"{state} ({lang}) at 1024×700: {clipped}"


def test_lists_scroll_kinetically_without_scroll_bars(bay, qc_waiting) -> None:  # noqa: ANN001
    for state in ("jobs", "parts", "findings", "qc-queue"):
        window = bay(state, "id", (1024, 700))
        areas = [w for w in screen_widgets(window) if isinstance(w, QAbstractScrollArea) and w.objectName()]
        assert areas, state
        for area in areas:
            assert QScroller.hasScroller(area.viewport()), f"{state}: {area.objectName()} does not flick"
            assert not area.verticalScrollBar().isVisible()
        window.close()


def test_the_text_check_catches_a_clipped_button_and_allows_a_deliberate_elision(qtbot) -> None:  # noqa: ANN001
    host = QWidget()
    qtbot.addWidget(host)
    long = QPushButton("Waiting for the parts from the warehouse", host)
    long.setGeometry(0, 0, 120, 72)
    elided = QLabel("Waiting for…", host)
    elided.setToolTip("Waiting for the parts from the warehouse")
    elided.setGeometry(0, 80, 300, 40)
    host.show()
    assert _clipped(long) and _clipped(elided) is None


def test_measuring_falls_back_to_150_dpi_offscreen(qapp: QApplication) -> None:
    assert mm_to_px(12.0) == 71  # 12 mm at 150 dpi


def test_a_bay_station_starts_fullscreen_in_the_glove_theme(qapp: QApplication, shop: Shop,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QTimer

    from ui.kit.theme import station_theme
    from ui.shell.app_main import run_gui

    monkeypatch.delenv("SENTRA_THEME", raising=False)
    assert station_theme(None, "bay") == "glove" and station_theme(None, "cashier") == "standard"
    assert station_theme("standard", "bay") == "standard"  # an explicit choice wins
    shop.services.catalogue.register_station(None, "Tablet Bay 3", "bay")
    seen: dict[str, object] = {}

    def look_then_quit() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen["theme"] = qapp.property("sentra_theme")
        seen["fullscreen"] = bool(windows) and windows[0].isFullScreen()
        qapp.exit(0)

    QTimer.singleShot(300, look_then_quit)
    assert run_gui(shop.services, lang="id", sync=False) == 0
    assert seen == {"theme": "glove", "fullscreen": True}


def test_a_press_shows_before_it_acts(qtbot, bay, qc_waiting, shop: Shop) -> None:  # noqa: ANN001
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    window = bay("jobs", "id", (1024, 700))
    button = visible(window, "MyJobs.Job")[0]
    centre = QPoint(12, button.height() // 2)
    before = button.grab().toImage().pixelColor(centre)
    QTest.mousePress(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    qtbot.wait(20)
    during = button.grab().toImage().pixelColor(centre)
    assert during != before and visible(window, "MyJobs.Job")  # it shows the press, and has not acted yet
    QTest.mouseRelease(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    qtbot.waitUntil(lambda: bool(visible(window, "Clock.Start")), timeout=5000)


@pytest.mark.parametrize("theme", ["standard", "glove"])
def test_a_disabled_button_is_dimmer_than_an_enabled_one(qtbot, qapp: QApplication, shop: Shop,  # noqa: ANN001
                                                          theme: str) -> None:
    """A running clock's Resume is disabled: it must not look more prominent than Pause (it once
    showed as a dark slate button on the light theme)."""
    apply_theme(qapp, theme)
    install_translator(qapp, "id")
    window = MainWindow(shop.services)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: bool(window.login.user_buttons), timeout=5000)
    log_in(qtbot, window, shop.user_id(Role.MECHANIC), DEMO_PINS[Role.MECHANIC][1])
    _clock(qtbot, window)
    idle(qtbot)
    qtbot.wait(50)
    resume, pause = visible(window, "Clock.Start")[0], visible(window, "Clock.Pause")[0]
    assert not resume.isEnabled() and pause.isEnabled()

    def lightness(button: QWidget) -> int:
        image = button.grab().toImage()
        return image.pixelColor(12, image.height() // 2).lightness()  # the face, off the text

    page = window.grab().toImage().pixelColor(window.width() // 2, window.height() // 2).lightness()
    # closer to the page's own colour than the enabled button is: it recedes
    assert abs(lightness(resume) - page) < abs(lightness(pause) - page) or abs(lightness(resume) - page) < 40
def chrome_widgets(window: MainWindow) -> list[QWidget]:
    """The header and the status bar around a bay screen."""
    assert window.shell is not None
    parts = [window.shell.header, window.statusBar()]
    return [w for p in parts for w in p.findChildren(QWidget) if w.isVisible()]


def _chrome_clipped(window: MainWindow) -> list[str]:
    from ui.widgets.elided_label import ElidedLabel

    bad: list[str] = []
    frame = window.rect()
    for w in chrome_widgets(window):
        top_left = w.mapTo(window, w.rect().topLeft())
        if not frame.contains(top_left) or not frame.contains(w.mapTo(window, w.rect().bottomRight())):
            bad.append(f"{w.objectName() or type(w).__name__} outside the window")
        parent = w.parentWidget()
        if parent is not None and not parent.rect().contains(w.geometry()):
            bad.append(f"{w.objectName() or type(w).__name__} {w.geometry()} sticks out of its bar {parent.rect()}")
        if isinstance(w, ElidedLabel):
            if w.is_cut() and w.toolTip() != w.text():
                bad.append(f"{w.objectName()} '{w.text()}' cut without its tooltip")
            continue
        if isinstance(w, (QLabel, QPushButton)) and w.text():
            clipped = _clipped(w)
            if clipped:
                bad.append(clipped)
    return bad


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800)])
@pytest.mark.parametrize("theme", ["glove", "standard"])
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("state", ["clock", "parts"])
def test_header_and_status_bar_fit(bay, qc_waiting, qapp: QApplication, state: str, lang: str, theme: str,  # noqa: ANN001
                                    size: tuple[int, int]) -> None:
    window = bay(state, lang, size)  # the clock's title carries the WO number; parts squeezes the height
    if theme != "glove":
        from PySide6.QtTest import QTest
        apply_theme(qapp, theme)
        QTest.qWait(50)
    bad = _chrome_clipped(window)
    assert not bad, f"{theme} {lang} {size}: {bad}"


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800)])
@pytest.mark.parametrize("state", list(STATES))
def test_header_and_status_targets_are_at_least_12_mm(bay, qc_waiting, state: str,  # noqa: ANN001
                                                       size: tuple[int, int]) -> None:
    window = bay(state, "en", size)
    targets = [w for w in chrome_widgets(window) + screen_widgets(window) if isinstance(w, INTERACTIVE)]
    assert any(w.objectName() == "LogoutButton" for w in targets)
    small = too_small(targets)
    assert not small, f"{state} {size}: targets under {MIN_TARGET_MM} mm: {small}"


def test_the_window_carries_the_app_icon(qtbot, shop: Shop) -> None:  # noqa: ANN001
    from ui.kit.paths import app_icon_path

    assert app_icon_path().is_file()
    window = MainWindow(shop.services)
    qtbot.addWidget(window)
    icon = window.windowIcon()
    assert not icon.isNull() and not icon.pixmap(32, 32).isNull()


def test_the_header_menu_saves_a_support_bundle_and_says_where(bay, qc_waiting, qtbot, tmp_path) -> None:  # noqa: ANN001
    import json
    import zipfile

    window = bay("jobs", "en", (1024, 700))
    header = window.shell.header
    assert header.menu_button.isVisible()
    action = next(a for a in header.menu.actions() if a.objectName() == "SupportBundle")
    assert action.text() == "Send support bundle"
    action.folder = tmp_path
    action.trigger()
    qtbot.waitUntil(lambda: "Support bundle saved" in window.statusBar().currentMessage(), timeout=5000)
    [made] = list(tmp_path.glob("sentra-support-*.zip"))
    assert str(made) in window.statusBar().currentMessage()
    with zipfile.ZipFile(made) as zf:
        status = json.loads(zf.read("status.json"))
    assert status["station"] == window.services.store.identity.station_code


def test_the_support_bundle_action_speaks_indonesian(bay, qc_waiting) -> None:  # noqa: ANN001
    window = bay("jobs", "id", (1024, 700))
    action = next(a for a in window.shell.header.menu.actions() if a.objectName() == "SupportBundle")
    assert action.text() == "Kirim paket dukungan"
