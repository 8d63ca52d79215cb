"""The EDC link and the payment flow against the simulator over a pty, one test per fault.

Every test ends by counting the simulator's own record of charges: exactly one, or none.
"""

from __future__ import annotations

from typing import Any

import pytest

from hardware.edc.ecr_link import EcrLink, EcrLinkError, NoAckError
from hardware.edc.journal_file import EncryptedPaymentJournal, MemoryPaymentJournal
from hardware.edc.payment import EdcPaymentFlow, PaymentPendingError, Progress, ProgressEvent
from hardware.edc.profile import EdcRequest, TransType
from hardware.edc.simulator import FaultPlan

from .conftest import FAST, pty_only

pytestmark = pty_only


def make_flow(port: str, journal: Any = None, **link_kw: Any) -> EdcPaymentFlow:
    kw = {**FAST, **link_kw}
    link = EcrLink(port, **kw)
    return EdcPaymentFlow(
        link,
        journal if journal is not None else MemoryPaymentJournal(),
        status_backoff=(0.05, 0.1, 0.2),
        status_response_timeout=3.0,
        status_give_up=8.0,
    )


def sale_requests(sim: Any) -> list[EdcRequest]:
    return [r for r in sim.requests_received if r.trans_type == TransType.SALE]


def test_clean_sale_reports_progress_and_charges_once(simulator: Any) -> None:
    simulator.faults.card_delay = 0.2
    events: list[ProgressEvent] = []
    flow = make_flow(simulator.port)
    outcome = flow.sale("INV-1/P1", 1_250_000, events.append)
    assert outcome.status == "approved" and outcome.charged
    assert outcome.amount == 1_250_000 and outcome.approval_code and outcome.masked_pan.endswith("1234")
    assert [e.stage for e in events] == [Progress.SENDING, Progress.SENT, Progress.WAITING_FOR_CARD, Progress.DONE]
    assert [c.amount for c in simulator.charges] == [1_250_000]
    assert flow.journal.unresolved() == []


def test_lost_ack_resend_is_not_charged_twice(simulator: Any) -> None:
    simulator.faults.lose_acks = 1
    simulator.faults.card_delay = 0.6
    outcome = make_flow(simulator.port).sale("P", 100_000)
    assert outcome.status == "approved"
    assert len(sale_requests(simulator)) >= 2  # the POS resent after 0.3 s of silence
    assert len({r.ecr_ref for r in sale_requests(simulator)}) == 1
    assert len(simulator.charges) == 1


def test_all_acks_lost_resolves_by_status(simulator: Any) -> None:
    simulator.faults.lose_acks = 3
    simulator.faults.card_delay = 1.2  # no early response to stand in for the ACK
    events: list[ProgressEvent] = []
    flow = make_flow(simulator.port)
    outcome = flow.sale("P", 75_000, events.append)
    assert outcome.status == "approved"
    assert Progress.CHECKING_STATUS in [e.stage for e in events]
    assert any(r.trans_type == TransType.STATUS for r in simulator.requests_received)
    assert len(simulator.charges) == 1
    assert flow.journal.unresolved() == []


def test_naks_then_ack(simulator: Any) -> None:
    simulator.faults.nak_requests = 2
    outcome = make_flow(simulator.port).sale("P", 50_000)
    assert outcome.status == "approved"
    assert len(sale_requests(simulator)) == 3
    assert len(simulator.charges) == 1


def test_three_naks_means_not_found_then_new_attempt_new_ref(simulator: Any) -> None:
    simulator.faults.nak_requests = 3
    flow = make_flow(simulator.port)
    first = flow.sale("P", 50_000)
    assert first.status == "not_found" and not first.charged
    assert simulator.charges == []
    second = flow.sale("P", 50_000)
    assert second.status == "approved"
    assert second.ecr_ref != first.ecr_ref
    assert len(simulator.charges) == 1


def test_link_alone_raises_no_ack(simulator: Any) -> None:
    simulator.faults.nak_requests = 3
    with EcrLink(simulator.port, **FAST) as link:
        with pytest.raises(NoAckError):
            link.send_request(EdcRequest(trans_type=TransType.ECHO, ecr_ref="E1"))
        assert link.frames_sent == 3


