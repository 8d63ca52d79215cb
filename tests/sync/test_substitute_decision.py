"""The advisor's decision on a MODIFIED substitute: approve switches the line (the storekeeper then
hands it out), reject keeps it for the part asked for with the reason; only an advisor or a
supervisor may write a decision, wherever the event comes from; two stations that decide the same
offer offline end alike, in any delivery order, and a new offer after a decision waits again."""

from __future__ import annotations

import pytest

from app import demo
from app.errors import PermissionDenied
from app.events.authorize import Roles
from app.events.pending import pending_events
from app.events.replicate import apply_batch
from app.events.state_hash import state_hash
from app.roles import Role
from app.services import Services
from tests.sync.helpers import make_store

MODIFIED_CODE = "8991234500074"


def offered(s: Services, cast):  # noqa: ANN001, ANN201
    keeper = cast.actors[Role.STOREKEEPER]
    slip = s.pickslips.get(s.pickslips.queue()[0].id)
    line = next(l for l in slip.lines if l.sku == "BUSI-IR-BKR6")
    s.pickslips.substitute(keeper, slip.id, line.id, s.catalogue.part_by_code(MODIFIED_CODE).id)
    return slip, line


def line_of(s: Services, slip_id: str, line_id: str):  # noqa: ANN201
    return next(l for l in s.pickslips.get(slip_id).lines if l.id == line_id)


@pytest.fixture
def shop(tmp_path):  # noqa: ANN001, ANN201
    s = Services.over(make_store(tmp_path, "gudang"))
    cast = demo.seed(s)
    demo.fill_board(s, cast)
    yield s, cast
    s.close()


def test_approve_switches_the_line_and_it_can_be_handed_out(shop) -> None:  # noqa: ANN001
    s, cast = shop
    slip, line = offered(s, cast)
    assert line_of(s, slip.id, line.id).approval == "PENDING"
    assert any(q.waiting_approval for q in s.pickslips.queue())
    s.pickslips.decide_substitute(cast.actors[Role.ADVISOR], slip.id, line.id, True)
    after = line_of(s, slip.id, line.id)
    assert after.approval == "APPROVED" and after.part_id == s.catalogue.part_by_code(MODIFIED_CODE).id
    assert after.replaces_part_id == line.part_id
    got = s.pickslips.dispense_line(cast.actors[Role.STOREKEEPER], slip.id, line.id, 2)
    assert got.qty == 2 and got.part_id == after.part_id
    with pytest.raises(Exception, match="no substitute waits"):
        s.pickslips.decide_substitute(cast.actors[Role.ADVISOR], slip.id, line.id, False)


def test_reject_keeps_the_line_with_the_reason_and_moves_nothing(shop) -> None:  # noqa: ANN001
    s, cast = shop
    slip, line = offered(s, cast)
    moved = s.store.query_one("SELECT count(*) AS n FROM stock_movements")["n"]
    s.pickslips.decide_substitute(cast.actors[Role.ADVISOR], slip.id, line.id, False, "  pelanggan mau iridium ")
    after = line_of(s, slip.id, line.id)
    assert (after.approval, after.decision_reason, after.part_id) == ("REJECTED", "pelanggan mau iridium", line.part_id)
    assert after.remaining == line.remaining
    assert s.store.query_one("SELECT count(*) AS n FROM stock_movements")["n"] == moved
    assert not any(q.waiting_approval for q in s.pickslips.queue())
    # the storekeeper offers again (say the customer changed their mind): it waits for the advisor again
    s.pickslips.substitute(cast.actors[Role.STOREKEEPER], slip.id, line.id, s.catalogue.part_by_code(MODIFIED_CODE).id)
    assert line_of(s, slip.id, line.id).approval == "PENDING"


