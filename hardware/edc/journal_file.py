"""The CLI's :class:`PaymentJournal`: an encrypted SQLite (SQLCipher) file of its own.

Masked PANs, RRNs and approval codes are card data: they are kept encrypted, with a key from
``SENTRA_DB_KEY`` or the OS keyring like the station database (``app.storage.keys``), in a file
only the owner can read (0600). Every change is one transaction committed with
``synchronous = FULL``, so it is durable when the method returns, and two processes may use the
file at once (WAL). The app itself journals in the station database (``journal_store``).

A journal kept by an older version as plain JSON (``edc_cli_journal.json``) is moved in once by
:func:`import_json_journal` and then deleted.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import sqlcipher3
from pydantic import ValidationError

from app.storage import keys
from app.storage.connection import open_connection
from app.storage.errors import StoreError
from hardware.edc.frames import EdcError
from hardware.edc.payment import JournalEntry, PaymentOutcome

_SCHEMA = ("CREATE TABLE IF NOT EXISTS edc_journal (ecr_ref TEXT PRIMARY KEY, payment_id TEXT NOT NULL,"
           " state TEXT NOT NULL, created_at TEXT NOT NULL, body TEXT NOT NULL)")
_T = TypeVar("_T")


class JournalFileError(EdcError):
    """The journal file cannot be opened (key, damage) or holds an unreadable entry."""


class EncryptedPaymentJournal:
    """Entries keyed by ecr_ref in an encrypted database file; opened at the first use, and made
    at the first write (reading a journal that does not exist yet finds it empty)."""

    def __init__(self, path: str | os.PathLike[str], key: str | None = None) -> None:
        self.path = Path(path)
        self._key = key
        self._conn: Any = None
        self._lock = threading.Lock()

    # -- file ----------------------------------------------------------------------
    def _open(self, create: bool) -> Any:
        if self._conn is not None:
            return self._conn
        if not self.path.exists() and not create:
            return None
        try:
            if self.path.exists():
                conn = open_connection(self.path, self._key or keys.load_key(self.path))
            else:
                key = self._key or keys.provision_key(self.path)
                conn = open_connection(self.path, key, create=True)
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute(_SCHEMA)
        except StoreError as exc:
            raise JournalFileError(f"payment journal: {exc}") from exc
        self._conn = conn
        return conn

    @contextmanager
    def _write(self) -> Iterator[Any]:
        with self._lock, _engine_errors(self.path):
            conn = self._open(create=True)
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    def _read(self, fn: Callable[[Any], _T], empty: _T) -> _T:
        with self._lock, _engine_errors(self.path):
            conn = self._open(create=False)
            return empty if conn is None else fn(conn)

    def _entry(self, conn: Any, ecr_ref: str) -> JournalEntry | None:
        row = conn.execute("SELECT body FROM edc_journal WHERE ecr_ref = ?", (ecr_ref,)).fetchone()
        return None if row is None else _parse(self.path, row[0])

    def _put(self, conn: Any, entry: JournalEntry) -> None:
        conn.execute(
            "INSERT INTO edc_journal (ecr_ref, payment_id, state, created_at, body) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (ecr_ref) DO UPDATE SET state = excluded.state, body = excluded.body",
            (entry.ecr_ref, entry.payment_id, entry.state, entry.created_at.isoformat(), entry.model_dump_json()))

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    # -- PaymentJournal --------------------------------------------------------------
    def record_pending(self, entry: JournalEntry) -> None:
        with self._write() as conn:
            if self._entry(conn, entry.ecr_ref) is not None:
                raise JournalFileError(f"ecr_ref {entry.ecr_ref} already journaled")
            self._put(conn, entry.model_copy(update={"state": "pending"}))

    def mark_acked(self, ecr_ref: str) -> None:
        with self._write() as conn:
            entry = self._entry(conn, ecr_ref)
            if entry is not None and entry.state == "pending":
                self._put(conn, entry.model_copy(update={"state": "acked"}))

    def record_outcome(self, ecr_ref: str, outcome: PaymentOutcome) -> None:
        with self._write() as conn:
            entry = self._entry(conn, ecr_ref)
            if entry is None:
                raise JournalFileError(f"no journal entry for {ecr_ref}")
            self._put(conn, entry.model_copy(update={"state": "resolved", "outcome": outcome}))

    def unresolved(self) -> list[JournalEntry]:
        return [e for e in self.entries() if e.state != "resolved"]

    def get(self, ecr_ref: str) -> JournalEntry | None:
        return self._read(lambda conn: self._entry(conn, ecr_ref), None)

    def entries_for(self, payment_id: str) -> list[JournalEntry]:
        return [e for e in self.entries() if e.payment_id == payment_id]

    def entries(self) -> list[JournalEntry]:
        rows = self._read(lambda conn: conn.execute("SELECT body FROM edc_journal").fetchall(), [])
        return sorted((_parse(self.path, r[0]) for r in rows), key=lambda e: e.created_at)


@contextmanager
def _engine_errors(path: Path) -> Iterator[None]:
    """The database engine's own errors (disk full, locked too long, a page damaged later on) as
    one JournalFileError, which the CLI prints as one line."""
    try:
        yield
    except sqlcipher3.Error as exc:
        raise JournalFileError(f"payment journal {path}: {exc}") from exc


def _parse(path: Path, body: str) -> JournalEntry:
    try:
        return JournalEntry.model_validate_json(body)
    except ValidationError as exc:
        raise JournalFileError(f"payment journal {path} holds an unreadable entry: {exc}") from exc


def import_json_journal(json_path: Path, journal: EncryptedPaymentJournal) -> int:
    """Move a plain-JSON journal (older versions) into `journal` once, then delete it: entries the
    journal holds already are kept as they are. A corrupt file is left where it is, untouched."""
    json_path = Path(json_path)
    try:
        raw = json_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return 0
    try:
        entries = [JournalEntry.model_validate(e) for e in json.loads(raw)["entries"]]
    except (ValueError, KeyError, TypeError, ValidationError) as exc:
        raise JournalFileError(f"old payment journal {json_path} is corrupt, not moved: {exc}") from exc
    with journal._write() as conn:
        for entry in entries:
            if journal._entry(conn, entry.ecr_ref) is None:
                journal._put(conn, entry)
    json_path.unlink()
    json_path.with_name(json_path.name + ".tmp").unlink(missing_ok=True)
    return len(entries)


class MemoryPaymentJournal:
    """In-memory journal (tests, training mode). Not durable."""

    def __init__(self) -> None:
        self._entries: dict[str, JournalEntry] = {}
        self._lock = threading.Lock()

    def record_pending(self, entry: JournalEntry) -> None:
        with self._lock:
            self._entries[entry.ecr_ref] = entry.model_copy(update={"state": "pending"})

    def mark_acked(self, ecr_ref: str) -> None:
        with self._lock:
            e = self._entries.get(ecr_ref)
            if e is not None and e.state == "pending":
                self._entries[ecr_ref] = e.model_copy(update={"state": "acked"})

    def record_outcome(self, ecr_ref: str, outcome: PaymentOutcome) -> None:
        with self._lock:
            e = self._entries[ecr_ref]
            self._entries[ecr_ref] = e.model_copy(update={"state": "resolved", "outcome": outcome})

    def unresolved(self) -> list[JournalEntry]:
        with self._lock:
            return sorted((e for e in self._entries.values() if e.state != "resolved"), key=lambda e: e.created_at)

    def get(self, ecr_ref: str) -> JournalEntry | None:
        with self._lock:
            return self._entries.get(ecr_ref)

    def entries_for(self, payment_id: str) -> list[JournalEntry]:
        return [e for e in self.entries() if e.payment_id == payment_id]

    def entries(self) -> list[JournalEntry]:
        with self._lock:
            return sorted(self._entries.values(), key=lambda e: e.created_at)
