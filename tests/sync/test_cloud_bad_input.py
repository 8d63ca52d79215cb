"""Bad input on the cloud API, as issue 9 found it: each a clean 4xx with nothing stored, on SQLite
and on PostgreSQL alike (the PostgreSQL runs are marked needs_server)."""

from __future__ import annotations

import json
import os
import time

import httpx
import pytest
from sqlalchemy import func, select

from app.events.hlc import format_stamp
from app.events.intake import event_json
from sync.cloud import db
from sync.cloud.app import validation_body
from tests.sync.cloudkit import ADMIN, engine_of, kit_on
from tests.sync.helpers import ACTOR, BASE_MS, ROLES, event, station_key

BIG = 2**63  # one past a signed 64-bit integer


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.needs_server)])
def kit(request):
    with kit_on(request.param) as k:
        yield k


_engine = engine_of


def _stored(kit) -> int:
    """Events stations pushed (the cloud's own, such as a station's published key, left out)."""
    with _engine(kit).connect() as conn:
        return conn.execute(select(func.count()).select_from(db.events)
                            .where(db.events.c.station_id != "cloud")).scalar_one()


def _branches(kit) -> int:
    with _engine(kit).connect() as conn:
        return conn.execute(select(func.count()).select_from(db.branches)).scalar_one()


def _refused(r, status: int = 422, words: str = "") -> dict:
    """A clean refusal: the status, a JSON body that is valid UTF-8, and the words expected."""
    assert r.status_code == status, (r.status_code, r.text[:500])
    body = json.loads(r.content.decode("utf-8"))  # strict UTF-8: no lone surrogate in the answer
    assert "detail" in body
    assert words in r.text, r.text[:500]
    return body


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}


def _admin() -> dict[str, str]:
    return _auth(ADMIN)


def _ev(store, seq: int = 1, ms: int = BASE_MS, ops: list | None = None) -> dict:
    ops = ops or [{"op": "upsert", "table": "customers", "id": f"c{seq}", "fields": {"name": "x"}}]
    return event_json(event(store.identity.station_id, seq, ms + seq, ops, branch=store.identity.branch_id))


def _push_raw(kit, token: str, raw: bytes):
    return kit.client.post("/v1/events", headers=_auth(token), content=raw)


def _push(kit, token: str, events: list[dict], **extra):
    return _push_raw(kit, token, json.dumps({"events": events, **extra}).encode())


def _acked(kit, token: str) -> int:
    return kit.client.get("/v1/stations/me", headers=_auth(token)).json()["acked_seq"]


# -- query parameters and headers beyond 64 bits ---------------------------------------------------
def test_pull_cursor_beyond_64_bits_is_422_and_the_largest_one_works(kit, tmp_path) -> None:
    _, ca = kit.station(tmp_path, "a")
    for after in (BIG, 10**30):
        _refused(kit.client.get("/v1/events", params={"after": after}, headers=_auth(ca.token)), words="after")
    r = kit.client.get("/v1/events", params={"after": BIG - 1}, headers=_auth(ca.token))
    assert r.status_code == 200 and r.json()["events"] == []


def test_snapshot_own_upto_beyond_64_bits_is_422_not_a_cut_stream(kit, tmp_path) -> None:
    a, ca = kit.station(tmp_path, "a")
    assert _push(kit, ca.token, [_ev(a, 1)]).status_code == 200
    _refused(kit.client.get("/v1/snapshot", params={"own_upto": BIG}, headers=_auth(ca.token)), words="own_upto")
    r = kit.client.get("/v1/snapshot", params={"own_upto": BIG - 1}, headers=_auth(ca.token))
    lines = [json.loads(line) for line in r.text.splitlines()]
    assert r.status_code == 200 and lines[0]["count"] == len(lines) - 1  # own events left out, the cloud's kept
    assert all(e["station_id"] == "cloud" for e in lines[1:])


def test_unknown_query_parameters_are_refused_like_unknown_body_keys(kit, tmp_path) -> None:
    _, ca = kit.station(tmp_path, "a")
    for query in ("after=0&afterr=5", "=null", "own_upto=1"):
        _refused(kit.client.get(f"/v1/events?{query}", headers=_auth(ca.token)), words="extra_forbidden")
    assert kit.client.get("/v1/snapshot?own_upto=1", headers=_auth(ca.token)).status_code == 200
    _refused(kit.client.get("/v1/snapshot?own_upto=1&own_upto=0", headers=_auth(ca.token)), words="more than once")


