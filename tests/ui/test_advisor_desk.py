"""The service desk driven like a user: plate search in every spelling, a returning customer's WO
in at most 4 taps after the plate, an odometer rollback only with a supervisor's PIN, a new
customer from an unknown plate with bad input refused in the field and nothing written."""

from __future__ import annotations

import pytest

from app.roles import Role
from tests.ui.advisor_kit import User, advisor_window, find, visible
from tests.ui.conftest import Shop, idle


def count(shop: Shop, table: str) -> int:
    return shop.services.store.query_one(f"SELECT count(*) AS n FROM {table}")["n"]


@pytest.fixture
def desk(qtbot, shop: Shop):  # noqa: ANN001
    window = advisor_window(qtbot, shop)
    user = User(qtbot, window)
    user.tap("Nav.advisor.desk")
    user.wait("Advisor.Search")
    user.taps = 0
    return window, user


@pytest.mark.parametrize("typed", ["B 1234 XYZ", "b1234xyz", "B-1234-XYZ", "b 1234xyz"])
def test_plate_in_every_spelling_shows_the_vehicle_as_you_type(qtbot, desk, typed: str) -> None:  # noqa: ANN001
    window, user = desk
    user.type("Advisor.Search", typed)
    first = user.wait_text("Advisor.Result", "Budi Santoso", row="0")
    assert first.text().startswith("B 1234 XYZ")
    box = find(window, "Advisor.Search")
    assert box.queries <= 2  # debounced: one search per pause, not one per key


def test_phone_and_name_find_the_customer(qtbot, desk) -> None:  # noqa: ANN001
    window, user = desk
    user.type("Advisor.Search", "+62 813 3333")
    user.wait_text("Advisor.Result", "Siti Rahma", row="0")
    user.type("Advisor.Search", "", clear=True)
    user.type("Advisor.Search", "santo")
    user.wait_text("Advisor.Result", "Budi Santoso", row="0")
    assert len(visible(window, "Advisor.Result")) == 1


def test_returning_customer_wo_in_at_most_four_taps_after_the_plate(qtbot, desk, shop: Shop) -> None:  # noqa: ANN001
    window, user = desk
    wos = count(shop, "workorders")
    user.type("Advisor.Search", "b1234xyz")
    user.enter("Advisor.Search")
    assert user.wait("Advisor.Card.Plate").text() == "B 1234 XYZ"
    user.type("Advisor.Odometer", "12500")  # typed on the keypad's field: keys, not taps
    user.tap("Advisor.Complaint", complaint="1")
    user.tap("Advisor.OpenWoButton")
    user.wait("Advisor.WorkOrder")
    assert user.taps <= 4, user.taps
    assert count(shop, "workorders") == wos + 1
    number = user.text("Advisor.WoNumber")
    assert number.startswith("WO/JKT01/K1/") and "B 1234 XYZ" in user.text("Advisor.WoVehicle")
    wo = shop.services.workorders.get(shop.services.store.query_one(
        "SELECT id FROM workorders WHERE number = ?", (number,))["id"])
    assert wo.odometer_km == 12_500 and wo.complaints == ["Ganti oli"]


def test_the_keypad_types_the_odometer(qtbot, desk) -> None:  # noqa: ANN001
    window, user = desk
    user.type("Advisor.Search", "d4567abc")
    user.enter("Advisor.Search")
    user.wait("Advisor.Card")
    for key in "4500":
        user.tap("KeypadKey", key=key)
    assert find(window, "Advisor.Odometer").text() == "4500"


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform and any top-level dialog
def test_odometer_rollback_needs_a_supervisor_pin(qtbot, desk, shop: Shop) -> None:  # noqa: ANN001
    window, user = desk
    vehicle = shop.cast.vehicle_ids[0]
    shop.services.customers.record_odometer(shop.cast.actors[Role.ADVISOR], vehicle, 30_000)
    user.type("Advisor.Search", "b1234xyz")
    user.enter("Advisor.Search")
    user.wait("Advisor.Card")
    wos, readings = count(shop, "workorders"), count(shop, "odometer_readings")
    user.type("Advisor.Odometer", "29000")
    user.tap("Advisor.Complaint", complaint="0")
    user.tap("Advisor.OpenWoButton")
    assert "29.000 km" in user.wait("Advisor.OpenWoMessage").text()  # a reason first, in the panel
    assert visible(window, "Advisor.OdometerReason") and not visible(window, "SupervisorPin")
    user.type("Advisor.OdometerReason", "Odometer diganti")
    user.tap("Advisor.OpenWoButton")
    prompt = user.wait("SupervisorPin")
    user.tap("SupervisorPin.Cancel")  # nobody confirms: nothing is written
    qtbot.waitUntil(lambda: not prompt.isVisible(), timeout=3000)
    assert (count(shop, "workorders"), count(shop, "odometer_readings")) == (wos, readings)
    user.tap("Advisor.OpenWoButton")
    prompt = user.wait("SupervisorPin")
    user.tap("SupervisorPin.User", user_id=shop.user_id(Role.SUPERVISOR))
    for digit in "999999":
        user.tap("KeypadKey", inside=prompt, key=digit)
    user.tap("KeypadOk", inside=prompt)
    user.wait("Advisor.WorkOrder")
    assert count(shop, "workorders") == wos + 1
    last = shop.services.store.query_one(
        "SELECT km, reason, user_id FROM odometer_readings WHERE vehicle_id = ? ORDER BY read_at DESC LIMIT 1",
        (vehicle,))
    assert last == {"km": 29_000, "reason": "Odometer diganti", "user_id": shop.user_id(Role.SUPERVISOR)}


