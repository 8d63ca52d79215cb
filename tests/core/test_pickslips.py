"""Pick-slips: request, scan-to-dispense (FEFO, over-dispense, wrong/unknown codes), substitutes, returns, WO state."""

from __future__ import annotations

import pytest

from app.errors import DomainError, IllegalTransition, NotFoundError, PermissionDenied, ValidationError
from app.pickslips import OutOfStock, WrongCode
from app.roles import Role
from app.wo_states import WOStatus


@pytest.fixture
def people(cast):
    return cast.actors[Role.ADVISOR], cast.actors[Role.MECHANIC], cast.actors[Role.STOREKEEPER]


@pytest.fixture
def working_wo(services, cast, people):
    sa, mech, _ = people
    wo = services.workorders.open(sa, cast.vehicle_ids[0], ["Servis berkala"])
    services.workorders.move(mech, wo.id, WOStatus.DIAGNOSING)
    services.workorders.move(mech, wo.id, WOStatus.WORKING)
    return wo


def counts(store):
    return (store.query_one("SELECT count(*) AS n FROM sync_event_logs")["n"],
            store.query_one("SELECT count(*) AS n FROM stock_movements")["n"])


def test_request_makes_wo_lines_and_waits_for_parts(services, cast, people, working_wo):
    _, mech, _ = people
    slip = services.pickslips.request_parts(mech, working_wo.id, [(cast.part_ids["oil"], 1), (cast.part_ids["filter"], 2)])
    assert slip.status == "requested" and slip.number.startswith("PS/JKT01/K1/")
    assert [(l.name, l.qty, l.dispensed) for l in slip.lines] == [("Oli Mesin 10W-40 4L", 1, 0), ("Filter Oli Toyota", 2, 0)]
    wo = services.workorders.get(working_wo.id)
    assert wo.status is WOStatus.WAITING_PARTS
    assert sorted((p.name, p.qty) for p in wo.parts) == [("Filter Oli Toyota", 2), ("Oli Mesin 10W-40 4L", 1)]
    assert [s.number for s in services.pickslips.queue()] == [slip.number]


def test_request_needs_parts_and_an_open_wo_and_the_right_role(services, cast, people, working_wo):
    sa, mech, keeper = people
    with pytest.raises(ValidationError):
        services.pickslips.request_parts(mech, working_wo.id, [])
    with pytest.raises(PermissionDenied):
        services.pickslips.request_parts(keeper, working_wo.id, [(cast.part_ids["oil"], 1)])
    services.workorders.move(sa, working_wo.id, WOStatus.CANCELLED)
    before = counts(services.store)
    with pytest.raises(IllegalTransition):
        services.pickslips.request_parts(mech, working_wo.id, [(cast.part_ids["oil"], 1)])
    assert counts(services.store) == before


def test_scans_dispense_fefo_and_finish_the_slip(services, cast, people, working_wo):
    _, mech, keeper = people
    coolant = cast.part_ids["coolant"]  # the demo holds lot L2611 expiring 2027-06-30
    services.stock.receive(keeper, coolant, cast.warehouse_id, 5, lot="OLD", expiry="2027-01-31")
    services.stock.receive(keeper, coolant, cast.warehouse_id, 5, lot="NEW", expiry="2028-12-31")
    slip = services.pickslips.request_parts(mech, working_wo.id, [(coolant, 7), (cast.part_ids["filter"], 1)])
    results = [services.pickslips.scan(keeper, slip.id, "8991234500043") for _ in range(7)]
    assert [r.lots[0].lot for r in results] == ["OLD"] * 5 + ["L2611"] * 2  # first expiry first out
    assert results[-1].remaining == 0 and results[-1].slip_status == "partly dispensed"
    last = services.pickslips.scan(keeper, slip.id, "FLT-OLI-TY")  # a typed SKU works like a barcode
    assert last.slip_status == "dispensed"
    assert services.pickslips.get(slip.id).status == "dispensed"
    assert services.pickslips.queue() == []
    wo = services.workorders.get(working_wo.id)
    assert wo.status is WOStatus.WORKING  # the last waiting slip is done: back to work
    assert all(p.dispensed == p.qty for p in wo.parts)


