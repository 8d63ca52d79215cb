"""The advisor answers a MODIFIED substitute from the work-order editor: the warehouse proposed a
part that fits with a change; the row appears on the WO, and Approve switches the slip line so the
storekeeper can hand it out, Reject leaves the line as requested. Driven by clicks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.roles import Role
from app.wo_states import WOStatus
from tests.ui.advisor_kit import find, visible
from tests.ui.conftest import Shop, idle
from tests.ui.test_advisor_workorder import open_editor


@pytest.fixture
def proposed(shop: Shop):  # noqa: ANN201
    """A mechanic asked for the iridium plug (none in stock); the storekeeper proposed the standard
    one, a MODIFIED substitute."""
    s, cast = shop.services, shop.cast
    mech, keeper = cast.actors[Role.MECHANIC], cast.actors[Role.STOREKEEPER]
    wo = next(c for c in s.workorders.board() if c.status is WOStatus.WORKING)
    plug, plug_mod = s.catalogue.part_by_code("BUSI-IR-BKR6"), s.catalogue.part_by_code("BUSI-STD-K16")
    slip = s.pickslips.request_parts(mech, wo.id, [(plug.id, 2)])
    s.pickslips.substitute(keeper, slip.id, slip.lines[0].id, plug_mod.id)
    return wo, slip, plug.id, plug_mod.id


@pytest.mark.parametrize("approve", [True, False])
def test_the_advisor_answers_a_modified_substitute(qtbot, shop: Shop, proposed, approve: bool) -> None:  # noqa: ANN001
    wo, slip, plug, plug_mod = proposed
    window, user = open_editor(qtbot, shop, wo.id)
    qtbot.waitUntil(lambda: bool(visible(window, "Advisor.SubstituteApprove")), timeout=5000)
    text = find(window, "Advisor.SubstituteText").text()
    assert "Busi Iridium BKR6" in text and "Busi Standar K16" in text
    plug_row = next(w for w in visible(window, "Advisor.Line") if "Busi Iridium" in str(w.property("work")) or
                    "kosong" in str(w.property("work")))
    assert plug_row.property("work") == "stok kosong"  # said once, not "stok stok kosong"
    if approve:
        user.tap("Advisor.SubstituteApprove")
    else:  # rejecting asks the customer's reason; Back returns to the answer
        user.tap("Advisor.SubstituteReject")
        assert len(visible(window, "Advisor.RejectReason")) == 3 and not visible(window, "Advisor.SubstituteApprove")
        user.tap("Advisor.RejectBack")
        assert visible(window, "Advisor.SubstituteApprove") and not visible(window, "Advisor.RejectReason")
        assert shop.services.pickslips.get(slip.id).lines[0].approval == "PENDING"  # nothing decided yet
        user.tap("Advisor.SubstituteReject")
        qtbot.mouseClick(visible(window, "Advisor.RejectReason")[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not visible(window, "Advisor.Substitutes"), timeout=5000)  # nothing waits now
    idle(qtbot)
    line = shop.services.pickslips.get(slip.id).lines[0]
    message = find(window, "Advisor.EditorMessage").text()
    if approve:
        assert line.part_id == plug_mod and line.approval == "APPROVED"
        assert "disetujui" in message.lower()
    else:
        assert line.part_id == plug and line.approval == "REJECTED"
        assert line.decision_reason == "Harga ditolak"
        assert "ditolak" in message.lower()


def test_no_row_while_nothing_waits(qtbot, shop: Shop) -> None:  # noqa: ANN001
    wo = next(c for c in shop.services.workorders.board() if c.status is WOStatus.WORKING)
    window, _user = open_editor(qtbot, shop, wo.id)
    idle(qtbot)
    qtbot.wait(100)
    assert not visible(window, "Advisor.Substitutes")


# the advisor's tablet in the standard theme at both sizes; the glove theme (a bay tablet's) only at
# 1280×800: the whole WO editor does not fit a gloved 1024×700 screen (a known gap, not this row's)
LOOKS = [("standard", (1024, 700)), ("standard", (1280, 800)), ("glove", (1280, 800))]


@pytest.mark.parametrize(("theme", "size"), LOOKS)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_substitute_row_fits(qtbot, qapp, shop: Shop, proposed, tmp_path, size, theme: str,  # noqa: ANN001
                                 lang: str) -> None:
    import os
    from pathlib import Path

    from tests.ui.advisor_kit import advisor_window
    from ui.kit.i18n import install_translator
    from ui.kit.theme import apply_theme

    install_translator(qapp, lang)
    apply_theme(qapp, theme)
    wo = proposed[0]
    window = advisor_window(qtbot, shop, size=size)
    window.shell.open_item("workorder", wo.id)
    qtbot.waitUntil(lambda: bool(visible(window, "Advisor.SubstituteApprove")), timeout=5000)
    idle(qtbot)
    qtbot.wait(50)
    for name in ("Advisor.SubstituteApprove", "Advisor.SubstituteReject"):
        button = find(window, name)
        assert button.fontMetrics().horizontalAdvance(button.text()) <= button.contentsRect().width(), name
    find(window, "Advisor.SubstituteReject").click()  # the reasons, as the advisor sees them
    idle(qtbot)
    qtbot.wait(50)
    for button in [*visible(window, "Advisor.RejectReason"), find(window, "Advisor.RejectBack")]:
        assert button.fontMetrics().horizontalAdvance(button.text()) <= button.contentsRect().width(), button.text()
        assert button.height() >= button.minimumSizeHint().height(), button.text()  # not cut at the bottom
    folder = Path(os.environ.get("SENTRA_SHOTS_DIR") or tmp_path)
    window.grab().save(str(folder / f"advisor_substitute_reasons_{theme}_{lang}_{size[0]}x{size[1]}.png"))
    text = find(window, "Advisor.SubstituteText")
    assert text.heightForWidth(text.width()) <= text.height() + 1  # its lines all show
    strip = find(window, "Advisor.Substitutes")
    assert strip.geometry().bottom() < find(window, "Advisor.Lines").geometry().top() \
        if visible(window, "Advisor.Lines") else True

