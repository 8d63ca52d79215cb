"""Opening the encrypted database: WAL mode, and one clear error for every way it can fail.

Opening never writes to a file that turns out not to be ours: the key is checked with a
read of page 1, then (`verify`, the default) every page's HMAC and the b-trees with a quick
check, before anything else runs. An existing file is opened read-write only (never created)
unless `create=True`, and a missing or empty file is an error: only `sentra db init` or an
enrolment makes a database. The files are the owner's alone (0600: database, WAL, journal).
"""

from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3

from app.storage.errors import DatabaseOpenError
from app.storage.keys import key_pragma_value

SQLITE_MAGIC = b"SQLite format 3\x00"
FILE_MODE = 0o600
SIDE_FILES = ("-wal", "-shm", "-journal")
RESTORE_HINT = "restore it from the latest backup (`sentra db backup` makes one)"


def restrict(path: Path) -> None:
    """Owner-only permissions on the database and the side files SQLite keeps beside it."""
    if os.name == "nt":
        return
    for name in ("", *SIDE_FILES):
        side = Path(str(path) + name)
        try:
            if side.exists() and (side.stat().st_mode & 0o777) != FILE_MODE:
                os.chmod(side, FILE_MODE)
        except OSError:
            pass  # not ours to change (e.g. read-only media): opening still works


def _new_file(path: Path) -> None:
    """Create the empty file 0600 before SQLite opens it: its WAL and journal get the same mode."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(fd)


def _uri(path: Path, mode: str) -> str:
    return Path(path).resolve().as_uri().replace("file://", "file:", 1) + f"?mode={mode}"


def open_connection(path: Path, key: str, *, create: bool = False, verify: bool = True) -> sqlcipher3.Connection:
    """An autocommit connection (explicit BEGIN/COMMIT) to the encrypted database at `path`.

    `create`: make a new database (the file must not exist). `verify`: check every page before
    returning (`quick_check` and SQLCipher's HMACs), so damage is found before the first write."""
    path = Path(path)
    fresh = not path.exists()
    try:
        return _open(path, key, create=create, verify=verify)
    except BaseException:
        if fresh and create and path.exists() and path.stat().st_size == 0:
            path.unlink()  # the empty file this call made, so a retry is not "already exists"
        raise


def _open(path: Path, key: str, *, create: bool, verify: bool) -> sqlcipher3.Connection:
    fresh = not path.exists()
    if fresh and not create:
        raise DatabaseOpenError(f"database not found: {path} (run `sentra db init --path {path}`)")
    if not fresh:
        if path.is_dir():
            raise DatabaseOpenError(f"{path} is a folder, not a database file")
        if create:
            raise DatabaseOpenError(f"{path} already exists; refusing to overwrite it")
        try:
            with open(path, "rb") as fh:
                head = fh.read(16)
        except OSError as exc:
            raise DatabaseOpenError(f"cannot read {path}: {exc.strerror or exc}") from exc
        if not head:
            raise DatabaseOpenError(f"{path} is empty (0 bytes), not a SentraAuto database; {RESTORE_HINT},"
                                    f" or move it away and run `sentra db init`")
        if head == SQLITE_MAGIC:
            raise DatabaseOpenError(f"{path} is an unencrypted SQLite file; refusing to use it")
        if len(head) < 16:
            raise DatabaseOpenError(f"{path} is damaged or not a SentraAuto database (too short)")
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            _new_file(path)
        except FileExistsError as exc:
            raise DatabaseOpenError(f"{path} already exists; refusing to overwrite it") from exc
    try:
        conn = sqlcipher3.connect(
            _uri(path, "rwc" if create else "rw"),
            uri=True,
            isolation_level=None,
            check_same_thread=False,
            timeout=30.0,
        )
    except sqlcipher3.Error as exc:
        raise DatabaseOpenError(f"cannot open {path}: {exc}") from exc
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {key_pragma_value(key)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except (sqlcipher3.DatabaseError, MemoryError) as exc:
        conn.close()
        raise DatabaseOpenError(
            f"cannot open {path}: wrong key, or the file is damaged or not a SentraAuto database"
        ) from exc
    if verify and not fresh:
        problems = quick_problems(conn, path)
        if problems:
            conn.close()
            raise DatabaseOpenError(f"{path} is damaged ({problems[0]}); {RESTORE_HINT}")
    restrict(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 30000")
    restrict(path)  # the WAL and its index exist now
    return conn


def quick_problems(conn: sqlcipher3.Connection, path: Path) -> list[str]:
    """Empty when every page's HMAC holds and the b-trees pass `quick_check` (no index/table
    cross-check: that is `integrity_problems`, for `sentra db check`).

    SQLCipher's own check reads the pages as they lie in the file. After a crash the WAL may still
    hold newer copies of pages a checkpoint was writing, so with a non-empty WAL only
    `quick_check` (which reads through the WAL, decrypting and checking every b-tree page) decides."""
    wal = Path(str(path) + "-wal")
    try:
        raw_file_ok = not wal.exists() or wal.stat().st_size == 0
    except OSError:
        raw_file_ok = False
    try:
        problems = ([row[0] for row in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
                    if raw_file_ok else [])
        rows = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
    except (sqlcipher3.DatabaseError, MemoryError) as exc:
        return [str(exc) or exc.__class__.__name__]
    return problems + [r for r in rows if r != "ok"]


def integrity_problems(conn: sqlcipher3.Connection) -> list[str]:
    """Empty when the pages decrypt (HMAC) and the b-trees are sound."""
    try:
        problems = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        rows = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
    except (sqlcipher3.DatabaseError, MemoryError) as exc:
        return [str(exc) or exc.__class__.__name__]
    return problems + [r for r in rows if r != "ok"]
