"""Station files as a shop IT person meets them: only `db init` (or enrolment) makes a database,
a missing, empty or damaged file is one line and stays as it was, damage past page 1 is found
on opening, a backup never leaves a partial file, and every file is the owner's alone (0600)."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest

from app import dbtools
from app.cli import main
from app.storage.errors import DatabaseOpenError, StoreError
from app.store import Store

from .conftest import KEY


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def _commands(path: Path, tmp: Path) -> list[list[str]]:
    return [["db", "check", "--path", str(path)], ["db", "rekey", "--path", str(path)],
            ["db", "backup", "--path", str(path), "--to", str(tmp / "copy.db")],
            ["sync", "status", "--path", str(path)], ["sync", "status", "--path", str(path), "--json"]]


def _one_line_error(capsys, argv: list[str]) -> str:  # type: ignore[no-untyped-def]
    code = main(argv)
    out, err = capsys.readouterr()
    assert code != 0, argv
    assert err.count("\n") == 1 and "Traceback" not in err and out == "", (argv, err)
    return err


@pytest.fixture(autouse=True)
def _keys(monkeypatch):
    monkeypatch.setenv("SENTRA_DB_KEY", KEY)
    monkeypatch.setenv("SENTRA_NEW_DB_KEY", "cd" * 32)


def _damaged(tmp_path: Path) -> Path:
    """A station with a few hundred rows and 64 bytes of noise in a page well past page 1."""
    path = tmp_path / "station.db"
    store = Store.create(path, KEY, branch_code="JKT01", station_code="K1")
    with store.command("x") as cmd:
        for i in range(300):
            cmd.upsert("customers", f"c{i}", name="x" * 300)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = bytearray(path.read_bytes())
    at = len(data) - 5 * 4096 + 100  # inside a customers leaf page near the end
    data[at:at + 64] = os.urandom(64)
    path.write_bytes(bytes(data))
    return path


def test_an_empty_file_is_one_line_and_stays_empty(tmp_path, capsys):
    path = tmp_path / "station.db"
    path.write_bytes(b"")
    for argv in _commands(path, tmp_path):
        err = _one_line_error(capsys, argv)
        assert "empty (0 bytes)" in err and "key changed" not in err
        assert path.read_bytes() == b"" and _siblings(path) == ["station.db"]
    with pytest.raises(DatabaseOpenError, match="empty"):
        Store.open(path, KEY)  # what `sentra run` does first
    assert path.read_bytes() == b"" and _siblings(path) == ["station.db"]


def test_a_missing_file_is_one_line_and_is_not_made(tmp_path, capsys):
    path = tmp_path / "station.db"
    for argv in _commands(path, tmp_path):
        assert "not found" in _one_line_error(capsys, argv)
        assert _siblings(path) == []


def test_damage_past_page_one_is_found_on_opening_and_changes_nothing(tmp_path, capsys):
    path = _damaged(tmp_path)
    before = _digest(path)
    with pytest.raises(DatabaseOpenError, match="damaged.*restore it from the latest backup"):
        Store.open(path, KEY)
    for argv in _commands(path, tmp_path):
        err = _one_line_error(capsys, argv)
        assert "damaged" in err and "key changed" not in err and "MemoryError" not in err
        assert _digest(path) == before
        assert _siblings(path) == ["station.db"]  # no backup, no partial, no WAL


@pytest.mark.parametrize("damage", ["empty", "past page 1"])
def test_run_on_a_damaged_file_is_one_line(tmp_path, capsys, monkeypatch, damage):
    import ui.shell.app_main as app_main_module

    monkeypatch.setattr(app_main_module, "run_gui", lambda *a, **k: 0)  # were the file opened, no window
    if damage == "empty":
        path = tmp_path / "station.db"
        path.write_bytes(b"")
    else:
        path = _damaged(tmp_path)
    before = _digest(path)
    err = _one_line_error(capsys, ["run", "--path", str(path)])
    assert "damaged" in err or "empty" in err
    assert _digest(path) == before and _siblings(path) == ["station.db"]


@pytest.mark.parametrize("failure", ["export", "check", "bad copy", "interrupt"])
def test_a_failed_backup_leaves_no_partial_file(store, tmp_path, monkeypatch, failure):
    target = tmp_path / "backups" / "b.db"
    target.parent.mkdir()
    if failure == "export":
        real_read = store.read

        def broken_read():  # type: ignore[no-untyped-def]
            raise MemoryError()

        monkeypatch.setattr(store, "read", broken_read)
    elif failure == "check":
        monkeypatch.setattr(dbtools, "open_connection",
                            lambda *a, **k: (_ for _ in ()).throw(DatabaseOpenError("cannot open the copy")))
    elif failure == "bad copy":
        monkeypatch.setattr(dbtools, "integrity_problems", lambda conn: ["page 7: bad HMAC"])
    else:
        def interrupted(conn):  # type: ignore[no-untyped-def]
            assert (target.parent / "b.db.partial").stat().st_size > 0  # the copy was half made
            raise KeyboardInterrupt

        monkeypatch.setattr(dbtools, "integrity_problems", interrupted)
    with pytest.raises((StoreError, KeyboardInterrupt)):
        dbtools.backup(store, target)
    assert list(target.parent.iterdir()) == []
    if failure == "export":
        monkeypatch.setattr(store, "read", real_read)
    else:
        monkeypatch.undo()
        monkeypatch.setenv("SENTRA_DB_KEY", KEY)
    assert dbtools.backup(store, target) == target  # and the next try works
    assert _siblings(target) == ["b.db"]


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_database_wal_journal_and_backup_are_0600(tmp_path, capsys):
    old_umask = os.umask(0o022)
    try:
        path = tmp_path / "station.db"
        assert main(["db", "init", "--path", str(path), "--branch-code", "JKT01", "--station-code", "K1"]) == 0
        store = Store.open(path, KEY)
        with store.command("x") as cmd:
            cmd.upsert("customers", "c1", name="Budi")
        side = [p for p in tmp_path.iterdir() if p.name.startswith("station.db")]
        assert {p.name for p in side} >= {"station.db", "station.db-wal", "station.db-shm"}
        assert {p.name: _mode(p) for p in side} == {p.name: 0o600 for p in side}
        dbtools.backup(store, tmp_path / "copy.db")
        assert _mode(tmp_path / "copy.db") == 0o600
        # a rollback journal (the backup's own) gets the mode of its database
        copy = Store.open(tmp_path / "copy.db", KEY)
        copy.conn.execute("PRAGMA journal_mode = DELETE")
        copy.conn.execute("BEGIN IMMEDIATE")
        copy.conn.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
        journal = tmp_path / "copy.db-journal"
        assert journal.exists() and _mode(journal) == 0o600
        copy.conn.execute("COMMIT")
        copy.close()
        store.close()
        # a database made by an older version (0644) is made 0600 when opened
        os.chmod(path, 0o644)
        Store.open(path, KEY).close()
        assert _mode(path) == 0o600
    finally:
        os.umask(old_umask)


def test_damage_is_found_after_a_crash_too(tmp_path):
    """A crash leaves the file with its WAL beside it; a damaged page is found through the WAL."""
    import shutil

    live = Store.create(tmp_path / "live.db", KEY, branch_code="JKT01", station_code="K1")
    with live.command("x") as cmd:
        for i in range(300):
            cmd.upsert("customers", f"c{i:03d}", name="x" * 300)
    live.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    live.conn.execute("PRAGMA wal_autocheckpoint = 0")
    with live.command("y") as cmd:
        cmd.upsert("customers", "zz", name="after the checkpoint")
    for folder in ("crashed", "intact"):
        (tmp_path / folder).mkdir()
        for name in ("live.db", "live.db-wal"):  # the files as a power cut would leave them
            shutil.copyfile(tmp_path / name, tmp_path / folder / name)
    live.close()
    intact = Store.open(tmp_path / "intact" / "live.db", KEY)  # no false alarm after a crash
    assert intact.query_one("SELECT name FROM customers WHERE id = 'zz'")["name"] == "after the checkpoint"
    intact.close()
    crashed = tmp_path / "crashed"
    path = crashed / "live.db"
    assert (crashed / "live.db-wal").stat().st_size > 0
    data = bytearray(path.read_bytes())
    at = len(data) // 2 + 100  # a customers page the late write did not touch
    data[at:at + 64] = os.urandom(64)
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseOpenError, match="damaged"):
        Store.open(path, KEY)
