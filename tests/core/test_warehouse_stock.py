"""Catalogue detail, search, part card, reorder list, POs and receiving, stock opname, transfers."""

from __future__ import annotations

import pytest

from app.auth import WrongPin
from app.catalogue import settings_id
from app.errors import IllegalTransition, NotFoundError, PermissionDenied, ValidationError
from app.parts_search import match_expression, rebuild_index, search
from app.queries.parts import part_card, part_card_by_code
from app.roles import Role
from app.wo_states import WOStatus


@pytest.fixture
def boss(cast):
    return cast.actors[Role.SUPERVISOR]


@pytest.fixture
def keeper(cast):
    return cast.actors[Role.STOREKEEPER]


def skus(hits):
    return [h.sku for h in hits]


# -- catalogue and search -------------------------------------------------------------------
def test_search_prefixes_words_codes_and_brand(services, boss):
    services.catalogue.add_part(boss, "AKI-NS40", "Aki Kering NS40", 750_000, barcode="8990000000001", brand="GS Astra",
                                origin="AFTERMARKET", has_expiry=True)
    store = services.store
    assert skus(search(store, "oli")) == ["OLI-10W40-4L", "FLT-OLI-TY"]  # SKU prefix first
    assert skus(search(store, "Oli Mesin")) == ["OLI-10W40-4L"]
    assert skus(search(store, "10w-40")) == ["OLI-10W40-4L"]
    assert skus(search(store, "astra")) == ["AKI-NS40"]  # brand words
    assert skus(search(store, "kering ns4")) == ["AKI-NS40"]
    assert skus(search(store, "89900")) == ["AKI-NS40"]  # barcode prefix
    assert skus(search(store, "aki-ns40")) == ["AKI-NS40"]
    assert search(store, "") == [] and search(store, "  -- ") == []
    assert search(store, 'oli" OR x*') == []  # quotes and operators are words, never FTS syntax
    assert match_expression('a"b') == '"a"* "b"*'


def test_second_barcode_is_found_and_scans_to_the_part(services, cast, boss):
    oil = cast.part_ids["oil"]
    services.catalogue.add_barcode(boss, oil, "4711112223334")
    assert skus(search(services.store, "47111")) == ["OLI-10W40-4L"]
    assert services.catalogue.part_by_code("4711112223334").id == oil
    assert services.catalogue.barcodes(oil) == ["8991234500012", "4711112223334"]
    with pytest.raises(ValidationError) as taken:
        services.catalogue.add_barcode(boss, cast.part_ids["filter"], "4711112223334")
    assert taken.value.code == "barcode_taken"


def test_renamed_or_deleted_part_leaves_the_index_in_step(services, cast, boss):
    store = services.store
    with store.command("part.rename", boss.user_id) as cmd:
        cmd.upsert("parts", cast.part_ids["filter"], name="Saringan Oli Toyota")
    assert search(store, "filter") == []
    assert skus(search(store, "saringan")) == ["FLT-OLI-TY"]
    with store.command("part.price", boss.user_id) as cmd:  # a price change does not touch the index
        cmd.upsert("parts", cast.part_ids["filter"], unit_price=70_000)
    assert search(store, "saringan")[0].unit_price == 70_000
    assert rebuild_index(store) == 4
    assert skus(search(store, "saringan")) == ["FLT-OLI-TY"]


def test_unknown_code_is_refused_with_the_code(services):
    with pytest.raises(NotFoundError) as err:
        services.catalogue.part_by_code("123ABC")
    assert err.value.code == "unknown_barcode" and "123ABC" in str(err.value)
    with pytest.raises(NotFoundError):
        services.catalogue.part_by_code("")


