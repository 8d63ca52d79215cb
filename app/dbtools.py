"""`sentra db …`: provisioning, checking, backing up and re-keying a station database."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import BaseModel

from app.audit import first_broken
from app.storage import keys
from app.storage.connection import FILE_MODE, RESTORE_HINT, SIDE_FILES, integrity_problems, open_connection
from app.storage.errors import DatabaseOpenError, StoreError
from app.storage.keys import key_pragma_value
from app.storage.migrations import current_version
from app.store import Store


class CheckReport(BaseModel):
    path: str
    schema_version: int
    station_id: str
    branch_id: str
    events: int
    audit_entries: int


def init(path: Path, branch_code: str, station_code: str, kind: str = "office") -> Store:
    from app.catalogue import STATION_KINDS, CatalogueService

    path = Path(path)
    if path.exists():
        raise StoreError(f"{path} already exists; refusing to overwrite it")
    if kind not in STATION_KINDS:
        raise StoreError(f"station kind must be one of {', '.join(STATION_KINDS)}")
    key = keys.provision_key(path)
    store = Store.create(path, key, branch_code=branch_code, station_code=station_code)
    CatalogueService(store).register_station(None, station_code, kind)
    return store


def check(path: Path) -> CheckReport:
    """Opens read-only in effect: a wrong key or a damaged file leaves the file as it was."""
    key = keys.load_key(path)
    conn = open_connection(path, key, verify=False)  # the full check below says what is wrong
    try:
        problems = integrity_problems(conn)
        if problems:
            raise DatabaseOpenError(f"{path} is damaged: {problems[0]}")
        version = current_version(conn)
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        broken = first_broken(conn)
        if broken is not None:
            raise StoreError(f"{path}: audit chain broken at entry {broken} (the log was edited)")
        return CheckReport(
            path=str(path), schema_version=version, station_id=meta.get("station_id", "?"),
            branch_id=meta.get("branch_id", "?"),
            events=conn.execute("SELECT count(*) FROM sync_event_logs").fetchone()[0],
            audit_entries=conn.execute("SELECT count(*) FROM audit_log").fetchone()[0],
        )
    finally:
        conn.close()


def backup(store: Store, target: Path) -> Path:
    """A consistent, encrypted copy (same key) written beside `target`, then moved into place."""
    target = Path(target)
    if target.exists():
        raise StoreError(f"{target} already exists; choose a new backup file name")
    if target.resolve() == store.path.resolve():
        raise StoreError("the backup must go to another file")
    tmp = target.with_name(target.name + ".partial")
    _remove_partial(tmp)
    key = keys.load_key(store.path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)  # the copy is 0600 too
        os.close(fd)
        with store.read() as conn:
            conn.execute(f"ATTACH DATABASE ? AS backup KEY {key_pragma_value(key)}", (str(tmp),))
            try:
                conn.execute("SELECT sqlcipher_export('backup')")
            finally:
                conn.execute("DETACH DATABASE backup")
        check_conn = open_connection(tmp, key, verify=False)
        try:
            problems = integrity_problems(check_conn)
            check_conn.execute("PRAGMA journal_mode = DELETE")  # one file: no WAL beside the backup
        finally:
            check_conn.close()
        if problems:
            raise StoreError(f"backup failed its integrity check: {problems[0]}")
        os.replace(tmp, target)
    except BaseException as exc:
        _remove_partial(tmp)  # never a half-written copy left behind, whatever went wrong
        if isinstance(exc, OSError):
            raise StoreError(f"backup to {target} failed: {exc.strerror or exc}") from exc
        if exc.__class__.__module__.startswith("sqlcipher3") or isinstance(exc, MemoryError):
            raise StoreError(f"backup to {target} failed: {exc or exc.__class__.__name__}") from exc
        raise
    return target


def _remove_partial(tmp: Path) -> None:
    for name in ("", *SIDE_FILES):
        Path(str(tmp) + name).unlink(missing_ok=True)


def rekey(path: Path, new_key: str | None = None) -> str:
    """Change the key. Without `new_key` a fresh one is made and saved in the OS keyring first,
    so a key that could not be saved is never put on the database."""
    old = keys.load_key(path)
    conn = open_connection(path, old)  # a damaged file stops here, before any page is rewritten
    key = new_key or keys.new_key()
    try:
        if new_key is None and not keys.store_key(path, key):
            raise StoreError(f"no usable OS keyring to save a new key; give one in {NEW_KEY_ENV}")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(f"PRAGMA rekey = {key_pragma_value(key)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as exc:
        if new_key is None:
            keys.store_key(path, old)
        if isinstance(exc, MemoryError) or exc.__class__.__module__.startswith("sqlcipher3"):
            raise StoreError(f"{path}: the key could not be changed ({exc or exc.__class__.__name__}); "
                             f"{RESTORE_HINT}") from exc
        raise
    finally:
        conn.close()
    return key


NEW_KEY_ENV = "SENTRA_NEW_DB_KEY"