def test_one_lost_response_is_resent_by_terminal(simulator: Any) -> None:
    simulator.faults.lose_responses = 1
    outcome = make_flow(simulator.port).sale("P", 20_000)
    assert outcome.status == "approved"
    assert len(simulator.charges) == 1


def test_response_lost_for_good_resolves_by_status(simulator: Any, tmp_path: Any) -> None:
    simulator.faults.lose_responses = 3
    journal = EncryptedPaymentJournal(tmp_path / "journal.db")
    flow = make_flow(simulator.port, journal, response_timeout=0.5)
    outcome = flow.sale("P", 20_000)
    assert outcome.status == "approved"
    assert len(simulator.charges) == 1
    entry = journal.get(outcome.ecr_ref)
    assert entry is not None and entry.state == "resolved" and entry.outcome == outcome


def test_corrupted_response_is_naked_and_resent(simulator: Any) -> None:
    simulator.faults.corrupt_responses = 2
    flow = make_flow(simulator.port)
    outcome = flow.sale("P", 33_000)
    assert outcome.status == "approved"
    assert flow.link.naks_sent == 2
    assert len(simulator.charges) == 1


def test_corrupted_every_time_resolves_by_status(simulator: Any) -> None:
    simulator.faults.corrupt_responses = 3
    outcome = make_flow(simulator.port, response_timeout=1.5).sale("P", 33_000)
    assert outcome.status == "approved"
    assert len(simulator.charges) == 1


def test_noise_before_stx_and_split_reads(simulator: Any) -> None:
    simulator.faults.noise_before_stx = b"\x00\xff\x7fgarbage"
    simulator.faults.split_writes = 3
    simulator.faults.split_delay = 0.002
    outcome = make_flow(simulator.port).sale("P", 999_000)
    assert outcome.status == "approved" and outcome.amount == 999_000
    assert len(simulator.charges) == 1


def test_frame_glued_to_ack(simulator: Any) -> None:
    simulator.faults.glue_ack = True
    outcome = make_flow(simulator.port).sale("P", 10_000)
    assert outcome.status == "approved"
    assert len(simulator.charges) == 1


def test_slow_card_past_response_timeout_resolves_by_status(simulator: Any) -> None:
    simulator.faults.card_delay = 1.2
    events: list[ProgressEvent] = []
    outcome = make_flow(simulator.port, response_timeout=0.4).sale("P", 10_000, events.append)
    assert outcome.status == "approved"
    assert Progress.CHECKING_STATUS in [e.stage for e in events]
    assert len(sale_requests(simulator)) == 1  # status questions only, never a second sale
    assert len(simulator.charges) == 1


@pytest.mark.parametrize("code", ["05", "51", "54", "55", "68", "91", "TO", "CN"])
def test_decline_then_retry_with_new_ref(simulator: Any, code: str) -> None:
    simulator.faults.decline_codes = [code]
    flow = make_flow(simulator.port)
    first = flow.sale("P", 10_000)
    assert first.status == "declined" and first.response_code == code and first.message
    assert simulator.charges == []
    second = flow.sale("P", 10_000)
    assert second.status == "approved" and second.ecr_ref != first.ecr_ref
    assert len(simulator.charges) == 1


def test_dead_terminal_gives_unknown_and_blocks_a_second_sale(simulator: Any) -> None:
    simulator.faults.mute = True
    flow = make_flow(simulator.port)
    flow.status_give_up = 0.5
    first = flow.sale("P", 10_000)
    assert first.status == "unknown"
    assert [e.ecr_ref for e in flow.journal.unresolved()] == [first.ecr_ref]
    # still dead: asking again must not send a new sale
    again = flow.sale("P", 10_000)
    assert again.status == "unknown" and again.ecr_ref == first.ecr_ref
    assert {r.ecr_ref for r in sale_requests(simulator)} <= {first.ecr_ref}
    # terminal back: the earlier request is unknown to it (NF), so a new attempt may start
    simulator.faults.mute = False
    third = flow.sale("P", 10_000)
    assert third.status == "approved" and third.ecr_ref != first.ecr_ref
    assert flow.journal.get(first.ecr_ref).outcome.status == "not_found"
    assert len(simulator.charges) == 1