def test_unknown_plate_registers_with_errors_in_the_field_and_nothing_written(qtbot, desk, shop: Shop) -> None:  # noqa: ANN001
    window, user = desk
    user.type("Advisor.Search", "b9999zz")
    user.tap("Advisor.RegisterNew")
    assert find(window, "Advisor.Register.plate").text() == "B 9999 ZZ"  # pre-filled as typed, normalised
    before = (count(shop, "customers"), count(shop, "vehicles"), count(shop, "sync_event_logs"))
    user.type("Advisor.Register.phone", "12")
    user.type("Advisor.Register.year", "1800")
    user.tap("Advisor.Register.Save")
    assert user.text("Advisor.Register.name.Error") == "Nama pelanggan wajib diisi."
    assert user.text("Advisor.Register.phone.Error") == "Nomor telepon terdiri dari 8 sampai 15 angka."
    assert "Tahun" in user.text("Advisor.Register.year.Error")
    assert not visible(window, "Advisor.Register.plate.Error")
    assert (count(shop, "customers"), count(shop, "vehicles"), count(shop, "sync_event_logs")) == before
    user.type("Advisor.Register.name", "Hendra Wijaya")
    user.type("Advisor.Register.phone", "0899 1234 5678", clear=True)
    user.type("Advisor.Register.year", "2021", clear=True)
    user.tap("Advisor.Register.Save")
    assert user.wait("Advisor.Card.Plate").text() == "B 9999 ZZ"
    assert "Hendra Wijaya" in user.text("Advisor.Card.Owner")
    assert (count(shop, "customers"), count(shop, "vehicles")) == (before[0] + 1, before[1] + 1)


def test_a_plate_taken_meanwhile_is_refused_in_the_plate_field(qtbot, desk, shop: Shop) -> None:  # noqa: ANN001
    window, user = desk
    user.type("Advisor.Search", "b7777aa")
    user.tap("Advisor.RegisterNew")
    sa = shop.cast.actors[Role.ADVISOR]
    other = shop.services.customers.register(sa, "Orang Lain")
    shop.services.customers.add_vehicle(sa, other.id, "B 7777 AA")  # another station, just now
    user.type("Advisor.Register.name", "Hendra")
    user.tap("Advisor.Register.Save")
    assert user.wait("Advisor.Register.plate.Error").text() == "Nomor polisi ini sudah terdaftar."
    idle(qtbot)


def test_warranty_rework_from_a_past_visit_links_both_work_orders(qtbot, desk, shop: Shop) -> None:  # noqa: ANN001
    window, user = desk
    user.type("Advisor.Search", "b1234xyz")
    user.enter("Advisor.Search")
    user.wait("Advisor.Timeline.Warranty")
    past = [w for w in visible(window, "Advisor.Timeline.Entry") if w.property("open") is False][0]
    past_id = str(past.property("wo_id"))
    user.tap("Advisor.Timeline.Warranty", wo_id=past_id)
    assert "WO/" in user.wait("Advisor.ReworkOf").text()
    user.tap("Advisor.Complaint", complaint="2")
    user.tap("Advisor.OpenWoButton")  # no odometer needed for a rework
    user.wait("Advisor.WorkOrder")
    past_number = shop.services.workorders.get(past_id).number
    user.wait_text("Advisor.WoLinks", past_number)
    rework = shop.services.store.query_one("SELECT id FROM workorders WHERE parent_wo_id = ?", (past_id,))
    assert rework is not None
    user.tap("Nav.advisor.desk")
    user.wait("Advisor.Timeline.Entry", wo_id=past_id)
    rework_number = shop.services.workorders.get(rework["id"]).number

    def linked() -> bool:  # the card refreshes itself: look at whichever entry is shown now
        entries = visible(window, "Advisor.Timeline.Entry", wo_id=past_id)
        return bool(entries) and any(rework_number in label.text()
                                     for label in entries[0].findChildren(type(find(window, "Advisor.Card.Plate"))))

    qtbot.waitUntil(linked, timeout=5000)


def test_a_customer_without_a_car_on_file_gets_their_car_not_a_second_record(qtbot, desk, shop: Shop) -> None:  # noqa: ANN001
    window, user = desk
    lone = shop.services.customers.register(shop.cast.actors[Role.ADVISOR], "Hendrik Lone", "0812 9999 1111")
    customers = count(shop, "customers")
    user.type("Advisor.Search", "hendrik")
    user.wait_text("Advisor.Result", "Hendrik Lone")
    user.tap("Advisor.Result", row="0")
    assert find(window, "Advisor.Register.name").text() == "Hendrik Lone"
    assert find(window, "Advisor.Register.name").isReadOnly()
    user.type("Advisor.Register.plate", "b55hl")
    user.tap("Advisor.Register.Save")
    assert user.wait("Advisor.Card.Plate").text() == "B 55 HL"
    assert count(shop, "customers") == customers
    assert shop.services.customers.find_by_plate("B 55 HL").customer_id == lone.id
