"""The storekeeper's station driven like a user: wedge-scanner bursts as key events (5–30 ms
apart, Enter-terminated) and a serial scanner over a pseudo-terminal, FEFO, refusals that change
nothing, substitutes, a scan on the login page ignored, receiving, a stock count with a movement
during the count, and a catalogue change arriving by sync found by the next search."""

from __future__ import annotations

import os
import random
import sys
import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from app.events.replicate import apply_batch
from app.parts_demo import FILTER_CODE, OIL_CODE, PLUG_CODE, UNKNOWN_CODE
from app.roles import Role
from hardware.scanner.serial_reader import SerialScanner
from tests.sync.helpers import event, trust_test_stations
from tests.ui.conftest import Shop, idle, log_in
from ui.shell.main_window import MainWindow

_GAPS = random.Random(5)


def burst(qtbot, code: str) -> None:  # noqa: ANN001
    """A keyboard-wedge scanner: the code's keys 5–30 ms apart, then Enter, to the focused widget."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    for ch in code:
        QTest.keyClick(target, ch)
        time.sleep(_GAPS.uniform(0.005, 0.020))
    QTest.keyClick(target, Qt.Key.Key_Return)
    idle(qtbot)
    idle(qtbot)


def as_storekeeper(qtbot, shop: Shop, make_window: Callable[[], MainWindow], screen: str) -> MainWindow:  # noqa: ANN001
    window = make_window()
    log_in(qtbot, window, shop.user_id(Role.STOREKEEPER), "3333")
    assert window.shell is not None
    window.shell.open(screen)
    idle(qtbot)
    return window


def movements(shop: Shop) -> int:
    return shop.services.store.query_one("SELECT count(*) AS n FROM stock_movements")["n"]


def message(window: MainWindow, name: str) -> tuple[str, str]:
    strip = window.findChild(QWidget, name)
    return strip.text(), strip.property("severity")


def test_bursts_open_the_slip_and_dispense_fefo_without_a_tap(qtbot, shop: Shop, make_window) -> None:  # noqa: ANN001
    keeper, wh, oil = shop.cast.actors[Role.STOREKEEPER], shop.cast.warehouse_id, shop.cast.part_ids["oil"]
    shop.services.stock.receive(keeper, oil, wh, 1, lot="OLD", expiry="2026-12-31")
    window = as_storekeeper(qtbot, shop, make_window, "storekeeper.slips")
    screen = window.current_screen()
    assert screen.vm.slip is None  # the queue
    burst(qtbot, OIL_CODE)  # opens the oldest slip waiting for oil and hands one out
    qtbot.waitUntil(lambda: screen.vm.slip is not None and screen.vm.last is not None, timeout=5000)
    assert [t.lot for t in screen.vm.last.lots] == ["OLD"]  # the lot that expires first
    burst(qtbot, OIL_CODE)
    qtbot.waitUntil(lambda: [t.lot for t in screen.vm.last.lots] == ["L2611"], timeout=5000)
    burst(qtbot, FILTER_CODE)
    qtbot.waitUntil(lambda: "Filter Oli" in message(window, "Slips.Message")[0], timeout=5000)
    slip = shop.services.pickslips.get(screen.vm.slip.id)
    assert [(l.sku, l.dispensed) for l in slip.lines] == [("OLI-10W40-4L", 2), ("FLT-OLI-TY", 1), ("BUSI-IR-BKR6", 0)]
    table = window.findChild(QWidget, "Slips.Lines")
    assert table.item(0, 3).text() == "2" and table.item(0, 4).text() == "0"
    assert screen.vm.scans == 3


def test_wrong_unknown_and_over_dispensed_codes_change_nothing(qtbot, shop: Shop, make_window) -> None:  # noqa: ANN001
    window = as_storekeeper(qtbot, shop, make_window, "storekeeper.slips")
    window.findChild(QPushButton, "Slips.Open").click()
    idle(qtbot)
    for code in (OIL_CODE, OIL_CODE):
        burst(qtbot, code)
    before = movements(shop)
    burst(qtbot, UNKNOWN_CODE)
    text, severity = message(window, "Slips.Message")
    assert severity == "error" and UNKNOWN_CODE in text and "tidak dikenal" in text
    burst(qtbot, "8991234500036")  # brake pads: not on this slip
    text, severity = message(window, "Slips.Message")
    assert severity == "error" and "Kampas Rem Depan" in text
    burst(qtbot, OIL_CODE)  # both asked are out already
    text, severity = message(window, "Slips.Message")
    assert severity == "error" and "sudah dikeluarkan" in text
    assert movements(shop) == before


def test_out_of_stock_offers_substitutes_exact_at_once_modified_to_the_advisor(qtbot, shop: Shop,  # noqa: ANN001
                                                                                make_window) -> None:
    window = as_storekeeper(qtbot, shop, make_window, "storekeeper.slips")
    window.findChild(QPushButton, "Slips.Open").click()
    idle(qtbot)
    burst(qtbot, PLUG_CODE)
    offers = {b.property("kind"): b for b in window.findChildren(QPushButton, "Slips.Substitute") if b.isVisible()}
    assert set(offers) == {"EXACT", "MODIFIED"}
    offers["EXACT"].click()
    idle(qtbot)
    text, severity = message(window, "Slips.Message")
    assert severity == "ok" and "Denso" in text
    burst(qtbot, PLUG_CODE)  # the line is the Denso plug now: the NGK plug is not on the slip any more
    text, severity = message(window, "Slips.Message")
    assert severity == "error" and "tidak ada di dokumen ini" in text


def test_a_modified_substitute_is_sent_to_the_advisor(qtbot, shop: Shop, make_window) -> None:  # noqa: ANN001
    window = as_storekeeper(qtbot, shop, make_window, "storekeeper.slips")
    window.findChild(QPushButton, "Slips.Open").click()
    idle(qtbot)
    burst(qtbot, PLUG_CODE)
    before = movements(shop)
    modified = next(b for b in window.findChildren(QPushButton, "Slips.Substitute") if b.property("kind") == "MODIFIED")
    modified.click()
    idle(qtbot)
    assert "menunggu persetujuan SA" in message(window, "Slips.Message")[0]
    assert movements(shop) == before  # nothing handed out until the advisor approves
    screen = window.current_screen()
    assert shop.services.pickslips.get(screen.vm.slip.id).lines[-1].approval == "PENDING"
    table = window.findChild(QWidget, "Slips.Lines")
    assert "Busi Standar K16" in table.item(2, 5).text()


def test_a_scan_on_the_login_page_is_ignored_and_costs_no_pin_attempt(qtbot, shop: Shop,  # noqa: ANN001
                                                                      make_window) -> None:
    window = make_window()
    window.login.user_buttons[shop.user_id(Role.SUPERVISOR)].click()
    idle(qtbot)
    burst(qtbot, "99999999")
    assert window.login.pad.pin() == ""  # no PIN dots filled
    assert shop.services.store.query_one("SELECT count(*) AS n FROM login_failures")["n"] == 0
    assert "99999999" in window.statusBar().currentMessage()
    # a person typing the PIN slowly still gets in
    for digit in "999999":
        QTest.keyClick(window.login.pad, digit)
        qtbot.wait(80)
    qtbot.waitUntil(lambda: window.login.pad.pin() == "999999", timeout=2000)


def test_a_scan_on_a_screen_that_takes_none_is_ignored(qtbot, shop: Shop, make_window) -> None:  # noqa: ANN001
    window = make_window()
    log_in(qtbot, window, shop.user_id(Role.STOREKEEPER), "3333")
    window.shell.open("board")
    idle(qtbot)
    before = movements(shop)
    burst(qtbot, OIL_CODE)
    assert OIL_CODE in window.statusBar().currentMessage()
    assert movements(shop) == before


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal (os.openpty)")
def test_a_serial_scanner_over_a_pty_dispenses_through_the_same_route(qtbot, shop: Shop,  # noqa: ANN001
                                                                      make_window) -> None:
    import tty

    window = as_storekeeper(qtbot, shop, make_window, "storekeeper.slips")
    screen = window.current_screen()
    master, slave = os.openpty()
    tty.setraw(slave)
    scanner = SerialScanner(os.ttyname(slave))
    window.scans.attach_port(scanner)  # the port scanner's reader thread feeds the window's one scan signal
    try:
        assert scanner.opened.wait(3)  # the port is open before the first code comes
        os.write(master, OIL_CODE.encode() + b"\r\n")
        qtbot.waitUntil(lambda: screen.vm.last is not None, timeout=5000)
        os.write(master, FILTER_CODE.encode() + b"\r\n")
        qtbot.waitUntil(lambda: screen.vm.last.name == "Filter Oli Toyota", timeout=5000)
        assert screen.vm.scans == 2
    finally:
        scanner.stop()
        os.close(master)
        os.close(slave)


def test_receiving_by_scan_with_lot_and_expiry(qtbot, shop: Shop, make_window) -> None:  # noqa: ANN001
    window = as_storekeeper(qtbot, shop, make_window, "storekeeper.receiving")
    window.findChild(QPushButton, "Receiving.Open").click()
    idle(qtbot)
    burst(qtbot, "8991234500043")  # coolant: has an expiry, none typed yet
    text, severity = message(window, "Receiving.Message")
    assert severity == "error" and "kedaluwarsa" in text
    window.findChild(QWidget, "Receiving.Lot").setText("K27")
    window.findChild(QWidget, "Receiving.Expiry").setText("2028-02-29")
    window.findChild(QWidget, "Receiving.Lines").setFocus()  # away from the text fields: the wedge is on
    burst(qtbot, "8991234500043")
    text, severity = message(window, "Receiving.Message")
    assert severity == "ok" and "K27" in text
    levels = shop.services.stock.levels(shop.cast.part_ids["coolant"])
    assert ("K27", "2028-02-29", 1) in [(l.lot, l.expiry, l.qty) for l in levels]


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform and the PIN dialog
def test_stock_count_sees_a_movement_during_the_count_and_posts_with_a_supervisor_pin(qtbot, shop: Shop,  # noqa: ANN001
                                                                                      make_window) -> None:
    window = as_storekeeper(qtbot, shop, make_window, "storekeeper.opname")
    window.findChild(QPushButton, "Opname.Start").click()
    idle(qtbot)
    # another station hands out two oils before the oil shelf is counted (arrives over the LAN)
    store = trust_test_stations(shop.services.store)  # the bay tablet is a station this branch knows
    got = apply_batch(store, [event("bay2", 1, int(time.time() * 1000), [
        {"op": "stock", "id": "lan-move-1", "part_id": shop.cast.part_ids["oil"],
         "warehouse_id": shop.cast.warehouse_id, "qty_delta": -2, "kind": "dispense"}],
        branch=store.identity.branch_id)])
    assert len(got.applied) == 1
    idle(qtbot)
    for _ in range(3):
        burst(qtbot, OIL_CODE)
    screen = window.current_screen()
    qtbot.waitUntil(lambda: screen.vm.report is not None and any(
        l.sku == "OLI-10W40-4L" and l.counted == 3 for l in screen.vm.report.lines), timeout=5000)
    oil = next(l for l in screen.vm.report.lines if l.sku == "OLI-10W40-4L")
    assert (oil.moved_during, oil.variance) == (-2, 3 - oil.expected)
    assert oil.expected == oil.at_start - 2  # the movement during the count is accounted for
    table = window.findChild(QWidget, "Opname.Counts")
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "OLI-10W40-4L")
    assert table.item(row, 3).text() == "-2"
    window.findChild(QPushButton, "Opname.Post").click()
    idle(qtbot)
    prompt = screen.prompt
    supervisor = shop.user_id(Role.SUPERVISOR)
    qtbot.waitUntil(lambda: supervisor in prompt.user_buttons, timeout=5000)
    prompt.user_buttons[supervisor].click()
    for digit in "999999":
        prompt.pad.digit_buttons[digit].click()
    prompt.pad.ok_button.click()
    idle(qtbot)
    idle(qtbot)
    assert shop.services.stock.on_hand(shop.cast.part_ids["oil"], shop.cast.warehouse_id) == 3
    assert "diposting" in message(window, "Opname.Message")[0]


def test_a_catalogue_change_arriving_by_sync_is_found_by_the_next_search(qtbot, shop: Shop,  # noqa: ANN001
                                                                         make_window) -> None:
    window = as_storekeeper(qtbot, shop, make_window, "storekeeper.parts")
    search = window.findChild(QWidget, "Parts.Search")
    apply_batch(shop.services.store, [event("cloud", 1, 1_760_000_000_000, [
        {"op": "upsert", "table": "parts", "id": "hq-p1",
         "fields": {"sku": "WPR-BOSCH-24", "name": "Wiper Blade Aerotwin 24\"", "brand": "Bosch",
                    "unit_price": 185_000}}], authority=1, branch="global")])
    search.setFocus()
    QTest.keyClicks(search, "aerotw")
    results = window.findChild(QWidget, "Parts.Results")
    qtbot.waitUntil(lambda: results.count() == 1, timeout=5000)
    assert "Wiper Blade Aerotwin" in results.item(0).text()
    idle(qtbot)
    assert window.findChild(QWidget, "Parts.Name").text().startswith("Wiper Blade")  # one hit: its card opens


def _qty_key(window: MainWindow, key: str) -> None:
    pad = window.findChild(QWidget, "Slips.QtyPad")
    next(b for b in pad.findChildren(QPushButton) if b.property("key") == key and b.isVisible()).click()


def test_a_quantity_on_the_keypad_hands_out_several_with_one_scan(qtbot, shop: Shop, make_window) -> None:  # noqa: ANN001
    """The demo slip asks for 2 oil: typing 2 then one scan hands out both; typing 3 for the
    filter (1 asked) is refused and changes nothing; the quantity goes back to 1 after each scan."""
    window = as_storekeeper(qtbot, shop, make_window, "storekeeper.slips")
    screen = window.current_screen()
    window.findChild(QPushButton, "Slips.Open").click()
    qtbot.waitUntil(lambda: screen.vm.slip is not None, timeout=5000)
    idle(qtbot)
    qty = window.findChild(QWidget, "Slips.Qty")
    assert qty.isVisible() and qty.text() == "1"
    _qty_key(window, "2")
    assert qty.text() == "2"
    burst(qtbot, OIL_CODE)
    qtbot.waitUntil(lambda: screen.vm.last is not None and screen.vm.last.qty == 2, timeout=5000)
    qtbot.waitUntil(lambda: qty.text() == "1", timeout=5000)  # used by the scan: back to one
    before = movements(shop)
    _qty_key(window, "3")
    burst(qtbot, FILTER_CODE)  # 1 asked: 3 is over-dispensing
    qtbot.waitUntil(lambda: message(window, "Slips.Message")[1] == "error", timeout=5000)
    assert movements(shop) == before and qty.text() == "3"  # refused: nothing moved, the number stays
    _qty_key(window, "back")
    assert qty.text() == "1"
    burst(qtbot, FILTER_CODE)
    qtbot.waitUntil(lambda: movements(shop) == before + 1, timeout=5000)
    slip = shop.services.pickslips.get(screen.vm.slip.id)
    assert [(l.sku, l.dispensed) for l in slip.lines][:2] == [("OLI-10W40-4L", 2), ("FLT-OLI-TY", 1)]


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800)])
@pytest.mark.parametrize("theme", ["standard", "glove"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_slip_page_with_its_keypad_fits(qtbot, qapp, shop: Shop, tmp_path, size, theme: str,  # noqa: ANN001
                                            lang: str) -> None:
    from pathlib import Path

    from ui.kit.i18n import install_translator
    from ui.kit.theme import apply_theme

    install_translator(qapp, lang)
    apply_theme(qapp, theme)
    window = MainWindow(shop.services)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitUntil(lambda: bool(window.login.user_buttons), timeout=5000)
    log_in(qtbot, window, shop.user_id(Role.STOREKEEPER), "3333")
    window.shell.open("storekeeper.slips")
    idle(qtbot)
    window.findChild(QPushButton, "Slips.Open").click()
    qtbot.waitUntil(lambda: window.current_screen().vm.slip is not None, timeout=5000)
    idle(qtbot)
    qtbot.wait(50)
    pad = window.findChild(QWidget, "Slips.QtyPad")
    for key in pad.findChildren(QPushButton):
        assert key.height() >= 48 and key.width() >= 48, (key.property("key"), key.size())
        assert key.fontMetrics().horizontalAdvance(key.text()) <= key.contentsRect().width(), key.text()
    keys = pad.findChildren(QPushButton)
    assert not [(a.property("key"), b.property("key")) for i, a in enumerate(keys) for b in keys[i + 1:]
                if a.geometry().intersects(b.geometry())]  # no key over another
    title = window.findChild(QWidget, "Slips.Title")
    assert title.heightForWidth(title.width()) <= title.height() + 1, title.text()  # the plate is never cut
    caption = window.findChild(QWidget, "Slips.QtyCaption")
    assert caption.heightForWidth(caption.width()) <= caption.height() + 1
    lines = window.findChild(QWidget, "Slips.Lines")
    assert not lines.geometry().intersects(pad.parentWidget().geometry())
    folder = Path(os.environ.get("SENTRA_SHOTS_DIR") or tmp_path)
    window.grab().save(str(folder / f"storekeeper_slip_qty_{theme}_{lang}_{size[0]}x{size[1]}.png"))
