"""Kill the POS (kill -9) after the sale was ACKed and before the response; restart resolves by status."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

from hardware.edc.ecr_link import EcrLink
from hardware.edc.journal_file import EncryptedPaymentJournal
from hardware.edc.payment import EdcPaymentFlow
from hardware.edc.profile import TransType

from .conftest import pty_only

pytestmark = pty_only

POS_SCRIPT = textwrap.dedent(
    """
    import sys
    from hardware.edc.ecr_link import EcrLink
    from hardware.edc.journal_file import EncryptedPaymentJournal
    from hardware.edc.payment import EdcPaymentFlow

    port, journal = sys.argv[1], sys.argv[2]
    flow = EdcPaymentFlow(EcrLink(port, ack_timeout=0.3, response_timeout=60), EncryptedPaymentJournal(journal))
    print(flow.sale("INV-9", 420000).status, flush=True)
    """
)


def _wait_for_state(journal: EncryptedPaymentJournal, state: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            entries = journal.entries()
        except Exception:  # a half-written file is impossible (os.replace), but be patient anyway
            entries = []
        if entries and entries[0].state == state:
            return
        time.sleep(0.02)
    raise AssertionError(f"journal never reached {state!r}")


def test_kill_pos_between_ack_and_response_then_restart_resolves(simulator: Any, tmp_path: Path) -> None:
    simulator.faults.card_delay = 2.5
    journal_path = tmp_path / "journal.db"
    journal = EncryptedPaymentJournal(journal_path)
    pos = subprocess.Popen(
        [sys.executable, "-c", POS_SCRIPT, simulator.port, str(journal_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _wait_for_state(journal, "acked", timeout=15)
        os.kill(pos.pid, signal.SIGKILL)
        out, _ = pos.communicate(timeout=10)
    finally:
        if pos.poll() is None:
            pos.kill()
    assert pos.returncode == -signal.SIGKILL
    assert out == ""  # it died before knowing the outcome
    [entry] = journal.unresolved()
    assert entry.state == "acked" and entry.amount == 420_000 and entry.payment_id == "INV-9"

    # the terminal finishes the card while the POS is down
    assert simulator.wait_idle(timeout=10)
    assert len(simulator.charges) == 1

    # restart: a fresh link and journal object, as the app would make at start-up
    restarted = EdcPaymentFlow(
        EcrLink(simulator.port, ack_timeout=0.3, response_timeout=3),
        EncryptedPaymentJournal(journal_path),
        status_backoff=(0.05,),
        status_response_timeout=3,
    )
    [recovered] = restarted.recover()
    assert recovered.status == "approved" and recovered.ecr_ref == entry.ecr_ref
    assert recovered.amount == 420_000
    assert restarted.journal.unresolved() == []
    # the cashier presses "bayar" again: the payment is already settled, nothing new is sent
    again = restarted.sale("INV-9", 420_000)
    assert again.status == "approved"
    sales = [r for r in simulator.requests_received if r.trans_type == TransType.SALE]
    assert {r.ecr_ref for r in sales} == {entry.ecr_ref}
    assert len(simulator.charges) == 1
    restarted.link.close()
