"""The cloud as witness of each station's audit chain: a chain rewritten with the station's key,
every hash recomputed, is reported at the next push and by `sentra db check --cloud`; an
untouched station never is; old pushes still work; bad audit fields are refused with nothing stored."""

from __future__ import annotations

import json
import warnings

import pytest
from sqlalchemy import func, select

from app.audit import GENESIS, _digest, first_broken
from app.events.sync_state import get_state, save_state
from sync.client import LocalCloud
from sync.cloud import audit_heads as ah
from sync.cloud import db
from sync.cloud.models import PushOut
from sync.soak import free_port
from sync.worker import ONLINE, SyncCallbacks, SyncWorker
from tests.sync.cloudkit import ADMIN, engine_of, kit_on, make_kit
from tests.sync.helpers import ACTOR, KEY, make_store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

HEX = "ab" * 32


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.needs_server)])
def kit(request):
    with kit_on(request.param) as k:
        yield k


_engine = engine_of


def _count(kit, table, station: str | None = None) -> int:
    q = select(func.count()).select_from(table)
    if station is not None:
        q = q.where(table.c.station_id == station)
    with _engine(kit).connect() as conn:
        return conn.execute(q).scalar_one()


def _heads(kit, station: str) -> list[tuple[int, str]]:
    h = ah.audit_heads.c
    with _engine(kit).connect() as conn:
        return [tuple(r) for r in conn.execute(select(h.audit_id, h.hash).where(h.station_id == station)
                                                .order_by(h.audit_id))]


def _cust(store, name: str) -> None:
    with store.command("customer.save", ACTOR) as cmd:
        cmd.upsert("customers", f"c-{name}", name=name, branch_id=store.identity.branch_id)


def _rewrite(store, entry: int = 1) -> None:
    """What someone with the key can do: change one entry, then recompute every hash after it."""
    conn = store.conn
    with store.lock:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE audit_log SET detail = ? WHERE id = ?", ('{"forged":true}', entry))
        prev = GENESIS
        for row in conn.execute("SELECT id, at, station_id, actor_id, action, detail, event_id FROM audit_log"
                                " ORDER BY id").fetchall():
            digest = _digest(prev, list(row))
            conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, row[0]))
            prev = digest
        conn.execute("COMMIT")
    assert first_broken(conn) is None  # the station's own check does not see it


class Station:
    """A kit station with a worker whose audit warnings are recorded."""

    def __init__(self, kit, tmp_path, name: str) -> None:
        self.store, self.cloud = kit.station(tmp_path, name)
        save_state(self.store, {"token": self.cloud.token, "cloud_url": "http://testserver"})
        self.warnings: list[str | None] = []
        self.worker = SyncWorker(self.store, self.cloud, callbacks=SyncCallbacks(on_audit=self.warnings.append))
        self.n = 0

    @property
    def id(self) -> str:
        return self.store.identity.station_id

    def work(self, rounds: int = 1) -> None:
        for _ in range(rounds):
            self.n += 1
            _cust(self.store, f"{self.id}-{self.n}")
            self.worker.sync_once()
            assert self.worker.state == ONLINE, self.worker.detail
            assert self.worker.pending() == 0


def test_a_chain_rewritten_with_the_key_is_reported_at_the_next_push(kit, tmp_path) -> None:
    a, b = Station(kit, tmp_path, "a"), Station(kit, tmp_path, "b")
    a.work(3)
    b.work(3)
    held = _heads(kit, a.id)
    assert held and held[-1][0] == a.store.query_one("SELECT max(id) AS m FROM audit_log")["m"]
    _rewrite(a.store, entry=1)
    a.work()  # the push still succeeds: its event is stored
    assert a.warnings and "audit chain rewritten: entry" in a.warnings[-1], a.warnings
    assert "hash differs from what the cloud saw at" in a.warnings[-1]
    assert get_state(a.store.conn, "audit_warning") == a.warnings[-1]  # `sentra sync status` shows it
    alarms = kit.admin("GET", "/v1/admin/audit/alarms").json()
    assert {(x["station_id"], x["kind"]) for x in alarms} == {(a.id, "rewritten")}
    assert _heads(kit, a.id)[:len(held)] == held  # what the cloud saw is kept, never overwritten
    a.work()  # reported again (the status bar keeps it), stored once per entry
    assert a.warnings[-1] is not None and len(a.warnings) == 1
    assert len(kit.admin("GET", "/v1/admin/audit/alarms").json()) == len(alarms)
    b.work(3)  # the untouched station is never reported
    assert b.warnings == [] and get_state(b.store.conn, "audit_warning") == ""
    assert kit.admin("GET", "/v1/admin/audit/alarms").json() == alarms


