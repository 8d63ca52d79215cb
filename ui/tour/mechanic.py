"""The mechanic's part of the workshop day, on the bay tablet: log in, start the job, pause it
for parts, request a part (the storekeeper hands it out at the counter by a scan), resume,
finish both jobs (asked once), send the work order to QC; the supervisor passes QC (someone
who did not do the work)."""

from __future__ import annotations

import re

from app.roles import Role
from ui.tour.kit import Step, Tour, TourFailure
from ui.tour.storekeeper import scanner_burst

PADS_CODE = "8991234500036"  # Kampas Rem Depan (the demo catalogue)
_slip: dict[str, str] = {}


def _state_is(t: Tour, state: str) -> None:
    t.wait_until(f"the clock to be {state}", lambda: t.exists("Clock.State")
                 and t.find("Clock.State").property("state") == state)


def log_in(t: Tour) -> None:
    t.login_as(Role.MECHANIC)
    t.tap("Nav.mechanic.jobs")
    t.wait_visible("MyJobs.Job")


def start_job(t: Tour) -> None:
    t.tap("MyJobs.Job", state="NOT_STARTED")
    t.wait_visible("Clock.Detail")
    t.expect_text("Clock.Detail", "Servis 40.000 km")  # the customer's complaint, on the bay
    t.tap("Clock.Start")
    _state_is(t, "RUNNING")


def pause_for_parts(t: Tour) -> None:
    t.tap("Clock.Pause")
    t.tap("Clock.Reason", reason="WAITING_PARTS")
    _state_is(t, "PAUSED")


def request_part(t: Tour) -> None:
    t.tap("Nav.mechanic.parts")
    t.wait_visible("Parts.Search")
    t.type("Parts.Search", "kampas")
    t.tap("Parts.Result", sku="KMP-REM-DPN")
    t.tap("KeypadOk")  # quantity 1, already on the keypad's display
    t.wait_visible("Parts.Line")
    t.tap("Parts.Send")
    t.expect_text("Parts.Slips", "PS/")
    found = re.search(r"PS/\S+", t.text_of("Parts.Slips").splitlines()[-1])
    if found is None:
        raise TourFailure("the new pick-slip's number is not shown")
    _slip["number"] = found.group(0).rstrip(":")


def storekeeper_hands_it_out(t: Tour) -> None:
    t.login_as(Role.STOREKEEPER)
    t.tap("Nav.storekeeper.slips")
    t.tap("Slips.Open", number=_slip["number"])  # in the queue at once
    t.wait_visible("Slips.Lines")
    scanner_burst(t, PADS_CODE)
    t.expect_text("Slips.Message", "Kampas Rem Depan")


def resume(t: Tour) -> None:
    log_in(t)
    t.tap("MyJobs.Job", state="PAUSED")
    t.tap("Clock.Start")
    _state_is(t, "RUNNING")


def finish(t: Tour) -> None:
    t.tap("Clock.Finish")
    t.tap("Bay.ConfirmYes")  # asked once
    _state_is(t, "FINISHED")
    t.tap("Clock.Back")
    t.tap("MyJobs.Job", state="NOT_STARTED")  # the work order's second job
    t.tap("Clock.Start")
    _state_is(t, "RUNNING")
    t.tap("Clock.Finish")
    t.tap("Bay.ConfirmYes")
    _state_is(t, "FINISHED")


def send_to_qc(t: Tour) -> None:
    t.tap("Clock.SendToQC")
    t.tap("Bay.ConfirmYes")
    t.expect_text("Clock.Message", "QC")


def supervisor_passes_qc(t: Tour) -> None:
    t.login_as(Role.SUPERVISOR)
    t.tap("Nav.mechanic.qc")
    t.tap("QC.Wo")
    t.tap("QC.Pass")
    t.tap("Bay.ConfirmYes")
    t.wait_visible("QC.Message")
    if t.find("QC.Message").property("severity") != "ok":
        raise TourFailure(f"QC did not pass: {t.text_of('QC.Message')}")


STEPS: list[Step] = [
    Step("mechanic", "log-in", log_in),
    Step("mechanic", "start-job", start_job),
    Step("mechanic", "pause-for-parts", pause_for_parts),
    Step("mechanic", "request-part", request_part),
    Step("storekeeper", "hand-out-the-part", storekeeper_hands_it_out),
    Step("mechanic", "resume", resume),
    Step("mechanic", "finish", finish),
    Step("mechanic", "send-to-qc", send_to_qc),
    Step("supervisor", "qc-pass", supervisor_passes_qc),
]
