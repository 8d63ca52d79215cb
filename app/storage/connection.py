"""Opening the encrypted database: WAL mode, and one clear error for every way it can fail.

Opening never writes to a file that turns out not to be ours: the key is checked with a
read of page 1 before anything else runs, and an existing file is opened read-write only
(never created) unless `create=True`.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from app.storage.errors import DatabaseOpenError
from app.storage.keys import key_pragma_value

SQLITE_MAGIC = b"SQLite format 3\x00"


def _uri(path: Path, mode: str) -> str:
    return Path(path).resolve().as_uri().replace("file://", "file:", 1) + f"?mode={mode}"


def open_connection(path: Path, key: str, *, create: bool = False) -> sqlcipher3.Connection:
    """An autocommit connection (explicit BEGIN/COMMIT) to the encrypted database at `path`."""
    path = Path(path)
    if not create and not path.exists():
        raise DatabaseOpenError(f"database not found: {path} (run `sentra db init --path {path}`)")
    if path.exists():
        if path.is_dir():
            raise DatabaseOpenError(f"{path} is a folder, not a database file")
        with open(path, "rb") as fh:
            head = fh.read(16)
        if head == SQLITE_MAGIC:
            raise DatabaseOpenError(f"{path} is an unencrypted SQLite file; refusing to use it")
        if 0 < len(head) < 16:
            raise DatabaseOpenError(f"{path} is damaged or not a SentraAuto database (too short)")
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
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
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise DatabaseOpenError(
            f"cannot open {path}: wrong key, or the file is damaged or not a SentraAuto database"
        ) from exc
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 30000")
    return conn


def integrity_problems(conn: sqlcipher3.Connection) -> list[str]:
    """Empty when the pages decrypt (HMAC) and the b-trees are sound."""
    try:
        problems = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        rows = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
    except sqlcipher3.DatabaseError as exc:
        return [str(exc)]
    return problems + [r for r in rows if r != "ok"]
