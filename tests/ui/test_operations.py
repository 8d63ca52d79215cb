"""The operations helper: success, failure and progress, all delivered on the GUI thread.
(Lanes, cancel and queries vs commands: tests/ui/test_lanes.py.)"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject

from app.errors import ValidationError
from app.roles import Role
from app.wo_states import WOStatus
from tests.ui.conftest import Shop
from ui.kit.labels import error_message
from ui.kit.operations import Job, Operation, task_manager

GUI = threading.get_ident


def test_success_runs_off_the_gui_thread_and_reports_on_it(qtbot) -> None:  # noqa: ANN001
    seen: dict[str, int] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["callback"] = threading.get_ident()

    Operation(None, work).success(done).run_in_background()
    qtbot.waitUntil(lambda: "callback" in seen, timeout=5000)
    assert seen["value"] == 42
    assert seen["worker"] != GUI()
    assert seen["callback"] == GUI()


def test_failure_delivers_the_domain_error_message(qtbot) -> None:  # noqa: ANN001
    errors: list[tuple[BaseException, int]] = []
    finished: list[bool] = []

    def bad() -> None:
        raise ValidationError("nomor polisi tidak valid: XX", "plate")

    Operation(None, bad).success(lambda _: pytest.fail("no success expected")) \
        .failure(lambda exc: errors.append((exc, GUI()))).finally_(lambda: finished.append(True)) \
        .run_in_background()
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    exc, thread = errors[0]
    assert isinstance(exc, ValidationError) and exc.code == "plate"
    assert error_message(exc) == "nomor polisi tidak valid: XX"
    assert thread == GUI()


def test_a_refused_service_command_comes_back_as_a_failure(qtbot, shop: Shop) -> None:  # noqa: ANN001
    wo = shop.services.workorders.board()[0]  # the INTAKE one
    mech = shop.cast.actors[Role.MECHANIC]
    errors: list[str] = []
    Operation(None, lambda: shop.services.workorders.move(mech, wo.id, WOStatus.COMPLETED)) \
        .failure(lambda exc: errors.append(error_message(exc))).run_in_background()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert "cannot go to COMPLETED" in errors[0]


def test_unhandled_failure_is_signalled(qtbot) -> None:  # noqa: ANN001
    def bad() -> None:
        raise ValidationError("kosong")

    with qtbot.waitSignal(task_manager().failed_unhandled, timeout=5000) as blocker:
        Operation(None, bad).run_in_background()
    assert str(blocker.args[0]) == "kosong"


def test_progress_arrives_in_order_on_the_gui_thread_before_success(qtbot) -> None:  # noqa: ANN001
    events: list[tuple[str, object, int]] = []

    def work(job: Job) -> str:
        for step in range(1, 4):
            job.report(step, 3, f"langkah {step}")
        return "selesai"

    Operation(None, work, with_job=True) \
        .progress(lambda done, total, label: events.append(("progress", (done, total, label), GUI()))) \
        .success(lambda value: events.append(("success", value, GUI()))) \
        .run_in_background()
    qtbot.waitUntil(lambda: any(kind == "success" for kind, _, _ in events), timeout=5000)
    assert [payload for _, payload, _ in events] == [
        (1, 3, "langkah 1"), (2, 3, "langkah 2"), (3, 3, "langkah 3"), "selesai"]
    assert {thread for _, _, thread in events} == {GUI()}


def test_callbacks_are_skipped_when_the_owner_is_gone(qtbot) -> None:  # noqa: ANN001
    owner = QObject()
    gate = threading.Event()
    called: list[object] = []
    Operation(owner, lambda: gate.wait(5) and "late").success(called.append).run_in_background()
    owner.deleteLater()
    qtbot.wait(20)
    gate.set()
    task_manager().wait_idle(5000)
    qtbot.wait(50)
    assert called == []
    assert not task_manager().busy


def test_operations_run_one_at_a_time_in_order(qtbot) -> None:  # noqa: ANN001
    order: list[int] = []
    for n in range(5):
        Operation(None, lambda n=n: n).success(order.append).run_in_background()
    qtbot.waitUntil(lambda: len(order) == 5, timeout=5000)
    assert order == [0, 1, 2, 3, 4]