def test_over_dispense_wrong_and_unknown_codes_change_nothing(services, cast, people, working_wo):
    _, mech, keeper = people
    slip = services.pickslips.request_parts(mech, working_wo.id, [(cast.part_ids["oil"], 1)])
    services.pickslips.scan(keeper, slip.id, "8991234500012")
    before = counts(services.store)
    with pytest.raises(ValidationError) as over:
        services.pickslips.scan(keeper, slip.id, "8991234500012")
    assert over.value.code == "over_dispense" and "dispensed already" in str(over.value)
    with pytest.raises(WrongCode, match="Kampas Rem Depan.*not on PS/"):
        services.pickslips.scan(keeper, slip.id, "8991234500036")
    with pytest.raises(NotFoundError) as unknown:
        services.pickslips.scan(keeper, slip.id, "0000000000000")
    assert unknown.value.code == "unknown_barcode" and "0000000000000" in str(unknown.value)
    with pytest.raises(ValidationError, match="still to hand out"):
        slip2 = services.pickslips.request_parts(mech, working_wo.id, [(cast.part_ids["pads"], 2)])
        services.pickslips.dispense_line(keeper, slip2.id, slip2.lines[0].id, 3)
    assert counts(services.store)[1] == before[1]


def test_keypad_quantity_and_return_of_unused_parts(services, cast, people, working_wo):
    _, mech, keeper = people
    filt = cast.part_ids["filter"]
    slip = services.pickslips.request_parts(mech, working_wo.id, [(filt, 4)])
    services.pickslips.dispense_line(keeper, slip.id, slip.lines[0].id, 4)
    on_hand = services.stock.on_hand(filt)
    line = services.pickslips.return_parts(keeper, slip.id, "8991234500029", 1)
    assert (line.qty, line.dispensed) == (3, 3)
    assert services.stock.on_hand(filt) == on_hand + 1
    assert [p.qty for p in services.workorders.get(working_wo.id).parts] == [3]  # billed for what was used
    with pytest.raises(ValidationError) as too_many:
        services.pickslips.return_parts(keeper, slip.id, "8991234500029", 4)
    assert too_many.value.code == "over_return"


def _make_subs(services, cast):
    boss = cast.actors[Role.SUPERVISOR]
    exact = services.catalogue.add_part(boss, "KMP-REM-DPN-B", "Kampas Rem Depan (Bendix)", 430_000,
                                        barcode="8991234500999", brand="Bendix", origin="AFTERMARKET")
    modified = services.catalogue.add_part(boss, "KMP-REM-UNI", "Kampas Rem Universal", 300_000,
                                           barcode="8991234500888")
    pads = cast.part_ids["pads"]
    services.catalogue.add_substitute(boss, pads, modified.id, "MODIFIED", "perlu dipotong")
    services.catalogue.add_substitute(boss, pads, exact.id, "EXACT")
    keeper = cast.actors[Role.STOREKEEPER]
    services.stock.receive(keeper, exact.id, cast.warehouse_id, 3)
    services.stock.receive(keeper, modified.id, cast.warehouse_id, 3)
    # the pads run out
    services.stock.adjust(keeper, pads, cast.warehouse_id, 0, lot="L2611", reason="rusak")
    return exact, modified


