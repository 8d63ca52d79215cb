"""The admin's master-data screen by clicks, against a real in-process cloud: a bad catalogue CSV
lists its rejected rows by line and reason and publishes nothing; a good one is published whole
with a progress bar; a wrong token is refused; tax rules are checked before they are sent."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton

from app.roles import Role
from tests.sync.cloudkit import ADMIN, make_kit
from tests.ui.conftest import Shop, idle, log_in
from ui.admin.master import AdminMasterScreen
from ui.kit.i18n import install_translator
from ui.kit.theme import apply_theme
from ui.shell.main_window import MainWindow

PARTS = "sku,name,unit_price,unit\n" + "".join(f"SKU-{i:04d},Part {i},{1000 + i},pcs\n" for i in range(1200))
BAD = "sku,name,unit_price,unit\nOLI-1,Oli,85.000,btl\n,Tanpa SKU,1000,pcs\nFLT-2,Filter,-500,pcs\n"
PNG_DIR = Path(os.environ.get("SENTRA_ADMIN_PNG", "/tmp/admin_png"))


@pytest.fixture
def kit():  # noqa: ANN201
    return make_kit()


def _events(kit, table: str) -> int:  # noqa: ANN001
    """The cloud's `table` ops, over all its events."""
    import json

    from sqlalchemy import select

    from sync.cloud import db

    with kit.client.app.app.state.service.engine.connect() as conn:
        bodies = conn.execute(select(db.events.c.body)).scalars().all()
    return sum(op["table"] == table for body in bodies for op in json.loads(body)["ops"])


def _open(qtbot, make_window: Callable[[], MainWindow], shop: Shop, kit) -> tuple[MainWindow, AdminMasterScreen]:  # noqa: ANN001
    window = make_window()
    log_in(qtbot, window, shop.user_id(Role.ADMIN), "000000")
    window.findChild(QPushButton, "Nav.admin.master").click()
    idle(qtbot)
    screen = window.current_screen()
    assert isinstance(screen, AdminMasterScreen)
    screen.vm.http = kit.client
    return window, screen


def _type(qtbot, edit, text: str) -> None:  # noqa: ANN001
    edit.setFocus()
    qtbot.keyClicks(edit, text)


def _import(qtbot, screen: AdminMasterScreen, path: Path, token: str = ADMIN) -> None:  # noqa: ANN001
    screen.token_edit.clear()
    _type(qtbot, screen.token_edit, token)
    screen.file_edit.clear()
    _type(qtbot, screen.file_edit, str(path))
    screen.import_button.click()
    qtbot.waitUntil(lambda: not screen.vm.busy, timeout=15_000)
    idle(qtbot)


def test_only_admins_see_the_screen(qtbot, make_window, shop: Shop) -> None:  # noqa: ANN001
    window = make_window()
    log_in(qtbot, window, shop.user_id(Role.SUPERVISOR), "999999")
    assert window.findChild(QPushButton, "Nav.supervisor.users") is not None
    assert window.findChild(QPushButton, "Nav.admin.master") is None


def test_a_bad_csv_lists_rejected_rows_and_publishes_nothing(qtbot, make_window, shop: Shop, kit,  # noqa: ANN001
                                                             tmp_path: Path) -> None:
    _window, screen = _open(qtbot, make_window, shop, kit)
    path = tmp_path / "parts.csv"
    path.write_text(BAD, encoding="utf-8")
    _import(qtbot, screen, path)
    report = screen.report.toPlainText().splitlines()
    assert len(report) == 2 and report[0].startswith("Baris 3:") and report[1].startswith("Baris 4:")
    assert screen.message.severity == "error" and "tidak ada yang diimpor" in screen.message.text()
    assert _events(kit, "parts") == 0 and not screen.progress.isVisible()