def test_only_an_advisor_or_a_supervisor_decides(shop) -> None:  # noqa: ANN001
    s, cast = shop
    slip, line = offered(s, cast)
    for role in (Role.STOREKEEPER, Role.MECHANIC, Role.CASHIER):
        with pytest.raises(PermissionDenied):
            s.pickslips.decide_substitute(cast.actors[role], slip.id, line.id, True)
    assert line_of(s, slip.id, line.id).approval == "PENDING"
    roles = Roles({"k": "storekeeper", "a": "advisor", "v": "supervisor"})
    forged = [{"op": "upsert", "table": "pick_slip_lines", "id": line.id,
               "fields": {"decision": "APPROVED", "decision_rev": "x"}}]
    assert "may not change pick_slip_lines.decision" in (roles.refusal(0, "k", forged) or "")
    assert roles.refusal(0, "a", forged) is None and roles.refusal(0, "v", forged) is None
    offer = [{"op": "upsert", "table": "pick_slip_lines", "id": line.id,
              "fields": {"proposed_part_id": "p", "proposal_rev": "r"}}]
    assert roles.refusal(0, "k", offer) is None  # the offer itself is the storekeeper's


@pytest.mark.parametrize("a_first", [True, False])
def test_two_stations_deciding_offline_converge(tmp_path, a_first: bool) -> None:  # noqa: ANN001
    a = Services.over(make_store(tmp_path, "gudang"))
    cast = demo.seed(a)
    demo.fill_board(a, cast)
    slip, line = offered(a, cast)
    b_store = make_store(tmp_path, "meja", branch_id=a.store.identity.branch_id)
    b_store.pinned_roles = {}
    first = apply_batch(b_store, pending_events(a.store.conn, a.store.identity.station_id, 100_000))
    assert first.set_aside == 0 and not first.rejected and first.held == 0
    b = Services.over(b_store)
    sa, boss = cast.actors[Role.ADVISOR], cast.actors[Role.SUPERVISOR]
    a.pickslips.decide_substitute(sa, slip.id, line.id, True)  # offline on each station
    b.pickslips.decide_substitute(boss, slip.id, line.id, False, "terlalu mahal")
    a_events = pending_events(a.store.conn, a.store.identity.station_id, 100_000)
    b_events = pending_events(b.store.conn, b.store.identity.station_id, 100_000)
    for target, events in ((b.store, a_events), (a.store, b_events)) if a_first else \
            ((a.store, b_events), (b.store, a_events)):
        result = apply_batch(target, events)
        assert result.set_aside == 0 and not result.rejected
    assert state_hash(a.store.conn) == state_hash(b.store.conn)
    la, lb = line_of(a, slip.id, line.id), line_of(b, slip.id, line.id)
    assert la == lb and la.approval in ("APPROVED", "REJECTED")
    # decision fields come from one decision (written whole), never a mix of the two
    row = a.store.query_one("SELECT decision, decided_by, decision_reason FROM pick_slip_lines WHERE id = ?", (line.id,))
    assert (row["decision"], row["decided_by"], row["decision_reason"]) in (
        ("APPROVED", sa.user_id, None), ("REJECTED", boss.user_id, "terlalu mahal"))
    _parts_follow_the_decision(a, slip.id, line, row["decision"])
    a.close()
    b.close()


def related(s: Services, slip_id: str, line) -> list:  # noqa: ANN001
    """The line and any line split off it for a substitute (with something still on it)."""
    return [l for l in s.pickslips.get(slip_id).lines
            if (l.id == line.id or l.replaces_part_id == line.part_id) and (l.remaining or l.dispensed)]


def _parts_follow_the_decision(s: Services, slip_id: str, line, decision: str) -> None:  # noqa: ANN001
    """The slip and the work order show the part of the decision that won, never the other's switch."""
    substitute = s.catalogue.part_by_code(MODIFIED_CODE).id
    lines = related(s, slip_id, line)
    wanted = {l.part_id for l in lines if l.remaining}
    wo = s.store.query("SELECT part_id, qty FROM wo_parts WHERE wo_id = (SELECT wo_id FROM pick_slips WHERE id = ?)"
                       " AND qty > 0", (slip_id,))
    if decision == "REJECTED":
        assert wanted == {line.part_id} and substitute not in {r["part_id"] for r in wo}, (lines, wo)
    else:
        assert substitute in wanted and substitute in {r["part_id"] for r in wo}, (lines, wo)


