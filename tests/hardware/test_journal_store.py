"""The never-double-charge flow with the app's journal: the encrypted station database.

Against the simulator over a pty, every test ends by counting the simulator's own record of
charges. The restart test kills a POS process (kill -9) between "sale ACKed" and the response,
then a new Store over the same file resolves the payment with ``recover()``.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from app import audit
from app.device_journal import DeviceJournal
from app.store import Store
from hardware.edc.ecr_link import EcrLink
from hardware.edc.journal_store import JournalStoreError, StorePaymentJournal
from hardware.edc.payment import EdcPaymentFlow, JournalEntry, PaymentJournal, PaymentOutcome
from hardware.edc.profile import TransType

from .conftest import pty_only
from .test_edc_link import make_flow, sale_requests

KEY = "ab" * 32


@pytest.fixture
def db(tmp_path: Path) -> Path:
    Store.create(tmp_path / "s.db", KEY, branch_code="JKT01", station_code="K1").close()
    return tmp_path / "s.db"


@pytest.fixture
def store(db: Path) -> Iterator[Store]:
    s = Store.open(db, KEY)
    yield s
    s.close()


@pytest.fixture
def journal(store: Store) -> StorePaymentJournal:
    return StorePaymentJournal(DeviceJournal(store, actor_id="kasir-1"))


def edc_audits(store: Store) -> list[tuple[str, dict[str, Any]]]:
    rows = store.query("SELECT action, detail FROM audit_log WHERE action LIKE 'edc.%' ORDER BY id")
    return [(r["action"], json.loads(r["detail"])) for r in rows]


# -- conversion (no pty needed) ------------------------------------------------------------
def test_entries_round_trip_through_the_station_database(journal: StorePaymentJournal) -> None:
    assert isinstance(journal, PaymentJournal)
    entry = JournalEntry(ecr_ref="MWU56SOGMWXN", payment_id="INV-1/P1", trans_type=TransType.SALE, amount=1_250_000,
                         created_at=datetime(2026, 11, 24, 8, 0, 0, 123456, tzinfo=timezone.utc))
    journal.record_pending(entry)
    assert journal.get("MWU56SOGMWXN") == entry
    journal.mark_acked("MWU56SOGMWXN")
    assert [e.state for e in journal.unresolved()] == ["acked"]
    outcome = PaymentOutcome(status="approved", trans_type=TransType.SALE, ecr_ref="MWU56SOGMWXN", amount=1_250_000,
                             response_code="00", approval_code="A1B2C3", masked_pan="************1234")
    journal.record_outcome("MWU56SOGMWXN", outcome)
    journal.mark_acked("MWU56SOGMWXN")  # late: changes nothing
    [stored] = journal.entries_for("INV-1/P1")
    assert stored == entry.model_copy(update={"state": "resolved", "outcome": outcome})
    assert journal.unresolved() == [] and journal.get("nope") is None


def test_reused_ref_is_refused_as_an_edc_error(journal: StorePaymentJournal) -> None:
    entry = JournalEntry(ecr_ref="R1", payment_id="P", trans_type=TransType.SALE, amount=5)
    journal.record_pending(entry)
    with pytest.raises(JournalStoreError, match="R1 is already in the EDC journal"):
        journal.record_pending(entry.model_copy(update={"payment_id": "Q"}))
    with pytest.raises(JournalStoreError, match="no EDC journal entry"):
        journal.record_outcome("missing", PaymentOutcome(status="approved", trans_type=TransType.SALE, ecr_ref="x"))


def test_unreadable_row_is_a_clear_error(store: Store, journal: StorePaymentJournal) -> None:
    journal.record_pending(JournalEntry(ecr_ref="R1", payment_id="P", trans_type=TransType.SALE, amount=5))
    with store.local_transaction() as conn:
        conn.execute("UPDATE edc_journal SET trans_type = 'zz' WHERE ecr_ref = 'R1'")
    with pytest.raises(JournalStoreError, match="'R1' is unreadable"):
        journal.get("R1")


# -- the flow against the simulator ----------------------------------------------------------
@pty_only
def test_lost_response_resolved_by_status_charges_once(simulator: Any, store: Store,
                                                       journal: StorePaymentJournal) -> None:
    simulator.faults.lose_responses = 3
    flow = make_flow(simulator.port, journal, response_timeout=0.5)
    outcome = flow.sale("INV-JKT01-K1-000001/1", 20_000)
    flow.link.close()
    assert outcome.status == "approved"
    assert any(r.trans_type == TransType.STATUS and r.orig_ref == outcome.ecr_ref for r in simulator.requests_received)
    assert len(simulator.charges) == 1 and simulator.charges[0].ecr_ref == outcome.ecr_ref
    entry = journal.get(outcome.ecr_ref)
    assert entry is not None and entry.state == "resolved" and entry.outcome == outcome
    actions = edc_audits(store)
    assert [a for a, _ in actions] == ["edc.pending", "edc.acked", "edc.resolved"]
    assert actions[-1][1]["approval_code"] == outcome.approval_code
    assert audit.first_broken(store.conn) is None


@pty_only
def test_paying_again_sends_nothing(simulator: Any, journal: StorePaymentJournal) -> None:
    flow = make_flow(simulator.port, journal)
    first = flow.sale("INV-2/1", 50_000)
    again = flow.sale("INV-2/1", 50_000)
    flow.link.close()
    assert first.status == again.status == "approved" and again.ecr_ref == first.ecr_ref
    assert len(sale_requests(simulator)) == 1 and len(simulator.charges) == 1


@pty_only
def test_decline_then_new_attempt_with_new_ref(simulator: Any, journal: StorePaymentJournal) -> None:
    simulator.faults.decline_codes = ["51"]
    flow = make_flow(simulator.port, journal)
    declined = flow.sale("INV-3/1", 80_000)
    approved = flow.sale("INV-3/1", 80_000)
    flow.link.close()
    assert declined.status == "declined" and approved.status == "approved"
    assert approved.ecr_ref != declined.ecr_ref
    assert [(e.ecr_ref, e.outcome.status if e.outcome else None) for e in journal.entries_for("INV-3/1")] == [
        (declined.ecr_ref, "declined"), (approved.ecr_ref, "approved")]
    assert len(simulator.charges) == 1


POS_SCRIPT = textwrap.dedent(
    """
    import sys
    from app.device_journal import DeviceJournal
    from app.store import Store
    from hardware.edc.ecr_link import EcrLink
    from hardware.edc.journal_store import StorePaymentJournal
    from hardware.edc.payment import EdcPaymentFlow

    port, path, key = sys.argv[1], sys.argv[2], sys.argv[3]
    journal = StorePaymentJournal(DeviceJournal(Store.open(path, key)))
    flow = EdcPaymentFlow(EcrLink(port, ack_timeout=0.3, response_timeout=60), journal)
    print(flow.sale("INV-9", 420000).status, flush=True)
    """
)


def _wait_for_state(db: Path, state: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        watcher = Store.open(db, KEY)
        try:
            rows = DeviceJournal(watcher).for_payment("INV-9")
        finally:
            watcher.close()
        if rows and rows[0]["state"] == state:
            return
        time.sleep(0.05)
    raise AssertionError(f"the station journal never reached {state!r}")


@pty_only
def test_kill_pos_after_ack_then_new_store_recovers(simulator: Any, db: Path) -> None:
    simulator.faults.card_delay = 2.5
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")]))}
    pos = subprocess.Popen([sys.executable, "-c", POS_SCRIPT, simulator.port, str(db), KEY],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=root)
    try:
        _wait_for_state(db, "acked", timeout=20)
        os.kill(pos.pid, signal.SIGKILL)
        out, err = pos.communicate(timeout=10)
    finally:
        if pos.poll() is None:
            pos.kill()
            pos.communicate(timeout=10)
    assert pos.returncode == -signal.SIGKILL, err
    assert out == ""  # it died before knowing the outcome
    assert simulator.wait_idle(timeout=10)  # the customer finished at the terminal meanwhile
    assert len(simulator.charges) == 1

    # restart: a new Store object over the same file, as the app makes at start-up
    store = Store.open(db, KEY)
    try:
        journal = StorePaymentJournal(DeviceJournal(store))
        [entry] = journal.unresolved()
        assert entry.state == "acked" and entry.amount == 420_000 and entry.payment_id == "INV-9"
        restarted = EdcPaymentFlow(EcrLink(simulator.port, ack_timeout=0.3, response_timeout=3), journal,
                                   status_backoff=(0.05,), status_response_timeout=3)
        [recovered] = restarted.recover()
        assert recovered.status == "approved" and recovered.ecr_ref == entry.ecr_ref and recovered.amount == 420_000
        assert journal.unresolved() == []
        again = restarted.sale("INV-9", 420_000)  # the cashier presses "bayar" again
        restarted.link.close()
        assert again.status == "approved" and again.ecr_ref == entry.ecr_ref
        assert {r.ecr_ref for r in sale_requests(simulator)} == {entry.ecr_ref}
        assert len(simulator.charges) == 1
        assert [a for a, _ in edc_audits(store)] == ["edc.pending", "edc.acked", "edc.resolved"]
        assert audit.first_broken(store.conn) is None
    finally:
        store.close()