def test_unknown_sale_of_another_payment_blocks_a_new_sale(simulator: Any) -> None:
    """A sale of payment A ends unknown; a sale of payment B must not go out until A is known."""
    simulator.faults.mute = True
    flow = make_flow(simulator.port)
    flow.status_give_up = 0.5
    first = flow.sale("A", 10_000)
    assert first.status == "unknown"
    with pytest.raises(PaymentPendingError, match=first.ecr_ref) as info:
        flow.sale("B", 20_000)
    assert info.value.ecr_ref == first.ecr_ref and info.value.payment_id == "A"
    assert {r.ecr_ref for r in sale_requests(simulator)} <= {first.ecr_ref}  # nothing new sent for B
    assert [e.payment_id for e in flow.journal.unresolved()] == ["A"]
    # terminal back: A was never seen (NF), so B goes out
    simulator.faults.mute = False
    second = flow.sale("B", 20_000)
    assert second.status == "approved" and second.amount == 20_000
    assert flow.journal.get(first.ecr_ref).outcome.status == "not_found"
    assert [c.amount for c in simulator.charges] == [20_000]


def test_slow_card_of_an_earlier_payment_is_not_charged_twice(simulator: Any) -> None:
    """The reviewer's case at the flow level: the card of payment A is still being charged."""
    simulator.faults.card_delay = 2.0
    flow = make_flow(simulator.port, response_timeout=0.3)
    flow.status_give_up = 0.3
    flow.status_response_timeout = 0.3
    first = flow.sale("A", 150_000)
    assert first.status == "unknown"
    with pytest.raises(PaymentPendingError, match=first.ecr_ref):
        flow.sale("B", 150_000)
    assert len(sale_requests(simulator)) == 1
    assert simulator.wait_idle(10.0)
    assert len(simulator.charges) == 1
    # A is now approved; resolving it first, B (another payment) may be charged
    flow.status_response_timeout = 3.0
    second = flow.sale("B", 150_000)
    assert second.status == "approved"
    assert flow.journal.get(first.ecr_ref).outcome.status == "approved"
    assert flow.journal.unresolved() == []
    assert len(simulator.charges) == 2 and len(sale_requests(simulator)) == 2


def test_amount_and_refs_out_of_range_are_refused_before_anything_is_sent(simulator: Any) -> None:
    flow = make_flow(simulator.port)
    for bad in (0, -1, 10_000_000_000):
        with pytest.raises(ValueError, match="amount"):
            flow.sale("P", bad)
    with pytest.raises(ValueError):
        flow.void("P-void", "ABCDEFGHIJKLM", 5_000)
    with pytest.raises(ValueError):
        flow.status("ABCDEFGHIJKLMNOP")
    assert simulator.requests_received == [] and flow.journal.unresolved() == []


def test_unresolved_approved_attempt_is_not_charged_again(simulator: Any) -> None:
    """Every answer is lost (status answers too): unknown. Later, sale() finds it approved."""
    simulator.faults.lose_responses = 1000
    journal = MemoryPaymentJournal()
    flow = make_flow(simulator.port, journal, response_timeout=0.3)
    flow.status_give_up = 0.5
    flow.status_response_timeout = 0.3
    first = flow.sale("P", 10_000)
    assert first.status == "unknown"
    assert len(simulator.charges) == 1  # the terminal did take the money
    simulator.faults.lose_responses = 0
    simulator.wait_idle()
    flow.status_response_timeout = 3.0
    second = flow.sale("P", 10_000)
    assert second.status == "approved" and second.ecr_ref == first.ecr_ref
    assert len(simulator.charges) == 1
    assert len({r.ecr_ref for r in sale_requests(simulator)}) == 1
    assert journal.unresolved() == []


