"""The advisor's part of the workshop day: find a returning customer by plate and open a WO
(its taps counted from the typed plate), add a job and a part, record the customer's approval,
assign a mechanic and a bay, print the job sheet to the preview printer; then register a new
customer from an unknown plate."""

from __future__ import annotations

from ui.tour.kit import Step, Tour, TourFailure


def _states(t: Tour) -> str:
    return str(t.find("Advisor.Lines").property("states") or "")


def service_desk(t: Tour) -> None:
    t.tap("Nav.advisor.desk")
    t.wait_visible("Advisor.Search")


def open_wo_returning_customer(t: Tour) -> None:
    t.type("Advisor.Search", "b1234xyz")
    t.enter("Advisor.Search")  # the exact plate opens its card
    t.expect_text("Advisor.Card.Plate", "B 1234 XYZ")
    t.type("Advisor.Odometer", "12500")
    t.tap("Advisor.Complaint", complaint="0")
    t.tap("Advisor.OpenWoButton")
    t.wait_visible("Advisor.WorkOrder")
    t.expect_text("Advisor.WoNumber", "WO/")
    t.expect_text("Advisor.WoVehicle", "B 1234 XYZ")
    if t.taps > 4:
        raise TourFailure(f"opening a WO for a returning customer took {t.taps} taps, more than 4")


def add_job_and_part(t: Tour) -> None:
    t.tap("Advisor.AddJob", code="SRV-10K")
    t.wait_until("the job on the WO", lambda: _states(t) == "proposed")
    t.tap("Advisor.AddPart", sku="OLI-10W40-4L")
    t.wait_until("the part on the WO", lambda: _states(t) == "proposed,proposed")
    t.expect_text("Advisor.Total", "Rp ")


def record_approval(t: Tour) -> None:
    t.tap("Advisor.Via", via="whatsapp")
    t.tap("Advisor.ApproveAll")
    t.wait_until("both lines approved", lambda: _states(t) == "approved,approved")
    if t.text_of("Advisor.ApprovedTotal") != t.text_of("Advisor.Total"):
        raise TourFailure("the approved total is not the estimate total")


def assign_mechanic_and_bay(t: Tour) -> None:
    t.tap("Advisor.Line", kind="job")
    t.tap("Advisor.Assign")
    t.wait_visible("Advisor.AssignPanel")
    t.find("Advisor.AssignMechanic")  # the demo's mechanic
    t.tap("Advisor.AssignMechanic")
    t.tap("Advisor.AssignBay", bay="Bay 2")
    t.tap("Advisor.AssignSave")
    t.wait_gone("Advisor.AssignPanel")
    t.wait_until("the job in Bay 2", lambda: any("Bay 2" in str(w.property("work"))
                                                 for w in t.all("Advisor.Line", kind="job")))


def print_job_sheet(t: Tour) -> None:
    t.tap("Advisor.PrintJobSheet")
    t.wait_visible("Advisor.PrintPreview.Image", timeout_ms=10_000)
    image = t.find("Advisor.PrintPreview.Image")
    if image.pixmap() is None or image.pixmap().isNull():
        raise TourFailure("the preview printer printed nothing")


def register_new_customer(t: Tour) -> None:
    t.tap("Nav.advisor.desk")
    t.tap("Advisor.Back")
    t.type("Advisor.Search", "b9999zz")
    t.wait_visible("Advisor.RegisterNew")
    t.tap("Advisor.RegisterNew")
    t.wait_visible("Advisor.Register")
    if "B 9999 ZZ" not in t.text_of("Advisor.Register.plate").upper().replace("  ", " ") \
            and t.text_of("Advisor.Register.plate").lower() != "b9999zz":
        raise TourFailure("the typed plate is not pre-filled")
    t.type("Advisor.Register.name", "Hendra Wijaya")
    t.type("Advisor.Register.phone", "0899 1234 5678")
    t.type("Advisor.Register.make", "Honda")
    t.type("Advisor.Register.model", "Brio")
    t.type("Advisor.Register.year", "2021")
    t.tap("Advisor.Register.Save")
    t.expect_text("Advisor.Card.Plate", "B 9999 ZZ")
    t.expect_text("Advisor.Card.Owner", "Hendra Wijaya")


STEPS: list[Step] = [
    Step("advisor", "service-desk", service_desk),
    Step("advisor", "open-wo-returning-customer", open_wo_returning_customer),
    Step("advisor", "add-job-and-part", add_job_and_part),
    Step("advisor", "record-approval", record_approval),
    Step("advisor", "assign-mechanic-and-bay", assign_mechanic_and_bay),
    Step("advisor", "print-job-sheet", print_job_sheet),
    Step("advisor", "register-new-customer", register_new_customer),
]