def test_a_wrong_token_is_refused_and_a_good_file_is_published_whole(qtbot, make_window, shop: Shop, kit,  # noqa: ANN001
                                                                      tmp_path: Path) -> None:
    _window, screen = _open(qtbot, make_window, shop, kit)
    path = tmp_path / "parts.csv"
    path.write_text(PARTS, encoding="utf-8")
    _import(qtbot, screen, path, token="wrong")
    assert screen.message.severity == "error" and "token" in screen.message.text()
    assert _events(kit, "parts") == 0
    steps: list[int] = []
    screen.progress.valueChanged.connect(steps.append)
    _import(qtbot, screen, path)
    assert screen.message.severity == "ok" and screen.message.text().startswith("1200 baris")
    assert screen.report.toPlainText() == "" and steps and max(steps) >= 500
    assert _events(kit, "parts") == 1200  # the whole file, published by one commit


def test_a_price_list_is_picked_by_a_click_and_imported_whole(qtbot, make_window, shop: Shop, kit,  # noqa: ANN001
                                                              tmp_path: Path) -> None:
    _window, screen = _open(qtbot, make_window, shop, kit)
    assert screen.prices_button.text() == "Daftar harga"
    screen.prices_button.click()
    assert screen.kind() == "prices" and not screen.parts_button.isChecked()
    assert "valid_from" in screen.report.placeholderText()
    path = tmp_path / "prices.csv"
    path.write_text("kind,code,branch_code,price,valid_from\npart,OLI-1,,85.000,2027-01-01\n"
                    "part,OLI-1,NOPE,90000,2027-01-01\nlabour,SVC,,150000,2027-13-01\n", encoding="utf-8")
    _import(qtbot, screen, path)
    report = screen.report.toPlainText().splitlines()
    assert report == ["Baris 3: branch_code NOPE is not a branch",
                      "Baris 4: valid_from is not a date YYYY-MM-DD ('2027-13-01')"]
    assert screen.message.severity == "error" and _events(kit, "price_list_items") == 0
    path.write_text("kind,code,branch_code,price,valid_from\npart,OLI-1,,85.000,2027-01-01\n"
                    f"part,OLI-1,{kit.branch_code},90000,2027-01-01\nlabour,SVC,,150000,2027-01-01\n",
                    encoding="utf-8")
    _import(qtbot, screen, path)
    assert screen.message.severity == "ok" and screen.message.text().startswith("3 baris"), screen.message.text()
    assert _events(kit, "price_list_items") == 3 and screen.report.toPlainText() == ""
    screen.parts_button.click()
    assert screen.kind() == "parts"


def test_a_tax_rule_is_checked_then_published(qtbot, make_window, shop: Shop, kit) -> None:  # noqa: ANN001
    from app.master_rules import tax_rule_op

    held = tax_rule_op("PPN", "11", "100", "2022-04-01")  # as if received from HQ earlier
    with shop.services.store.command("master.publish", shop.user_id(Role.ADMIN)) as cmd:
        cmd.upsert("tax_rules", held["id"], **held["fields"])
    _window, screen = _open(qtbot, make_window, shop, kit)
    qtbot.waitUntil(lambda: screen.tax_list.count() == 1, timeout=5000)
    assert screen.tax_list.item(0).text() == "PPN · 11% · DPP 1/1 · mulai 2022-04-01"
    screen.section_buttons[1].click()
    screen.tax_new.click()
    for edit, text in ((screen.tax_name, "PPN"), (screen.tax_rate, "150"), (screen.tax_dpp, "11/12"),
                       (screen.tax_from, "2026-01-01")):
        _type(qtbot, edit, text)
    screen.tax_publish.click()
    idle(qtbot)
    assert screen.message.severity == "error" and "100%" in screen.message.text()
    assert _events(kit, "tax_rules") == 0
    screen.tax_rate.clear()
    _type(qtbot, screen.tax_rate, "12")
    _type(qtbot, screen.token_edit, ADMIN)
    screen.tax_publish.click()
    qtbot.waitUntil(lambda: not screen.vm.busy, timeout=5000)
    idle(qtbot)
    assert screen.message.severity == "ok", screen.message.text()
    assert _events(kit, "tax_rules") == 1
    # the same name on an existing rule's date: refused before anything is sent
    existing = screen.vm.tax_rules[0]
    screen.tax_new.click()
    for edit, text in ((screen.tax_name, existing["name"]), (screen.tax_rate, "12"), (screen.tax_dpp, "100"),
                       (screen.tax_from, existing["valid_from"])):
        _type(qtbot, edit, text)
    screen.tax_publish.click()
    idle(qtbot)
    assert screen.message.severity == "error" and _events(kit, "tax_rules") == 1


