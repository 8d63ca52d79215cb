"""A new station from a compacted snapshot: the branch's rows as they stand, not its history."""

from __future__ import annotations


import pytest

from app.events import compacted
from app.events.state_hash import state_hash
from app.events.vectors import version_vector
from sync.client import CloudRefused
from sync.worker import ONLINE, SyncCallbacks, SyncWorker
from tests.sync.cloudkit import make_kit
from tests.sync.helpers import ACTOR


@pytest.fixture
def kit():
    return make_kit()


def _history(store, n: int) -> None:
    """A customer edited many times, work orders moved through states, stock moved: history much
    longer than the rows it leaves."""
    for i in range(n):
        with store.command("bench.edit", ACTOR) as cmd:
            cmd.upsert("customers", f"c{i % 7}", name=f"Pelanggan {i}", phone=f"0812{i:06d}",
                       branch_id=store.identity.branch_id)
            cmd.upsert("workorders", f"w{i % 5}", number=f"WO-{i % 5}", note=f"catatan {i}")
            cmd.status(f"w{i % 5}", ["INTAKE", "WORKING", "WAITING_PARTS", "WORKING"][i % 4])
            cmd.stock(part_id="p1", warehouse_id="g", qty_delta=-1, kind="dispense")
            if i == n - 3:
                cmd.delete("customers", "c3")


def test_compacted_station_equals_replayed_station(kit, tmp_path) -> None:
    a, ca = kit.station(tmp_path, "a")
    _history(a, 60)
    SyncWorker(a, ca).sync_once()
    b, cb = kit.station(tmp_path, "b")  # from the compacted snapshot
    c, cc = kit.station(tmp_path, "c")  # replays the log page by page
    progress: list[tuple[int, int | None]] = []
    wb = SyncWorker(b, cb, callbacks=SyncCallbacks(on_progress=lambda d, t: progress.append((d, t))))
    wb.sync_once()
    wc = SyncWorker(c, cc, use_snapshot=False)
    wc.sync_once()
    assert wb.state == ONLINE and wc.state == ONLINE, (wb.detail, wc.detail)
    with b.read() as conn:
        assert conn.execute("SELECT count(*) FROM sync_event_logs WHERE station_id = 'a'").fetchone()[0] == 0
        assert version_vector(conn)["a"] == 60  # it holds their effect, not the events
    with c.read() as conn:
        assert conn.execute("SELECT count(*) FROM sync_event_logs WHERE station_id = 'a'").fetchone()[0] == 60
    assert state_hash(b.conn) == state_hash(c.conn)
    assert (75, 75) in progress  # rows installed of rows announced (stock 60, customers 7, WOs 5, stations 3)
    # both go on merging alike: a's later edits, and b's own, reach everyone
    _history(a, 9)
    with b.command("customer.save", ACTOR) as cmd:
        cmd.upsert("customers", "c-b", name="Dari B", branch_id=b.identity.branch_id)
    for _ in range(2):
        for w in (SyncWorker(a, ca), wb, wc):
            w.sync_once()
    assert state_hash(a.conn) == state_hash(b.conn) == state_hash(c.conn)


def test_parts_search_and_stock_work_after_install(kit, tmp_path) -> None:
    a, ca = kit.station(tmp_path, "a")
    with a.command("part.save", ACTOR) as cmd:
        cmd.upsert("parts", "p1", sku="OLI-10W40", name="Oli mesin 10W-40", unit="btl", unit_price=85_000)
        cmd.stock(part_id="p1", warehouse_id="g", qty_delta=12, kind="receive")
    SyncWorker(a, ca).sync_once()
    b, cb = kit.station(tmp_path, "b")
    SyncWorker(b, cb).sync_once()
    with b.read() as conn:
        assert conn.execute("SELECT rowid FROM parts_fts WHERE parts_fts MATCH 'oli'").fetchall()
        assert conn.execute("SELECT qty FROM stock_on_hand WHERE part_id = 'p1'").fetchone()[0] == 12


def test_lan_catch_up_counts_from_the_snapshot(kit, tmp_path) -> None:
    from app.events.vectors import events_missing_from

    a, ca = kit.station(tmp_path, "a")
    _history(a, 10)
    SyncWorker(a, ca).sync_once()
    b, cb = kit.station(tmp_path, "b")
    SyncWorker(b, cb).sync_once()
    with b.read() as conn:
        mine = version_vector(conn)
    with a.read() as conn:  # a peer asked by b's vector has nothing to resend
        assert [e for e in events_missing_from(conn, mine) if e.station_id == "a"] == []


def test_admin_compact_ahead_and_a_second_station_merges_nothing_new(kit, tmp_path) -> None:
    a, ca = kit.station(tmp_path, "a")
    _history(a, 20)
    SyncWorker(a, ca).sync_once()
    r = kit.admin("POST", "/v1/admin/compact", json={})
    assert r.status_code == 200, r.text
    merged = r.json()["branches"][kit.branch_id]["merged"]
    assert merged >= 20
    r = kit.admin("POST", "/v1/admin/compact", json={"branch_id": kit.branch_id})
    assert r.json()["branches"][kit.branch_id]["merged"] == 0
    assert kit.admin("POST", "/v1/admin/compact", json={"branch_id": "nope"}).status_code == 404
    assert kit.client.post("/v1/admin/compact", json={}).status_code == 401  # admin only