@pytest.mark.parametrize("text", ["0.0", "+5", " 5", "5_0", "1e3", "-1", "05"])
def test_numbers_in_queries_and_headers_are_plain_decimal_digits(kit, tmp_path, text: str) -> None:
    _, ca = kit.station(tmp_path, "a")
    _refused(kit.client.get("/v1/snapshot", params={"own_upto": text}, headers=_auth(ca.token)), words="own_upto")
    _refused(kit.client.get("/v1/events", params={"limit": text}, headers=_auth(ca.token)), words="limit")
    _refused(kit.client.get("/v1/stations/me", headers={**_auth(ca.token), "X-Client-Time-Ms": text}),
             words="X-Client-Time-Ms")


def test_client_time_of_10_30_is_422_in_the_header_and_in_a_push(kit, tmp_path) -> None:
    a, ca = kit.station(tmp_path, "a")
    for path in ("/v1/stations/me", "/v1/events"):
        _refused(kit.client.get(path, headers={**_auth(ca.token), "X-Client-Time-Ms": str(10**30)}),
                 words="X-Client-Time-Ms")
    _refused(_push(kit, ca.token, [_ev(a, 1)], client_time_ms=10**30), words="client_time_ms")
    _refused(_push(kit, ca.token, [_ev(a, 1)], client_time_ms="1750000000000"), words="client_time_ms")
    assert _stored(kit) == 0 and _acked(kit, ca.token) == 0


# -- lone surrogates and NUL: a clean 422 that never echoes what it cannot encode ---------------------
@pytest.mark.parametrize("raw", [
    b'{"code": "\\ud800\\ud800\\ud800\\ud800", "station_id": "s1", "station_code": "S1"}',
    b'{"\\ud800": 1}',
    b'{"code": "AAAA-BBBB-CCCC", "station_id": "s\\ud800", "station_code": "S1"}',
])
def test_lone_surrogate_on_enrol_needs_no_token_and_gets_a_clean_422(kit, raw: bytes) -> None:
    r = kit.client.post("/v1/enrol", content=raw, headers={"Content-Type": "application/json"})
    body = _refused(r)
    assert "\\ud800" in json.dumps(body) or body["detail"][0]["type"]  # escaped if quoted at all


def test_lone_surrogate_on_admin_branches_and_master_gets_a_clean_422(kit) -> None:
    before = _branches(kit)
    _refused(kit.client.post("/v1/admin/branches", headers=_admin(),
                             content=b'{"code": "BDG", "name": "Bandung \\udfff"}'))
    _refused(kit.client.post("/v1/admin/master", headers=_admin(), content=(
        b'{"ops": [{"op": "upsert", "table": "parts", "id": "p1", "fields": {"name": "\\ud800"}}]}')))
    _refused(kit.client.post("/v1/admin/master", headers=_admin(), content=(
        b'{"ops": [{"op": "upsert", "table": "parts", "id": "p1", "fields": {"\\ud800": 1}}]}')))
    _refused(kit.client.post("/v1/admin/master", headers=_admin(), content=(
        b'{"ops": [{"op": "upsert", "table": "\\ud800", "id": "p1", "fields": {"name": "x"}}]}')))
    assert _branches(kit) == before and _stored(kit) == 0


def test_a_lone_surrogate_in_a_push_is_422(kit, tmp_path) -> None:
    a, ca = kit.station(tmp_path, "a")
    raw = json.dumps({"events": [_ev(a, 1)]}).replace('"name": "x"', '"name": "\\udc00"').encode()
    assert b"\\udc00" in raw
    _refused(_push_raw(kit, ca.token, raw), words="JSON")
    assert _stored(kit) == 0


def test_nul_in_a_branch_name_is_refused_the_same_on_both_databases(kit) -> None:
    before = _branches(kit)
    _refused(kit.client.post("/v1/admin/branches", headers=_admin(), json={"code": "BDG", "name": "Ban\x00dung"}),
             words="pattern")
    assert _branches(kit) == before
    r = kit.client.post("/v1/admin/branches", headers=_admin(), json={"code": "BDG", "name": "Bandung"})
    assert r.status_code == 201


