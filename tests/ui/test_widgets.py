"""The shared widgets, driven like a user would."""

from __future__ import annotations

import threading
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWidget

from app.ports import StationDevices
from app.roles import Role
from app.settings import Settings
from tests.ui.conftest import Shop, idle
from tests.ui.fakes import FedScanner
from ui.devices.scanner import ScanHub
from ui.kit.operations import task_manager
from ui.kit.screen import ViewContext
from ui.widgets.keypad import NumericKeypad
from ui.widgets.message_strip import MessageStrip
from ui.widgets.plate_field import PlateField
from ui.widgets.rupiah import RupiahEntry, RupiahLabel
from ui.widgets.search_box import SearchBox
from ui.widgets.supervisor_pin import SupervisorPinPrompt
from ui.widgets.touch_button import TouchButton


def test_plate_field_normalises_and_flags(qtbot) -> None:  # noqa: ANN001
    field = PlateField("Plate")
    qtbot.addWidget(field)
    plates: list[str] = []
    field.plate_changed.connect(plates.append)
    QTest.keyClicks(field, "b-1234xyz")
    assert field.plate() == "B 1234 XYZ" and field.property("valid") is True
    field.editingFinished.emit()
    assert field.text() == "B 1234 XYZ"
    field.setText("12 B")
    assert field.plate() == "" and field.property("valid") is False
    assert plates[0] == "B 1" and plates[-2:] == ["B 1234 XYZ", ""]  # "b-1" is a plate already


def test_rupiah_label_and_entry_with_the_keypad(qtbot) -> None:  # noqa: ANN001
    label = RupiahLabel("Total", 1_250_000)
    qtbot.addWidget(label)
    assert label.text() == "Rp 1.250.000"
    entry = RupiahEntry("Cash")
    pad = NumericKeypad(target=entry, with_thousands=True, with_ok=True)  # type: ignore[arg-type]
    qtbot.addWidget(entry)
    qtbot.addWidget(pad)
    submitted: list[bool] = []
    pad.submitted.connect(lambda: submitted.append(True))
    for key in ("1", "5", "000"):
        pad.buttons[key].click()
    assert entry.amount() == 15_000 and entry.text() == "Rp 15.000"
    pad.buttons["back"].click()
    assert entry.amount() == 1_500
    pad.buttons["clear"].click()
    assert entry.amount() == 0 and entry.text() == ""
    pad.buttons["ok"].click()
    assert submitted == [True]
    assert {b.objectName() for b in pad.buttons.values()} == {"KeypadKey", "KeypadAction", "KeypadOk"}


def test_keypad_types_into_a_line_edit(qtbot) -> None:  # noqa: ANN001
    line = QLineEdit()
    pad = NumericKeypad(target=line)
    qtbot.addWidget(line)
    qtbot.addWidget(pad)
    for key in "4520":
        pad.buttons[key].click()
    pad.buttons["back"].click()
    assert line.text() == "452"


def test_message_strip_and_touch_button(qtbot) -> None:  # noqa: ANN001
    form = QWidget()
    qtbot.addWidget(form)
    strip = MessageStrip("Form.Message", form)
    form.show()
    assert strip.isHidden()  # nothing to say
    strip.error("Nomor polisi tidak valid")
    assert strip.isVisible() and strip.property("severity") == "error"
    strip.ok("Tersimpan", clear_after_ms=50)
    qtbot.waitUntil(strip.isHidden, timeout=2000)
    button = TouchButton("Form.Save", "Simpan", kind="primary")
    qtbot.addWidget(button)
    assert button.property("touch") == "primary"


def test_search_box_runs_one_query_per_pause_and_keeps_the_latest(qtbot, shop: Shop) -> None:  # noqa: ANN001
    box = SearchBox("Search", debounce_ms=100)
    qtbot.addWidget(box)
    seen_queries: list[str] = []
    results: list[object] = []

    def query(text: str) -> list[str]:
        seen_queries.append(text)
        return [c.number for c in shop.services.workorders.board() if text.upper() in c.plate.replace(" ", "")]

    box.bind(query, results.append)
    box.show()
    QTest.keyClicks(box, "d4567")  # typed faster than the pause
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    idle(qtbot)
    assert seen_queries == ["d4567"] and box.queries == 1
    assert len(results[0]) == 1  # type: ignore[arg-type]


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform and any top-level dialog
def test_supervisor_pin_prompt_approves_with_the_supervisors_pin(qtbot, shop: Shop) -> None:  # noqa: ANN001
    ctx = ViewContext(services=shop.services, actor=shop.cast.actors[Role.ADVISOR], tasks=task_manager(),
                      devices=StationDevices(), settings=Settings(), tz=ZoneInfo("Asia/Jakarta"))
    prompt = SupervisorPinPrompt(ctx, "Odometer lebih kecil dari sebelumnya")
    qtbot.addWidget(prompt)
    approved: list[object] = []
    prompt.approved.connect(approved.append)
    prompt.show()
    qtbot.waitUntil(lambda: bool(prompt.user_buttons), timeout=5000)
    names = {b.text() for b in prompt.user_buttons.values()}
    assert shop.cast.actors[Role.SUPERVISOR].name in names and shop.cast.actors[Role.ADVISOR].name not in names
    supervisor = shop.cast.actors[Role.SUPERVISOR]
    prompt.user_buttons[supervisor.user_id].click()
    for digit in "0000":
        prompt.pad.digit_buttons[digit].click()
    prompt.pad.ok_button.click()
    qtbot.waitUntil(lambda: prompt.message.isVisible(), timeout=5000)
    assert approved == [] and prompt.message.severity == "error"
    for digit in "9999":
        prompt.pad.digit_buttons[digit].click()
    prompt.pad.ok_button.click()
    qtbot.waitUntil(lambda: bool(approved), timeout=5000)
    assert approved[0].role == Role.SUPERVISOR  # type: ignore[attr-defined]


def test_scan_hub_brings_port_codes_to_the_gui_thread(qtbot) -> None:  # noqa: ANN001
    hub = ScanHub()
    scanner = FedScanner()
    hub.attach_port(scanner, "serial:COM3")
    got: list[tuple[str, str, int]] = []
    hub.scanned.connect(lambda code, source: got.append((code, source, threading.get_ident())))
    feeder = threading.Thread(target=lambda: scanner.feed("8991234500012"))
    feeder.start()
    feeder.join(5)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == [("8991234500012", "serial:COM3", threading.get_ident())]
    hub.close()
    assert scanner.on_scan is None
