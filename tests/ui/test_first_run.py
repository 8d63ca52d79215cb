"""The first-run wizard driven by clicks against an in-process cloud: a wrong code and a used code
are a message and leave no file; a good code makes the encrypted database, enrols, takes the
branch's data (HQ's parts catalogue) with a progress bar, and the login opens on it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.catalogue import CatalogueService
from app.services import Services
from sync.master_import import publish
from tests.sync.cloudkit import ADMIN, make_kit
from tests.ui.conftest import idle
from tests.ui.test_screenshots import REPO_SHOTS
from ui.shell.first_run import FirstRunWizard
from ui.shell.main_window import MainWindow

KEY = "cd" * 32
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # a bare top-level widget, offscreen


@pytest.fixture
def cloud(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    monkeypatch.setenv("SENTRA_DB_KEY", KEY)  # no OS keyring in CI: the key the database gets
    kit = make_kit()
    ops = [{"op": "upsert", "table": "parts", "id": f"p{i}",
            "fields": {"sku": f"SKU-{i:04d}", "name": f"Part {i}", "unit_price": 1000 + i}} for i in range(1200)]
    publish(kit.client, ADMIN, ops)
    return kit


def _wizard(qtbot, kit, path: Path, size=(1024, 700)) -> FirstRunWizard:  # noqa: ANN001
    wizard = FirstRunWizard(path, cloud_url="http://testserver", http=kit.client)
    qtbot.addWidget(wizard)
    wizard.resize(*size)
    wizard.show()
    return wizard


def _fill(qtbot, wizard: FirstRunWizard, code: str, station: str) -> None:  # noqa: ANN001
    wizard.code_edit.clear()
    wizard.station_edit.clear()
    qtbot.keyClicks(wizard.code_edit, code)
    qtbot.keyClicks(wizard.station_edit, station)
    wizard.go_button.click()
    qtbot.waitUntil(lambda: not wizard.busy, timeout=15_000)
    idle(qtbot)


def test_a_wrong_code_says_so_and_leaves_nothing(qtbot, cloud, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "k2.db"
    wizard = _wizard(qtbot, cloud, path)
    assert wizard.title.text() == "Selamat datang di SentraAuto Care"
    assert wizard.enrol_button.text() == "Sambungkan dengan kode pendaftaran"
    wizard.enrol_button.click()
    assert wizard.pages.currentIndex() == 1
    _fill(qtbot, wizard, "WRONG-CODE-1234", "K2")
    assert wizard.message.severity == "error"
    assert wizard.message.text().startswith("Kode pendaftaran salah, sudah dipakai, atau kedaluwarsa")
    assert list(tmp_path.iterdir()) == []
    assert wizard.go_button.isEnabled()


def test_a_good_code_enrols_takes_the_data_and_opens_the_login(qtbot, cloud, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "k2.db"
    code = cloud.code("K2")
    wizard = _wizard(qtbot, cloud, path)
    wizard.enrol_button.click()
    steps: list[int] = []
    wizard.progress.valueChanged.connect(steps.append)
    with qtbot.waitSignal(wizard.provisioned, timeout=15_000) as done:
        qtbot.keyClicks(wizard.code_edit, code)
        qtbot.keyClicks(wizard.station_edit, "k2")
        wizard.go_button.click()
        # an empty branch: its first admin is made here (PIN hashed on the station)
        qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 2, timeout=15_000)
        qtbot.keyClicks(wizard.admin_name, "Admin Cabang")
        qtbot.keyClicks(wizard.admin_pin, "000000")
        qtbot.keyClicks(wizard.admin_repeat, "000000")
        wizard.admin_button.click()
    assert done.args == [path] and path.exists()
    assert wizard.message.text() == "Stasiun ini siap." and steps and max(steps) >= 1
    idle(qtbot)
    services = Services.open(path, KEY)
    try:
        assert services.store.identity.branch_id == cloud.branch_id
        assert services.store.identity.station_code == "K2"
        parts = CatalogueService(services.store).parts()
        assert len(parts) == 1200 and parts[0].sku == "SKU-0000"
        window = MainWindow(services)
        qtbot.addWidget(window)
        window.resize(1024, 700)
        window.show()
        idle(qtbot)
        assert window.stack.currentWidget() is window.login
    finally:
        window.close()
        idle(qtbot)
        services.close()
    # the code is spent: a second station with it gets the message, and no file
    other = tmp_path / "k3.db"
    second = _wizard(qtbot, cloud, other)
    second.enrol_button.click()
    _fill(qtbot, second, code, "K2")
    assert second.message.text().startswith("Kode pendaftaran salah")
    assert not other.exists()


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800)])
def test_first_run_screenshot(qtbot, cloud, tmp_path: Path, size) -> None:  # noqa: ANN001
    """docs/screenshots/ui_first_run*.png with SENTRA_SCREENSHOTS=1: the choice, and the code form."""
    wizard = _wizard(qtbot, cloud, tmp_path / "k9.db", size)
    shots = REPO_SHOTS if os.environ.get("SENTRA_SCREENSHOTS") else tmp_path
    suffix = "" if size == (1024, 700) else "_1280"
    QApplication.processEvents()
    for button in (wizard.enrol_button, wizard.demo_button):
        assert button.fontMetrics().horizontalAdvance(button.text()) <= button.width() and button.height() >= 64
    assert wizard.grab().save(str(shots / f"ui_first_run{suffix}.png"))
    wizard.enrol_button.click()
    qtbot.keyClicks(wizard.code_edit, "K7QM-4XRT-9PZD")
    qtbot.keyClicks(wizard.station_edit, "K2")
    wizard.message.error("Kode pendaftaran salah, sudah dipakai, atau kedaluwarsa. Minta kode baru ke kantor pusat.")
    QApplication.processEvents()
    assert wizard.go_button.geometry().bottom() <= wizard.pages.height()
    assert wizard.grab().save(str(shots / f"ui_first_run_code{suffix}.png"))


def test_sentra_run_on_a_station_with_no_database_opens_the_wizard(tmp_path: Path,  # noqa: ANN001
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.shell.first_run as first_run_module
    from app import cli

    asked: list[Path] = []

    def wizard(path: Path, _settings) -> str:  # noqa: ANN001
        asked.append(path)
        return "closed"

    monkeypatch.setattr(first_run_module, "run_first_run", wizard)
    monkeypatch.setattr(cli, "_gui_preflight", lambda: None)
    path = tmp_path / "new.db"
    assert cli.main(["run", "--path", str(path)]) == 0  # closed without enrolling: nothing made
    assert asked == [path] and list(tmp_path.iterdir()) == []