def test_nul_in_a_path_or_event_text_is_refused_the_same_on_both_databases(kit, tmp_path) -> None:
    a, ca = kit.station(tmp_path, "a")
    _refused(kit.client.post("/v1/admin/stations/a%00b/revoke", headers=_admin()))
    nul_name = _ev(a, 1)
    nul_name["ops"][0]["fields"]["name"] = "Bu\x00di"
    _refused(_push(kit, ca.token, [nul_name]), words="pattern")
    bad_type = dict(_ev(a, 1), type="x\x00")
    _refused(_push(kit, ca.token, [bad_type]))
    assert _stored(kit) == 0


# -- numbers: bounded and strict ----------------------------------------------------------------------
@pytest.mark.parametrize("field,value,words", [
    ("schema_version", 10**30, "schema_version"),
    ("schema_version", 2**31, "32767"),  # SQLite stored it, PostgreSQL answered 500: both refuse now
    ("seq", BIG, "seq"),
    ("seq", "1", "valid integer"),  # text is not a number
    ("authority", True, "authority"),
])
def test_out_of_range_or_loosely_typed_envelope_numbers_are_422(kit, tmp_path, field, value, words) -> None:
    a, ca = kit.station(tmp_path, "a")
    _refused(_push(kit, ca.token, [dict(_ev(a, 1), **{field: value})]), words=words)
    assert _stored(kit) == 0 and _acked(kit, ca.token) == 0


def test_seq_as_text_11_is_not_a_number(kit, tmp_path) -> None:
    a, ca = kit.station(tmp_path, "a")
    good = [_ev(a, n) for n in range(1, 11)]
    assert _push(kit, ca.token, good).status_code == 200
    _refused(_push(kit, ca.token, [dict(_ev(a, 11), seq="11")]), words="valid integer")
    assert _acked(kit, ca.token) == 10 and _stored(kit) == 10


def test_qty_delta_1e6_as_a_float_is_refused_and_the_integer_is_taken(kit, tmp_path) -> None:
    a, ca = kit.station(tmp_path, "a")
    stock = {"op": "stock", "id": "m1", "part_id": "p1", "warehouse_id": "g", "qty_delta": 1000000, "kind": "receive"}
    raw = json.dumps({"events": [_ev(a, 1, ops=[stock])]}).encode()
    assert b'"qty_delta": 1000000' in raw
    _refused(_push_raw(kit, ca.token, raw.replace(b'"qty_delta": 1000000', b'"qty_delta": 1e6')), words="qty_delta")
    _refused(_push_raw(kit, ca.token, raw.replace(b'"qty_delta": 1000000', b'"qty_delta": 1000001')),
             words="qty_delta")
    assert _stored(kit) == 0
    assert _push_raw(kit, ca.token, raw).status_code == 200 and _stored(kit) == 1


def test_whole_numbers_of_10_30_in_fields_are_refused(kit, tmp_path) -> None:
    a, ca = kit.station(tmp_path, "a")
    raw = json.dumps({"events": [_ev(a, 1, ops=[{"op": "upsert", "table": "parts", "id": "p1",
                                                 "fields": {"unit_price": 5}}])]}).encode()
    _refused(_push_raw(kit, ca.token, raw.replace(b'"unit_price": 5', b'"unit_price": ' + str(10**30).encode())))
    _refused(_push_raw(kit, ca.token, raw.replace(b'"unit_price": 5', b'"unit_price": 5.0')))
    assert _stored(kit) == 0
    largest = _ev(a, 1, ops=[{"op": "upsert", "table": "parts", "id": "p1", "fields": {"unit_price": BIG - 1}}])
    assert _push(kit, ca.token, [largest]).status_code == 200  # signed as it is sent


# -- stamps from the future ---------------------------------------------------------------------------
def test_an_event_stamped_in_2286_is_refused_with_a_clear_422(kit, tmp_path) -> None:
    a, ca = kit.station(tmp_path, "a")
    future = dict(_ev(a, 1), hlc="9999999999999.00000")  # the last 13-digit stamp: November 2286
    body = _refused(_push(kit, ca.token, [future]), words="ahead of the cloud's clock")
    assert "date and time" in body["detail"]
    assert _stored(kit) == 0 and _acked(kit, ca.token) == 0


