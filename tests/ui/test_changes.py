"""The screens' change watcher: batched, only for the tables shown, only when visible, not for
the screen's own command."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.changes import ChangeSet, command_origin
from app.events.replicate import apply_batch
from app.roles import Role
from app.wo_states import WOStatus
from tests.sync.helpers import BASE_MS, event, trust_test_stations
from tests.ui.conftest import Shop, idle, log_in
from ui.kit.changes import ChangeWatcher
from ui.screens.board import BoardScreen
from ui.shell.main_window import MainWindow


def test_a_burst_from_another_thread_is_one_batch_for_the_watched_tables(qtbot, shop: Shop) -> None:  # noqa: ANN001
    owner = QObject()
    watcher = ChangeWatcher(shop.services.store, {"customers"}, parent=owner, delay_ms=300)
    batches: list[tuple[ChangeSet, int]] = []
    watcher.changed.connect(lambda changes: batches.append((changes, threading.get_ident())))
    advisor = shop.cast.actors[Role.ADVISOR]

    def burst() -> None:
        for n in range(20):
            shop.services.customers.register(advisor, f"Pelanggan {n}", f"0812-0000-{n:04d}")

    worker = threading.Thread(target=burst)
    worker.start()
    worker.join(20)
    qtbot.waitUntil(lambda: bool(batches), timeout=5000)
    qtbot.wait(400)
    assert len(batches) == 1
    changes, thread = batches[0]
    assert thread == threading.get_ident()
    assert len(changes.row_ids("customers")) == 20 and not changes.remote
    # a change to a table the watcher does not show costs nothing
    shop.services.catalogue.add_warehouse(shop.cast.actors[Role.SUPERVISOR], "GDG9", "Gudang Sembilan")
    qtbot.wait(400)
    assert len(batches) == 1
    owner.deleteLater()


def test_own_commands_are_skipped(qtbot, shop: Shop) -> None:  # noqa: ANN001
    owner = QObject()
    watcher = ChangeWatcher(shop.services.store, {"customers"}, parent=owner, origin="me", delay_ms=50)
    got: list[ChangeSet] = []
    watcher.changed.connect(got.append)
    advisor = shop.cast.actors[Role.ADVISOR]
    with command_origin("me"):
        shop.services.customers.register(advisor, "Saya", "0812-0000-1111")
    qtbot.wait(200)
    assert got == []
    shop.services.customers.register(advisor, "Orang lain", "0812-0000-2222")
    qtbot.waitUntil(lambda: len(got) == 1, timeout=5000)
    owner.deleteLater()


def test_a_hidden_screen_gets_1000_remote_events_and_reloads_once_when_shown(qtbot, shop: Shop) -> None:  # noqa: ANN001
    shown = QWidget()
    qtbot.addWidget(shown)
    trust_test_stations(shop.services.store)  # the peer is a station this branch knows
    watcher = ChangeWatcher(shop.services.store, {"workorders"}, owner=shown, delay_ms=20)
    reloads: list[ChangeSet] = []
    watcher.changed.connect(reloads.append)
    wo_ids = [c.id for c in shop.services.workorders.board()]

    def remote_traffic() -> None:  # 1,000 events from a LAN peer, in 100 batches
        for batch in range(100):
            apply_batch(shop.services.store, [
                event("peer", batch * 10 + k + 1, BASE_MS + batch * 10 + k,
                      [{"op": "upsert", "table": "workorders", "id": wo_ids[k % len(wo_ids)],
                        "fields": {"bay": f"Bay {k}"}}], branch=shop.services.store.identity.branch_id)
                for k in range(10)])

    worker = threading.Thread(target=remote_traffic)
    worker.start()
    worker.join(60)
    qtbot.wait(200)
    assert reloads == [] and watcher.pending  # hidden: held, not delivered
    shown.show()
    qtbot.waitUntil(lambda: bool(reloads), timeout=5000)
    qtbot.wait(200)
    assert len(reloads) == 1
    assert reloads[0].remote and reloads[0].row_ids("workorders") == set(wo_ids)
    assert len(reloads[0].events) == 1000
    shown.hide()
    shown.show()
    qtbot.wait(100)
    assert len(reloads) == 1  # nothing new: no reload


def test_the_board_hidden_behind_another_screen_reloads_once_when_back(
        qtbot, shop: Shop, make_window: Callable[[], MainWindow]) -> None:  # noqa: ANN001
    window = make_window()
    log_in(qtbot, window, shop.user_id(Role.ADVISOR), "1111")
    screen = window.current_screen()
    assert isinstance(screen, BoardScreen)
    board = screen.board
    qtbot.waitUntil(lambda: board.model.load_count >= 1, timeout=5000)
    idle(qtbot)
    loads = board.model.load_count
    window.hide()
    mech = shop.cast.actors[Role.MECHANIC]
    diagnosing = [c for c in board.model.cards if c.status is WOStatus.DIAGNOSING]
    assert diagnosing
    for card in diagnosing:
        shop.services.workorders.move(mech, card.id, WOStatus.WORKING)
    for n in range(30):
        shop.services.customers.register(shop.cast.actors[Role.ADVISOR], f"P{n}", f"0813-0000-{n:04d}")
    qtbot.wait(400)
    idle(qtbot)
    assert board.model.load_count == loads
    window.show()
    qtbot.waitUntil(lambda: board.model.load_count == loads + 1, timeout=5000)
    qtbot.wait(300)
    idle(qtbot)
    assert board.model.load_count == loads + 1
    assert not [c for c in board.model.cards if c.status is WOStatus.DIAGNOSING]
