"""No event dies with a broken tablet: any station relays to the cloud the events it holds that the
cloud lacks, signed by their authors; the cloud takes them once, in seq order, and only if signed."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.events.intake import event_json
from app.events.replicate import apply_batch
from app.events.state_hash import state_hash
from sync.cloud import db
from sync.worker import ONLINE, SyncWorker
from sync.cloud.audit_heads import audit_heads
from tests.sync.cloudkit import engine_of, make_kit
from tests.sync.helpers import ACTOR, BASE_MS, event


@pytest.fixture
def kit():
    return make_kit()


def _stored(kit, station: str) -> list[int]:
    engine = kit.client.app.app.state.service.engine
    with engine.connect() as conn:
        return [r[0] for r in conn.execute(select(db.events.c.seq).where(db.events.c.station_id == station)
                                           .order_by(db.events.c.seq))]


def _push(kit, token, events):
    return kit.client.post("/v1/events", headers={"Authorization": f"Bearer {token}"},
                           json={"events": events})


def _lan(src, dst) -> None:
    """What the LAN bus does: dst merges src's own events."""
    with src.read() as conn:
        rows = conn.execute("SELECT event_id FROM sync_event_logs WHERE station_id = ?",
                            (src.identity.station_id,)).fetchall()
    from app.events.log import iter_events
    with src.read() as conn:
        evs = list(iter_events(conn, "station_id = ?", (src.identity.station_id,)))
    assert len(evs) == len(rows)
    res = apply_batch(dst, evs, accept_authority=False)  # as the LAN bus merges
    assert len(res.applied) + res.duplicates == len(evs), res.rejected


def _cust(store, n: int) -> None:
    for i in range(n):
        with store.command("customer.save", ACTOR) as cmd:
            cmd.upsert("customers", f"{store.identity.station_id}-c{i}", name=f"Pelanggan {i}",
                       branch_id=store.identity.branch_id)


def test_a_dead_stations_events_reach_the_cloud_through_a_peer(kit, tmp_path) -> None:
    a, ca = kit.station(tmp_path, "a")
    b, cb = kit.station(tmp_path, "b")
    SyncWorker(a, ca).sync_once()
    SyncWorker(b, cb).sync_once()  # both know each other's keys
    _cust(a, 7)
    _lan(a, b)  # a's work reached b over the LAN, then a's tablet broke before pushing
    a.close()
    wb = SyncWorker(b, cb)
    wb.sync_once()
    assert wb.state == ONLINE, wb.detail
    assert _stored(kit, "a") == list(range(1, 8))
    # a replacement station gets everything from the cloud
    c, cc = kit.station(tmp_path, "c")
    SyncWorker(c, cc).sync_once()
    wb.sync_once()
    assert state_hash(b.conn) == state_hash(c.conn)
    with c.read() as conn:
        assert conn.execute("SELECT count(*) FROM customers WHERE id LIKE 'a-%'").fetchone()[0] == 7


def test_relayed_and_own_copies_of_one_event_are_stored_once(kit, tmp_path) -> None:
    a, ca = kit.station(tmp_path, "a")
    b, cb = kit.station(tmp_path, "b")
    SyncWorker(a, ca).sync_once()
    SyncWorker(b, cb).sync_once()
    _cust(a, 3)
    _lan(a, b)
    SyncWorker(b, cb).sync_once()  # b relays a's three
    wa = SyncWorker(a, ca)
    wa.sync_once()  # a pushes its own: idempotent duplicates, acked
    assert wa.state == ONLINE, wa.detail
    assert _stored(kit, "a") == [1, 2, 3]
    with a.read() as conn:
        assert conn.execute("SELECT count(*) FROM sync_event_logs WHERE station_id = 'a' AND pushed = 0"
                            ).fetchone()[0] == 0
    _cust(a, 2)  # and a goes on from seq 4
    wa.sync_once()
    assert _stored(kit, "a") == [1, 2, 3, 4, 5]
    SyncWorker(b, cb).sync_once()
    assert _stored(kit, "a") == [1, 2, 3, 4, 5]