def test_stock_settings_are_one_row_per_part_and_warehouse(services, cast, keeper, boss):
    oil, wh = cast.part_ids["oil"], cast.warehouse_id
    services.catalogue.set_stock_settings(keeper, oil, wh, bin="a-01", reorder_level=10)
    got = services.catalogue.set_stock_settings(keeper, oil, wh, reorder_qty=24)
    assert (got.bin, got.reorder_level, got.reorder_qty) == ("A-01", 10, 24)
    assert services.store.query_one("SELECT count(*) AS n FROM part_stock_settings")["n"] == 1
    assert services.store.query_one("SELECT id FROM part_stock_settings")["id"] == settings_id(oil, wh)
    with pytest.raises(ValidationError):
        services.catalogue.set_stock_settings(keeper, oil, wh, reorder_level=-1)
    with pytest.raises(PermissionDenied):
        services.catalogue.set_stock_settings(cast.actors[Role.CASHIER], oil, wh, bin="B")
    with pytest.raises(PermissionDenied):  # the catalogue itself is HQ's
        services.catalogue.add_part(keeper, "X-1", "X", 1)


# -- part card -------------------------------------------------------------------------------
def test_part_card_shows_stock_lots_movements_slips_pos_and_substitutes(services, cast, keeper, boss):
    coolant, wh = cast.part_ids["coolant"], cast.warehouse_id
    services.stock.receive(keeper, coolant, wh, 6, lot="C2", expiry="2027-02-28")
    other = services.catalogue.add_part(boss, "CLT-1L-B", "Coolant 1L Merk B", 50_000, barcode="8990000000100",
                                        has_expiry=True)
    services.catalogue.add_substitute(boss, coolant, other.id, "EXACT")
    sup = services.purchasing.add_supplier(keeper, "SUP1", "PT Sumber Parts")
    po = services.purchasing.create_po(keeper, sup.id, wh, [(coolant, 10)])
    sa, mech = cast.actors[Role.ADVISOR], cast.actors[Role.MECHANIC]
    wo = services.workorders.open(sa, cast.vehicle_ids[0], ["Radiator"])
    slip = services.pickslips.request_parts(mech, wo.id, [(coolant, 2)])
    card = part_card_by_code(services, "8991234500043")
    assert card.part.sku == "CLT-1L" and card.on_hand == 46
    assert [(l.lot, l.expiry, l.qty) for l in card.lots] == [("C2", "2027-02-28", 6), ("L2611", "2027-06-30", 40)]
    assert [m.kind for m in card.movements] == ["receive", "receive"]
    assert card.movements[-1].doc is None and card.movements[0].user_name == "Rina (Gudang)"
    assert [(d.number, d.outstanding) for d in card.open_slips] == [(slip.number, 2)]
    assert [(d.number, d.outstanding) for d in card.open_pos] == [(po.number, 10)]
    assert [(s.sku, s.kind) for s in card.substitutes] == [("CLT-1L-B", "EXACT")]
    services.pickslips.scan(keeper, slip.id, "CLT-1L")
    card = part_card(services, coolant)
    assert card.movements[0].kind == "dispense" and card.movements[0].doc == wo.number


# -- reorder, POs, receiving -------------------------------------------------------------------
def test_reorder_list_suggests_and_makes_one_po_per_supplier(services, cast, keeper):
    wh = cast.warehouse_id
    a = services.purchasing.add_supplier(keeper, "AST", "PT Astra Otoparts")
    b = services.purchasing.add_supplier(keeper, "SPL", "CV Sinar Parts")
    oil, filt, pads = cast.part_ids["oil"], cast.part_ids["filter"], cast.part_ids["pads"]
    services.catalogue.set_stock_settings(keeper, oil, wh, reorder_level=40, reorder_qty=24, supplier_id=a.id)
    services.catalogue.set_stock_settings(keeper, filt, wh, reorder_level=45, reorder_qty=0, supplier_id=b.id)
    services.catalogue.set_stock_settings(keeper, pads, wh, reorder_level=39, reorder_qty=10, supplier_id=a.id)
    rows = services.purchasing.reorder_list(wh)
    assert [(r.sku, r.on_hand, r.suggested) for r in rows] == [("FLT-OLI-TY", 40, 6), ("OLI-10W40-4L", 40, 24)]
    pos = services.purchasing.po_from_reorder(keeper, wh)
    assert sorted((p.supplier_name, [(l.sku, l.qty) for l in p.lines]) for p in pos) == [
        ("CV Sinar Parts", [("FLT-OLI-TY", 6)]), ("PT Astra Otoparts", [("OLI-10W40-4L", 24)])]
    rows = services.purchasing.reorder_list(wh)  # on order now: nothing more suggested
    assert [(r.sku, r.on_order, r.suggested) for r in rows] == [("FLT-OLI-TY", 6, 0), ("OLI-10W40-4L", 24, 0)]


