"""Warehouse tables converge (any order, duplicates, splits), the cloud wins the catalogue, and the
parts search index stays in step with every merge — local command or sync page."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.events.intake import event_json
from app.events.replicate import apply_batch, apply_pages
from app.events.state_hash import state_hash
from app.parts_search import search
from tests.sync.helpers import BASE_MS, event, make_store

STATIONS = ["s1", "s2"]
WORDS = ["oli", "rem", "aki", "busi"]


def fts_state(conn) -> list[tuple]:
    """The index per part id (codes as a set: their order within the row depends on arrival)."""
    return sorted((pid, sku, tuple(sorted(codes.split())), words) for pid, sku, codes, words in conn.execute(
        "SELECT p.id, f.sku, f.codes, f.words FROM parts_fts f JOIN parts p ON p.rowid = f.rowid"))


def fts_expected(conn) -> list[tuple]:
    """What the index must hold, computed from the catalogue itself."""
    out = []
    for pid, sku, barcode, name, brand in conn.execute(
            "SELECT id, sku, barcode, name, brand FROM parts WHERE _del IS NULL AND sku IS NOT NULL"):
        codes = ([barcode] if barcode else []) + [r[0] for r in conn.execute(
            "SELECT code FROM part_barcodes WHERE part_id = ? AND _del IS NULL", (pid,))]
        out.append((pid, sku, tuple(sorted(" ".join(codes).split())), " ".join(x for x in (name, brand) if x)))
    return sorted(out)


@st.composite
def warehouse_ops(draw: st.DrawFn) -> tuple[bool, list[dict]]:
    """(cloud?, ops): catalogue edits (cloud or branch), barcodes, substitutes, branch settings, slips, POs."""
    kind = draw(st.sampled_from(["part", "barcode", "unbarcode", "sub", "settings", "slip", "po", "delpart"]))
    part = draw(st.sampled_from(["p1", "p2", "p3"]))
    if kind == "part":
        fields = draw(st.dictionaries(st.sampled_from(["sku", "name", "brand", "barcode"]),
                                      st.sampled_from(WORDS + ["X-1", "890001"]), min_size=1))
        return draw(st.booleans()), [{"op": "upsert", "table": "parts", "id": part, "fields": fields}]
    if kind == "delpart":
        return True, [{"op": "delete", "table": "parts", "id": part}]
    if kind == "barcode":
        return True, [{"op": "upsert", "table": "part_barcodes", "id": draw(st.sampled_from(["b1", "b2"])),
                       "fields": {"part_id": part, "code": draw(st.sampled_from(["47110", "47111"]))}}]
    if kind == "unbarcode":
        return True, [{"op": "delete", "table": "part_barcodes", "id": draw(st.sampled_from(["b1", "b2"]))}]
    if kind == "sub":
        return draw(st.booleans()), [{"op": "upsert", "table": "part_substitutes", "id": "x1",
                                      "fields": {"part_id": part, "substitute_id": "p9",
                                                 "kind": draw(st.sampled_from(["EXACT", "MODIFIED"]))}}]
    if kind == "settings":
        return False, [{"op": "upsert", "table": "part_stock_settings", "id": f"set{part}",
                        "fields": draw(st.dictionaries(st.sampled_from(["bin", "reorder_level"]),
                                                       st.integers(0, 9), min_size=1)) | {"part_id": part}}]
    if kind == "slip":
        return False, [{"op": "upsert", "table": "pick_slips", "id": "ps1", "fields": {"number": "PS/1", "wo_id": "w1"}},
                       {"op": "upsert", "table": "pick_slip_lines", "id": "pl1",
                        "fields": {"slip_id": "ps1", "part_id": part, "qty": draw(st.integers(0, 5)),
                                   "approval": draw(st.sampled_from(["PENDING", "APPROVED"]))}}]
    return False, [{"op": "upsert", "table": "purchase_order_lines", "id": "pol1",
                    "fields": {"po_id": "po1", "part_id": part, "qty": draw(st.integers(1, 5))}}]


def _fix_types(ops: list[dict]) -> list[dict]:
    for op in ops:  # settings: bin is text
        if op.get("table") == "part_stock_settings" and "bin" in op["fields"]:
            op["fields"]["bin"] = f"A-{op['fields']['bin']}"
    return ops


@st.composite
def histories(draw: st.DrawFn) -> list:
    seqs = {s: 0 for s in STATIONS + ["cloud"]}
    out = []
    for _ in range(draw(st.integers(1, 20))):
        cloud, ops = draw(warehouse_ops())
        station = "cloud" if cloud else draw(st.sampled_from(STATIONS))
        seqs[station] += 1
        out.append(event(station, seqs[station], BASE_MS + draw(st.integers(0, 30)), _fix_types(ops),
                         authority=1 if cloud else 0, counter=seqs[station], branch="global" if cloud else "br1"))
    return out


def _replay(events: list, batches: list[int]) -> tuple[str, list]:
    with tempfile.TemporaryDirectory() as tmp:
        store = make_store(Path(tmp), "rx")
        i = 0
        for size in batches + [len(events)]:
            apply_batch(store, events[i:i + size])
            i += size
            assert fts_state(store.conn) == fts_expected(store.conn)  # in step after every batch
            if i >= len(events):
                break
        result = state_hash(store.conn), fts_state(store.conn)
        store.close()
        return result


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(histories(), st.randoms(use_true_random=False), st.lists(st.integers(1, 5), max_size=6))
def test_warehouse_tables_and_the_index_converge_in_any_order(events, rnd, batches) -> None:
    reference = _replay(events, [len(events)])
    shuffled = events + rnd.sample(events, k=min(3, len(events)))
    rnd.shuffle(shuffled)
    assert _replay(shuffled, batches) == reference
    assert _replay([event_json(e) for e in shuffled], batches) == reference


def test_cloud_catalogue_wins_over_a_later_branch_edit(tmp_path) -> None:
    store = make_store(tmp_path, "st")
    branch = event("s1", 1, BASE_MS + 60_000, [{"op": "upsert", "table": "parts", "id": "p1",
                                                 "fields": {"sku": "OLI-1", "name": "Oli Palsu"}}])
    cloud = event("cloud", 1, BASE_MS, [{"op": "upsert", "table": "parts", "id": "p1",
                                         "fields": {"sku": "OLI-1", "name": "Oli Mesin 10W-40"}}],
                  authority=1, branch="global")
    apply_batch(store, [branch])
    assert [h.name for h in search(store, "palsu")] == ["Oli Palsu"]
    apply_batch(store, [cloud])
    assert search(store, "palsu") == []
    assert [h.name for h in search(store, "oli mes")] == ["Oli Mesin 10W-40"]
    store.close()


def test_a_catalogue_change_arriving_by_sync_is_found_by_the_next_search(tmp_path) -> None:
    """Through the worker's page path (apply_pages), as a catch-up would bring it."""
    store = make_store(tmp_path, "st")
    add = event("cloud", 1, BASE_MS, [{"op": "upsert", "table": "parts", "id": "p7",
                                       "fields": {"sku": "NGK-BKR6", "name": "Busi Iridium", "brand": "NGK",
                                                  "barcode": "4961234000017", "unit_price": 95_000}}],
                authority=1, branch="global")
    barcode = event("cloud", 2, BASE_MS + 1, [{"op": "upsert", "table": "part_barcodes", "id": "bc7",
                                               "fields": {"part_id": "p7", "code": "8990000777001"}}],
                    authority=1, branch="global")
    for _result, _state in apply_pages(store, [([event_json(add)], None), ([event_json(barcode)], None)]):
        pass
    assert [h.sku for h in search(store, "busi")] == ["NGK-BKR6"]
    assert [h.sku for h in search(store, "ngk")] == ["NGK-BKR6"]
    assert [h.sku for h in search(store, "8990000777")] == ["NGK-BKR6"]
    rename = event("cloud", 3, BASE_MS + 2, [{"op": "upsert", "table": "parts", "id": "p7",
                                              "fields": {"name": "Spark Plug Iridium"}}], authority=1, branch="global")
    drop = event("cloud", 4, BASE_MS + 3, [{"op": "delete", "table": "part_barcodes", "id": "bc7"}],
                 authority=1, branch="global")
    apply_batch(store, [rename, drop])
    assert search(store, "busi") == [] and [h.sku for h in search(store, "spark")] == ["NGK-BKR6"]
    assert search(store, "8990000777") == []
    store.close()


