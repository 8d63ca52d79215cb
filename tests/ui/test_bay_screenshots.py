"""The bay screens as a gloved mechanic sees them (glove theme, Indonesian, 1024×700): my jobs, a
running job clock, a parts request, QC. Writes docs/screenshots/bay_*.png when
SENTRA_SCREENSHOTS=1 (the README's pictures), else to a temporary folder."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from app.demo import DEMO_PINS
from app.roles import Role
from app.wo_states import WOStatus
from tests.ui.conftest import Shop, idle, log_in
from tests.ui.test_mechanic import tap, visible
from ui.kit.theme import apply_theme
from ui.shell.main_window import MainWindow

SIZE = (1024, 700)
REPO_SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    if os.environ.get("SENTRA_SCREENSHOTS"):
        return REPO_SHOTS
    return tmp_path


def save(window: MainWindow, path: Path) -> None:
    image = window.grab().toImage()
    assert image.width() == SIZE[0] and image.height() == SIZE[1]
    assert image.save(str(path))
    assert QImage(str(path)).width() == SIZE[0]


def test_bay_screenshots(qtbot, qapp: QApplication, shop: Shop, shots: Path) -> None:  # noqa: ANN001
    s, cast = shop.services, shop.cast
    mech, boss, keeper = cast.actors[Role.MECHANIC], cast.actors[Role.SUPERVISOR], cast.actors[Role.STOREKEEPER]
    working = s.workorders.get(next(c for c in s.workorders.board() if c.status is WOStatus.WORKING).id)
    earlier = datetime.now(timezone.utc) - timedelta(minutes=42, seconds=10)
    s.clock.now = lambda: earlier  # the clock started 42 minutes ago
    s.clock.start(mech, working.jobs[0].id)
    s.clock.now = lambda: datetime.now(timezone.utc)
    slip = s.pickslips.request_parts(mech, working.id, [(cast.part_ids["oil"], 2)])
    s.pickslips.dispense_line(keeper, slip.id, slip.lines[0].id, 1)  # partly dispensed
    other = next(c for c in s.workorders.board() if c.status is WOStatus.DIAGNOSING)
    s.workorders.move(boss, other.id, WOStatus.WORKING)
    job = s.workorders.add_job(cast.actors[Role.ADVISOR], other.id, cast.labour_ids["ac"], [])
    s.workorders.set_job_status(boss, other.id, job.id, "STARTED")
    s.workorders.set_job_status(boss, other.id, job.id, "FINISHED")
    s.workorders.move(boss, other.id, WOStatus.QC_TEST)

    budi = s.auth.create_user(boss, "Budi (Mekanik)", Role.MECHANIC, "5555")
    apply_theme(qapp, "glove")
    window = MainWindow(s)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    qtbot.waitUntil(lambda: bool(window.login.user_buttons), timeout=5000)
    log_in(qtbot, window, mech.user_id, DEMO_PINS[Role.MECHANIC][1])
    window.shell.open("mechanic.jobs")
    idle(qtbot)
    qtbot.waitUntil(lambda: bool(visible(window, "MyJobs.Job")), timeout=5000)
    save(window, shots / "bay_my_jobs.png")

    tap(qtbot, window, "MyJobs.Job", state="RUNNING")
    qtbot.waitUntil(lambda: visible(window, "Clock.Time")[0].text().startswith("0:42"), timeout=5000)
    save(window, shots / "bay_clock.png")

    window.shell.open("mechanic.parts")
    idle(qtbot)
    search = visible(window, "Parts.Search")[0]
    search.setText("kampas")
    search.returnPressed.emit()
    qtbot.waitUntil(lambda: bool(visible(window, "Parts.Result")), timeout=5000)
    tap(qtbot, window, "Parts.Result", sku="KMP-REM-DPN")
    tap(qtbot, window, "KeypadOk")
    search.setText("filter")
    search.returnPressed.emit()
    qtbot.waitUntil(lambda: bool(visible(window, "Parts.Result", sku="FLT-OLI-TY")), timeout=5000)
    tap(qtbot, window, "Parts.Result", sku="FLT-OLI-TY")
    qtbot.waitUntil(lambda: "sebagian" in visible(window, "Parts.Slips")[0].text(), timeout=5000)
    save(window, shots / "bay_parts.png")

    tap(qtbot, window, "LogoutButton")
    qtbot.waitUntil(lambda: window.shell is None, timeout=5000)
    log_in(qtbot, window, budi.id, "5555")  # a mechanic who did not work on it checks it
    window.shell.open("mechanic.qc")
    idle(qtbot)
    tap(qtbot, window, "QC.Wo")
    qtbot.waitUntil(lambda: visible(window, "QC.Pass")[0].isEnabled(), timeout=5000)
    tap(qtbot, window, "QC.Return")
    tap(qtbot, window, "QC.Reason", reason="Noise still there")
    assert visible(window, "QC.ReturnJob")[0].text() == "Cek && Isi Freon AC"  # "&" shown, not a mnemonic
    save(window, shots / "bay_qc.png")
