"""The station's EDC journal: durable, ordered, refuses a reused ref, audited, never replicated."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from app import audit
from app.device_journal import DeviceJournal, DuplicateEcrRef
from app.errors import NotFoundError, ValidationError
from app.storage.migrations import SCHEMA_VERSION
from app.store import Store

KEY = "ab" * 32
T0 = datetime(2026, 11, 24, 8, 0, tzinfo=timezone.utc)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    Store.create(tmp_path / "s.db", KEY, branch_code="JKT01", station_code="K1").close()
    return tmp_path / "s.db"


@pytest.fixture
def store(path: Path):
    s = Store.open(path, KEY)
    yield s
    s.close()


def test_schema_v3_has_the_station_local_table(store: Store) -> None:
    assert SCHEMA_VERSION >= 3
    cols = [r["name"] for r in store.query("SELECT name FROM pragma_table_info('edc_journal')")]
    assert cols == ["ecr_ref", "payment_id", "trans_type", "amount", "orig_ref", "state", "created_at",
                    "outcome", "updated_at"]
    indexes = {r["name"] for r in store.query("SELECT name FROM pragma_index_list('edc_journal')")}
    assert {"edc_journal_state", "edc_journal_payment"} <= indexes


def test_every_write_survives_close_and_reopen(path: Path) -> None:
    first = Store.open(path, KEY)
    j = DeviceJournal(first, actor_id="kasir-1")
    row = j.put_pending("REF000000001", "INV-1/P1", "01", 1_250_000, "", T0)
    assert row["state"] == "pending" and row["outcome"] is None and row["created_at"].startswith("2026-11-24T08:00")
    first.close()  # as a killed process would leave it: everything above was committed

    second = Store.open(path, KEY)
    j = DeviceJournal(second)
    assert j.get("REF000000001")["state"] == "pending"
    assert j.set_state("REF000000001", "acked") is True
    second.close()

    third = Store.open(path, KEY)
    j = DeviceJournal(third)
    assert [r["ecr_ref"] for r in j.unresolved()] == ["REF000000001"]
    assert j.unresolved()[0]["state"] == "acked"
    j.set_outcome("REF000000001", json.dumps({"status": "approved", "response_code": "00", "approval_code": "A1B2C3"}))
    third.close()

    fourth = Store.open(path, KEY)
    j = DeviceJournal(fourth)
    row = j.get("REF000000001")
    assert row["state"] == "resolved" and json.loads(row["outcome"])["approval_code"] == "A1B2C3"
    assert j.unresolved() == []
    assert fourth.conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # back to the store's NORMAL
    fourth.close()


def test_unresolved_oldest_first_and_for_payment(store: Store) -> None:
    j = DeviceJournal(store)
    j.put_pending("C", "P2", "01", 300, created_at=T0 + timedelta(seconds=2))
    j.put_pending("A", "P1", "01", 100, created_at=T0)
    j.put_pending("B", "P1", "02", 100, orig_ref="A", created_at=(T0 + timedelta(seconds=1)).isoformat())
    # another time zone: ordered by the instant, not by the text
    wib = timezone(timedelta(hours=7))
    j.put_pending("D", "P3", "01", 400, created_at=datetime(2026, 11, 24, 15, 0, 0, 500_000, tzinfo=wib))
    assert [r["ecr_ref"] for r in j.unresolved()] == ["A", "D", "B", "C"]
    j.set_outcome("A", json.dumps({"status": "declined", "response_code": "51"}))
    assert [r["ecr_ref"] for r in j.unresolved()] == ["D", "B", "C"]
    assert [(r["ecr_ref"], r["state"], r["orig_ref"]) for r in j.for_payment("P1")] == [
        ("A", "resolved", ""), ("B", "pending", "A")]
    assert j.for_payment("nope") == [] and j.get("nope") is None


def test_duplicate_ref_refused_and_nothing_changes(store: Store) -> None:
    j = DeviceJournal(store)
    j.put_pending("REF1", "P1", "01", 100, created_at=T0)
    audits = store.query_one("SELECT count(*) AS n FROM audit_log")["n"]
    with pytest.raises(DuplicateEcrRef, match="REF1 is already in the EDC journal"):
        j.put_pending("REF1", "P2", "01", 999)
    row = j.get("REF1")
    assert row["payment_id"] == "P1" and row["amount"] == 100
    assert store.query_one("SELECT count(*) AS n FROM audit_log")["n"] == audits


def test_bad_input_is_refused_clearly(store: Store) -> None:
    j = DeviceJournal(store)
    with pytest.raises(ValidationError, match="amount"):
        j.put_pending("R", "P", "01", -5)
    with pytest.raises(ValidationError, match="ecr_ref"):
        j.put_pending("  ", "P", "01", 5)
    j.put_pending("R", "P", "01", 5)
    with pytest.raises(ValidationError, match="unknown EDC journal state"):
        j.set_state("R", "charged")
    with pytest.raises(ValidationError, match="not JSON"):
        j.set_outcome("R", "{broken")
    with pytest.raises(ValidationError, match="JSON object"):
        j.set_outcome("R", "[1]")
    with pytest.raises(NotFoundError):
        j.set_state("missing", "acked")
    with pytest.raises(NotFoundError):
        j.set_outcome("missing", "{}")
    assert j.get("R")["state"] == "pending"


def test_state_never_moves_backwards(store: Store) -> None:
    j = DeviceJournal(store)
    j.put_pending("R", "P", "01", 5)
    assert j.set_state("R", "acked") is True
    assert j.set_state("R", "acked") is False
    assert j.set_state("R", "pending") is False
    j.set_outcome("R", json.dumps({"status": "approved"}))
    assert j.set_state("R", "acked") is False  # a late ACK bookkeeping call changes nothing
    assert j.get("R")["state"] == "resolved"


def test_each_change_is_audited_with_actor_and_no_event(store: Store) -> None:
    events_before = store.query_one("SELECT count(*) AS n FROM sync_event_logs")["n"]
    j = DeviceJournal(store, actor_id="kasir-1")
    j.put_pending("R1", "INV-7/P1", "01", 420_000, created_at=T0)
    j.set_state("R1", "acked")
    j.set_outcome("R1", json.dumps({"status": "approved", "response_code": "00", "approval_code": "X9Y8Z7",
                                    "masked_pan": "************1234", "card_label": "VISA", "rrn": ""}))
    rows = store.query("SELECT actor_id, action, detail, event_id, station_id FROM audit_log"
                       " WHERE action LIKE 'edc.%' ORDER BY id")
    assert [r["action"] for r in rows] == ["edc.pending", "edc.acked", "edc.resolved"]
    assert {r["actor_id"] for r in rows} == {"kasir-1"}
    assert {r["station_id"] for r in rows} == {store.identity.station_id}
    assert all(r["event_id"] is None for r in rows)
    pending, _, resolved = (json.loads(r["detail"]) for r in rows)
    assert pending == {"ecr_ref": "R1", "payment_id": "INV-7/P1", "trans_type": "01", "amount": 420_000,
                       "orig_ref": ""}
    assert resolved["status"] == "approved" and resolved["approval_code"] == "X9Y8Z7"
    assert resolved["masked_pan"] == "************1234" and "rrn" not in resolved
    assert audit.first_broken(store.conn) is None
    assert store.query_one("SELECT count(*) AS n FROM sync_event_logs")["n"] == events_before  # station-local


def test_works_on_the_seeded_station_database(services) -> None:
    """The session template is migrated to v3 as well; the journal sits beside a day's audit chain."""
    j = DeviceJournal(services.store)
    j.put_pending("SEEDED000001", "P", "01", 1000)
    assert j.get("SEEDED000001")["state"] == "pending"
    assert audit.first_broken(services.store.conn) is None