def test_a_station_token_is_needed_and_sees_only_its_branch(kit, tmp_path) -> None:
    assert kit.client.get("/v1/snapshot/compacted").status_code == 401
    a, ca = kit.station(tmp_path, "a")
    with a.command("customer.save", ACTOR) as cmd:
        cmd.upsert("customers", "c-jkt", name="Jakarta", branch_id=a.identity.branch_id)
    SyncWorker(a, ca).sync_once()
    r = kit.admin("POST", "/v1/admin/branches", json={"code": "BDG", "name": "Bandung"})
    other = r.json()["id"]
    from tests.sync.cloudkit import seed_users
    seed_users(kit.client.app, other)
    from tests.sync.helpers import make_store, station_key
    from app.auth import install_branch_secret
    from sync.client import HttpCloud
    s = make_store(tmp_path, "bdg", branch_id=other, branch_code="BDG")
    out = kit.client.post("/v1/enrol", json={"code": kit.code("BDG1", other), "station_id": "bdg",
                                             "station_code": "BDG1", "branch_id": other,
                                             "pubkey": station_key("bdg").public_b64}).json()
    install_branch_secret(s, out["pin_secret"])
    SyncWorker(s, HttpCloud("http://testserver", out["token"], http=kit.client)).sync_once()
    with s.read() as conn:
        assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 0


def test_a_station_with_data_is_never_overwritten(kit, tmp_path) -> None:
    a, ca = kit.station(tmp_path, "a")
    with a.command("customer.save", ACTOR) as cmd:
        cmd.upsert("customers", "c1", name="Ada", branch_id=a.identity.branch_id)
    with pytest.raises(compacted.SnapshotError, match="holds data already"):
        compacted.install(a, {"kind": "compacted", "cursor": 5, "vector": {}, "hlc": None}, [])
    with a.read() as conn:
        assert conn.execute("SELECT value FROM sync_state WHERE key = 'cursor'").fetchone() is None


@pytest.mark.parametrize("chunk, why", [
    ({"table": "sqlite_master", "columns": ["id"], "rows": []}, "unknown table"),
    ({"table": "customers", "columns": ["id"], "rows": []}, "columns"),
    ({"table": "customers", "columns": list(compacted.TABLES["customers"]), "rows": [["x"]]}, "shape"),
    ({"table": "customers", "columns": list(compacted.TABLES["customers"]),
      "rows": [[{"a": 1}] * len(compacted.TABLES["customers"])]}, "holds a dict"),
    ({"table": "customers", "columns": list(compacted.TABLES["customers"]),
      "rows": [[2 ** 63] * len(compacted.TABLES["customers"])]}, "out-of-range"),
    ("not a chunk", "must hold"),
])
def test_a_bad_snapshot_writes_nothing(kit, tmp_path, chunk, why) -> None:
    b, _ = kit.station(tmp_path, "b")
    cols = list(compacted.TABLES["customers"])
    good = {"table": "customers", "columns": cols,
            "rows": [["c1" if c == "id" else ("{}" if c == "_clk" else None) for c in cols]]}
    with pytest.raises(compacted.SnapshotError, match=why):
        compacted.install(b, {"kind": "compacted", "cursor": 9, "vector": {"a": 3}, "hlc": None}, [good, chunk])
    with b.read() as conn:  # the good chunk before it was rolled back too
        assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 0
        assert conn.execute("SELECT value FROM sync_state WHERE key = 'vector_base'").fetchone() is None


@pytest.mark.parametrize("header", [
    {"kind": "events"}, {"kind": "compacted", "cursor": "9", "vector": {}},
    {"kind": "compacted", "cursor": 9, "vector": {"a": -1}}, {"kind": "compacted", "cursor": 9, "vector": []},
    {"kind": "compacted", "cursor": 9, "vector": {}, "hlc": "yesterday"},
])
def test_a_bad_header_is_refused(kit, tmp_path, header) -> None:
    b, _ = kit.station(tmp_path, "b")
    with pytest.raises(compacted.SnapshotError):
        compacted.install(b, header, [])


def test_the_replica_is_a_cache_rebuilt_when_lost(kit, tmp_path) -> None:
    a, ca = kit.station(tmp_path, "a")
    _history(a, 8)
    SyncWorker(a, ca).sync_once()
    svc = kit.client.app.app.state.service
    kit.admin("POST", "/v1/admin/compact", json={})
    svc.compactor.drop(kit.branch_id)
    (svc.compactor.directory / f"branch-{kit.branch_id}.db").write_bytes(b"not a database")
    b, cb = kit.station(tmp_path, "b")
    SyncWorker(b, cb).sync_once()
    SyncWorker(a, ca).sync_once()
    assert state_hash(a.conn) == state_hash(b.conn)


def test_an_older_cloud_without_compaction_streams_the_log(kit, tmp_path) -> None:
    a, ca = kit.station(tmp_path, "a")
    _history(a, 5)
    SyncWorker(a, ca).sync_once()
    b, cb = kit.station(tmp_path, "b")

    def gone():
        raise CloudRefused(404, "Not Found")
        yield  # pragma: no cover

    cb.snapshot_compacted = gone
    SyncWorker(b, cb).sync_once()
    SyncWorker(a, ca).sync_once()
    assert state_hash(a.conn) == state_hash(b.conn)
    with b.read() as conn:
        assert conn.execute("SELECT count(*) FROM sync_event_logs WHERE station_id = 'a'").fetchone()[0] == 5