@pytest.mark.parametrize("approve_later", [True, False])
def test_approve_and_reject_of_a_partly_handed_out_line_converge_whole(tmp_path, approve_later: bool) -> None:
    """One plug of four handed out, a substitute offered for the rest; the advisor approves on one
    station and the supervisor rejects on another, offline: whichever decision is later wins whole
    (the split-off line and both lines' quantities follow it), on both stations alike."""
    a = Services.over(make_store(tmp_path, "gudang"))
    cast = demo.seed(a)
    demo.fill_board(a, cast)
    keeper = cast.actors[Role.STOREKEEPER]
    slip = a.pickslips.get(a.pickslips.queue()[0].id)
    line = next(l for l in slip.lines if l.sku == "BUSI-IR-BKR6")
    assert line.qty >= 2
    with a.store.command("stock.receive", keeper.user_id) as cmd:  # one plug on the shelf
        cmd.stock(part_id=line.part_id, warehouse_id=slip.warehouse_id, qty_delta=1, kind="receive")
    a.pickslips.dispense_line(keeper, slip.id, line.id, 1)
    line = line_of(a, slip.id, line.id)
    assert line.dispensed == 1 and line.remaining >= 1
    a.pickslips.substitute(keeper, slip.id, line.id, a.catalogue.part_by_code(MODIFIED_CODE).id)
    b_store = make_store(tmp_path, "meja", branch_id=a.store.identity.branch_id)
    b_store.pinned_roles = {}
    apply_batch(b_store, pending_events(a.store.conn, a.store.identity.station_id, 100_000))
    b = Services.over(b_store)
    sa, boss = cast.actors[Role.ADVISOR], cast.actors[Role.SUPERVISOR]
    if approve_later:
        b.pickslips.decide_substitute(boss, slip.id, line.id, False, "terlalu mahal")
        a.pickslips.decide_substitute(sa, slip.id, line.id, True)
    else:
        a.pickslips.decide_substitute(sa, slip.id, line.id, True)
        b.pickslips.decide_substitute(boss, slip.id, line.id, False, "terlalu mahal")
    a_events = pending_events(a.store.conn, a.store.identity.station_id, 100_000)
    b_events = pending_events(b.store.conn, b.store.identity.station_id, 100_000)
    apply_batch(b.store, a_events)
    apply_batch(a.store, b_events)
    assert state_hash(a.store.conn) == state_hash(b.store.conn)
    decision = a.store.query_one("SELECT decision FROM pick_slip_lines WHERE id = ?", (line.id,))["decision"]
    assert decision == ("APPROVED" if approve_later else "REJECTED")
    for s in (a, b):
        _parts_follow_the_decision(s, slip.id, line, decision)
        left = sum(l.remaining for l in related(s, slip.id, line))
        assert left == line.remaining  # nothing asked twice, nothing lost
    a.close()
    b.close()


def test_a_price_only_change_does_not_touch_the_search_index(shop) -> None:  # noqa: ANN001
    """Schema 13: the index notes a part only when its searchable text changed (the merger writes
    every field a page carries, so a re-sent name with a new price used to re-index the part)."""
    s, cast = shop
    part = cast.part_ids["oil"]
    conn = s.store.conn
    name = conn.execute("SELECT name FROM parts WHERE id = ?", (part,)).fetchone()[0]
    conn.execute("SAVEPOINT t")
    try:
        conn.execute("UPDATE parts SET unit_price = 1, name = ? WHERE id = ?", (name, part))
        price_only = conn.execute("SELECT count(*) FROM parts_fts_pending").fetchone()[0]
        conn.execute("UPDATE parts SET name = 'Oli Sintetis' WHERE id = ?", (part,))
        renamed = conn.execute("SELECT count(*) FROM parts_fts_pending").fetchone()[0]
    finally:
        conn.execute("ROLLBACK TO t")
        conn.execute("RELEASE t")
    assert (price_only, renamed) == (0, 1)