def test_void_and_settle_and_echo(simulator: Any) -> None:
    flow = make_flow(simulator.port)
    a = flow.sale("P1", 100_000)
    b = flow.sale("P2", 50_000)
    assert flow.echo().response_code == "00"
    void = flow.void("P1-void", a.ecr_ref, 100_000)
    assert void.status == "approved" and void.trans_type == TransType.VOID
    assert flow.void("P1-void2", a.ecr_ref, 100_000).status == "not_found"  # already voided
    settle = flow.settle()
    assert settle.status == "approved" and settle.amount == 50_000
    assert b.status == "approved"
    assert len(simulator.charges) == 2 and [c.voided for c in simulator.charges] == [True, False]


def test_status_of_unknown_ref_is_not_found(simulator: Any) -> None:
    out = make_flow(simulator.port).status("NOSUCHREF")
    assert out.status == "not_found" and out.response_code == "NF"


def test_missing_port_is_a_clear_error_and_journals_nothing(tmp_path: Any) -> None:
    journal = MemoryPaymentJournal()
    flow = make_flow(str(tmp_path / "no-such-tty"), journal)
    with pytest.raises(EcrLinkError, match="cannot open EDC port"):
        flow.sale("P", 1_000)
    assert journal.entries() == []


def test_simulator_remembers_across_its_own_restart(tmp_path: Any) -> None:
    from hardware.edc.simulator import TerminalSimulator

    state = tmp_path / "sim.json"
    with TerminalSimulator(FaultPlan(), state_path=state, ack_timeout=0.3) as sim:
        ref = make_flow(sim.port).sale("P", 5_000).ecr_ref
    with TerminalSimulator(FaultPlan(), state_path=state, ack_timeout=0.3) as sim2:
        out = make_flow(sim2.port).status(ref)
        assert out.status == "approved" and out.amount == 5_000
        assert len(sim2.charges) == 1


def test_second_sale_of_a_paid_payment_sends_nothing(simulator: Any) -> None:
    flow = make_flow(simulator.port)
    first = flow.sale("INV-7", 10_000)
    second = flow.sale("INV-7", 10_000)
    assert second == first
    assert len(sale_requests(simulator)) == 1 and len(simulator.charges) == 1


def test_file_journal_is_durable_across_objects_and_refuses_a_reused_ref(tmp_path: Any) -> None:
    from hardware.edc.journal_file import JournalFileError
    from hardware.edc.payment import JournalEntry

    path = tmp_path / "j.db"
    journal = EncryptedPaymentJournal(path)
    assert journal.unresolved() == [] and not path.exists()  # reading does not make the file
    journal.record_pending(JournalEntry(ecr_ref="R1", payment_id="P", trans_type=TransType.SALE, amount=5))
    journal.mark_acked("R1")
    assert EncryptedPaymentJournal(path).get("R1").state == "acked"
    with pytest.raises(JournalFileError):
        journal.record_pending(JournalEntry(ecr_ref="R1", payment_id="P", trans_type=TransType.SALE, amount=5))
    journal.close()


def test_simulated_terminal_satisfies_the_interface() -> None:
    from hardware.edc.interface import EdcTerminal, SerialEdcTerminal, SimulatedEdcTerminal
    from hardware.edc.simulator import TerminalSimulator

    sim = TerminalSimulator(FaultPlan(card_delay=0.05), ack_timeout=0.3)
    terminal = SimulatedEdcTerminal(MemoryPaymentJournal(), sim, ack_timeout=0.3, response_timeout=3.0)
    try:
        assert isinstance(terminal, EdcTerminal) and isinstance(terminal, SerialEdcTerminal)
        stages: list[Progress] = []
        sale = terminal.sale("INV-5", 80_000, lambda e: stages.append(e.stage))
        assert sale.charged and Progress.WAITING_FOR_CARD in stages
        assert terminal.status(sale.ecr_ref).status == "approved"
        assert terminal.echo().response_code == "00"
        assert terminal.recover() == []
        assert terminal.void("INV-5-void", sale.ecr_ref, 80_000).status == "approved"
        assert terminal.settle().amount == 0
        assert len(sim.charges) == 1 and sim.charges[0].voided
    finally:
        terminal.close()