def test_a_duplicate_warehouse_code_is_refused(qtbot, make_window, shop: Shop, kit) -> None:  # noqa: ANN001
    _window, screen = _open(qtbot, make_window, shop, kit)
    qtbot.waitUntil(lambda: screen.wh_list.count() >= 1, timeout=5000)
    screen.section_buttons[2].click()
    code = screen.vm.warehouses[0]["code"]
    screen.wh_new.click()
    _type(qtbot, screen.wh_code, code)
    _type(qtbot, screen.wh_name, "Gudang Lagi")
    screen.wh_publish.click()
    idle(qtbot)
    assert screen.message.severity == "error" and code in screen.message.text()


def test_a_branch_and_an_enrolment_code_from_the_screen(qtbot, make_window, shop: Shop, kit) -> None:  # noqa: ANN001
    _window, screen = _open(qtbot, make_window, shop, kit)
    qtbot.waitUntil(lambda: screen.br_list.count() >= 1, timeout=5000)  # this station's own branch
    screen.section_buttons[3].click()
    _type(qtbot, screen.token_edit, ADMIN)
    _type(qtbot, screen.br_station, "K9")
    screen.br_make_code.click()
    idle(qtbot)
    assert screen.message.text() == "Pilih cabangnya."  # no branch picked: nothing asked of the cloud
    _type(qtbot, screen.br_code, "bks")
    _type(qtbot, screen.br_name, "Bekasi")
    screen.br_create.click()
    qtbot.waitUntil(lambda: not screen.vm.busy, timeout=5000)
    idle(qtbot)
    assert screen.message.severity == "ok" and "BKS" in screen.message.text()
    # a code for a branch the cloud knows (the kit's), picked in the list as if synced here
    screen.vm.branches = [{"id": kit.branch_id, "code": kit.branch_code, "name": "Jakarta"}]
    screen._show_lists()
    screen.br_list.setCurrentRow(0)
    screen.br_make_code.click()
    qtbot.waitUntil(lambda: not screen.vm.busy, timeout=5000)
    idle(qtbot)
    code = screen.br_code_out.text().split(": ", 1)[1].split(" ")[0]
    r = kit.client.post("/v1/enrol", json={"code": code, "station_id": "s" * 32, "station_code": "K9",
                                           "branch_id": kit.branch_id, "pubkey": "A" * 43 + "="})
    assert r.status_code != 401, r.text  # the code is good (a made-up key may be refused otherwise)


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800)])
def test_screenshots(qtbot, qapp: QApplication, make_window, shop: Shop, kit, tmp_path: Path,  # noqa: ANN001
                     size: tuple[int, int]) -> None:
    window, screen = _open(qtbot, make_window, shop, kit)
    window.resize(*size)
    path = tmp_path / "parts.csv"
    path.write_text(BAD, encoding="utf-8")
    _import(qtbot, screen, path)
    PNG_DIR.mkdir(parents=True, exist_ok=True)
    for theme in ("standard", "glove"):
        for lang in ("id", "en"):
            apply_theme(qapp, theme)
            install_translator(qapp, lang)
            for tab in range(4):
                screen.section_buttons[tab].click()
                idle(qtbot)
                image = window.grab().toImage()
                assert (image.width(), image.height()) == size
                assert image.save(str(PNG_DIR / f"admin_master_{tab}_{theme}_{lang}_{size[0]}x{size[1]}.png"))