def test_out_of_stock_offers_substitutes_and_exact_goes_at_once(services, cast, people, working_wo):
    _, mech, keeper = people
    exact, modified = _make_subs(services, cast)
    slip = services.pickslips.request_parts(mech, working_wo.id, [(cast.part_ids["pads"], 2)])
    before = counts(services.store)
    with pytest.raises(OutOfStock) as short:
        services.pickslips.scan(keeper, slip.id, "8991234500036")
    assert counts(services.store) == before
    assert [(o.sku, o.kind, o.on_hand) for o in short.value.substitutes] == [
        ("KMP-REM-DPN-B", "EXACT", 3), ("KMP-REM-UNI", "MODIFIED", 3)]
    got = services.pickslips.substitute(keeper, slip.id, short.value.line_id, exact.id)
    assert got.qty == 1 and got.substituted_for == cast.part_ids["pads"]
    # scanning the EXACT substitute's own barcode matches the switched line
    done = services.pickslips.scan(keeper, slip.id, "8991234500999")
    assert done.slip_status == "dispensed"
    wo = services.workorders.get(working_wo.id)
    assert [(p.name, p.qty, p.dispensed, p.unit_price) for p in wo.parts] == [("Kampas Rem Depan (Bendix)", 2, 2, 430_000)]


def test_scanning_an_exact_substitute_directly_switches_the_line(services, cast, people, working_wo):
    _, mech, keeper = people
    exact, _ = _make_subs(services, cast)
    slip = services.pickslips.request_parts(mech, working_wo.id, [(cast.part_ids["pads"], 1)])
    got = services.pickslips.scan(keeper, slip.id, "8991234500999")
    assert got.substituted_for == cast.part_ids["pads"] and got.slip_status == "dispensed"
    assert services.pickslips.get(slip.id).lines[0].replaces_part_id == cast.part_ids["pads"]


def test_modified_substitute_waits_for_the_advisor(services, cast, people, working_wo):
    sa, mech, keeper = people
    _, modified = _make_subs(services, cast)
    slip = services.pickslips.request_parts(mech, working_wo.id, [(cast.part_ids["pads"], 2)])
    line = services.pickslips.substitute(keeper, slip.id, slip.lines[0].id, modified.id)
    assert line.approval == "PENDING" and line.proposed_part_id == modified.id
    assert services.pickslips.queue()[0].waiting_approval
    with pytest.raises(WrongCode):  # not approved yet: its barcode is not on the slip
        services.pickslips.scan(keeper, slip.id, "8991234500888")
    with pytest.raises(PermissionDenied):
        services.pickslips.decide_substitute(keeper, slip.id, line.id, True)
    slip = services.pickslips.decide_substitute(sa, slip.id, line.id, True)
    assert slip.lines[0].part_id == modified.id and slip.lines[0].approval == "APPROVED"
    services.pickslips.scan(keeper, slip.id, "8991234500888")
    assert services.pickslips.scan(keeper, slip.id, "8991234500888").slip_status == "dispensed"


def test_partly_dispensed_line_is_split_when_substituted(services, cast, people, working_wo):
    _, mech, keeper = people
    exact, _ = _make_subs(services, cast)
    pads = cast.part_ids["pads"]
    services.stock.receive(keeper, pads, cast.warehouse_id, 1, lot="X")
    slip = services.pickslips.request_parts(mech, working_wo.id, [(pads, 3)])
    services.pickslips.scan(keeper, slip.id, "8991234500036")
    with pytest.raises(OutOfStock) as short:
        services.pickslips.scan(keeper, slip.id, "8991234500036")
    services.pickslips.substitute(keeper, slip.id, short.value.line_id, exact.id, qty=2)
    slip = services.pickslips.get(slip.id)
    assert [(l.sku, l.qty, l.dispensed) for l in slip.lines] == [("KMP-REM-DPN", 1, 1), ("KMP-REM-DPN-B", 2, 2)]
    assert slip.status == "dispensed"


def test_cancel_leaves_only_what_was_handed_out(services, cast, people, working_wo):
    _, mech, keeper = people
    slip = services.pickslips.request_parts(mech, working_wo.id, [(cast.part_ids["filter"], 3)])
    services.pickslips.scan(keeper, slip.id, "8991234500029")
    slip = services.pickslips.cancel(mech, slip.id)
    assert slip.status == "cancelled"
    assert [p.qty for p in services.workorders.get(working_wo.id).parts] == [1]
    assert services.workorders.get(working_wo.id).status is WOStatus.WORKING
    with pytest.raises(DomainError):
        services.pickslips.scan(keeper, slip.id, "8991234500029")