def test_five_minutes_ahead_is_the_line(kit, tmp_path) -> None:
    a, ca = kit.station(tmp_path, "a")
    now = time.time_ns() // 1_000_000
    within = _ev(a, 1, ms=now + 4 * 60_000 - 1)  # stamped at ms + seq, and signed so
    beyond = _ev(a, 2, ms=now + 6 * 60_000 - 2)
    assert _push(kit, ca.token, [within]).status_code == 200
    _refused(_push(kit, ca.token, [beyond]), words="ahead of the cloud's clock")
    assert _acked(kit, ca.token) == 1 and _stored(kit) == 1


# -- bodies over the limit, however sent -----------------------------------------------------------------
def test_a_chunked_body_over_8_mb_is_413(kit, tmp_path) -> None:
    _, ca = kit.station(tmp_path, "a")

    def chunks():
        yield b'{"events": ['
        for _ in range(9):
            yield b" " * (1024 * 1024)
        yield b"]}"

    r = kit.client.post("/v1/events", headers={"Authorization": f"Bearer {ca.token}"}, content=chunks())
    assert r.request.headers.get("transfer-encoding") == "chunked"
    _refused(r, 413, "too large")
    r = kit.client.post("/v1/admin/branches", headers={"Authorization": f"Bearer {ADMIN}"}, content=chunks())
    _refused(r, 413, "too large")
    assert _stored(kit) == 0


def test_a_chunked_body_under_the_limit_is_read_whole(kit, tmp_path) -> None:
    a, ca = kit.station(tmp_path, "a")
    raw = json.dumps({"events": [_ev(a, n) for n in range(1, 201)]}).encode()
    r = kit.client.post("/v1/events", headers=_auth(ca.token),
                        content=(raw[i:i + 1000] for i in range(0, len(raw), 1000)))
    assert r.status_code == 200 and r.json()["acked_seq"] == 200


# -- the 422 answer itself cannot fail ----------------------------------------------------------------------
def test_the_validation_answer_survives_anything() -> None:
    class Odd:
        def __repr__(self) -> str:
            raise RuntimeError("no repr")

    body = json.loads(validation_body([{"type": "x", "loc": ("body", "\ud800", 3), "msg": "bad \udfff"}]))
    assert body["detail"][0]["loc"] == ["body", "\\ud800", 3] and body["detail"][0]["msg"] == "bad \\udfff"
    assert json.loads(validation_body([{"type": Odd(), "loc": (), "msg": ""}])) == {"detail": "invalid request"}
    assert json.loads(validation_body([{"type": "x", "loc": (), "msg": "m" * 10_000}]))["detail"][0]["msg"] == "m" * 300


def test_a_huge_invalid_body_is_not_echoed(kit, tmp_path) -> None:
    _, ca = kit.station(tmp_path, "a")
    r = _push_raw(kit, ca.token, b'{"events": "' + b"x" * 1_000_000 + b'"}')
    _refused(r)
    assert len(r.content) < 2000


# -- the same over a real server (uvicorn), as the findings were made ----------------------------------
@pytest.fixture(scope="module")
def served(tmp_path_factory):  # type: ignore[no-untyped-def]
    from sync.soak import free_port, start_cloud

    port = free_port()
    env = {**os.environ, "SENTRA_CLOUD_ADMIN_TOKEN": ADMIN}
    proc = start_cloud(f"sqlite:///{tmp_path_factory.mktemp('served') / 'cloud.db'}", port, env)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(10)


def test_a_real_server_answers_a_chunked_9_mb_body_with_413(served) -> None:
    def chunks():
        yield b'{"code": "AB", "name": "'
        for _ in range(9):
            yield b"x" * (1024 * 1024)
        yield b'"}'

    with httpx.Client(base_url=served, timeout=30) as http:
        r = http.post("/v1/admin/branches", headers={"Authorization": f"Bearer {ADMIN}"}, content=chunks())
        assert r.request.headers.get("transfer-encoding") == "chunked"
        _refused(r, 413, "too large")
        branch = http.post("/v1/admin/branches", headers=_admin(), json={"code": "SRV", "name": "Served"}).json()
        code = http.post("/v1/admin/enrolment-codes", headers=_admin(),
                         json={"branch_id": branch["id"], "station_code": "K1"}).json()["code"]
        token = http.post("/v1/enrol", json={"code": code, "station_id": "srv-k1", "station_code": "K1",
                                             "pubkey": station_key("srv-k1").public_b64}).json()["token"]
        _refused(http.post("/v1/events", headers=_auth(token), content=chunks()), 413, "too large")
        assert http.get("/v1/health").status_code == 200  # and it keeps serving


