"""A real branch from nothing, no demo data anywhere: an empty in-process cloud, a branch made by
the admin API, a catalogue CSV imported through the staged import, station 1 enrolled by the
first-run wizard (clicks: cloud URL, code, station kind) where the branch's first admin is made,
the admin logs in and adds a mechanic on the users screen, station 1 syncs, station 2 is enrolled
by the wizard, takes the branch's data and the mechanic logs in there."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from app.catalogue import CatalogueService
from app.events.sync_state import get_state
from app.roles import Role
from app.services import Services
from app.station_settings import StationSettingsService
from sync.client import HttpCloud
from sync.master_import import import_csv
from sync.worker import SyncWorker
from tests.sync.cloudkit import ADMIN
from tests.ui.conftest import idle, log_in
from ui.shell.first_run import FirstRunWizard
from ui.shell.main_window import MainWindow
from ui.supervisor.users import UsersScreen

KEY = "9a" * 32
PARTS = "sku,name,unit_price,unit\nOLI-10W40,Oli Mesin 10W-40 1L,85.000,btl\nFLT-OLI-AV,Filter Oli Avanza,45000,pcs\n"
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def cloud(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    from fastapi.testclient import TestClient

    from sync.cloud.app import create_app

    monkeypatch.setenv("SENTRA_DB_KEY", KEY)  # no OS keyring in CI
    monkeypatch.setenv("SENTRA_CLOUD_ADMIN_TOKEN", ADMIN)
    return TestClient(create_app("sqlite://", admin_token=ADMIN))


def _admin(client, method: str, path: str, **kw):  # noqa: ANN001, ANN202
    r = client.request(method, path, headers={"Authorization": f"Bearer {ADMIN}"}, **kw)
    assert r.status_code < 300, r.text
    return r.json()


def _wizard_enrol(qtbot, client, path: Path, code: str, station: str, kind: str) -> FirstRunWizard:  # noqa: ANN001
    wizard = FirstRunWizard(path, cloud_url="http://testserver", http=client)
    qtbot.addWidget(wizard)
    wizard.resize(1024, 700)
    wizard.show()
    wizard.enrol_button.click()
    for edit, text in ((wizard.code_edit, code), (wizard.station_edit, station)):
        edit.setFocus()
        qtbot.keyClicks(edit, text)
    wizard.kind_buttons[kind].click()
    wizard.go_button.click()
    qtbot.waitUntil(lambda: not wizard.busy, timeout=20_000)
    idle(qtbot)
    return wizard


def _sync(services: Services, client) -> None:  # noqa: ANN001
    with services.store.read() as conn:
        token = get_state(conn, "token")
    SyncWorker(services.store, HttpCloud("http://testserver", token, http=client)).sync_once()


def _window(qtbot, services: Services) -> MainWindow:  # noqa: ANN001
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: bool(window.login.user_buttons), timeout=5000)
    return window


def test_a_branch_from_nothing(qtbot, cloud, tmp_path: Path) -> None:  # noqa: ANN001
    branch = _admin(cloud, "POST", "/v1/admin/branches", json={"code": "BKS", "name": "Bekasi"})
    csv = tmp_path / "parts.csv"
    csv.write_text(PARTS, encoding="utf-8")
    outcome = import_csv(cloud, ADMIN, "parts", csv)
    assert outcome.published == 2 and not outcome.rejected

    # station 1: the wizard, by clicks; the branch has no user, so its first admin is made here
    code1 = _admin(cloud, "POST", "/v1/admin/enrolment-codes",
                   json={"branch_id": branch["id"], "station_code": "SA1"})["code"]
    path1 = tmp_path / "s1" / "station.db"
    path1.parent.mkdir()
    wizard = _wizard_enrol(qtbot, cloud, path1, code1, "SA1", "advisor")
    assert wizard.pages.currentIndex() == 2
    with qtbot.waitSignal(wizard.provisioned, timeout=10_000):
        for edit, text in ((wizard.admin_name, "Rina Admin"), (wizard.admin_pin, "246810"),
                           (wizard.admin_repeat, "246810")):
            edit.setFocus()
            qtbot.keyClicks(edit, text)
        wizard.admin_button.click()
    one = Services.open(path1, KEY)
    try:
        assert [p.sku for p in CatalogueService(one.store).parts()] == ["FLT-OLI-AV", "OLI-10W40"]
        admin = one.auth.list_users()[0]
        window = _window(qtbot, one)
        log_in(qtbot, window, admin.id, "246810")
        assert window.shell is not None
        window.findChild(QPushButton, "Nav.supervisor.users").click()
        idle(qtbot)
        screen = window.current_screen()
        assert isinstance(screen, UsersScreen)
        qtbot.waitUntil(lambda: screen.vm.load_count >= 1, timeout=5000)
        screen.new_button.click()
        screen.name_edit.setFocus()
        qtbot.keyClicks(screen.name_edit, "Budi Mekanik")
        screen.role_buttons[Role.MECHANIC].click()
        for digit in "4321":
            screen.keypad.buttons[digit].click()
        loads = screen.vm.load_count
        screen.save_button.click()
        qtbot.waitUntil(lambda: screen.vm.load_count > loads and not screen.vm.busy, timeout=5000)
        idle(qtbot)
        mechanic = next(u for u in one.auth.list_users() if u.role is Role.MECHANIC)
        window.logout()
        idle(qtbot)
        _sync(one, cloud)  # the admin and the mechanic reach the cloud
        window.close()
        idle(qtbot)
    finally:
        one.close()

    # station 2: enrolled by the wizard; the branch has users now, so no first-admin page
    code2 = _admin(cloud, "POST", "/v1/admin/enrolment-codes",
                   json={"branch_id": branch["id"], "station_code": "BAY1"})["code"]
    path2 = tmp_path / "s2" / "station.db"
    path2.parent.mkdir()
    second = _wizard_enrol(qtbot, cloud, path2, code2, "BAY1", "bay")
    assert second.message.severity == "ok", second.message.text()
    two = Services.open(path2, KEY)
    try:
        names = sorted(u.name for u in two.auth.list_users())
        assert names == ["Budi Mekanik", "Rina Admin"]
        window = _window(qtbot, two)
        log_in(qtbot, window, mechanic.id, "4321")
        assert window.shell is not None and window.shell.ctx.actor.user_id == mechanic.id
        assert [p.sku for p in CatalogueService(two.store).parts()] == ["FLT-OLI-AV", "OLI-10W40"]
        for table in ("customers", "vehicles", "workorders", "invoices"):  # no demo data anywhere
            assert two.store.query_one(f"SELECT COUNT(*) AS n FROM {table}")["n"] == 0
        assert StationSettingsService(two.store).load(environ={}).theme == "glove"  # a bay tablet
        window.close()
        idle(qtbot)
    finally:
        two.close()