def test_receiving_by_scan_with_partial_receipts_lots_and_refusals(services, cast, keeper):
    wh = cast.warehouse_id
    sup = services.purchasing.add_supplier(keeper, "AST", "PT Astra Otoparts")
    po = services.purchasing.create_po(keeper, sup.id, wh, [(cast.part_ids["coolant"], 3), (cast.part_ids["oil"], 2)])
    assert po.status == "open"
    with pytest.raises(ValidationError) as no_expiry:
        services.purchasing.receive_scan(keeper, po.id, "8991234500043")
    assert no_expiry.value.code == "expiry_missing"
    got = services.purchasing.receive_scan(keeper, po.id, "8991234500043", 2, lot="K9", expiry="2028-01-31")
    assert (got.outstanding, got.po_status) == (1, "partly received")
    with pytest.raises(ValidationError) as over:
        services.purchasing.receive_scan(keeper, po.id, "8991234500043", 2, lot="K9", expiry="2028-01-31")
    assert over.value.code == "over_receive"
    with pytest.raises(ValidationError) as wrong:
        services.purchasing.receive_scan(keeper, po.id, "8991234500036")
    assert wrong.value.code == "wrong_part"
    services.purchasing.receive_scan(keeper, po.id, "8991234500043", 1, lot="K9", expiry="2028-01-31")
    services.purchasing.receive_scan(keeper, po.id, "8991234500012", 2)
    assert services.purchasing.get_po(po.id).status == "received"
    assert services.purchasing.open_pos() == []
    assert ("K9", "2028-01-31", 3) in [(l.lot, l.expiry, l.qty) for l in services.stock.levels(cast.part_ids["coolant"])]
    with pytest.raises(IllegalTransition):
        services.purchasing.cancel_po(keeper, po.id)


# -- stock opname --------------------------------------------------------------------------------
def _supervisor(services):
    return next(u for u in services.auth.list_users() if u.role is Role.SUPERVISOR)


def test_opname_variance_accounts_for_movements_during_the_count(services, cast, keeper):
    wh, oil, filt = cast.warehouse_id, cast.part_ids["oil"], cast.part_ids["filter"]
    session = services.opname.start(keeper, wh)
    # a dispense happens before the oil is counted: the count sees 38, and that is no loss
    services.stock.dispense(keeper, oil, wh, 2, ref="during")
    services.opname.scan(keeper, session.id, "8991234500012", 38)
    # a dispense after the filter was counted: the filter count (40) stands for the start
    services.opname.scan(keeper, session.id, "8991234500029", 39)
    services.stock.dispense(keeper, filt, wh, 1, ref="after")
    services.opname.scan(keeper, session.id, "NOPE-123")
    report = services.opname.report(session.id)
    by_sku = {l.sku: l for l in report.lines}
    assert (by_sku["OLI-10W40-4L"].at_start, by_sku["OLI-10W40-4L"].moved_during, by_sku["OLI-10W40-4L"].variance) == (40, -2, 0)
    assert (by_sku["FLT-OLI-TY"].expected, by_sku["FLT-OLI-TY"].variance) == (40, -1)  # one filter lost
    assert by_sku["KMP-REM-DPN"].counted == 0 and by_sku["KMP-REM-DPN"].variance == -40  # not counted at all
    assert report.unknown_codes == {"NOPE-123": 1}
    boss = _supervisor(services)
    with pytest.raises(WrongPin):
        services.opname.post(keeper, session.id, boss.id, "1234")
    with pytest.raises(PermissionDenied):  # a storekeeper's own PIN is not a supervisor's
        services.opname.post(keeper, session.id, keeper.user_id, "3333")
    assert services.stock.on_hand(filt, wh) == 39  # nothing posted yet
    services.opname.post(keeper, session.id, boss.id, "999999")
    assert services.stock.on_hand(oil, wh) == 38
    assert services.stock.on_hand(filt, wh) == 38  # counted 39, then one went out after the count
    assert services.stock.on_hand(cast.part_ids["pads"], wh) == 0
    assert services.opname.session(session.id).approved_by == boss.id
    with pytest.raises(IllegalTransition):
        services.opname.post(keeper, session.id, boss.id, "999999")


