"""Screens at 1280×800 as a workshop sees them: login, lockout, board, board in glove mode.

Writes to docs/screenshots/ui_*.png when SENTRA_SCREENSHOTS=1 (to refresh the README's
pictures), else to a temporary folder, so a plain test run leaves the checkout clean.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from app.roles import Role
from app.wo_states import WOStatus
from tests.ui.conftest import Shop, idle, log_in
from ui.shell.main_window import MainWindow
from ui.kit.theme import apply_theme
from ui.screens.board import BoardScreen

SIZE = (1280, 800)
REPO_SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    if os.environ.get("SENTRA_SCREENSHOTS"):
        REPO_SHOTS.mkdir(parents=True, exist_ok=True)
        return REPO_SHOTS
    return tmp_path


def busy_morning(shop: Shop) -> None:
    """More cars than the demo's four: a QC test, a late one, and a few more in the bays."""
    s, cast = shop.services, shop.cast
    sa, mech = cast.actors[Role.ADVISOR], cast.actors[Role.MECHANIC]
    wo = s.workorders.open(sa, cast.vehicle_ids[0], ["Servis berkala 10.000 km"], odometer_km=10_250, bay="Bay 5")
    job = s.workorders.add_job(mech, wo.id, cast.labour_ids["service"], [mech.user_id])
    s.workorders.move(mech, wo.id, WOStatus.DIAGNOSING)
    s.workorders.move(mech, wo.id, WOStatus.WORKING)
    s.workorders.set_job_status(mech, wo.id, job.id, "STARTED")
    s.workorders.set_job_status(mech, wo.id, job.id, "FINISHED")
    s.workorders.move(mech, wo.id, WOStatus.QC_TEST)
    extra = [("Hendra Wijaya", "0812-4444-1212", "B 2710 TKR", "Toyota", "Innova", 2020, WOStatus.WORKING,
              "Bay 6", timedelta(minutes=-40), "Oli bocor di bawah mesin"),
             ("Lestari Dewi", "0813-2222-9090", "F 1881 GH", "Honda", "Brio", 2018, WOStatus.INTAKE,
              None, timedelta(hours=5), "Getaran di setir"),
             ("Rudi Hartono", "0857-1234-0001", "B 9 RDH", "Mitsubishi", "Pajero Sport", 2021,
              WOStatus.DIAGNOSING, "Bay 7", timedelta(hours=2), "Lampu check engine menyala"),
             ("Yusuf Maulana", "0819-3030-4040", "B 1945 MRD", "Toyota", "Rush", 2019, WOStatus.WAITING_PARTS,
              "Bay 8", timedelta(hours=3), "Kopling selip"),
             ("Fitri Handayani", "0812-7070-8080", "H 8123 KL", "Honda", "HR-V", 2023, WOStatus.WORKING,
              "Bay 9", timedelta(minutes=90), "Rem belakang berbunyi"),
             ("Bambang Susilo", "0821-5050-6060", "N 1404 AB", "Isuzu", "Panther", 2012, WOStatus.INTAKE,
              None, timedelta(hours=6), "Servis 100.000 km"),
             ("Dimas Prakoso", "0815-1111-3333", "B 3456 SJT", "Daihatsu", "Terios", 2020, WOStatus.DIAGNOSING,
              "Bay 10", timedelta(hours=3), "AC berbau")]
    for name, phone, plate, make, model, year, target, bay, sla, complaint in extra:
        customer = s.customers.register(sa, name, phone)
        vehicle = s.customers.add_vehicle(sa, customer.id, plate, make=make, model=model, year=year)
        wo = s.workorders.open(sa, vehicle.id, [complaint], bay=bay, sla=sla)
        for step in (WOStatus.DIAGNOSING, WOStatus.WORKING, WOStatus.WAITING_PARTS):
            if wo.status is target:
                break
            wo = s.workorders.move(mech, wo.id, step)


def save(widget: QWidget, path: Path) -> QImage:
    image = widget.grab().toImage()
    assert (image.width(), image.height()) == SIZE
    assert image.save(str(path))
    return image