def test_a_real_server_answers_a_lone_surrogate_with_a_clean_422(served) -> None:
    with httpx.Client(base_url=served, timeout=30) as http:
        r = http.post("/v1/enrol", headers={"Content-Type": "application/json"},
                      content=b'{"code": "\\ud800AAAAAAAA", "station_id": "s1", "station_code": "S1"}')
        _refused(r)
        r = http.post("/v1/admin/branches", headers=_admin(), content=b'{"code": "BDG", "name": "\\ud800"}')
        _refused(r)


def test_a_station_whose_clock_runs_ahead_is_told_and_pushes_once_the_cloud_catches_up(tmp_path) -> None:
    """The cloud refuses events stamped > 5 min ahead (nothing stored); the worker reports it as a
    refusal saying to set the clock; the events stay pending and go through once in range."""
    from app.events.hlc import HybridClock
    from sync.client import LocalCloud
    from sync.cloud.models import BranchIn, EnrolIn, EnrolmentCodeIn
    from sync.cloud.service import CloudService
    from sync.worker import ERROR, ONLINE, SyncWorker
    from tests.sync.helpers import make_store

    cloud_now = [BASE_MS]
    engine = db.make_engine("sqlite://")
    db.migrate(engine)
    svc = CloudService(engine, "adm", clock=lambda: cloud_now[0])
    branch = svc.create_branch(BranchIn(code="JKT", name="Jakarta"))
    with engine.begin() as conn:  # the test actors are users of the branch, as in tests/sync/cloudkit.py
        conn.execute(db.branch_users.insert(), [
            {"branch_id": branch.id, "user_id": uid, "role": role, "role_key": "", "active": 1, "active_key": ""}
            for uid, role in ROLES.items()])
    code = svc.create_enrolment_code(EnrolmentCodeIn(branch_id=branch.id, station_code="K1"))
    token = svc.enrol(EnrolIn(code=code.code, station_id="k1", station_code="K1", pubkey=station_key("k1").public_b64)).token
    store = make_store(tmp_path, "k1", branch_id=branch.id, station_id="k1")
    station_clock = lambda: cloud_now[0] + 10 * 60_000  # noqa: E731 - ten minutes fast
    store.clock = HybridClock(store.clock.last, now_ms=station_clock)
    with store.command("advisor.customer", ACTOR) as cmd:
        cmd.upsert("customers", "c1", name="Budi")
    worker = SyncWorker(store, LocalCloud(svc, token, client_time=station_clock), now_ms=station_clock)
    worker.sync_once()
    assert worker.state == ERROR and "ahead of the cloud's clock" in worker.detail and "date and time" in worker.detail
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(db.events)
                            .where(db.events.c.station_id == "k1")).scalar_one() == 0
    cloud_now[0] += 6 * 60_000  # the stamp is now within 5 minutes of the cloud's clock
    worker.sync_once()
    assert worker.state == ONLINE, worker.detail
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(db.events)
                            .where(db.events.c.station_id == "k1")).scalar_one() == 1
    store.close()


def test_a_station_refuses_what_the_cloud_refuses_instead_of_holding_it_for_ever(tmp_path) -> None:
    """The same bounds on the station's intake (pull pages and the LAN): schema_version 2^31 is
    refused, not held until an upgrade that never comes; a newer schema within bounds is held."""
    from app.events.intake import prepare
    from tests.sync.helpers import make_store

    store = make_store(tmp_path, "k1")
    good = json.loads(json.dumps(_ev(store, 1)))
    stock = {"op": "stock", "id": "m1", "part_id": "p1", "warehouse_id": "g", "qty_delta": 1e6, "kind": "receive"}
    cases = [dict(good, schema_version=2**31), dict(good, seq="11"), dict(good, ops=[stock]),
             dict(good, hlc="9999999999999.00000", schema_version=10**30)]
    page = prepare(cases, now_ms=lambda: BASE_MS)
    assert not page.ready and not page.held and len(page.rejected) == 4, page
    held = prepare([dict(good, schema_version=32_767)], now_ms=lambda: BASE_MS)
    assert len(held.held) == 1 and not held.rejected
    store.close()
