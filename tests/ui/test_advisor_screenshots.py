"""The advisor's screens as a workshop sees them: search, vehicle card with its timeline, the WO
editor with a decision per line, the printed estimate, the register form refusing bad input; in
Bahasa Indonesia at 1280×800, the editor in English, and the card at 1024×700 and in glove mode.

Writes to docs/screenshots/advisor_*.png when SENTRA_SCREENSHOTS=1 (the README's pictures), else
to a temporary folder. Each picture is checked for what must be on it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.approval import Approval, Via
from app.roles import Role
from tests.ui.advisor_kit import User, advisor_window, find, visible
from tests.ui.conftest import Shop, idle
from ui.kit.i18n import install_translator
from ui.kit.theme import apply_theme

REPO_SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    if os.environ.get("SENTRA_SCREENSHOTS"):
        REPO_SHOTS.mkdir(parents=True, exist_ok=True)
        return REPO_SHOTS
    return tmp_path


def save(window, path: Path) -> None:  # noqa: ANN001
    idle_app()
    assert window.grab().save(str(path))
    assert path.stat().st_size > 10_000


def idle_app() -> None:
    for _ in range(5):
        QApplication.processEvents()


def worked_wo(shop: Shop) -> str:
    """Budi's car today: service approved in person, AC check declined on WhatsApp, a part waiting."""
    s, cast = shop.services, shop.cast
    sa, mech = cast.actors[Role.ADVISOR], cast.actors[Role.MECHANIC]
    wo = s.reception.open_wo(sa, cast.vehicle_ids[0], ["Servis berkala 10.000 km", "AC kurang dingin"], 10_250)
    service = s.workorders.add_job(sa, wo.id, cast.labour_ids["service"])
    ac = s.workorders.add_job(sa, wo.id, cast.labour_ids["ac"])
    oil = s.workorders.add_part(sa, wo.id, cast.part_ids["oil"], 1)
    s.workorders.add_part(sa, wo.id, cast.part_ids["filter"], 1)
    s.estimates.decide(sa, wo.id, [service.id, oil.id], Approval.APPROVED, "Budi Santoso", Via.IN_PERSON)
    s.estimates.decide(sa, wo.id, [ac.id], Approval.DECLINED, "Budi Santoso", Via.WHATSAPP)
    s.estimates.assign_job(sa, wo.id, service.id, [mech.user_id], "Bay 1")
    return wo.id


def test_desk_screenshots(qtbot, shop: Shop, shots: Path) -> None:  # noqa: ANN001
    window = advisor_window(qtbot, shop)
    user = User(qtbot, window)
    user.tap("Nav.advisor.desk")
    user.type("Advisor.Search", "s")  # Siti Rahma, PT Sinar Armada, and Agus Salim and Budi Santoso by their second names
    user.wait_text("Advisor.Result", "Agus Salim", row="0")
    assert len(visible(window, "Advisor.Result")) == 4
    save(window, shots / "advisor_search.png")
    user.type("Advisor.Search", "", clear=True)
    user.type("Advisor.Search", "b 1234 xyz")
    user.enter("Advisor.Search")
    user.wait("Advisor.Timeline.Entry")
    assert len(visible(window, "Advisor.Timeline.Entry")) == 2  # this branch and Bandung
    save(window, shots / "advisor_vehicle_card.png")
    user.tap("Advisor.Back")
    user.type("Advisor.Search", "b9999zz")
    user.tap("Advisor.RegisterNew")
    user.type("Advisor.Register.phone", "0812")
    user.type("Advisor.Register.vin", "ABC")
    user.tap("Advisor.Register.Save")
    assert visible(window, "Advisor.Register.name.Error") and visible(window, "Advisor.Register.vin.Error")
    save(window, shots / "advisor_register_errors.png")


def test_editor_screenshots(qtbot, shop: Shop, shots: Path) -> None:  # noqa: ANN001
    wo_id = worked_wo(shop)
    window = advisor_window(qtbot, shop)
    user = User(qtbot, window)
    window.shell.open_item("workorder", wo_id)
    qtbot.waitUntil(lambda: len(visible(window, "Advisor.Line")) == 4, timeout=5000)
    user.tap("Advisor.Line", row="3")
    save(window, shots / "advisor_wo_editor.png")
    user.tap("Advisor.PrintEstimate")
    user.wait_text("Advisor.PrintPreview.Title", "Estimasi")
    save(window, shots / "advisor_estimate.png")


def test_editor_in_english_and_card_small_and_glove(qtbot, qapp, shop: Shop, shots: Path) -> None:  # noqa: ANN001
    wo_id = worked_wo(shop)
    install_translator(qapp, "en")
    try:
        window = advisor_window(qtbot, shop)
        window.shell.open_item("workorder", wo_id)
        qtbot.waitUntil(lambda: len(visible(window, "Advisor.Line")) == 4, timeout=5000)
        assert find(window, "Advisor.PrintJobSheet").text() == "Print job sheet"
        save(window, shots / "advisor_wo_editor_en.png")
    finally:
        install_translator(qapp, "id")
    window = advisor_window(qtbot, shop, size=(1024, 700))
    user = User(qtbot, window)
    user.tap("Nav.advisor.desk")
    user.type("Advisor.Search", "b1234xyz")
    user.enter("Advisor.Search")
    user.wait("Advisor.Timeline.Entry")
    save(window, shots / "advisor_vehicle_card_1024.png")
    apply_theme(qapp, "glove")
    try:
        window = advisor_window(qtbot, shop)
        window.shell.open_item("workorder", wo_id)
        qtbot.waitUntil(lambda: len(visible(window, "Advisor.Line")) == 4, timeout=5000)
        save(window, shots / "advisor_wo_editor_glove.png")
    finally:
        apply_theme(qapp, "standard")
    idle(qtbot)