def test_opname_scan_corrections_and_one_open_count(services, cast, keeper):
    wh = cast.warehouse_id
    session = services.opname.start(keeper, wh)
    with pytest.raises(ValidationError):
        services.opname.start(keeper, wh)
    services.opname.scan(keeper, session.id, "8991234500012", 3)
    assert services.opname.scan(keeper, session.id, "8991234500012", -1).count == 2
    with pytest.raises(ValidationError):
        services.opname.scan(keeper, session.id, "8991234500012", -5)
    services.opname.cancel(keeper, session.id)
    with pytest.raises(IllegalTransition):
        services.opname.scan(keeper, session.id, "8991234500012")


def test_opname_of_one_bin_counts_only_that_bin(services, cast, keeper):
    wh = cast.warehouse_id
    services.catalogue.set_stock_settings(keeper, cast.part_ids["oil"], wh, bin="A-01")
    session = services.opname.start(keeper, wh, bin="a-01")
    services.opname.scan(keeper, session.id, "8991234500012", 40)
    report = services.opname.report(session.id)
    assert [(l.sku, l.variance) for l in report.lines] == [("OLI-10W40-4L", 0)]


# -- warehouses and transfers ----------------------------------------------------------------
def test_transfer_keeps_lots_and_expiry(services, cast, keeper, boss):
    wh2 = services.catalogue.add_warehouse(boss, "GDG2", "Gudang Belakang")
    coolant = cast.part_ids["coolant"]
    services.stock.transfer(keeper, coolant, cast.warehouse_id, wh2.id, 5, ref="TRF-1")
    assert [(l.lot, l.expiry, l.qty) for l in services.stock.levels(coolant, wh2.id)] == [("L2611", "2027-06-30", 5)]
    with pytest.raises(ValidationError):
        services.stock.transfer(keeper, coolant, cast.warehouse_id, wh2.id, 500)
    card = part_card(services, coolant)
    assert [(s.warehouse_code, s.on_hand) for s in card.stock] == [("GDG1", 35), ("GDG2", 5)]


def test_dispensed_slip_lets_the_wo_complete_and_bill(services, cast, keeper):
    sa, mech = cast.actors[Role.ADVISOR], cast.actors[Role.MECHANIC]
    wo = services.workorders.open(sa, cast.vehicle_ids[0], ["Ganti oli"])
    services.workorders.move(mech, wo.id, WOStatus.DIAGNOSING)
    services.workorders.move(mech, wo.id, WOStatus.WORKING)
    slip = services.pickslips.request_parts(mech, wo.id, [(cast.part_ids["oil"], 1)])
    services.estimates.decide_pending(sa, wo.id, "approved", "Pelanggan", "in_person")  # the customer agreed
    with pytest.raises(IllegalTransition):
        services.workorders.move(mech, wo.id, WOStatus.QC_TEST)  # waiting for parts
    services.pickslips.scan(keeper, slip.id, "8991234500012")
    services.workorders.move(mech, wo.id, WOStatus.QC_TEST)
    services.workorders.move(sa, wo.id, WOStatus.COMPLETED)
    invoice = services.billing.create_invoice(cast.actors[Role.CASHIER], wo.id)
    assert invoice.parts_total == 385_000
