"""Issue 9's attacks, made as they were made, each refused with nothing changed (docs/security.md).

The LAN attacker is anything that can publish on the branch's broker: it knows station and branch
ids (they are in the topics) and sees events, but holds no station's signing key.
"""

from __future__ import annotations

import json

import pytest

from app.auth import AuthService, hash_pin
from app.errors import DomainError
from app.events.intake import event_json
from app.events.signing import StationKey
from app.events.state_hash import state_hash
from app.events.sync_state import set_aside_count, set_aside_recent
from app.events.vectors import version_vector
from sync.lan_bus import LanPeer, _msg
from sync.worker import ONLINE, SyncWorker
from tests.sync.cloudkit import make_kit
from tests.sync.helpers import ACTOR, BASE_MS, event, make_store, station_key

NOW = BASE_MS + 10_000


@pytest.fixture
def kit():
    return make_kit()


class Wire:
    """What a LanPeer sends, by topic."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, dict]] = []

    def __call__(self, topic: str, payload: bytes, _retain: bool) -> None:
        self.sent.append((topic, json.loads(payload)))

    def events_sent(self) -> list[dict]:
        return [e for _t, m in self.sent if m["kind"] == "events" for e in m.get("events") or []]


def _peer(store) -> tuple[LanPeer, Wire]:  # type: ignore[no-untyped-def]
    wire = Wire()
    return LanPeer(store, wire, now_ms=lambda: NOW), wire


def _snapshot(store) -> tuple:  # type: ignore[no-untyped-def]
    with store.read() as conn:
        return (state_hash(conn), version_vector(conn),
                conn.execute("SELECT count(*) FROM sync_event_logs").fetchone()[0])


def _admin_user(user_id: str = "evil-admin") -> list[dict]:
    return [{"op": "upsert", "table": "users", "id": user_id,
             "fields": {"name": "Evil", "role": "admin", "pin_hash": hash_pin("1234"), "active": 1}}]


def _publish(peer: LanPeer, sender: str, events: list[dict]) -> None:
    peer.handle(f"events/{sender}", _msg("events", sender, events=events))


def test_anonymous_hello_gets_nothing_back(tmp_path) -> None:
    victim = make_store(tmp_path, "victim")
    with victim.command("customer.save", ACTOR) as cmd:
        cmd.upsert("customers", "c1", name="Ani")
    peer, wire = _peer(victim)
    peer.handle("hello", _msg("hello", "attacker", vv={}))  # the attack as it was made: no signature
    peer.handle("hello", _msg("hello", "s2", vv={}, to="*", ts=NOW, nonce="n1", sig="A" * 86))  # a made-up one
    stranger = StationKey.generate()  # signed, but by no station this branch knows
    from sync.lan_bus import _signed_text

    sig = stranger.sign_message(_signed_text("hello", "stranger-1", "*", NOW, "n2", {}, None))
    peer.handle("hello", _msg("hello", "stranger-1", vv={}, to="*", ts=NOW, nonce="n2", sig=sig))
    assert wire.sent == [] and peer.refused_requests == 3
    # a known station's real hello is answered once; the same message replayed is not
    s2, s2wire = _peer(make_store(tmp_path, "s2"))
    s2.hello()
    (_topic, hello), = s2wire.sent
    raw = json.dumps(hello).encode()
    peer.handle("hello", raw)
    assert [m["kind"] for _t, m in wire.sent] == ["events", "vv"]
    peer.handle("hello", raw)
    assert len(wire.sent) == 2 and peer.refused_requests == 4


def test_forged_admin_user_over_the_lan_is_set_aside(tmp_path) -> None:
    victim = make_store(tmp_path, "victim")
    before = _snapshot(victim)
    peer, _wire = _peer(victim)
    unsigned = json.loads(event("s2", 1, BASE_MS, _admin_user(), sign=False).model_dump_json())
    wrong_key = json.loads(event("s3", 1, BASE_MS, _admin_user()).model_dump_json())
    wrong_key["sig"] = event("s3", 1, BASE_MS, _admin_user(), event_id=wrong_key["event_id"]).signed_by(
        StationKey.generate()).sig
    unknown = event_json(event("stranger-9", 1, BASE_MS, _admin_user()))
    by_mechanic = event_json(event("s4", 1, BASE_MS, _admin_user(), actor="u-mech"))  # a real station, wrong role
    no_actor = event_json(event("s5", 1, BASE_MS, _admin_user(), actor=None))
    for e in (unsigned, wrong_key, unknown, by_mechanic, no_actor):
        _publish(peer, e["station_id"], [e])
    assert _snapshot(victim) == before
    assert set_aside_count(victim.conn) == 5
    reasons = sorted(r["reason"] for r in set_aside_recent(victim.conn))
    assert any("unsigned" in r for r in reasons) and any("wrong signature" in r for r in reasons)
    assert any("unknown station" in r for r in reasons) and any("may not change users" in r for r in reasons)
    assert any("no actor" in r for r in reasons)
    with pytest.raises(DomainError):
        AuthService(victim).login("evil-admin", "1234")


def test_event_in_the_victims_station_id_is_set_aside(tmp_path) -> None:
    victim = make_store(tmp_path, "victim")
    with victim.command("customer.save", ACTOR) as cmd:
        cmd.upsert("customers", "c1", name="Ani")
    before = _snapshot(victim)
    peer, _wire = _peer(victim)
    forged = event_json(event("victim", 2, BASE_MS, [{"op": "upsert", "table": "customers", "id": "c1",
                                                      "fields": {"name": "Pwned"}}]))  # even validly signed
    far = event_json(event("victim", 1002, BASE_MS, [{"op": "upsert", "table": "customers", "id": "c9",
                                                      "fields": {"name": "gap"}}], sign=False))
    _publish(peer, "attacker", [forged, far])  # (a message from "victim" itself is ignored as an echo)
    assert _snapshot(victim) == before
    assert [r["reason"] for r in set_aside_recent(victim.conn)] == ["claims this station's own id"] * 2


def test_forged_seq_gap_cannot_stop_the_victims_cloud_sync(kit, tmp_path) -> None:
    (victim, cv), (other, co) = kit.station(tmp_path, "victim"), kit.station(tmp_path, "other")
    with victim.command("customer.save", ACTOR) as cmd:
        cmd.upsert("customers", "c1", name="Ani")
    forged = event_json(event("victim", 1000, BASE_MS, [{"op": "upsert", "table": "customers", "id": "c2",
                                                         "fields": {"name": "x"}}], branch=kit.branch_id,
                              sign=False))
    for store in (victim, other):  # the forged far seq reaches both stations over the LAN
        peer, _wire = _peer(store)
        _publish(peer, "attacker", [forged])
        peer.close()
    assert version_vector(victim.conn)["victim"] == 1 and "victim" not in version_vector(other.conn)
    assert set_aside_count(victim.conn) == set_aside_count(other.conn) == 1
    w = SyncWorker(victim, cv)
    for _ in range(2):
        w.sync_once()
        assert w.state == ONLINE, w.detail
    with victim.command("customer.save", ACTOR) as cmd:
        cmd.upsert("customers", "c3", name="Budi")
    assert w.sync_once().pushed == 1 and w.state == ONLINE and w.pending() == 0


def test_pin_and_role_reset_by_a_station_token_is_refused_by_the_cloud(kit, tmp_path) -> None:
    a, ca = kit.station(tmp_path, "a")
    stored = _stored_events(kit)
    reset = [{"op": "upsert", "table": "users", "id": ACTOR, "fields": {"pin_hash": hash_pin("0000"), "role": "admin"}}]
    for actor in ("u-mech", "u-adv", None, "nobody"):
        e = event("a", 1, BASE_MS, reset, actor=actor, branch=kit.branch_id)
        r = kit.client.post("/v1/events", headers={"Authorization": f"Bearer {ca.token}"},
                            json={"events": [json.loads(e.model_dump_json())]})
        assert r.status_code == 403, (actor, r.text)
        assert "users" in r.text or "actor" in r.text
    assert _stored_events(kit) == stored
    # the station itself never writes it either: its own merge check refuses the command
    with pytest.raises(DomainError), a.command("user.reset", "u-mech") as cmd:
        cmd.upsert("users", ACTOR, pin_hash=hash_pin("0000"))


def test_squatted_event_id_does_not_block_the_owner(kit, tmp_path) -> None:
    (a, ca), (b, cb) = kit.station(tmp_path, "a"), kit.station(tmp_path, "b")
    with a.command("customer.save", ACTOR) as cmd:
        cmd.upsert("customers", "c1", name="Ani")
    own = a.conn.execute("SELECT event_id FROM sync_event_logs WHERE station_id = 'a'").fetchone()[0]
    # b saw a's event on the LAN and pushes its own event under that id before a does
    squat = event("b", 1, BASE_MS, [{"op": "upsert", "table": "customers", "id": "c2", "fields": {"name": "x"}}],
                  event_id=own, branch=kit.branch_id)
    r = kit.client.post("/v1/events", headers={"Authorization": f"Bearer {cb.token}"},
                        json={"events": [json.loads(squat.model_dump_json())]})
    assert r.status_code == 200
    w = SyncWorker(a, ca)
    assert w.sync_once().pushed == 1 and w.state == ONLINE
    assert SyncWorker(a, ca).sync_once().pushed == 0  # a second copy is no error either


def test_stolen_key_then_revoked_later_events_are_set_aside_everywhere(kit, tmp_path) -> None:
    (a, ca), (b, cb), (c, cc) = (kit.station(tmp_path, n) for n in "abc")
    for n in range(3):
        with a.command("customer.save", ACTOR) as cmd:
            cmd.upsert("customers", f"a{n}", name=f"n{n}")
    SyncWorker(a, ca).sync_once()  # the cloud holds a's seq 1-3
    thief_key = station_key("a")  # the tablet is stolen: the thief has its key
    assert kit.admin("POST", "/v1/admin/stations/a/revoke").json()["revoked"] is True
    for s, cl in ((b, cb), (c, cc)):
        w = SyncWorker(s, cl)
        w.sync_once()
        assert w.state == ONLINE, w.detail
        assert s.query_one("SELECT revoked_after_seq FROM stations WHERE id = 'a'")["revoked_after_seq"] == 3
    assert state_hash(b.conn) == state_hash(c.conn)  # a's events before the revocation still count
    # the thief writes new, validly signed events and publishes them on the LAN
    later = [event_json(event("a", n, BASE_MS + n, [{"op": "upsert", "table": "customers", "id": f"t{n}",
                                                     "fields": {"name": "thief"}}],
                                   branch=kit.branch_id).signed_by(thief_key))
             for n in (4, 5)]
    for s in (b, c):
        before = _snapshot(s)
        peer, _wire = _peer(s)
        _publish(peer, "a", later)
        assert _snapshot(s) == before
        assert [r["reason"] for r in set_aside_recent(s.conn)] == ["station a is revoked (after seq 3)"] * 2
    # and the cloud takes nothing from the stolen token
    r = kit.client.post("/v1/events", headers={"Authorization": f"Bearer {ca.token}"}, json={"events": later})
    assert r.status_code == 403


def _stored_events(kit) -> int:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    from sync.cloud import db

    with kit.client.app.app.state.service.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(db.events)).scalar_one()



def test_a_refused_push_and_set_aside_events_are_reported(kit, tmp_path) -> None:
    from app.events.sync_state import get_state
    from sync.worker import ERROR, SyncCallbacks

    a, ca = kit.station(tmp_path, "a")
    a.pinned_roles = {**(a.pinned_roles or {}), "u-local": "supervisor"}  # a user the cloud never saw
    with a.command("customer.save", "u-local") as cmd:
        cmd.upsert("customers", "c1", name="Ani")
    reports: list[tuple] = []
    w = SyncWorker(a, ca, callbacks=SyncCallbacks(on_set_aside=lambda n, why: reports.append((n, why))))
    w.sync_once()
    assert w.state == ERROR and w.detail and w.detail.startswith("cloud refused (403): push refused: event")
    assert "u-local" in (get_state(a.conn, "push_refused") or "")
    peer, _wire = _peer(a)  # a stranger's event on the LAN: set aside, and the next round says so
    _publish(peer, "x", [event_json(event("stranger-1", 1, BASE_MS, [{"op": "upsert", "table": "customers",
                                                                       "id": "c9", "fields": {"name": "x"}}],
                                          branch=kit.branch_id))])
    w.sync_once()
    assert reports == [(1, "unknown station stranger-1")]
