"""At start the station app resolves card payments a crash left open, on the device lane, and
listens to the station's scanner."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.ports import StationDevices
from app.settings import Settings
from hardware.scanner.simulator import SimulatedScanner
from tests.ui.conftest import Shop
from tests.ui.fakes import FakeClock, SlowCardTerminal
from ui.shell.app_main import run_gui
from ui.shell.main_window import MainWindow


def test_run_gui_runs_the_recovery_at_start_and_wires_the_scanner(qapp: QApplication, shop: Shop) -> None:
    terminal = SlowCardTerminal(FakeClock())
    scanner = SimulatedScanner()
    devices = StationDevices(card_terminal=terminal, scanner=scanner)
    seen: dict[str, object] = {}
    codes: list[str] = []

    def look_then_quit(window: MainWindow) -> None:
        window.scans.scanned.connect(lambda code, _source: codes.append(code))  # the window's one scan signal

        def check() -> None:
            if window.recovered is None:
                QTimer.singleShot(20, check)
                return
            seen["recovered"] = list(window.recovered)
            seen["message"] = window.statusBar().currentMessage()
            scanner.scan("8991234500012")
            QTimer.singleShot(50, lambda: qapp.exit(0))
        check()

    assert run_gui(shop.services, devices=devices, settings=Settings(), sync=False, on_shown=look_then_quit) == 0
    assert terminal.recovered == 1
    assert [r.ecr_ref for r in seen["recovered"]] == ["OLD"]  # type: ignore[attr-defined]
    assert "(1)" in str(seen["message"])
    assert codes == ["8991234500012"]
    assert not scanner.running  # stopped with the window


def test_a_station_without_a_card_terminal_starts_without_recovery(qapp: QApplication, shop: Shop) -> None:
    seen: list[object] = []

    def quit_soon(window: MainWindow) -> None:
        seen.append(window.edc.available)
        QTimer.singleShot(50, lambda: qapp.exit(0))

    assert run_gui(shop.services, devices=StationDevices(), settings=Settings(), sync=False, on_shown=quit_soon) == 0
    assert seen == [False]


@pytest.mark.parametrize("theme", ["standard", "glove"])
def test_settings_choose_language_and_theme(qapp: QApplication, shop: Shop, theme: str) -> None:
    seen: dict[str, object] = {}

    def look(window: MainWindow) -> None:
        seen["title"] = window.login.users_title.text()
        seen["theme"] = qapp.property("sentra_theme")
        qapp.exit(0)

    assert run_gui(shop.services, settings=Settings(lang="en", theme=theme), sync=False, on_shown=look) == 0
    assert seen["theme"] == theme and seen["title"] != ""