def test_a_rewrite_of_the_newest_entry_only_and_a_shrunk_chain_are_reported(kit, tmp_path) -> None:
    a, b = Station(kit, tmp_path, "a"), Station(kit, tmp_path, "b")
    a.work(3)
    b.work(3)
    top = _heads(kit, a.id)[-1][0]
    _rewrite(a.store, entry=top)  # only the newest entry the cloud saw, nothing before it
    a.work()
    assert a.warnings and f"entry {top} hash differs" in a.warnings[-1]
    with b.store.lock:  # cut the newest entries: a shorter chain still verifies locally
        b.store.conn.execute("DELETE FROM audit_log WHERE id > 1")
    assert first_broken(b.store.conn) is None
    _cust(b.store, "after-cut")  # appends entry 2 again: below the head the cloud saw
    b.worker.sync_once()
    assert b.worker.state == ONLINE and b.warnings and "audit chain shrank" in b.warnings[-1], b.warnings
    kinds = {(x["station_id"], x["kind"]) for x in kit.admin("GET", "/v1/admin/audit/alarms").json()}
    assert kinds == {(a.id, "rewritten"), (b.id, "shrank"), (b.id, "rewritten")}  # its new entry 2 is not the old


def test_through_the_in_process_link_too(tmp_path) -> None:
    kit = make_kit()
    store, http = kit.station(tmp_path, "a")
    seen: list[str | None] = []
    worker = SyncWorker(store, LocalCloud(kit.client.app.app.state.service, http.token),
                        callbacks=SyncCallbacks(on_audit=seen.append))
    for i in range(3):
        _cust(store, f"x{i}")
        worker.sync_once()
        assert worker.state == ONLINE, worker.detail
    assert _heads(kit, "a") and seen == []
    _rewrite(store)
    _cust(store, "x9")
    worker.sync_once()
    assert worker.state == ONLINE and seen and "audit chain rewritten" in seen[-1]


def _post(kit, token: str, body: dict):  # type: ignore[no-untyped-def]
    return kit.client.post("/v1/events", headers={"Authorization": f"Bearer {token}"}, json=body)


def _pending_json(store) -> list[dict]:
    from app.events.pending import pending_after

    with store.read() as conn:
        return [json.loads(j) for _, j in pending_after(conn, store.identity.station_id, 0, 1000)]


def test_an_old_style_push_still_works_and_a_station_that_stops_answering_is_reported(kit, tmp_path) -> None:
    a = Station(kit, tmp_path, "a")
    _cust(a.store, "old")
    r = _post(kit, a.cloud.token, {"events": _pending_json(a.store)})  # an older station: no audit fields
    assert r.status_code == 200, r.text
    assert r.json()["accepted"] == 1 and r.json()["audit_probe"] == [] and r.json()["audit_warning"] is None
    assert _heads(kit, a.id) == []
    a.worker.sync_once()  # learns the cloud asks (the first answer), so the next push sends its head
    a.work(2)
    assert _heads(kit, a.id) and a.warnings == []
    # the sync state cleared (or an old build put back): it pushes without answering; a lost answer
    # or two is no alarm, three pushes in a row are
    for n in range(ah.MAX_MISSES):
        _cust(a.store, f"quiet{n}")
        r = _post(kit, a.cloud.token, {"events": _pending_json(a.store)})
        assert r.status_code == 200, r.text
        from app.events.pending import mark_pushed

        mark_pushed(a.store, r.json()["acked_seq"])
        assert (r.json()["audit_warning"] is None) == (n < ah.MAX_MISSES - 1), (n, r.json())
    assert "unanswered in 3 pushes" in r.json()["audit_warning"]
    assert [x["kind"] for x in kit.admin("GET", "/v1/admin/audit/alarms").json()] == ["unanswered"]


def test_a_station_never_sends_audit_fields_to_a_cloud_that_never_asked(tmp_path) -> None:
    store = make_store(tmp_path, "st")
    sent: list[dict] = []

    class OldCloud:  # answers like a cloud before audit heads: no audit_probe
        def push_json(self, events_json, **kw):  # type: ignore[no-untyped-def]
            sent.append(kw)
            seq = json.loads(events_json[-1])["seq"]
            return PushOut(acked_seq=seq, accepted=len(events_json), duplicates=0, server_time_ms=1)

        def pull(self, after, limit):  # type: ignore[no-untyped-def]
            from sync.client import PullPage

            return PullPage(events=[], cursor=after, has_more=False)

        def snapshot(self, own_upto=0):  # type: ignore[no-untyped-def]
            return iter(())

    worker = SyncWorker(store, OldCloud(), use_snapshot=False)  # type: ignore[arg-type]
    for i in range(2):
        _cust(store, f"c{i}")
        worker.sync_once()
        assert worker.state == ONLINE, worker.detail
    assert sent == [{}, {}]
    assert get_state(store.conn, "audit_probe") is None


GOOD = {"id": 1, "hash": HEX}


