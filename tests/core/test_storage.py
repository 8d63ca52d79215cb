"""The encrypted store: wrong key, foreign or damaged files, migrations, backup, rekey."""

from __future__ import annotations

import hashlib
import os
import threading

import pytest

from app import dbtools
from app.storage.connection import open_connection
from app.storage.errors import DatabaseOpenError, StoreError
from app.storage.migrations import DB_VERSION, MIGRATIONS
from app.store import Store

from .conftest import KEY


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_file_is_encrypted_and_migrations_recorded(store):
    store.close()
    head = store.path.read_bytes()[:16]
    assert not head.startswith(b"SQLite format 3")
    s = Store.open(store.path, KEY)
    versions = [r["version"] for r in s.query("SELECT version FROM schema_migrations ORDER BY version")]
    assert versions == [m.version for m in MIGRATIONS]  # numbers may leave gaps
    s.close()


def test_wrong_key_leaves_file_byte_for_byte(store):
    store.close()
    before = digest(store.path)
    with pytest.raises(DatabaseOpenError, match="wrong key"):
        Store.open(store.path, "cd" * 32)
    assert digest(store.path) == before


@pytest.mark.parametrize("content", [os.urandom(8192), b"hello, this is a text file\n" * 50])
def test_not_a_database_is_refused_unchanged(tmp_path, content):
    path = tmp_path / "x.db"
    path.write_bytes(content)
    with pytest.raises(DatabaseOpenError):
        Store.open(path, KEY)
    assert path.read_bytes() == content


