"""The first-run wizard's station kind, by clicks against an in-process cloud: the kind is chosen
with big buttons (Bahasa Indonesia first) and kept in the station's settings, a bay tablet gets
the glove theme; a code used once is refused the second time and leaves nothing behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.auth import AuthService
from app.roles import Role
from app.station_settings import StationSettingsService, setup_station, station_kind
from app.storage.keys import load_key
from app.store import Store
from tests.sync.cloudkit import make_kit
from tests.ui.conftest import idle
from ui.kit.i18n import install_translator
from ui.kit.theme import apply_theme
from ui.shell.first_run import FirstRunWizard

KEY = "ef" * 32
PNG_DIR = Path(os.environ.get("SENTRA_ADMIN_PNG", "/tmp/admin_png"))
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def kit(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    monkeypatch.setenv("SENTRA_DB_KEY", KEY)
    return make_kit()


def _wizard(qtbot, kit, path: Path, size=(1024, 700)) -> FirstRunWizard:  # noqa: ANN001
    wizard = FirstRunWizard(path, cloud_url="http://testserver", http=kit.client)
    qtbot.addWidget(wizard)
    wizard.resize(*size)
    wizard.show()
    wizard.enrol_button.click()
    return wizard


def _enrol(qtbot, wizard: FirstRunWizard, code: str, station: str, kind: str) -> None:  # noqa: ANN001
    for edit, text in ((wizard.code_edit, code), (wizard.station_edit, station)):
        edit.clear()
        edit.setFocus()
        qtbot.keyClicks(edit, text)
    wizard.kind_buttons[kind].click()
    wizard.go_button.click()
    qtbot.waitUntil(lambda: not wizard.busy, timeout=15_000)
    idle(qtbot)


def _first_admin(qtbot, wizard: FirstRunWizard, name: str, pin: str, repeat: str) -> None:  # noqa: ANN001
    for edit, text in ((wizard.admin_name, name), (wizard.admin_pin, pin), (wizard.admin_repeat, repeat)):
        if text:
            edit.clear()
            edit.setFocus()
            qtbot.keyClicks(edit, text)
    wizard.admin_button.click()
    qtbot.waitUntil(lambda: not wizard.busy, timeout=10_000)
    idle(qtbot)


def test_the_kind_is_chosen_with_big_buttons_and_a_bay_gets_the_glove_theme(qtbot, kit, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "bay1.db"
    wizard = _wizard(qtbot, kit, path)
    assert [b.text() for b in wizard.kind_buttons.values()] == ["Service advisor", "Bay mekanik", "Gudang", "Kasir",
                                                                 "Kantor"]
    assert wizard.kind_buttons["office"].isChecked()
    assert all(b.height() >= 48 for b in wizard.kind_buttons.values())
    _enrol(qtbot, wizard, kit.code("B1"), "B1", "bay")
    assert wizard.pages.currentIndex() == 2 and wizard.message.text().startswith("Tersambung")
    _first_admin(qtbot, wizard, "Admin Bekasi", "135790", "135791")  # a typo: nothing made
    assert wizard.message.text() == "Kedua PIN berbeda. Ketik ulang PIN-nya."
    assert wizard.admin_pin.text() == "" and wizard.admin_repeat.text() == ""
    with qtbot.waitSignal(wizard.provisioned, timeout=10_000):
        _first_admin(qtbot, wizard, "", "135790", "135790")
    assert wizard.message.severity == "ok" and wizard.kind() == "bay"
    store = Store.open(path, load_key(path))
    try:
        users = AuthService(store).list_users()
        assert [(u.name, u.role) for u in users] == [("Admin Bekasi", Role.ADMIN)]
        assert AuthService(store).login(users[0].id, "135790").role is Role.ADMIN
        logged = " ".join(str(r) for r in store.query("SELECT * FROM audit_log"))
        assert "135790" not in logged  # the PIN is never kept in clear
        assert station_kind(store) == "bay"
        settings = StationSettingsService(store).load(environ={})
        assert settings.theme == "glove" and settings.cloud_url == "http://testserver"
        assert store.query_one("SELECT 1 AS x FROM audit_log WHERE action = 'station.setup'")
    finally:
        store.close()
    with pytest.raises(Exception, match="already set"):
        setup_station(path, "office")  # chosen once: a second setup is refused


def test_a_used_code_is_refused_and_leaves_nothing(qtbot, kit, tmp_path: Path) -> None:  # noqa: ANN001
    code = kit.code("K3")
    first = _wizard(qtbot, kit, tmp_path / "one" / "k3.db")
    (tmp_path / "one").mkdir()
    _enrol(qtbot, first, code, "K3", "cashier")
    assert first.pages.currentIndex() == 2  # enrolled; its first admin is asked for next
    (tmp_path / "two").mkdir()
    second = _wizard(qtbot, kit, tmp_path / "two" / "k3.db")
    _enrol(qtbot, second, code, "K3", "cashier")
    assert second.message.severity == "error"
    assert second.message.text().startswith("Kode pendaftaran salah, sudah dipakai, atau kedaluwarsa")
    assert list((tmp_path / "two").iterdir()) == []
    assert all(b.isEnabled() for b in second.kind_buttons.values())


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800)])
def test_screenshots(qtbot, qapp: QApplication, kit, tmp_path: Path, size: tuple[int, int]) -> None:  # noqa: ANN001
    wizard = _wizard(qtbot, kit, tmp_path / "x.db", size)
    wizard.kind_buttons["bay"].click()
    PNG_DIR.mkdir(parents=True, exist_ok=True)
    for theme in ("standard", "glove"):
        for lang in ("id", "en"):
            apply_theme(qapp, theme)
            install_translator(qapp, lang)
            for page in (0, 1, 2):
                wizard.pages.setCurrentIndex(page)
                idle(qtbot)
                image = wizard.grab().toImage()
                assert (image.width(), image.height()) == size
                assert image.save(str(PNG_DIR / f"first_run_{page}_{theme}_{lang}_{size[0]}x{size[1]}.png"))