def test_a_command_that_fails_leaves_neither_the_part_nor_its_index_entry(tmp_path) -> None:
    store = make_store(tmp_path, "st")
    try:
        with store.command("part.add") as cmd:
            cmd.upsert("parts", "p1", sku="AKI-1", name="Aki Basah")
            assert [h.sku for h in search(store, "aki")] == ["AKI-1"]  # seen inside the transaction
            raise RuntimeError("printer on fire")
    except RuntimeError:
        pass
    assert search(store, "aki") == []
    assert fts_state(store.conn) == fts_expected(store.conn) == []
    store.close()


def test_a_warehouse_day_replays_on_another_station_authorized_and_alike(tmp_path) -> None:
    """Request, scans with FEFO, an EXACT substitute, a MODIFIED one approved, a return, a PO received,
    bins and reorder levels, a stock count posted: every event passes the other station's role checks
    and both end in the same state, with the same search index."""
    from app import demo, parts_demo
    from app.events.pending import pending_events
    from app.roles import Role
    from app.services import Services
    from app.wo_states import WOStatus

    a = Services.over(make_store(tmp_path, "gudang"))
    cast = demo.seed(a)
    demo.fill_board(a, cast)  # with the warehouse demo: bins, supplier, PO, substitutes, a waiting slip
    keeper, sa, mech = (cast.actors[r] for r in (Role.STOREKEEPER, Role.ADVISOR, Role.MECHANIC))
    slip = a.pickslips.queue()[0]
    for code in (parts_demo.OIL_CODE, parts_demo.OIL_CODE, parts_demo.PLUG_EXACT_CODE):
        a.pickslips.scan(keeper, slip.id, code)
    wo = a.workorders.open(sa, cast.vehicle_ids[0], ["Busi"])
    a.workorders.move(mech, wo.id, WOStatus.DIAGNOSING)
    a.workorders.move(mech, wo.id, WOStatus.WORKING)
    s2 = a.pickslips.request_parts(mech, wo.id, [(cast.part_ids["oil"], 1)])
    plug_slip = a.pickslips.request_parts(mech, wo.id, [(a.catalogue.part_by_code(parts_demo.PLUG_CODE).id, 1)])
    a.pickslips.substitute(keeper, plug_slip.id, plug_slip.lines[0].id,
                           a.catalogue.part_by_code("8991234500074").id)  # MODIFIED: to the advisor
    a.pickslips.decide_substitute(sa, plug_slip.id, plug_slip.lines[0].id, True)
    a.pickslips.scan(keeper, plug_slip.id, "8991234500074")
    a.pickslips.scan(keeper, s2.id, parts_demo.OIL_CODE)
    assert a.workorders.get(wo.id).status is WOStatus.WORKING  # the storekeeper's last scan resumed it
    a.pickslips.return_parts(keeper, s2.id, parts_demo.OIL_CODE)
    po = a.purchasing.open_pos()[0]
    a.purchasing.receive_scan(keeper, po.id, "8991234500043", 2, lot="K1", expiry="2028-01-31")
    count = a.opname.start(keeper, cast.warehouse_id)
    a.opname.scan(keeper, count.id, parts_demo.FILTER_CODE, 39)
    a.opname.post(keeper, count.id, cast.actors[Role.SUPERVISOR].user_id, "999999")

    b = make_store(tmp_path, "kasir", branch_id=a.store.identity.branch_id)
    b.pinned_roles = {}  # a new station of the branch: it learns every role from the branch's own events
    events = pending_events(a.store.conn, a.store.identity.station_id, 100_000)
    result = apply_batch(b, events)
    assert result.set_aside == 0 and not result.rejected and result.held == 0
    assert len(result.applied) == len(events)
    assert state_hash(b.conn) == state_hash(a.store.conn)
    assert fts_state(b.conn) == fts_state(a.store.conn) == fts_expected(b.conn)
    a.close()
    b.close()