def test_damaged_database_is_refused_unchanged(store, monkeypatch):
    with store.command("x") as cmd:
        for i in range(200):
            cmd.upsert("customers", f"c{i}", name="x" * 300)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = bytearray(store.path.read_bytes())
    data[len(data) // 2: len(data) // 2 + 64] = os.urandom(64)
    store.path.write_bytes(bytes(data))
    before = digest(store.path)
    monkeypatch.setenv("SENTRA_DB_KEY", KEY)
    with pytest.raises(DatabaseOpenError, match="damaged"):
        dbtools.check(store.path)
    assert digest(store.path) == before


def test_unencrypted_sqlite_and_missing_file(tmp_path):
    import sqlite3

    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("CREATE TABLE t (a)").connection.commit()
    with pytest.raises(DatabaseOpenError, match="unencrypted"):
        open_connection(plain, KEY)
    missing = tmp_path / "missing.db"
    with pytest.raises(DatabaseOpenError, match="not found"):
        open_connection(missing, KEY)
    assert not missing.exists()


def test_create_refuses_to_overwrite(store):
    with pytest.raises(StoreError, match="already exists"):
        Store.create(store.path, KEY, branch_code="X", station_code="Y")


def test_backup_is_consistent_while_writes_go_on(store, tmp_path, monkeypatch):
    monkeypatch.setenv("SENTRA_DB_KEY", KEY)
    stop = threading.Event()

    def writer():
        i = 0
        while not stop.is_set():
            with store.command("bulk") as cmd:
                cmd.upsert("customers", f"w{i}", name=f"n{i}")
                cmd.upsert("vehicles", f"v{i}", customer_id=f"w{i}", plate=f"B {i % 9000 + 1} X")
            i += 1

    t = threading.Thread(target=writer)
    t.start()
    try:
        target = dbtools.backup(store, tmp_path / "backup.db")
    finally:
        stop.set()
        t.join()
    assert not target.read_bytes().startswith(b"SQLite format 3")
    copy = Store.open(target, KEY)
    customers = copy.query_one("SELECT count(*) AS n FROM customers WHERE id LIKE 'w%'")["n"]
    vehicles = copy.query_one("SELECT count(*) AS n FROM vehicles WHERE id LIKE 'v%'")["n"]
    events = copy.query_one("SELECT count(*) AS n FROM sync_event_logs WHERE type = 'bulk'")["n"]
    copy.close()
    assert customers == vehicles == events > 0  # every command whole, none half
    with pytest.raises(StoreError, match="already exists"):
        dbtools.backup(store, target)


def test_rekey(store, monkeypatch):
    monkeypatch.setenv("SENTRA_DB_KEY", KEY)
    with store.command("c") as cmd:
        cmd.upsert("customers", "c1", name="Budi Rekey")
    store.close()
    dbtools.rekey(store.path, "cd" * 32)
    with pytest.raises(DatabaseOpenError):
        Store.open(store.path, KEY)
    s = Store.open(store.path, "cd" * 32)
    assert s.query_one("SELECT name FROM customers WHERE id = 'c1'")["name"] == "Budi Rekey"
    s.close()


def test_v4_keys_the_event_log_by_station_and_seq_and_keeps_every_event(tmp_path, monkeypatch):
    """A database made by the v3 app: migration 4 rebuilds the log with every event and column
    kept and drops the event-id index; migration 5 adds the signature columns (empty for old events)."""
    import sqlcipher3

    from app.events.replicate import apply_batch
    from app.storage import migrations
    from app.storage.connection import open_connection
    from tests.sync.helpers import BASE_MS, event, trust_test_stations

    path = tmp_path / "old.db"
    conn = open_connection(path, KEY, create=True)
    for mig in migrations.MIGRATIONS[:3]:  # the v3 app's schema, and a log it wrote
        for stmt in migrations.split_statements(mig.sql):
            conn.execute(stmt)
    conn.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT"
                 " NOT NULL)")
    conn.executemany("INSERT INTO schema_migrations VALUES (?, ?, '2026-01-01')", [(1, "a"), (2, "b"), (3, "c")])
    conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", [
        ("station_id", "k1"), ("station_code", "K1"), ("branch_id", "br1"), ("branch_code", "JKT")])
    conn.executemany(
        "INSERT INTO sync_event_logs (event_id, station_id, seq, hlc, authority, branch_id, schema_version, type,"
        " actor_id, payload, received_at, pushed) VALUES (?, ?, ?, ?, 0, 'br1', 3, 'test', NULL, ?, 'x', 0)",
        [(f"e-{sid}-{n}", sid, n, f"{BASE_MS + n:013d}.00000",
          '{"ops":[{"op":"status","table":"workorders","id":"w1","status":"INTAKE"}]}')
         for sid, n in (("k1", 1), ("s2", 1), ("s2", 2), ("s2", 3))])
    before = conn.execute("SELECT * FROM sync_event_logs ORDER BY station_id, seq").fetchall()
    conn.close()
    assert isinstance(before[0], tuple) and sqlcipher3

    s = trust_test_stations(Store.open(path, KEY))
    assert {4, 5} <= {r[0] for r in s.conn.execute("SELECT version FROM schema_migrations")}
    assert s.conn.execute("SELECT * FROM sync_event_logs ORDER BY station_id, seq").fetchall() == [
        (*row, None, None) for row in before]
    indexes = {r[1]: r[2] for r in s.conn.execute("PRAGMA index_list(sync_event_logs)")}
    assert len(indexes) == 2 and set(indexes.values()) == {0, 1}  # (station, seq) unique + pending
    assert "sync_event_logs_pending" in indexes
    # deduplication and forged-seq refusal still work on the rebuilt log
    again = apply_batch(s, [event("s2", 3, BASE_MS + 3, [{"op": "status", "id": "w1", "status": "INTAKE"}],
                                  event_id=before[-1][0])])
    assert again.duplicates == 1 and not again.applied
    with s.command("test2") as cmd:
        cmd.upsert("customers", "c2", name="Sari")
    assert s.conn.execute("SELECT schema_version FROM sync_event_logs WHERE station_id = 'k1' ORDER BY seq DESC"
                          " LIMIT 1").fetchone() == (migrations.SCHEMA_VERSION,)
    assert not next(m for m in migrations.MIGRATIONS if m.version == 4).events  # v4 left the event schema alone
    s.close()
