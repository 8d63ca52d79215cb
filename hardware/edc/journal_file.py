"""A JSON-file :class:`PaymentJournal` for the CLI, the demo and tests.

Each change rewrites the file atomically: write a temporary file, fsync it, ``os.replace`` it over
the old one, fsync the folder. The app supplies a database-backed journal instead.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

from pydantic import ValidationError

from hardware.edc.frames import EdcError
from hardware.edc.payment import JournalEntry, PaymentOutcome


class JournalFileError(EdcError):
    """The journal file is unreadable or corrupt."""


class JsonFilePaymentJournal:
    """Entries keyed by ecr_ref in one JSON file; safe across processes that run one at a time."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()

    # -- file ----------------------------------------------------------------------
    def _load(self) -> dict[str, JournalEntry]:
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        try:
            items = json.loads(raw)
            return {e["ecr_ref"]: JournalEntry.model_validate(e) for e in items["entries"]}
        except (ValueError, KeyError, TypeError, ValidationError) as exc:
            raise JournalFileError(f"payment journal {self.path} is corrupt: {exc}") from exc

    def _save(self, entries: dict[str, JournalEntry]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        payload = {"version": 1, "entries": [e.model_dump(mode="json") for e in entries.values()]}
        tmp = self.path.with_name(self.path.name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(payload, fh, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)
        if os.name != "nt":
            dir_fd = os.open(self.path.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)

    # -- PaymentJournal --------------------------------------------------------------
    def record_pending(self, entry: JournalEntry) -> None:
        with self._lock:
            entries = self._load()
            if entry.ecr_ref in entries:
                raise JournalFileError(f"ecr_ref {entry.ecr_ref} already journaled")
            entries[entry.ecr_ref] = entry.model_copy(update={"state": "pending"})
            self._save(entries)

    def mark_acked(self, ecr_ref: str) -> None:
        with self._lock:
            entries = self._load()
            entry = entries.get(ecr_ref)
            if entry is None or entry.state != "pending":
                return
            entries[ecr_ref] = entry.model_copy(update={"state": "acked"})
            self._save(entries)

    def record_outcome(self, ecr_ref: str, outcome: PaymentOutcome) -> None:
        with self._lock:
            entries = self._load()
            entry = entries.get(ecr_ref)
            if entry is None:
                raise JournalFileError(f"no journal entry for {ecr_ref}")
            entries[ecr_ref] = entry.model_copy(update={"state": "resolved", "outcome": outcome})
            self._save(entries)

    def unresolved(self) -> list[JournalEntry]:
        with self._lock:
            pending = [e for e in self._load().values() if e.state != "resolved"]
        return sorted(pending, key=lambda e: e.created_at)

    def get(self, ecr_ref: str) -> JournalEntry | None:
        with self._lock:
            return self._load().get(ecr_ref)

    def entries_for(self, payment_id: str) -> list[JournalEntry]:
        return [e for e in self.entries() if e.payment_id == payment_id]

    def entries(self) -> list[JournalEntry]:
        with self._lock:
            return sorted(self._load().values(), key=lambda e: e.created_at)


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
