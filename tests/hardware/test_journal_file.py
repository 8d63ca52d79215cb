"""The CLI's EDC journal: encrypted (no card data readable in the file), 0600, one-line errors,
and a plain-JSON journal of an older version moved in once and deleted."""

from __future__ import annotations

import json
import os
import stat
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from hardware.edc.journal_file import EncryptedPaymentJournal, JournalFileError, import_json_journal
from hardware.edc.payment import JournalEntry, PaymentOutcome
from hardware.edc.profile import TransType

PAN, RRN, APPROVAL = "************4321", "RRN123456789", "A1B2C3"


def _entry(ref: str, state: str = "pending", **kw: Any) -> JournalEntry:
    return JournalEntry(ecr_ref=ref, payment_id=f"INV-{ref}", trans_type=TransType.SALE, amount=150_000,
                        state=state, created_at=datetime(2026, 11, 24, 8, int(ref[-1]), tzinfo=timezone.utc), **kw)


def _outcome(ref: str) -> PaymentOutcome:
    return PaymentOutcome(status="approved", ecr_ref=ref, trans_type=TransType.SALE, amount=150_000,
                          response_code="00", approval_code=APPROVAL, rrn=RRN, masked_pan=PAN, card_label="BCA")


def _all_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.iterdir() if p.name.startswith(path.name))


def test_card_data_is_not_readable_in_the_files(tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    journal = EncryptedPaymentJournal(path)
    journal.record_pending(_entry("R1"))
    journal.mark_acked("R1")
    journal.record_outcome("R1", _outcome("R1"))
    raw = _all_bytes(path)  # the database, its WAL and index, as they are on disk now
    for secret in (PAN, RRN, APPROVAL, "4321", "INV-R1", "approved"):
        assert secret.encode() not in raw
    assert not raw.startswith(b"SQLite format 3")
    if os.name != "nt":
        assert {p.name: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir()} == \
            {p.name: 0o600 for p in tmp_path.iterdir()}
    journal.close()
    again = EncryptedPaymentJournal(path).get("R1")
    assert again is not None and again.outcome is not None and again.outcome.rrn == RRN


def test_wrong_key_or_damaged_file_is_one_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "journal.db"
    journal = EncryptedPaymentJournal(path)
    journal.record_pending(_entry("R1"))
    journal.close()
    monkeypatch.setenv("SENTRA_DB_KEY", "cd" * 32)
    with pytest.raises(JournalFileError, match="wrong key"):
        EncryptedPaymentJournal(path).unresolved()
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"")
    with pytest.raises(JournalFileError, match="empty"):
        EncryptedPaymentJournal(junk).record_pending(_entry("R2"))
    assert junk.read_bytes() == b""


def _json_journal(path: Path, entries: list[JournalEntry]) -> None:
    path.write_text(json.dumps({"version": 1, "entries": [e.model_dump(mode="json") for e in entries]}),
                    encoding="utf-8")


def test_an_old_json_journal_is_moved_in_once_and_deleted(tmp_path: Path) -> None:
    old = tmp_path / "edc_cli_journal.json"
    resolved = _entry("R1", "resolved", outcome=_outcome("R1"))
    _json_journal(old, [resolved, _entry("R2", "acked")])
    journal = EncryptedPaymentJournal(tmp_path / "edc_cli_journal.db")
    assert import_json_journal(old, journal) == 2
    assert not old.exists()
    assert [e.ecr_ref for e in journal.unresolved()] == ["R2"]
    assert journal.get("R1") == resolved
    assert import_json_journal(old, journal) == 0  # nothing left to move
    # a corrupt old file is refused and left exactly as it was
    old.write_text("{not json", encoding="utf-8")
    with pytest.raises(JournalFileError, match="corrupt"):
        import_json_journal(old, journal)
    assert old.read_text(encoding="utf-8") == "{not json"
    journal.close()


def test_the_cli_moves_the_default_json_journal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    from hardware import cli

    old = tmp_path / "j.json"
    _json_journal(old, [_entry("R1", "resolved", outcome=_outcome("R1"))])
    # an unreachable port: the journal is opened (and the old one moved) before the port is tried
    code = cli.main(["edc", "sale", "--port", str(tmp_path / "nope"), "--amount", "5000", "--journal", str(old)])
    assert code == 3
    assert "dipindah" in capsys.readouterr().err
    assert not old.exists()
    assert EncryptedPaymentJournal(tmp_path / "j.db").get("R1").state == "resolved"


def test_an_engine_error_is_a_journal_error(tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    journal = EncryptedPaymentJournal(path)
    journal.record_pending(_entry("R1"))
    journal._conn.execute("DROP TABLE edc_journal")  # what a later-damaged page looks like to a query
    with pytest.raises(JournalFileError, match="no such table"):
        journal.mark_acked("R1")
    with pytest.raises(JournalFileError, match="no such table"):
        journal.unresolved()
    journal.close()
