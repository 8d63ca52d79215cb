"""The mechanic's bay screens driven by taps in the glove theme: the job clock (start, pause with
a reason, resume, finish asked once), two mechanics on one job, a second clock pausing the
first, a parts request reaching the storekeeper's queue, findings with a recommended job, QC
refused to the one who did the work, a QC return recorded against the job."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.demo import DEMO_PINS
from app.job_clock import MechanicState
from app.roles import Role
from app.wo_states import JobStatus, WOStatus
from tests.ui.conftest import Shop, idle, log_in
from ui.kit.theme import apply_theme
from ui.shell.main_window import MainWindow

MECH_PIN, BOSS_PIN = DEMO_PINS[Role.MECHANIC][1], DEMO_PINS[Role.SUPERVISOR][1]


@pytest.fixture(autouse=True)
def glove(qapp: QApplication) -> None:
    apply_theme(qapp, "glove")


@pytest.fixture
def working(shop: Shop):  # noqa: ANN201
    """The demo's WORKING work order, whose two jobs are the mechanic's."""
    card = next(c for c in shop.services.workorders.board() if c.status is WOStatus.WORKING)
    return shop.services.workorders.get(card.id)


def as_user(qtbot, shop: Shop, make_window: Callable[[], MainWindow], role: Role, pin: str,  # noqa: ANN001
            screen: str, window: MainWindow | None = None) -> MainWindow:
    if window is None:
        window = make_window()
    else:
        tap(qtbot, window, "LogoutButton")
        qtbot.waitUntil(lambda: window.shell is None, timeout=5000)
    log_in(qtbot, window, shop.user_id(role), pin)
    assert window.shell is not None
    window.shell.open(screen)
    idle(qtbot)
    return window


def visible(window: QWidget, name: str, **props: str) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget, name) if w.isVisible()
            and all(str(w.property(k)) == v for k, v in props.items())]


def tap(qtbot, window: QWidget, name: str, **props: str) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: bool(visible(window, name, **props)), timeout=5000)
    widget = visible(window, name, **props)[0]
    assert widget.isEnabled(), f"{name} is disabled"
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    idle(qtbot)


def text(window: QWidget, name: str) -> str:
    found = visible(window, name)
    return found[0].text() if found else ""


def severity(window: QWidget, name: str) -> str | None:
    found = visible(window, name)
    return found[0].property("severity") if found else None


def state(shop: Shop, job_id: str, role: Role = Role.MECHANIC) -> MechanicState:
    return shop.services.clock.state(job_id, shop.user_id(role))


def open_job(qtbot, window: MainWindow, job_id: str) -> None:  # noqa: ANN001
    if visible(window, "Clock.Back"):
        tap(qtbot, window, "Clock.Back")
    tap(qtbot, window, "MyJobs.Job", jobId=job_id)
    qtbot.waitUntil(lambda: bool(visible(window, "Clock.Start")), timeout=5000)


def test_start_pause_resume_finish_by_taps(qtbot, shop: Shop, make_window, working) -> None:  # noqa: ANN001
    window = as_user(qtbot, shop, make_window, Role.MECHANIC, MECH_PIN, "mechanic.jobs")
    job = working.jobs[0]
    open_job(qtbot, window, job.id)
    assert "Servis 40.000 km" in text(window, "Clock.Detail")  # the WO's complaint
    tap(qtbot, window, "Clock.Start")
    qtbot.waitUntil(lambda: state(shop, job.id) is MechanicState.RUNNING, timeout=5000)
    assert not visible(window, "Clock.Start")[0].isEnabled() and visible(window, "Clock.Pause")[0].isEnabled()
    tap(qtbot, window, "Clock.Pause")
    assert not visible(window, "Clock.Finish")  # the reasons replace the actions
    tap(qtbot, window, "Clock.Reason", reason="WAITING_PARTS")
    qtbot.waitUntil(lambda: state(shop, job.id) is MechanicState.PAUSED, timeout=5000)
    assert [r["end_reason"] for r in shop.services.clock.intervals(job.id)] == ["WAITING_PARTS"]
    tap(qtbot, window, "Clock.Start")  # resume
    qtbot.waitUntil(lambda: state(shop, job.id) is MechanicState.RUNNING, timeout=5000)
    tap(qtbot, window, "Clock.Finish")
    assert visible(window, "Bay.ConfirmYes") and state(shop, job.id) is MechanicState.RUNNING  # asked, not done
    tap(qtbot, window, "Bay.ConfirmNo")
    assert state(shop, job.id) is MechanicState.RUNNING
    tap(qtbot, window, "Clock.Finish")
    tap(qtbot, window, "Bay.ConfirmYes")
    qtbot.waitUntil(lambda: state(shop, job.id) is MechanicState.FINISHED, timeout=5000)
    wo = shop.services.workorders.get(working.id)
    assert next(j for j in wo.jobs if j.id == job.id).status is JobStatus.FINISHED
    assert [r["end_reason"] for r in shop.services.clock.intervals(job.id)] == ["WAITING_PARTS", "FINISHED"]
    qtbot.waitUntil(lambda: visible(window, "Clock.State")[0].property("state") == "FINISHED", timeout=5000)


def test_a_second_clock_pauses_the_first_and_says_so(qtbot, shop: Shop, make_window, working) -> None:  # noqa: ANN001
    window = as_user(qtbot, shop, make_window, Role.MECHANIC, MECH_PIN, "mechanic.jobs")
    first, second = working.jobs
    open_job(qtbot, window, first.id)
    tap(qtbot, window, "Clock.Start")
    qtbot.waitUntil(lambda: state(shop, first.id) is MechanicState.RUNNING, timeout=5000)
    open_job(qtbot, window, second.id)
    tap(qtbot, window, "Clock.Start")
    qtbot.waitUntil(lambda: state(shop, second.id) is MechanicState.RUNNING, timeout=5000)
    assert state(shop, first.id) is MechanicState.PAUSED
    qtbot.waitUntil(lambda: first.description in text(window, "Clock.Message"), timeout=5000)
    assert severity(window, "Clock.Message") == "warning"


def test_two_mechanics_clock_one_job(qtbot, shop: Shop, make_window, working) -> None:  # noqa: ANN001
    s, boss = shop.services, shop.cast.actors[Role.SUPERVISOR]
    andi = s.auth.create_user(boss, "Budi (Mekanik)", Role.MECHANIC, "5555")
    job = working.jobs[0]
    s.workorders.assign(shop.cast.actors[Role.ADVISOR], working.id, job.id, [shop.user_id(Role.MECHANIC), andi.id])
    window = as_user(qtbot, shop, make_window, Role.MECHANIC, MECH_PIN, "mechanic.jobs")
    open_job(qtbot, window, job.id)
    tap(qtbot, window, "Clock.Start")
    qtbot.waitUntil(lambda: state(shop, job.id) is MechanicState.RUNNING, timeout=5000)
    tap(qtbot, window, "LogoutButton")
    qtbot.waitUntil(lambda: window.shell is None, timeout=5000)
    log_in(qtbot, window, andi.id, "5555")
    window.shell.open("mechanic.jobs")
    idle(qtbot)
    open_job(qtbot, window, job.id)
    assert "Joko" in text(window, "Clock.Job")  # who else is on it
    tap(qtbot, window, "Clock.Start")
    qtbot.waitUntil(lambda: s.clock.state(job.id, andi.id) is MechanicState.RUNNING, timeout=5000)
    assert state(shop, job.id) is MechanicState.RUNNING  # Joko's clock runs on
    tap(qtbot, window, "Clock.Finish")
    tap(qtbot, window, "Bay.ConfirmYes")
    qtbot.waitUntil(lambda: s.clock.state(job.id, andi.id) is MechanicState.FINISHED, timeout=5000)
    assert next(j for j in s.workorders.get(working.id).jobs if j.id == job.id).status is JobStatus.STARTED
    assert {r["mechanic_id"] for r in s.clock.intervals(job.id)} == {shop.user_id(Role.MECHANIC), andi.id}


def test_parts_request_reaches_the_storekeepers_queue(qtbot, shop: Shop, make_window, working) -> None:  # noqa: ANN001
    window = as_user(qtbot, shop, make_window, Role.MECHANIC, MECH_PIN, "mechanic.parts")
    qtbot.waitUntil(lambda: bool(visible(window, "Parts.Wo")), timeout=5000)
    assert visible(window, "Parts.Wo")[0].isChecked()
    search = visible(window, "Parts.Search")[0]
    search.setFocus()
    QTest.keyClicks(search, "kampas")
    qtbot.waitUntil(lambda: bool(visible(window, "Parts.Result")), timeout=5000)
    tap(qtbot, window, "Parts.Result", sku="KMP-REM-DPN")
    tap(qtbot, window, "KeypadAction", key="clear")
    tap(qtbot, window, "KeypadKey", key="2")
    tap(qtbot, window, "KeypadOk")
    qtbot.waitUntil(lambda: bool(visible(window, "Parts.Line")), timeout=5000)
    assert text(window, "Parts.Line").startswith("2 × Kampas Rem Depan")
    tap(qtbot, window, "Parts.Send")
    qtbot.waitUntil(lambda: "PS/" in text(window, "Parts.Slips"), timeout=5000)
    slips = shop.services.pickslips.for_work_order(working.id)
    assert [(l.sku, l.qty) for l in slips[-1].lines] == [("KMP-REM-DPN", 2)]
    queue = shop.services.pickslips.queue()  # what the storekeeper's counter lists
    assert any(q.number == slips[-1].number and q.status == "requested" for q in queue)
    assert shop.services.workorders.get(working.id).status is WOStatus.WAITING_PARTS
    assert "requested" in text(window, "Parts.Slips") or "diminta" in text(window, "Parts.Slips")


def test_findings_pick_list_and_recommended_job(qtbot, shop: Shop, make_window, working) -> None:  # noqa: ANN001
    window = as_user(qtbot, shop, make_window, Role.MECHANIC, MECH_PIN, "mechanic.findings")
    qtbot.waitUntil(lambda: bool(visible(window, "Findings.Labour")), timeout=5000)
    tap(qtbot, window, "Findings.Code", code="BRAKE_WORN")
    tap(qtbot, window, "Findings.Labour", code="REM-DPN")
    tap(qtbot, window, "Findings.Save")
    qtbot.waitUntil(lambda: bool(shop.services.findings.for_wo(working.id)), timeout=5000)
    [rec] = shop.services.findings.recommended_jobs(working.id)
    assert rec.recommended_by == shop.user_id(Role.MECHANIC)


def _all_finished(shop: Shop, wo) -> None:  # noqa: ANN001
    mech = shop.cast.actors[Role.MECHANIC]
    for job in wo.jobs:
        shop.services.clock.start(mech, job.id)
        shop.services.clock.finish(mech, job.id)


def test_qc_refused_to_the_one_who_did_the_work(qtbot, shop: Shop, make_window, working) -> None:  # noqa: ANN001
    _all_finished(shop, working)
    window = as_user(qtbot, shop, make_window, Role.MECHANIC, MECH_PIN, "mechanic.jobs")
    open_job(qtbot, window, working.jobs[0].id)
    tap(qtbot, window, "Clock.SendToQC")
    tap(qtbot, window, "Bay.ConfirmYes")
    qtbot.waitUntil(lambda: shop.services.workorders.get(working.id).status is WOStatus.QC_TEST, timeout=5000)
    window.shell.open("mechanic.qc")
    idle(qtbot)
    tap(qtbot, window, "QC.Wo", plate=working.plate)
    qtbot.waitUntil(lambda: bool(visible(window, "QC.NotYou")), timeout=5000)
    assert not visible(window, "QC.Pass")[0].isEnabled() and not visible(window, "QC.Return")[0].isEnabled()
    screen = window.current_screen()
    screen.pass_qc()  # even if the button were pressed: the core refuses, and says why
    qtbot.waitUntil(lambda: severity(window, "QC.Message") == "error", timeout=5000)
    assert shop.services.workorders.get(working.id).status is WOStatus.QC_TEST
    assert shop.services.qc.checks(working.id) == []


def test_qc_return_is_recorded_against_the_job(qtbot, shop: Shop, make_window, working) -> None:  # noqa: ANN001
    _all_finished(shop, working)
    shop.services.qc.send_to_qc(shop.cast.actors[Role.MECHANIC], working.id)
    window = as_user(qtbot, shop, make_window, Role.SUPERVISOR, BOSS_PIN, "mechanic.qc")
    tap(qtbot, window, "QC.Wo", plate=working.plate)
    qtbot.waitUntil(lambda: visible(window, "QC.Pass")[0].isEnabled(), timeout=5000)
    tap(qtbot, window, "QC.Return")
    tap(qtbot, window, "QC.ReturnJob", jobId=working.jobs[1].id)
    tap(qtbot, window, "QC.Reason", reason="Noise still there")
    tap(qtbot, window, "QC.Return")
    tap(qtbot, window, "Bay.ConfirmYes")
    qtbot.waitUntil(lambda: shop.services.workorders.get(working.id).status is WOStatus.WORKING, timeout=5000)
    [check] = shop.services.qc.checks(job_id=working.jobs[1].id)
    assert check.result == "RETURNED" and check.checker_id == shop.user_id(Role.SUPERVISOR) and check.reason
    job = next(j for j in shop.services.workorders.get(working.id).jobs if j.id == working.jobs[1].id)
    assert job.status is JobStatus.PAUSED  # its mechanic resumes it


def test_qc_pass_by_the_supervisor_completes(qtbot, shop: Shop, make_window, working) -> None:  # noqa: ANN001
    _all_finished(shop, working)
    shop.services.qc.send_to_qc(shop.cast.actors[Role.MECHANIC], working.id)
    window = as_user(qtbot, shop, make_window, Role.SUPERVISOR, BOSS_PIN, "mechanic.qc")
    tap(qtbot, window, "QC.Wo", plate=working.plate)
    qtbot.waitUntil(lambda: visible(window, "QC.Pass")[0].isEnabled(), timeout=5000)
    tap(qtbot, window, "QC.Pass")
    tap(qtbot, window, "Bay.ConfirmYes")
    qtbot.waitUntil(lambda: shop.services.workorders.get(working.id).status is WOStatus.COMPLETED, timeout=5000)
    assert [c.result for c in shop.services.qc.checks(working.id)] == ["PASSED"]