@pytest.mark.parametrize("fields", [
    {"audit_head": {"id": 1, "hash": "ab" * 31}},  # 62 hex digits
    {"audit_head": {"id": 1, "hash": "AB" * 32}},  # upper case
    {"audit_head": {"id": 1, "hash": "zz" * 32}},
    {"audit_head": {"id": 1, "hash": HEX + "\n"}},
    {"audit_head": {"id": -1, "hash": HEX}},
    {"audit_head": {"id": 0, "hash": HEX}},
    {"audit_head": {"id": 2**63, "hash": HEX}},
    {"audit_head": {"id": "5", "hash": HEX}},
    {"audit_head": {"id": 1.0, "hash": HEX}},
    {"audit_head": {"id": True, "hash": HEX}},
    {"audit_head": {"id": 1, "hash": 5}},
    {"audit_head": {"id": 1}},
    {"audit_head": {"id": 1, "hash": HEX, "at": 1}},
    {"audit_head": [1, HEX]},
    {"audit_head": "1:" + HEX},
    {"audit_head": GOOD, "audit_probes": {"id": 1, "hash": HEX}},
    {"audit_head": GOOD, "audit_probes": [GOOD] * 17},
    {"audit_head": GOOD, "audit_probes": [{"id": 2**63, "hash": HEX}]},
    {"audit_head": GOOD, "audit_probes": [None]},
])
def test_bad_audit_fields_are_refused_with_nothing_stored(kit, tmp_path, fields) -> None:
    a = Station(kit, tmp_path, "a")
    _cust(a.store, "x")
    before = (_count(kit, db.events), _count(kit, ah.audit_heads), _count(kit, ah.audit_alarms))
    r = _post(kit, a.cloud.token, {"events": _pending_json(a.store), **fields})
    assert r.status_code == 422, r.text
    assert "audit_" in r.text
    assert (_count(kit, db.events), _count(kit, ah.audit_heads), _count(kit, ah.audit_alarms)) == before
    r = _post(kit, a.cloud.token, {"events": _pending_json(a.store), "audit_head": {"id": 2**63 - 1, "hash": HEX}})
    assert r.status_code == 200, r.text  # the largest id is fine, and the same push then goes through
    assert _heads(kit, a.id) == [(2**63 - 1, HEX)]


def test_audit_heads_need_a_station_token(kit) -> None:
    assert kit.client.get("/v1/audit/heads").status_code == 401
    assert kit.client.get("/v1/audit/heads", headers={"Authorization": "Bearer nope"}).status_code == 401
    assert kit.client.get("/v1/admin/audit/alarms").status_code == 401
    assert kit.client.get("/v1/admin/audit/alarms", headers={"Authorization": f"Bearer {ADMIN}x"}).status_code == 401


def _check(monkeypatch, capsys, kit, path, url: str = "http://testserver"):  # type: ignore[no-untyped-def]
    from app.cli import main

    monkeypatch.setenv("SENTRA_DB_KEY", KEY)
    monkeypatch.setattr("sync.client.httpx.Client",
                        lambda base_url, timeout: TestClient(kit.client.app, base_url=base_url))
    code = main(["db", "check", "--path", str(path), "--cloud", url])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_db_check_with_the_cloud(kit, tmp_path, monkeypatch, capsys) -> None:
    a, b = Station(kit, tmp_path, "a"), Station(kit, tmp_path, "b")
    a.work(3)
    b.work(2)
    held = len(_heads(kit, a.id))
    code, out, err = _check(monkeypatch, capsys, kit, a.store.path)
    assert code == 0 and f"audit chain matches the cloud ({held} heads)" in out, (out, err)
    _rewrite(a.store, entry=2)  # not pushed since: the check alone finds it
    code, out, err = _check(monkeypatch, capsys, kit, a.store.path)
    assert code == 1, (out, err)
    assert "audit chain intact" in out  # the local check is fooled …
    first = next(i for i, _ in _heads(kit, a.id) if i >= 2)
    assert f"audit chain rewritten: entry {first} hash differs from what the cloud saw at" in out  # … the cloud not
    code, out, err = _check(monkeypatch, capsys, kit, b.store.path)
    assert code == 0 and "audit chain matches the cloud (" in out, (out, err)
    top = _heads(kit, b.id)[-1][0]
    with b.store.lock:  # the newest entries cut: the local check still passes
        b.store.conn.execute("DELETE FROM audit_log WHERE id >= ?", (top,))
    code, out, err = _check(monkeypatch, capsys, kit, b.store.path)
    assert code == 1 and "audit chain intact" in out, (out, err)
    assert f"audit chain shrank: entry {top} is missing, the cloud saw it at" in out


def test_db_check_with_an_unreachable_cloud_is_one_clear_line(kit, tmp_path, monkeypatch, capsys) -> None:
    from app.cli import main

    a = Station(kit, tmp_path, "a")
    a.work()
    monkeypatch.setenv("SENTRA_DB_KEY", KEY)
    code = main(["db", "check", "--path", str(a.store.path), "--cloud", f"http://127.0.0.1:{free_port()}"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "could not compare the audit chain with the cloud" in err, err
    assert "Traceback" not in err
    save_state(a.store, {"token": "st_wrong"})
    code, out, err = _check(monkeypatch, capsys, kit, a.store.path)
    assert code == 2 and err.count("\n") == 1 and "unknown station token" in err, err
