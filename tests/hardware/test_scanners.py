"""Scanners: wedge bursts vs human typing (controlled clock), Shift, no terminator, focused field; serial over a pty."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from app.ports import DeviceMessage, Scanner
from hardware.scanner.serial_reader import SerialScanner
from hardware.scanner.simulator import SimulatedScanner
from hardware.scanner.wedge import WedgeConfig, WedgeScannerFilter


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance_ms(self, ms: float) -> None:
        self.now += ms / 1000


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def edit(qtbot: Any) -> QLineEdit:
    widget = QLineEdit()
    qtbot.addWidget(widget)
    widget.show()
    widget.setFocus()
    return widget


def make_filter(qapp: QApplication, clock: FakeClock, **config: Any) -> WedgeScannerFilter:
    detector = WedgeScannerFilter(WedgeConfig(**config), clock=clock)
    qapp.installEventFilter(detector)
    return detector


@pytest.fixture
def detector(qapp: QApplication, clock: FakeClock) -> Iterator[WedgeScannerFilter]:
    d = make_filter(qapp, clock)
    yield d
    qapp.removeEventFilter(d)


def send_key(target: Any, key: int, text: str = "", mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(target, QKeyEvent(kind, key, mods, text))


def type_chars(target: Any, clock: FakeClock, text: str, gaps_ms: list[float]) -> None:
    for i, ch in enumerate(text):
        clock.advance_ms(gaps_ms[i % len(gaps_ms)])
        if ch.isupper() or ch in '!@#$%^&*()_+{}|:"<>?~':
            send_key(target, Qt.Key.Key_Shift, "", Qt.KeyboardModifier.ShiftModifier)
            send_key(target, ord(ch.upper()), ch, Qt.KeyboardModifier.ShiftModifier)
        else:
            send_key(target, ord(ch.upper()), ch)


def enter(target: Any, clock: FakeClock, gap_ms: float = 10) -> None:
    clock.advance_ms(gap_ms)
    send_key(target, Qt.Key.Key_Return, "\r")


def test_scan_into_a_focused_field_leaves_nothing_there(qtbot: Any, detector: WedgeScannerFilter, edit: QLineEdit, clock: FakeClock) -> None:
    returns: list[bool] = []
    edit.returnPressed.connect(lambda: returns.append(True))
    with qtbot.waitSignal(detector.scanned, timeout=1000) as blocker:
        type_chars(edit, clock, "8991234567890", [5, 12, 30, 49, 50])
        enter(edit, clock, 20)
    assert blocker.args == ["8991234567890", "wedge"]
    assert edit.text() == "" and returns == []


def test_human_typing_reaches_the_field_in_order(qtbot: Any, detector: WedgeScannerFilter, edit: QLineEdit, clock: FakeClock) -> None:
    returns: list[bool] = []
    edit.returnPressed.connect(lambda: returns.append(True))
    with qtbot.assertNotEmitted(detector.scanned):
        type_chars(edit, clock, "B 1234 XYZ", [110, 150, 300])
        enter(edit, clock, 200)
    assert edit.text() == "B 1234 XYZ"
    assert returns == [True]


def test_human_typing_with_qtbot_keyclicks(qtbot: Any, detector: WedgeScannerFilter, edit: QLineEdit, clock: FakeClock) -> None:
    with qtbot.assertNotEmitted(detector.scanned):
        for ch in "oli":
            clock.advance_ms(120)
            qtbot.keyClick(edit, ch)
        detector.flush_pending()
    assert edit.text() == "oli"


def test_shift_modified_characters(qtbot: Any, detector: WedgeScannerFilter, edit: QLineEdit, clock: FakeClock) -> None:
    with qtbot.waitSignal(detector.scanned, timeout=1000) as blocker:
        type_chars(edit, clock, "PRT-Ab9/x", [8, 15])
        # Shift+A whose event carries no text: derived from the key
        clock.advance_ms(8)
        send_key(edit, Qt.Key.Key_A, "", Qt.KeyboardModifier.ShiftModifier)
        enter(edit, clock)
    assert blocker.args[0] == "PRT-Ab9/xA"
    assert edit.text() == ""


def test_burst_without_terminator_is_typing_by_default(qtbot: Any, detector: WedgeScannerFilter, edit: QLineEdit, clock: FakeClock) -> None:
    with qtbot.assertNotEmitted(detector.scanned):
        type_chars(edit, clock, "12345", [10])
        assert edit.text() == ""  # held while it might still be a scan
        qtbot.waitUntil(lambda: edit.text() == "12345", timeout=1000)  # the idle timer lets it go


def test_burst_without_terminator_can_be_a_scan(qtbot: Any, qapp: QApplication, clock: FakeClock, edit: QLineEdit) -> None:
    detector = make_filter(qapp, clock, require_terminator=False)
    try:
        with qtbot.waitSignal(detector.scanned, timeout=1000) as blocker:
            type_chars(edit, clock, "ABC123", [10])
        assert blocker.args == ["ABC123", "wedge"] and edit.text() == ""
    finally:
        qapp.removeEventFilter(detector)


def test_tab_terminates_and_can_be_configured_away(qtbot: Any, qapp: QApplication, clock: FakeClock, edit: QLineEdit) -> None:
    detector = make_filter(qapp, clock)
    try:
        with qtbot.waitSignal(detector.scanned, timeout=1000) as blocker:
            type_chars(edit, clock, "TAB1", [10])
            clock.advance_ms(10)
            send_key(edit, Qt.Key.Key_Tab, "\t")
        assert blocker.args[0] == "TAB1"
    finally:
        qapp.removeEventFilter(detector)
    enter_only = make_filter(qapp, clock, terminators=("enter",), source="gudang-1")
    try:
        with qtbot.assertNotEmitted(enter_only.scanned):
            type_chars(edit, clock, "TAB2", [10])
            clock.advance_ms(10)
            send_key(edit, Qt.Key.Key_Tab, "\t")
        assert edit.text() == "TAB2"
        edit.clear()
        with qtbot.waitSignal(enter_only.scanned, timeout=1000) as blocker:
            type_chars(edit, clock, "ENT3", [10])
            enter(edit, clock)
        assert blocker.args == ["ENT3", "gudang-1"]
    finally:
        qapp.removeEventFilter(enter_only)


def test_short_burst_is_not_a_scan(qtbot: Any, detector: WedgeScannerFilter, edit: QLineEdit, clock: FakeClock) -> None:
    returns: list[bool] = []
    edit.returnPressed.connect(lambda: returns.append(True))
    with qtbot.assertNotEmitted(detector.scanned):
        type_chars(edit, clock, "ok", [10])
        enter(edit, clock)
    assert edit.text() == "ok" and returns == [True]


def test_slow_gap_inside_a_burst_breaks_it(qtbot: Any, detector: WedgeScannerFilter, edit: QLineEdit, clock: FakeClock) -> None:
    with qtbot.assertNotEmitted(detector.scanned):
        type_chars(edit, clock, "12", [10])
        clock.advance_ms(120)
        type_chars(edit, clock, "3", [0])
        enter(edit, clock, 10)
    assert edit.text() == "123"


def test_human_key_then_scan(qtbot: Any, detector: WedgeScannerFilter, edit: QLineEdit, clock: FakeClock) -> None:
    type_chars(edit, clock, "x", [0])
    clock.advance_ms(400)
    with qtbot.waitSignal(detector.scanned, timeout=1000) as blocker:
        type_chars(edit, clock, "4006381333931", [7])
        enter(edit, clock)
    assert blocker.args[0] == "4006381333931"
    assert edit.text() == "x"


def test_ctrl_shortcuts_pass_through(qtbot: Any, detector: WedgeScannerFilter, edit: QLineEdit, clock: FakeClock) -> None:
    edit.setText("abc")
    edit.selectAll()
    clock.advance_ms(5)
    send_key(edit, Qt.Key.Key_X, "\x18", Qt.KeyboardModifier.ControlModifier)  # cut
    assert edit.text() == ""
    assert detector.held_text == ""


# -- serial scanner over a pty (the core's Scanner port, no Qt) -------------------------------------------
@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal (os.openpty); not on Windows")
def test_serial_scanner_over_a_pty() -> None:
    import threading
    import tty

    master, slave = os.openpty()
    tty.setraw(slave)
    scanner = SerialScanner(os.ttyname(slave))
    assert isinstance(scanner, Scanner)
    codes: list[tuple[str, bool]] = []
    three = threading.Event()

    def on_scan(code: str) -> None:
        codes.append((code, threading.current_thread() is threading.main_thread()))
        if len(codes) == 3:
            three.set()

    try:
        scanner.start(on_scan)
        assert scanner.opened.wait(3)
        os.write(master, b"89912345")
        os.write(master, b"67890\r\n")
        os.write(master, b"PRT-0001\rAB/12\n\r\n")
        assert three.wait(3)
        assert codes == [("8991234567890", False), ("PRT-0001", False), ("AB/12", False)]  # its own thread
        assert scanner.source == f"serial:{os.ttyname(slave)}"
    finally:
        scanner.stop()
        os.close(master)
        os.close(slave)
    assert not scanner.running


def test_serial_scanner_missing_port_reports_a_code(tmp_path: Any) -> None:
    import threading

    scanner = SerialScanner(str(tmp_path / "no-scanner"))
    errors: list[tuple[DeviceMessage, str]] = []
    failed = threading.Event()
    scanner.start(lambda code: None, lambda code, detail: (errors.append((code, detail)), failed.set()))
    assert failed.wait(3)
    assert errors[0][0] is DeviceMessage.SCANNER_OPEN_FAILED and "no-scanner" in errors[0][1]
    scanner.stop()


def test_simulated_scanner_delivers_fed_codes() -> None:
    scanner = SimulatedScanner()
    assert isinstance(scanner, Scanner)
    got: list[str] = []
    assert not scanner.scan("8991234500012")  # not started: nobody listens
    scanner.start(got.append)
    assert scanner.scan(" 8991234500012 ") and not scanner.scan("  ")
    scanner.stop()
    assert got == ["8991234500012"] and not scanner.running
