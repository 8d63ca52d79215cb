"""The storekeeper's part of the workshop day: open the waiting pick-slip, dispense it by
scanner bursts (keys 5–30 ms apart, ended by Enter, as a wedge scanner types them), a wrong
code refused, a part out of stock with its substitutes offered and the EXACT one handed out."""

from __future__ import annotations

import random
import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.parts_demo import FILTER_CODE, OIL_CODE, PLUG_CODE, UNKNOWN_CODE
from app.roles import Role
from ui.tour.kit import Step, Tour, TourFailure

_GAPS = random.Random(12)


def scanner_burst(t: Tour, code: str) -> None:
    """Type `code` and Enter into whatever has the focus, 5–30 ms between keys, as a keyboard-wedge
    scanner does. The scanner types, not the person: neither taps nor keys are counted."""
    before = t.text_of("Slips.Message") if t.exists("Slips.Message") else ""
    target = QApplication.focusWidget() or t.window
    for ch in code:
        QTest.keyClick(target, ch)
        time.sleep(_GAPS.uniform(0.005, 0.020))
    QTest.keyClick(target, Qt.Key.Key_Return)
    t.wait_until(f"an answer to the scan of {code}",
                 lambda: t.exists("Slips.Message") and t.text_of("Slips.Message") != before)


def open_slip(t: Tour) -> None:
    t.login_as(Role.STOREKEEPER)
    t.tap("Nav.storekeeper.slips")
    t.wait_visible("Slips.Open")
    t.tap("Slips.Open")  # the oldest slip waiting (the demo's, or the mechanic's)
    t.wait_visible("Slips.Lines")
    t.expect_text("Slips.Title", "PS/")


def dispense_by_scan(t: Tour) -> None:
    for code in (OIL_CODE, OIL_CODE, FILTER_CODE):  # never a tap between two scans
        scanner_burst(t, code)
        if t.find("Slips.Message").property("severity") != "ok":
            raise TourFailure(f"the scan of {code} was not dispensed: {t.text_of('Slips.Message')}")
    t.expect_text("Slips.Message", "Filter Oli")


def wrong_code_refused(t: Tour) -> None:
    scanner_burst(t, UNKNOWN_CODE)
    t.expect_text("Slips.Message", UNKNOWN_CODE)
    if t.find("Slips.Message").property("severity") != "error":
        raise TourFailure("an unknown code was not refused")


def substitute_offered(t: Tour) -> None:
    scanner_burst(t, PLUG_CODE)  # out of stock: its substitutes are offered
    t.wait_visible("Slips.Substitute")
    if not t.exists("Slips.Substitute", kind="MODIFIED"):
        raise TourFailure("the MODIFIED substitute is not offered")
    t.tap("Slips.Substitute", kind="EXACT")
    t.expect_text("Slips.Message", "Denso")
    t.wait_gone("Slips.Substitute")


STEPS: list[Step] = [
    Step("storekeeper", "open-slip", open_slip),
    Step("storekeeper", "dispense-by-scan", dispense_by_scan),
    Step("storekeeper", "wrong-code-refused", wrong_code_refused),
    Step("storekeeper", "substitute-offered", substitute_offered),
]