def test_a_relay_never_leaves_a_gap(kit, tmp_path) -> None:
    a, ca = kit.station(tmp_path, "a")
    b, cb = kit.station(tmp_path, "b")
    evs = [event_json(event("a", s, BASE_MS + s, [{"op": "upsert", "table": "customers", "id": f"c{s}",
                                                    "fields": {"name": "x"}}], branch=kit.branch_id))
           for s in (1, 2, 3)]
    r = _push(kit, cb.token, [evs[0], evs[2]])  # b holds a's 1 and 3, not 2
    assert r.status_code == 200, r.text
    assert r.json()["relayed"] == 1 and r.json()["relay_skipped"] == 1
    assert "later events wait" in r.json()["relay_notes"][0]
    assert _stored(kit, "a") == [1]
    r = _push(kit, cb.token, evs)  # now all three: 1 is a duplicate, 2 and 3 are taken
    assert r.json()["relayed"] == 2 and r.json()["duplicates"] == 1
    assert _stored(kit, "a") == [1, 2, 3]


def test_a_relayed_event_another_station_did_not_sign_is_skipped(kit, tmp_path) -> None:
    a, ca = kit.station(tmp_path, "a")
    b, cb = kit.station(tmp_path, "b")
    good = event_json(event("a", 1, BASE_MS, [{"op": "upsert", "table": "customers", "id": "c1",
                                               "fields": {"name": "x"}}], branch=kit.branch_id))
    forged = event_json(event("a", 2, BASE_MS + 1, [{"op": "upsert", "table": "users", "id": "evil",
                                                     "fields": {"name": "x", "role": "admin"}}],
                              branch=kit.branch_id))
    forged["sig"] = good["sig"]  # not a's signature of this event
    own = event_json(event("b", 1, BASE_MS + 2, [{"op": "upsert", "table": "customers", "id": "cb",
                                                  "fields": {"name": "y"}}], branch=kit.branch_id))
    r = _push(kit, cb.token, [good, forged, own])
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["accepted"] == 1 and body["acked_seq"] == 1  # b's own event is taken all the same
    assert body["relayed"] == 1 and body["relay_skipped"] == 1 and "seq 2 refused" in body["relay_notes"][0]
    assert _stored(kit, "a") == [1] and _stored(kit, "b") == [1]


def test_a_relayed_event_of_another_branch_or_an_unknown_station_is_skipped(kit, tmp_path) -> None:
    b, cb = kit.station(tmp_path, "b")
    stranger = event_json(event("stranger1", 1, BASE_MS, [{"op": "upsert", "table": "customers", "id": "c1",
                                                           "fields": {"name": "x"}}], branch=kit.branch_id))
    r = _push(kit, cb.token, [stranger])
    assert r.status_code == 200 and r.json()["relay_skipped"] == 1
    assert "not a station of this branch" in r.json()["relay_notes"][0]
    engine = kit.client.app.app.state.service.engine
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(db.events).where(db.events.c.authority == 0)
                            ).scalar_one() == 0


def test_whoami_tells_what_the_cloud_holds_of_each_station(kit, tmp_path) -> None:
    a, ca = kit.station(tmp_path, "a")
    b, cb = kit.station(tmp_path, "b")
    _cust(a, 2)
    SyncWorker(a, ca).sync_once()
    me = cb.whoami()
    assert me.branch_acked["a"] == 2 and me.branch_acked["b"] == 0


def test_relaying_answers_the_audit_probe_like_any_push(kit, tmp_path) -> None:
    """A relay is a push: it carries the audit chain's answer, so relaying rounds never look like a
    station that stopped answering (the cloud's "unanswered" alarm after three pushes without it)."""
    a, ca = kit.station(tmp_path, "a")
    b, cb = kit.station(tmp_path, "b")
    SyncWorker(a, ca).sync_once()
    wb = SyncWorker(b, cb)
    for n in range(2):  # b's own pushes: the cloud asks for the audit head, then holds one
        with b.command("customer.save", ACTOR) as cmd:
            cmd.upsert("customers", f"cb{n}", name="B", branch_id=b.identity.branch_id)
        wb.sync_once()
    with engine_of(kit).connect() as conn:
        assert conn.execute(select(func.count()).select_from(audit_heads).where(
            audit_heads.c.station_id == "b")).scalar_one() >= 1
    for i in range(4):  # four rounds in which b only relays
        with a.command("customer.save", ACTOR) as cmd:
            cmd.upsert("customers", f"a-x{i}", name="x", branch_id=a.identity.branch_id)
        _lan(a, b)
        assert wb.sync_once().relayed >= 1
    r = kit.admin("GET", "/v1/admin/audit/alarms")
    assert r.status_code == 200 and r.json() == [], r.text
    assert wb._audit_warning is None
