"""The work-order editor driven like a user: add a job and a part, approve and decline per line
(a declined line stays but leaves the estimate total), a quantity change needs approval again,
mechanics and a bay per job, printing to the preview; a board card opens the editor and the
board filters by bay, mechanic and overdue; the window repaints while a service call is blocked."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, QEvent
from PySide6.QtWidgets import QApplication

from app import tax
from app.approval import Approval, Via
from app.roles import Role
from app.wo_states import WOStatus
from tests.ui.advisor_kit import User, advisor_window, find, visible
from tests.ui.conftest import Shop, idle


def open_editor(qtbot, shop: Shop, wo_id: str):  # noqa: ANN001
    window = advisor_window(qtbot, shop)
    user = User(qtbot, window)
    window.shell.open_item("workorder", wo_id)
    user.wait("Advisor.WorkOrder")
    idle(qtbot)
    return window, user


@pytest.fixture
def editor(qtbot, shop: Shop):  # noqa: ANN001
    sa = shop.cast.actors[Role.ADVISOR]
    wo = shop.services.workorders.open(sa, shop.cast.vehicle_ids[0], ["Servis berkala"], odometer_km=15_000)
    window, user = open_editor(qtbot, shop, wo.id)
    return window, user, wo


def states(window) -> list[str]:  # noqa: ANN001
    return [w.property("state") for w in sorted(visible(window, "Advisor.Line"), key=lambda w: int(w.property("row")))]


def test_add_approve_decline_and_the_total_leaves_the_declined_line_out(qtbot, editor, shop: Shop) -> None:  # noqa: ANN001
    window, user, wo = editor
    user.tap("Advisor.AddJob", code="SRV-10K")
    qtbot.waitUntil(lambda: states(window) == ["proposed"], timeout=5000)
    user.tap("Advisor.AddJob", code="AC-CHK")
    user.tap("Advisor.AddPart", sku="FLT-OLI-TY")
    qtbot.waitUntil(lambda: len(states(window)) == 3, timeout=5000)
    full = tax.compute(300_000 + 150_000, 65_000, 0)
    user.wait_text("Advisor.Total", f"Rp {full.total:,}".replace(",", "."))
    # the customer declines the AC check on the phone, approves the rest in person
    user.tap("Advisor.Line", kind="job", row="1")
    user.tap("Advisor.Via", via="phone")
    user.tap("Advisor.Decline")
    qtbot.waitUntil(lambda: states(window) == ["proposed", "declined", "proposed"], timeout=5000)
    kept = tax.compute(300_000, 65_000, 0)
    user.wait_text("Advisor.Total", f"Rp {kept.total:,}".replace(",", "."))
    user.tap("Advisor.ApproveAll")
    qtbot.waitUntil(lambda: states(window) == ["approved", "declined", "approved"], timeout=5000)
    assert find(window, "Advisor.ApprovedTotal").text() == find(window, "Advisor.Total").text()
    est = shop.services.estimates.estimate(wo.id)
    declined = next(li for li in est.lines if li.approval is Approval.DECLINED)
    assert declined.description.startswith("Cek") and declined.decision.via is Via.PHONE
    assert declined.decision.by == "Budi Santoso"  # pre-filled with the customer's name
    assert est.estimate == kept


def test_a_quantity_change_after_approval_needs_approval_again(qtbot, editor) -> None:  # noqa: ANN001
    window, user, _wo = editor
    user.tap("Advisor.AddPart", sku="FLT-OLI-TY")
    user.tap("Advisor.ApproveAll")
    qtbot.waitUntil(lambda: states(window) == ["approved"], timeout=5000)
    user.tap("Advisor.Line", kind="part")
    user.tap("Advisor.QtyPlus")
    qtbot.waitUntil(lambda: states(window) == ["proposed"], timeout=5000)
    line = find(window, "Advisor.Line", kind="part")
    assert line.findChildren(type(find(window, "Advisor.WoNumber")))[2].text() == "2"


def test_mechanics_and_a_bay_per_job(qtbot, editor, shop: Shop) -> None:  # noqa: ANN001
    window, user, wo = editor
    user.tap("Advisor.AddJob", code="SRV-10K")
    user.tap("Advisor.AddJob", code="REM-DPN")
    qtbot.waitUntil(lambda: len(states(window)) == 2, timeout=5000)
    mechanic = shop.user_id(Role.MECHANIC)
    for row, bay in (("0", "Bay 2"), ("1", "Bay 3")):
        for w in visible(window, "Advisor.Line"):
            if w.isChecked():
                user.tap("Advisor.Line", row=str(w.property("row")))  # one job at a time
        user.tap("Advisor.Line", row=row)
        user.tap("Advisor.Assign")
        user.tap("Advisor.AssignMechanic", user_id=mechanic)
        user.tap("Advisor.AssignBay", bay=bay)
        user.tap("Advisor.AssignSave")
        qtbot.waitUntil(lambda b=bay: any(b in str(w.property("work")) for w in visible(window, "Advisor.Line")),
                        timeout=5000)
    jobs = {j.description: (j.bay, j.mechanic_ids) for j in shop.services.workorders.get(wo.id).jobs}
    assert sorted(jobs.values()) == [("Bay 2", [mechanic]), ("Bay 3", [mechanic])]


def test_assign_without_a_bay_is_refused_in_the_panel(qtbot, editor, shop: Shop) -> None:  # noqa: ANN001
    window, user, wo = editor
    user.tap("Advisor.AddJob", code="SRV-10K")
    user.tap("Advisor.Line", kind="job")
    user.tap("Advisor.Assign")
    user.tap("Advisor.AssignMechanic", user_id=shop.user_id(Role.MECHANIC))
    user.tap("Advisor.AssignSave")
    assert user.wait("Advisor.AssignMessage").text() == "Pilih bay."
    assert shop.services.workorders.get(wo.id).jobs[0].mechanic_ids == []


def test_print_job_sheet_and_estimate_to_the_preview(qtbot, editor) -> None:  # noqa: ANN001
    window, user, _wo = editor
    user.tap("Advisor.AddJob", code="SRV-10K")
    user.tap("Advisor.PrintJobSheet")
    image = user.wait("Advisor.PrintPreview.Image")
    qtbot.waitUntil(lambda: image.pixmap() is not None and not image.pixmap().isNull(), timeout=5000)
    assert image.pixmap().width() == 576 + 32  # the 80 mm printer's dots and margins
    assert find(window, "Advisor.PrintPreview.Title").text() == "SPK"
    user.tap("Advisor.PrintPreview.Close")
    user.tap("Advisor.PrintEstimate")
    qtbot.waitUntil(lambda: find(window, "Advisor.PrintPreview.Title").text() == "Estimasi"
                    if visible(window, "Advisor.PrintPreview.Title") else False, timeout=5000)


def test_a_board_card_opens_the_editor_and_the_board_filters(qtbot, shop: Shop) -> None:  # noqa: ANN001
    sa, mech = shop.cast.actors[Role.ADVISOR], shop.cast.actors[Role.MECHANIC]
    cards = shop.services.workorders.board()
    target = next(c for c in cards if c.status is WOStatus.WORKING)
    job = shop.services.workorders.add_job(sa, target.id, shop.cast.labour_ids["brake"])
    shop.services.estimates.assign_job(sa, target.id, job.id, [mech.user_id], "Bay 1")
    intake = next(c for c in cards if c.status is WOStatus.INTAKE)  # the demo put it in Bay 1
    window = advisor_window(qtbot, shop)
    user = User(qtbot, window)
    user.tap("Nav.board")
    board = window.shell.current().board
    qtbot.waitUntil(lambda: board.model.load_count >= 1, timeout=5000)
    assert board.model.count() == 4
    bay = find(window, "BoardFilter.Bay")
    bay.setCurrentIndex(bay.findData("Bay 1"))  # a job of the working WO went to Bay 1
    idle(qtbot)
    assert {c.id for c in board.model.cards} == {target.id, intake.id}
    bay.setCurrentIndex(0)
    mech_box = find(window, "BoardFilter.Mechanic")
    mech_box.setCurrentIndex(mech_box.findData(mech.user_id))
    assert [c.id for c in board.model.cards] == [target.id]
    user.tap("BoardFilter.Overdue")
    assert board.model.cards == []
    user.tap("BoardFilter.Clear")
    assert board.model.count() == 4
    column = board.columns[WOStatus.WORKING].list
    rect = column.visualRect(column.model().index(0, 0))
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    QTest.mouseClick(column.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(rect.center().x(), rect.center().y()))
    user.wait("Advisor.WorkOrder")
    qtbot.waitUntil(lambda: find(window, "Advisor.WoNumber").text() == target.number, timeout=5000)
    assert window.shell.current_id == "advisor.workorder"


class _PaintCounter(QObject):
    """Counts paint events that happen while `busy` says the service call is still inside the core."""

    def __init__(self, busy) -> None:  # noqa: ANN001
        super().__init__()
        self.busy = busy
        self.paints = 0

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and self.busy():
            self.paints += 1
        return False


def test_the_window_repaints_while_a_service_call_is_blocked(qtbot, shop: Shop, monkeypatch) -> None:  # noqa: ANN001
    """A search stuck in the core (a slow disk, a lock) never freezes the desk: the GUI thread
    keeps painting and the clock keeps ticking until the call returns."""
    import ui.advisor.desk_model as desk_model

    window = advisor_window(qtbot, shop)
    user = User(qtbot, window)
    user.tap("Nav.advisor.desk")
    gate, entered, left = threading.Event(), threading.Event(), threading.Event()
    real = desk_model.search

    def blocked(store, text):  # noqa: ANN001
        entered.set()
        gate.wait(10)
        left.set()
        return real(store, text)

    monkeypatch.setattr(desk_model, "search", blocked)
    user.type("Advisor.Search", "b1234xyz")
    qtbot.waitUntil(entered.is_set, timeout=5000)
    counter = _PaintCounter(lambda: entered.is_set() and not left.is_set())
    search = find(window, "Advisor.Search")
    search.installEventFilter(counter)
    try:
        for n in range(5):
            search.setText(f"b1234xy{n}")  # what a user's typing does to the field: a repaint each time
            search.update()
            qtbot.wait(20)
        assert counter.paints >= 3, counter.paints  # painted while the search is still blocked
        assert not gate.is_set()
    finally:
        gate.set()
        search.removeEventFilter(counter)
    idle(qtbot)
    QApplication.processEvents()


def test_printing_without_a_printer_says_so(qtbot, shop: Shop) -> None:  # noqa: ANN001
    from app.demo import DEMO_PINS
    from tests.ui.conftest import log_in
    from ui.shell.main_window import MainWindow

    wo = shop.services.workorders.open(shop.cast.actors[Role.ADVISOR], shop.cast.vehicle_ids[0], ["Servis"])
    window = MainWindow(shop.services)  # a station with no printer set up
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: bool(window.login.user_buttons), timeout=5000)
    log_in(qtbot, window, shop.user_id(Role.ADVISOR), DEMO_PINS[Role.ADVISOR][1])
    user = User(qtbot, window)
    window.shell.open_item("workorder", wo.id)
    user.tap("Advisor.PrintJobSheet")
    assert user.wait("Advisor.EditorMessage").text() == "Printer belum diatur untuk stasiun ini."
    assert not visible(window, "Advisor.PrintPreview")
