"""The cloud API: enrolment, push/pull/snapshot, master data, and every bad input refused with 4xx."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from app.events.intake import event_json
from app.events.state_hash import state_hash
from sync.cloud import db
from sync.worker import ONLINE, SyncWorker
from tests.sync.cloudkit import ADMIN, make_kit
from app.events.signing import StationKey
from sync.client import HttpCloud
from tests.sync.helpers import ACTOR, BASE_MS, event, station_key


@pytest.fixture
def kit():
    return make_kit()


def _stored(kit) -> int:
    engine = kit.client.app.app.state.service.engine  # _BodyLimit wraps the FastAPI app
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(db.events).where(db.events.c.authority == 0)).scalar_one()


def _cust(store, name: str) -> None:
    with store.command("customer.save", ACTOR) as cmd:
        cmd.upsert("customers", f"c-{name}", name=name, branch_id=store.identity.branch_id)


def test_openapi_lists_every_endpoint(kit) -> None:
    paths = kit.client.get("/openapi.json").json()["paths"]
    for p in ("/v1/health", "/v1/enrol", "/v1/events", "/v1/snapshot", "/v1/admin/master",
              "/v1/admin/enrolment-codes", "/v1/admin/stations/{station_id}/revoke", "/v1/stations/me"):
        assert p in paths
    assert kit.client.get("/v1/health").json()["status"] == "ok"


def test_two_stations_converge_through_the_cloud(kit, tmp_path) -> None:
    (a, ca), (b, cb) = kit.station(tmp_path, "a"), kit.station(tmp_path, "b")
    wa, wb = SyncWorker(a, ca), SyncWorker(b, cb)
    _cust(a, "ani")
    _cust(b, "budi")
    for w in (wa, wb, wa):
        w.sync_once()
        assert w.state == ONLINE, w.detail
    assert state_hash(a.conn) == state_hash(b.conn)
    assert wa.pending() == 0 and wb.pending() == 0
    # idempotent re-push: the cloud counts duplicates and stores nothing new
    r = kit.client.post("/v1/events", headers={"Authorization": f"Bearer {ca.token}"},
                        json={"events": [json.loads(e.model_dump_json()) for e in _own(a)]})
    assert r.status_code == 200 and r.json()["duplicates"] == 1 and r.json()["accepted"] == 0
    assert _stored(kit) == 2


def _own(store):
    from app.events.log import iter_events

    return [e for e in iter_events(store.conn) if e.station_id == store.identity.station_id]


def test_master_data_from_the_cloud_wins(kit, tmp_path) -> None:
    a, ca = kit.station(tmp_path, "a")
    with a.command("part.price", ACTOR) as cmd:
        cmd.upsert("parts", "p1", name="Oli", unit_price=99_000)
    r = kit.admin("POST", "/v1/admin/master", json={"ops": [
        {"op": "upsert", "table": "parts", "id": "p1", "fields": {"unit_price": 85_000}}]})
    assert r.status_code == 201, r.text
    w = SyncWorker(a, ca)
    w.sync_once()
    assert a.query_one("SELECT unit_price, name FROM parts WHERE id='p1'") == {"unit_price": 85_000, "name": "Oli"}
    with a.command("part.price", ACTOR) as cmd:  # a later branch edit still loses to the cloud's price
        cmd.upsert("parts", "p1", unit_price=1)
    assert a.query_one("SELECT unit_price FROM parts WHERE id='p1'") == {"unit_price": 85_000}


def test_master_refuses_branch_tables(kit) -> None:
    r = kit.admin("POST", "/v1/admin/master", json={"ops": [
        {"op": "upsert", "table": "customers", "id": "c1", "fields": {"name": "x"}}]})
    assert r.status_code == 422 and "master" in r.text
    assert _stored(kit) == 0


def test_snapshot_brings_a_new_station_up(kit, tmp_path) -> None:
    a, ca = kit.station(tmp_path, "a")
    for n in range(30):
        _cust(a, f"n{n}")
    SyncWorker(a, ca).sync_once()
    b, cb = kit.station(tmp_path, "b")
    progress = []
    from sync.worker import SyncCallbacks

    w = SyncWorker(b, cb, callbacks=SyncCallbacks(on_progress=lambda d, t: progress.append((d, t))))
    w.sync_once()
    SyncWorker(a, ca).sync_once()  # a learns b's key (enrolment is published to the branch)
    assert state_hash(a.conn) == state_hash(b.conn)
    assert (32, 32) in progress  # rows: a's 30 customers and both stations (their keys)


def test_clock_off_by_more_than_300_s_is_told(kit, tmp_path) -> None:
    a, ca = kit.station(tmp_path, "a")
    ca.client_time = lambda: __import__("time").time_ns() // 1_000_000 + 400_000
    seen = []
    from sync.worker import SyncCallbacks

    SyncWorker(a, ca, callbacks=SyncCallbacks(on_clock=lambda s, w: seen.append((s, w)))).sync_once()
    assert seen and seen[-1][0] > 300_000 and "ahead" in seen[-1][1]


# -- bad input: a clear 4xx and nothing stored -------------------------------------------------------
def _push(kit, token, payload, raw: bytes | None = None):
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    return kit.client.post("/v1/events", headers=headers, content=raw if raw is not None else json.dumps(payload))


def _ev(store, seq=1, **kw):
    defaults = dict(branch=store.identity.branch_id)
    defaults.update(kw)
    return event_json(event(store.identity.station_id, seq, BASE_MS + seq,
                            [{"op": "upsert", "table": "customers", "id": f"c{seq}", "fields": {"name": "x"}}],
                            **defaults))


def test_malformed_batch(kit, tmp_path) -> None:
    a, ca = kit.station(tmp_path, "a")
    assert _push(kit, ca.token, None, raw=b"{not json").status_code == 422
    bad = _ev(a)
    bad["ops"][0]["table"] = "sqlite_master"
    r = _push(kit, ca.token, {"events": [bad]})
    assert r.status_code == 422 and "does not replicate" in r.text
    assert _push(kit, ca.token, {"events": []}).status_code == 422
    assert _push(kit, ca.token, {"events": [_ev(a, 1), _ev(a, 3)]}).status_code == 409  # gap
    assert _stored(kit) == 0


def test_oversized_batch(kit, tmp_path) -> None:
    a, ca = kit.station(tmp_path, "a")
    many = [_ev(a, n) for n in range(1, 1002)]
    r = _push(kit, ca.token, {"events": many})
    assert r.status_code == 422 and "1000" in r.text
    r = _push(kit, ca.token, None, raw=b'{"events": [' + b" " * (9 * 1024 * 1024) + b"]}")
    assert r.status_code == 413 and "too large" in r.text
    assert _stored(kit) == 0


def test_forged_and_foreign_tokens(kit, tmp_path) -> None:
    a, ca = kit.station(tmp_path, "a")
    assert _push(kit, "st_forged", {"events": [_ev(a)]}).status_code == 401
    assert kit.client.get("/v1/events").status_code == 401
    other = kit.admin("POST", "/v1/admin/branches", json={"code": "BDG", "name": "Bandung"}).json()["id"]
    foreign_token = kit.enrol("bdg-1", "K1", other)
    r = _push(kit, foreign_token, {"events": [_ev(a)]})  # a Bandung token pushing a Jakarta event
    assert r.status_code == 403
    assert kit.client.post("/v1/admin/master", json={"ops": []}).status_code == 401
    assert _stored(kit) == 0
    # a foreign branch's token never sees this branch's events
    SyncWorker(a, ca).sync_once()
    page = kit.client.get("/v1/events", headers={"Authorization": f"Bearer {foreign_token}"}).json()
    assert [e["branch_id"] for e in page["events"]] == [other]  # its own station's key, nothing of Jakarta


def test_event_claiming_another_station_or_authority(kit, tmp_path) -> None:
    a, ca = kit.station(tmp_path, "a")
    b, _cb = kit.station(tmp_path, "b")
    # an event in b's name that b did not sign: skipped and reported, nothing stored
    forged_b = event_json(event(b.identity.station_id, 1, BASE_MS, [{"op": "upsert", "table": "customers",
                                                                      "id": "c", "fields": {"name": "x"}}],
                                branch=a.identity.branch_id, sign=False))
    forged_b["sig"] = station_key(a.identity.station_id).sign_digest(b"\0" * 32)
    r = _push(kit, ca.token, {"events": [forged_b]})
    assert r.status_code == 200 and r.json()["relayed"] == 0 and r.json()["relay_skipped"] == 1, r.text
    assert "refused" in r.json()["relay_notes"][0]
    assert _stored(kit) == 0
    forged = event_json(event(a.identity.station_id, 1, BASE_MS, [{"op": "upsert", "table": "parts", "id": "p",
                                                                    "fields": {"unit_price": 1}}],
                              authority=1, branch=a.identity.branch_id))
    r = _push(kit, ca.token, {"events": [forged]})
    assert r.status_code == 403 and "authority" in r.text
    assert _stored(kit) == 0


def test_conflicting_event_at_an_acked_seq(kit, tmp_path) -> None:
    a, ca = kit.station(tmp_path, "a")
    assert _push(kit, ca.token, {"events": [_ev(a, 1)]}).status_code == 200
    r = _push(kit, ca.token, {"events": [_ev(a, 1)]})  # same seq, another event id
    assert r.status_code == 409 and "another event" in r.text
    assert _stored(kit) == 1


def test_enrolment_codes_are_one_time_and_branch_bound(kit) -> None:
    code = kit.code("K1")
    ok = kit.client.post("/v1/enrol", json={"code": code, "station_id": "s1",
                                                "pubkey": station_key("s1").public_b64, "station_code": "K1"})
    assert ok.status_code == 201 and ok.json()["branch_id"] == kit.branch_id
    again = kit.client.post("/v1/enrol", json={"code": code, "station_id": "s2",
                                                "pubkey": station_key("s2").public_b64, "station_code": "K1"})
    assert again.status_code == 401
    wrong_branch = kit.client.post("/v1/enrol", json={"code": kit.code("K2"), "station_id": "s3",
                                                "pubkey": station_key("s3").public_b64,
                                                      "station_code": "K2", "branch_id": "elsewhere"})
    assert wrong_branch.status_code == 403
    assert kit.client.post("/v1/admin/enrolment-codes", json={"branch_id": kit.branch_id, "station_code": "K"},
                           headers={"Authorization": "Bearer nope"}).status_code == 401
    assert ADMIN


def test_a_code_cannot_take_over_another_station(kit) -> None:
    token = kit.enrol("s1", "K1")
    takeover = kit.client.post("/v1/enrol", json={"code": kit.code("X9"), "station_id": "s1",
                                                "pubkey": station_key("s1").public_b64, "station_code": "X9"})
    assert takeover.status_code == 403 and "enrolled as K1" in takeover.json()["detail"]
    me = kit.client.get("/v1/stations/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200 and me.json()["station_code"] == "K1"  # old token still works, code unchanged
    again = kit.client.post("/v1/enrol", json={"code": kit.code("K1"), "station_id": "s1",
                                                "pubkey": station_key("s1").public_b64, "station_code": "K1"})
    assert again.status_code == 201  # re-enrolling the same station under its own code is fine


def test_station_codes_are_unique_in_a_branch(kit) -> None:
    kit.enrol("s1", "KASIR")
    twin = kit.client.post("/v1/enrol", json={"code": kit.code("KASIR"), "station_id": "s2",
                                                "pubkey": station_key("s2").public_b64, "station_code": "KASIR"})
    assert twin.status_code == 409 and "document numbers" in twin.json()["detail"]
    assert kit.client.get("/v1/stations/me", headers={"Authorization": "Bearer st_none"}).status_code == 401


# -- the fast paths keep their promises ----------------------------------------------------------
def test_snapshot_leaves_out_own_events_the_station_holds(kit, tmp_path) -> None:
    a, ca = kit.station(tmp_path, "a")
    b, cb = kit.station(tmp_path, "b")
    for n in range(12):
        _cust(a, f"a{n}")
    _cust(b, "b0")
    SyncWorker(a, ca).sync_once()
    SyncWorker(b, cb).sync_once()

    def snap(**params):  # type: ignore[no-untyped-def]
        r = kit.client.get("/v1/snapshot", params=params, headers={"Authorization": f"Bearer {ca.token}"})
        assert r.status_code == 200, r.text
        lines = [json.loads(x) for x in r.text.splitlines() if x]
        # the cloud's own events (the stations' published keys) left out
        return lines[0], [(e["station_id"], e["seq"]) for e in lines[1:] if e["station_id"] != "cloud"]

    head, evs = snap()
    assert head["count"] == 13 + 2 and len(evs) == 13  # own events included by default (a restored station)
    head, evs = snap(own_upto=8)
    assert head["count"] == 5 + 2 and evs == [("a", 9), ("a", 10), ("a", 11), ("a", 12), ("b", 1)]
    assert kit.client.get("/v1/snapshot", params={"own_upto": -1},
                          headers={"Authorization": f"Bearer {ca.token}"}).status_code == 422
    # a station that already holds its own events gets only the others' in its first snapshot
    c, cc = kit.station(tmp_path, "c")
    for n in range(4):
        _cust(c, f"c{n}")
    progress = []
    from sync.worker import SyncCallbacks

    w = SyncWorker(c, cc, callbacks=SyncCallbacks(on_progress=lambda d, t: progress.append((d, t))))
    w.sync_once()
    assert w.state == ONLINE and progress[0] == (16, 16)
    SyncWorker(a, ca).sync_once()
    SyncWorker(b, cb).sync_once()
    assert state_hash(a.conn) == state_hash(b.conn) == state_hash(c.conn)


def test_pending_json_is_the_logged_event(kit, tmp_path) -> None:
    from app.events.log import iter_events
    from app.events.models import Event
    from app.events.pending import pending_after

    a, _ca = kit.station(tmp_path, "a")
    with a.command('customer.save "é/\\', actor_id=ACTOR) as cmd:
        cmd.upsert("customers", "c1", name='Ani "Ö"\n', phone=None)
    _cust(a, "budi")
    with a.command("stock.dispense", ACTOR) as cmd:
        cmd.stock(part_id="p1", warehouse_id="g", qty_delta=-2, kind="dispense")
    logged = list(iter_events(a.conn))
    with a.read() as conn:
        rows = pending_after(conn, a.identity.station_id, 0, 10)
        assert [s for s, _ in pending_after(conn, a.identity.station_id, 1, 10)] == [2, 3]
        assert pending_after(conn, a.identity.station_id, 1, 1) == rows[1:2]
    assert [s for s, _ in rows] == [1, 2, 3]
    assert [Event.model_validate_json(j) for _, j in rows] == logged


def test_pull_pages_come_validated_or_raw(tmp_path) -> None:
    from app.events.models import Event
    from sync.client import CloudRefused, parse_page

    good = _ev(__import__("tests.sync.helpers", fromlist=["make_store"]).make_store(tmp_path, "p"))
    page = parse_page(json.dumps({"cursor": 5, "has_more": False, "server_time_ms": 1, "events": [good]}))
    assert isinstance(page.events[0], Event) and page.cursor == 5 and page.clock["server_time_ms"] == 1
    newer = dict(good, event_id="e2", schema_version=99, ops=[{"op": "upsert", "table": "future", "id": "x",
                                                                "fields": {"y": 1}}])
    page = parse_page(json.dumps({"cursor": 6, "has_more": True, "events": [good, newer]}))
    assert page.events == [good, newer] and page.has_more  # raw: apply_batch holds the newer one
    with pytest.raises(CloudRefused):
        parse_page(b"[]")
    with pytest.raises(CloudRefused):
        parse_page(b"<html>")


def test_pull_stops_cleanly_when_the_link_drops_mid_catch_up(kit, tmp_path) -> None:
    from sync.client import CloudOffline
    from sync.worker import OFFLINE

    a, ca = kit.station(tmp_path, "a")
    b, cb = kit.station(tmp_path, "b")
    for n in range(50):
        _cust(a, f"n{n}")
    SyncWorker(a, ca).sync_once()
    calls = []
    real_pull = cb.pull

    def flaky(after, limit):  # type: ignore[no-untyped-def]
        calls.append(after)
        if len(calls) == 3:
            raise CloudOffline("link dropped")
        return real_pull(after, limit)

    cb.pull = flaky  # type: ignore[method-assign]
    w = SyncWorker(b, cb, pull_batch=10, use_snapshot=False)
    w.sync_once()
    assert w.state == OFFLINE
    from app.events.sync_state import get_state

    assert int(get_state(b.conn, "cursor")) == calls[2]  # the two pages before the drop are applied and saved
    assert b.query_one("SELECT count(*) AS n FROM customers")["n"] == 18  # and the two stations' keys
    w.sync_once()
    assert w.state == ONLINE and state_hash(a.conn) == state_hash(b.conn)


def test_pipelined_push_recovers_from_a_gap(kit, tmp_path) -> None:
    from app.events.pending import mark_pushed

    a, ca = kit.station(tmp_path, "a")
    for n in range(10):
        _cust(a, f"n{n}")
    mark_pushed(a, 4)  # the station wrongly believes the cloud holds seq 1..4
    w = SyncWorker(a, ca, push_batch=3)
    result = w.sync_once()
    assert w.state == ONLINE, w.detail
    assert result.pushed == 10 and w.pending() == 0 and _stored(kit) == 10
    # nothing new: an idempotent round stores nothing
    assert w.sync_once().pushed == 0 and _stored(kit) == 10


def test_event_id_taken_by_another_station(kit, tmp_path) -> None:
    """Squatting: b stores an event under the id a's next event will carry (seen on the LAN); a's
    push still succeeds, and a second copy of a stored event is an idempotent success."""
    a, ca = kit.station(tmp_path, "a")
    b, cb = kit.station(tmp_path, "b")
    first = _ev(a, 1)
    assert _push(kit, cb.token, {"events": [_ev(b, 1, event_id=first["event_id"])]}).status_code == 200
    r = _push(kit, ca.token, {"events": [first]})
    assert r.status_code == 200 and r.json()["accepted"] == 1
    r = _push(kit, ca.token, {"events": [first]})
    assert r.status_code == 200 and r.json()["duplicates"] == 1 and r.json()["accepted"] == 0
    assert _stored(kit) == 2


def test_enrolment_codes_are_readable_and_never_look_like_an_option(kit) -> None:
    import re

    from sync.cli import _parser

    codes = {kit.code(f"R{i}") for i in range(40)}
    assert len(codes) == 40
    assert all(re.fullmatch(r"[A-HJKMNP-Z2-9]{4}(-[A-HJKMNP-Z2-9]{4}){2}", c) for c in codes), codes
    # a code goes on a command line as its own argument
    code = sorted(codes)[0]
    args = _parser().parse_args(["sync", "enrol", "--path", "x.db", "--cloud", "http://c", "--code", code,
                                 "--station-code", "K1"])
    assert args.code == code


def test_a_revoked_station_token_stops_working_and_a_new_enrolment_restores_it(kit, tmp_path) -> None:
    a, ca = kit.station(tmp_path, "a")
    _cust(a, "Budi")
    assert SyncWorker(a, ca).sync_once().pushed == 1
    sid = a.identity.station_id
    me = {"Authorization": f"Bearer {ca.token}"}
    assert kit.client.post(f"/v1/admin/stations/{sid}/revoke").status_code == 401  # admins only
    assert kit.admin("POST", "/v1/admin/stations/nope/revoke").status_code == 404
    r = kit.admin("POST", f"/v1/admin/stations/{sid}/revoke")
    assert r.status_code == 200 and r.json()["revoked"] is True
    for call in (kit.client.get("/v1/events", headers=me), kit.client.get("/v1/stations/me", headers=me),
                 _push(kit, ca.token, {"events": [_ev(a, seq=2)]})):
        assert call.status_code == 403 and "revoked" in call.json()["detail"]
    assert _stored(kit) == 1  # what it pushed before stays; nothing after
    worker = SyncWorker(a, ca)
    worker.sync_once()
    assert worker.state == "error" and "revoked" in (worker.detail or "")
    again = kit.client.post("/v1/enrol", json={"code": kit.code(a.identity.station_code), "station_id": sid,
                                               "station_code": a.identity.station_code,
                                               "pubkey": a.signing_key.public_b64})
    assert again.status_code == 403 and "new key" in again.text  # the stolen key stays dead
    new_key = StationKey.generate()
    a.replace_signing_key(new_key)  # what `sync enrol --new-key` does
    token = kit.enrol(sid, a.identity.station_code, pubkey=new_key.public_b64)  # a new code, a new key
    assert kit.client.get("/v1/stations/me", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    assert kit.client.get("/v1/events", headers=me).status_code == 401  # the old token is gone for good
    _cust(a, "Sari")  # signed with the new key, which the cloud now holds
    w = SyncWorker(a, HttpCloud("http://testserver", token, http=kit.client))
    assert w.sync_once().pushed == 1 and w.state == ONLINE, w.detail