def test_screenshots(qtbot, qapp: QApplication, shop: Shop, shots: Path,  # noqa: ANN001
                     make_window: Callable[[], MainWindow]) -> None:
    busy_morning(shop)
    window = make_window()
    login = window.login
    login.user_buttons[shop.user_id(Role.MECHANIC)].click()
    idle(qtbot)
    for digit in "22":
        login.pad.digit_buttons[digit].click()
    save(window, shots / "ui_login.png")

    for _ in range(5):
        log_in(qtbot, window, shop.user_id(Role.STOREKEEPER), "1234")
    assert login.locked
    save(window, shots / "ui_lockout.png")

    log_in(qtbot, window, shop.user_id(Role.ADVISOR), "1111")
    view = window.current_screen()
    assert isinstance(view, BoardScreen)
    qtbot.waitUntil(lambda: view.board.model.load_count >= 1, timeout=5000)
    idle(qtbot)
    assert view.board.model.count() == 12 and view.board.model.overdue_count() == 1
    save(window, shots / "ui_board.png")

    window.logout()
    apply_theme(qapp, "glove")
    log_in(qtbot, window, shop.user_id(Role.MECHANIC), "2222")
    view = window.current_screen()
    assert isinstance(view, BoardScreen)
    qtbot.waitUntil(lambda: view.board.model.load_count >= 1, timeout=5000)
    idle(qtbot)
    save(window, shots / "ui_board_glove.png")


def test_sync_status_bar_screenshot(qtbot, qapp: QApplication, shop: Shop, shots: Path) -> None:  # noqa: ANN001
    """The status bar of an enrolled station in three moments, fed by the bridge's signals as the
    worker and the LAN bus feed it: a catch-up under way, back online, the cloud gone with a clock
    the cloud says is wrong. Saved one above the other as ui_sync_status.png."""
    from types import SimpleNamespace

    from PySide6.QtGui import QPainter

    from ui.shell.sync_bridge import SyncBridge

    apply_theme(qapp, "standard")
    bridge = SyncBridge()
    window = MainWindow(shop.services, sync=SimpleNamespace(bridge=bridge, cloud_enabled=True,  # type: ignore[arg-type]
                                                            lan_enabled=True))
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    qtbot.waitUntil(lambda: bool(window.login.user_buttons), timeout=5000)
    log_in(qtbot, window, shop.user_id(Role.ADVISOR), "1111")
    indicator = window.sync_indicator
    moments = [
        lambda: (bridge.stateChanged.emit("syncing", ""), bridge.progress.emit(9_000, 20_000),
                 bridge.pendingChanged.emit(14), bridge.lanConnected.emit(True), bridge.lanPeers.emit(["k2", "k3"])),
        lambda: (bridge.stateChanged.emit("online", ""), bridge.pendingChanged.emit(0),
                 bridge.lastSuccess.emit(1_795_000_000.0)),
        lambda: (bridge.stateChanged.emit("offline", "cloud unreachable"), bridge.pendingChanged.emit(37),
                 bridge.clockSkew.emit(420_000, "this station's clock is 420 s ahead of the cloud"),
                 bridge.lanPeers.emit(["k2"])),
    ]
    texts, bars = [], []
    for moment in moments:
        moment()
        qtbot.waitUntil(lambda: not indicator.dirty, timeout=2000)
        idle(qtbot)
        texts.append((indicator.cloud_label.text(), indicator.lan_label.text(), indicator.cloud_label.property("level")))
        bars.append(window.statusBar().grab().toImage())
    assert texts == [("Sinkron: menyinkronkan 45% · 14 tertunda", "LAN: online · 2 stasiun", "plain"),
                     ("Sinkron: online · 0 tertunda", "LAN: online · 2 stasiun", "ok"),
                     ("Sinkron: offline · 37 tertunda · periksa jam", "LAN: online · 1 stasiun", "warn")]
    sheet = QImage(bars[0].width(), sum(b.height() for b in bars), bars[0].format())
    painter = QPainter(sheet)
    y = 0
    for bar in bars:
        painter.drawImage(0, y, bar)
        y += bar.height()
    painter.end()
    assert sheet.save(str(shots / "ui_sync_status.png"))
