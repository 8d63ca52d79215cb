"""Operation lanes: a two-minute card sale holds only the device lane; cancel; queries vs
commands; shutdown drains every lane."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from app.changes import ChangeSet
from app.ports import DeviceMessage, StationDevices
from app.roles import Role
from app.wo_states import WOStatus
from tests.ui.conftest import Shop, idle, log_in
from tests.ui.fakes import FakeClock, SlowCardTerminal
from ui.devices.edc_runner import EdcRunner
from ui.kit.operations import CommandOp, Job, Lane, QueryOp, TaskManager, task_manager
from ui.screens.board import BoardScreen
from ui.shell.main_window import MainWindow


def test_a_card_sale_waiting_120_s_blocks_neither_the_board_nor_a_login(
        qtbot, shop: Shop, make_window: Callable[[], MainWindow]) -> None:  # noqa: ANN001
    clock = FakeClock()
    terminal = SlowCardTerminal(clock, timeout=120.0)
    runner = EdcRunner(StationDevices(card_terminal=terminal), task_manager())
    progress: list[str] = []
    results: list[object] = []
    runner.progress.connect(progress.append)
    runner.finished.connect(results.append)
    runner.sale("pay-1", 1_250_000)
    assert terminal.waiting.wait(5)  # the terminal now waits for a card (fake seconds: none pass)
    qtbot.waitUntil(lambda: progress == [DeviceMessage.WAITING_FOR_CARD.value], timeout=5000)

    window = make_window()  # the login screen loads its users on the store lane meanwhile
    log_in(qtbot, window, shop.user_id(Role.ADVISOR), "1111")
    screen = window.current_screen()
    assert isinstance(screen, BoardScreen)
    board = screen.board
    qtbot.waitUntil(lambda: board.model.load_count >= 1, timeout=5000)
    loads = board.model.load_count
    wo = board.model.cards[0]
    mech = shop.cast.actors[Role.MECHANIC]
    worker = threading.Thread(target=lambda: shop.services.workorders.move(mech, wo.id, WOStatus.DIAGNOSING))
    worker.start()
    worker.join(10)
    qtbot.waitUntil(lambda: board.model.load_count > loads, timeout=5000)  # the board refreshed
    assert runner.busy and not results  # ...while the sale still waits

    clock.advance(119.0)
    qtbot.wait(50)
    assert not results
    clock.advance(1.0)  # two minutes without a card: the terminal gives up
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results[0].status == "declined" and not results[0].charged
    assert progress[-1] == DeviceMessage.DONE.value
    assert not runner.busy


def test_cancel_stops_a_running_query_and_skips_its_result(qtbot) -> None:  # noqa: ANN001
    started = threading.Event()
    seen: dict[str, object] = {}

    def slow_count(job: Job) -> int:
        started.set()
        n = 0
        while not job.cancelled and n < 500:
            job.token.wait(0.01)
            n += 1
        seen["stopped_at"] = n
        job.check()  # raises Cancelled
        return n

    op = QueryOp(None, slow_count, with_job=True).success(lambda v: seen.setdefault("success", v)) \
        .failure(lambda e: seen.setdefault("failure", e)).on_cancel(lambda: seen.setdefault("cancelled", True))
    op.run()
    assert started.wait(5)
    op.cancel()
    qtbot.waitUntil(lambda: "cancelled" in seen, timeout=5000)
    assert "success" not in seen and "failure" not in seen
    assert int(seen["stopped_at"]) < 500  # it stopped early, not at the end
    idle(qtbot)
    assert not task_manager().busy


def test_a_query_is_cancelled_when_its_owner_is_destroyed(qtbot) -> None:  # noqa: ANN001
    owner = QObject()
    started, checked = threading.Event(), threading.Event()
    cancelled_seen: list[bool] = []

    def work(job: Job) -> None:
        started.set()
        job.token.wait(5)
        cancelled_seen.append(job.cancelled)
        checked.set()

    QueryOp(owner, work, with_job=True).run()
    assert started.wait(5)
    owner.deleteLater()
    qtbot.waitUntil(checked.is_set, timeout=5000)
    assert cancelled_seen == [True]


def test_an_operation_cancelled_before_it_starts_never_runs(qtbot) -> None:  # noqa: ANN001
    gate = threading.Event()
    ran: list[str] = []
    first = QueryOp(None, lambda: gate.wait(5))
    second = QueryOp(None, lambda: ran.append("second"))
    first.run()
    second.run()
    second.cancel()
    gate.set()
    task_manager().wait_idle(5000)
    idle(qtbot)
    assert ran == []


def test_store_lane_is_serial_and_device_lane_runs_beside_it(qtbot) -> None:  # noqa: ANN001
    gate = threading.Event()
    order: list[str] = []
    QueryOp(None, lambda: (gate.wait(5), order.append("store-1"))).run()
    QueryOp(None, lambda: order.append("store-2")).run()
    QueryOp(None, lambda: order.append("net"), lane=Lane.NET).run()
    QueryOp(None, lambda: order.append("device"), lane=Lane.DEVICE).run()
    qtbot.waitUntil(lambda: {"net", "device"} <= set(order), timeout=5000)
    assert "store-1" not in order and "store-2" not in order  # held behind the first store call
    gate.set()
    qtbot.waitUntil(lambda: len(order) == 4, timeout=5000)
    assert order.index("store-1") < order.index("store-2")


def test_a_command_tags_its_change_set_with_its_origin(qtbot, shop: Shop) -> None:  # noqa: ANN001
    seen: list[ChangeSet] = []
    unsubscribe = shop.services.store.subscribe(seen.append)
    advisor = shop.cast.actors[Role.ADVISOR]
    done: list[bool] = []
    CommandOp(None, lambda: shop.services.customers.register(advisor, "Tono", "0812-0000-1111"),
              origin="advisor.intake@1").success(lambda _c: done.append(True)).run()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    unsubscribe()
    assert len(seen) == 1
    assert seen[0].origin == "advisor.intake@1" and not seen[0].remote
    assert "customers" in seen[0].tables
    # a command run outside the operation has no origin
    shop.services.customers.register(advisor, "Tini", "0812-0000-2222")
    assert len(seen) == 1  # unsubscribed


def test_shutdown_cancels_and_drains_every_lane(qtbot) -> None:  # noqa: ANN001
    tasks = TaskManager(QApplication.instance())
    stopped: list[str] = []

    def waits(job: Job, name: str) -> None:
        job.token.wait(30)
        stopped.append(name)

    for lane in Lane:
        Operation = QueryOp  # noqa: N806 - the same for every lane
        Operation(None, lambda job, n=lane.value: waits(job, n), lane=lane, with_job=True, tasks=tasks).run()
    qtbot.wait(50)
    assert tasks.shutdown(5000)
    assert sorted(stopped) == sorted(lane.value for lane in Lane)
    idle(qtbot)
    tasks.deleteLater()
