"""The work-order board: demo WOs in the right columns, overdue cards, batched refresh."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import timedelta

from app.roles import Role
from app.wo_states import WOStatus
from tests.ui.conftest import Shop, idle, log_in
from ui.shell.main_window import MainWindow
from ui.screens.board_model import CardRole
from ui.screens.board import BoardScreen, BoardView


def _board(qtbot, shop: Shop, make_window: Callable[[], MainWindow],  # noqa: ANN001
           role: Role = Role.ADVISOR, pin: str = "1111") -> tuple[MainWindow, BoardView]:
    window = make_window()
    log_in(qtbot, window, shop.user_id(role), pin)
    view = window.current_screen()
    assert isinstance(view, BoardScreen)
    qtbot.waitUntil(lambda: view.board.model.load_count >= 1, timeout=5000)
    return window, view.board


def _plates(board: BoardView) -> dict[WOStatus, list[str]]:
    result = {}
    for status, column in board.columns.items():
        proxy = column.proxy
        result[status] = [proxy.data(proxy.index(row, 0), CardRole).plate for row in range(proxy.rowCount())]
    return result


def test_demo_work_orders_sit_in_their_state_columns(qtbot, shop: Shop,  # noqa: ANN001
                                                     make_window: Callable[[], MainWindow]) -> None:
    _window, board = _board(qtbot, shop, make_window)
    assert list(board.columns) == [WOStatus.INTAKE, WOStatus.DIAGNOSING, WOStatus.WORKING,
                                   WOStatus.WAITING_PARTS, WOStatus.QC_TEST]
    assert _plates(board) == {
        WOStatus.INTAKE: ["D 4567 ABC"], WOStatus.DIAGNOSING: ["DK 890 QR"], WOStatus.WORKING: ["L 2020 JK"],
        WOStatus.WAITING_PARTS: ["AB 77 UV"], WOStatus.QC_TEST: [],
    }
    intake = board.columns[WOStatus.INTAKE]
    card = intake.proxy.data(intake.proxy.index(0, 0), CardRole)
    assert card.customer_name == "Siti Rahma" and card.bay == "Bay 1"
    assert card.number.startswith("WO/JKT01/K1/")
    assert intake.title.text() == "Penerimaan  (1)"
    assert board.columns[WOStatus.QC_TEST].title.text() == "QC / Uji Jalan  (0)"
    assert board.columns[WOStatus.QC_TEST].list.empty_text == "Tidak ada WO di sini"
    assert board.summary.text().startswith("4 WO terbuka · 0 terlambat · diperbarui ")
    delegate = intake.list.itemDelegate()
    assert delegate.due_text(card).startswith("Batas ")


def test_changes_from_another_thread_refresh_the_board_once(qtbot, shop: Shop,  # noqa: ANN001
                                                            make_window: Callable[[], MainWindow]) -> None:
    _window, board = _board(qtbot, shop, make_window)
    idle(qtbot)
    board.watcher.set_delay(1000)  # generous, so a slow CI machine still sees one burst
    batches, loads = board.batches, board.model.load_count
    s, cast = shop.services, shop.cast
    sa, mech = cast.actors[Role.ADVISOR], cast.actors[Role.MECHANIC]
    cards = {c.status: c for c in s.workorders.board()}

    def sync_burst() -> None:  # as a LAN peer's or the cloud worker's thread would
        s.workorders.move(mech, cards[WOStatus.INTAKE].id, WOStatus.DIAGNOSING)
        s.workorders.move(mech, cards[WOStatus.WAITING_PARTS].id, WOStatus.WORKING)
        s.workorders.open(sa, cast.vehicle_ids[0], ["Lampu rem mati"], bay="Bay 5")

    worker = threading.Thread(target=sync_burst)
    worker.start()
    worker.join(10)
    qtbot.waitUntil(lambda: _plates(board)[WOStatus.INTAKE] == ["B 1234 XYZ"], timeout=5000)
    idle(qtbot)
    qtbot.wait(1200)  # longer than the batch delay: a second batch would have shown by now
    assert board.batches == batches + 1
    assert board.model.load_count == loads + 1
    plates = _plates(board)
    assert sorted(plates[WOStatus.DIAGNOSING]) == ["D 4567 ABC", "DK 890 QR"]
    assert sorted(plates[WOStatus.WORKING]) == ["AB 77 UV", "L 2020 JK"]
    assert plates[WOStatus.WAITING_PARTS] == []
    assert board.summary.text().startswith("5 WO terbuka")


def test_overdue_work_orders_are_flagged(qtbot, shop: Shop,  # noqa: ANN001
                                         make_window: Callable[[], MainWindow]) -> None:
    s, cast = shop.services, shop.cast
    s.workorders.open(cast.actors[Role.ADVISOR], cast.vehicle_ids[0], ["Mesin susah hidup"],
                      bay="Bay 6", sla=timedelta(minutes=-45))
    _window, board = _board(qtbot, shop, make_window, Role.MECHANIC, "2222")
    intake = board.columns[WOStatus.INTAKE]
    cards = [intake.proxy.data(intake.proxy.index(r, 0), CardRole) for r in range(intake.proxy.rowCount())]
    late = [c for c in cards if c.overdue]
    assert [c.plate for c in late] == ["B 1234 XYZ"]
    delegate = intake.list.itemDelegate()
    assert delegate.due_text(late[0]).startswith("Batas ")
    assert delegate.tooltip(late[0]).endswith(" · TERLAMBAT")
    assert not any(c.overdue for c in cards if c.plate != "B 1234 XYZ")
    assert "· 1 terlambat ·" in board.summary.text()


def test_logout_stops_listening_to_the_store(qtbot, shop: Shop,  # noqa: ANN001
                                             make_window: Callable[[], MainWindow]) -> None:
    store = shop.services.store
    subscribers = store.subscriber_count
    window, _board_view = _board(qtbot, shop, make_window)
    assert store.subscriber_count == subscribers + 1
    window.logout()
    assert store.subscriber_count == subscribers
