"""A cut cable during a card sale, then an app restart, on the simulated terminal through the real
EDC flow and the station's journal: the screen says it is checking with the terminal, refuses a
second card sale meanwhile, and on the next start the sale is resolved by status and recorded
with one charge."""

from __future__ import annotations

import sys

import pytest

from app.device_journal import DeviceJournal
from app.roles import Role
from hardware.edc.interface import SerialEdcTerminal
from hardware.edc.journal_store import StorePaymentJournal
from tests.ui.cashier_kit import Till
from ui.cashier.texts import _texts
from tests.ui.conftest import Shop

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the EDC simulator needs a pseudo-terminal")


@pytest.fixture
def simulator():  # noqa: ANN201
    from hardware.edc.simulator import FaultPlan, TerminalSimulator

    sim = TerminalSimulator(FaultPlan(), ack_timeout=0.3)
    sim.start()
    yield sim
    sim.stop()


def _terminal(shop: Shop, port: str) -> SerialEdcTerminal:
    return SerialEdcTerminal(port, StorePaymentJournal(DeviceJournal(shop.services.store)), ack_timeout=0.3,
                             response_timeout=1.0, status_backoff=(0.05,), status_response_timeout=0.3,
                             status_give_up=0.6)


def test_unresolved_card_sale_is_resolved_on_the_next_start_with_one_charge(qtbot, shop: Shop, simulator) -> None:  # noqa: ANN001
    shop.services.shifts.open(shop.cast.actors[Role.CASHIER], 0)
    first, second = shop.services.checkout.queue()[:2]
    simulator.faults.lose_responses = 1000  # the cable is cut once the terminal has the sale
    terminal = _terminal(shop, simulator.port)
    till = Till(qtbot, shop, terminal=terminal)
    till.open_screen("cashier.checkout")
    till.tap("Cashier.QueueItem", wo_number=first.wo_number)
    till.tap("Cashier.Method", method="card")
    till.tap("Cashier.StartCard")
    qtbot.waitUntil(lambda: till.find("Cashier.CardStep", step="result").property("state") == "unresolved",
                    timeout=15_000)
    texts = _texts()
    assert till.find("Cashier.CardMessage").text() == texts["card_unresolved"]  # checking with the terminal
    assert simulator.wait_idle(5) and len(simulator.charges) == 1  # the card was charged meanwhile
    assert shop.services.billing.for_workorder(first.wo_id).payments == []

    # another customer's card: refused while the first is unresolved, and the screen says why
    till.tap("Cashier.CardBack")
    till.tap("Cashier.QueueItem", wo_number=second.wo_number)
    till.tap("Cashier.Method", method="card")
    till.tap("Cashier.StartCard")
    qtbot.waitUntil(lambda: till.find("Cashier.CardStep", step="result").property("state") == "failed",
                    timeout=15_000)
    assert till.find("Cashier.CardMessage").text() == texts["card_busy"]  # why no new card sale
    assert len(simulator.charges) == 1
    till.wait_device()
    till.window.close()
    terminal.close()

    # the next start: the terminal answers again
    simulator.faults.lose_responses = 0
    restarted = Till(qtbot, shop, terminal=_terminal(shop, simulator.port))
    restarted.open_screen("cashier.checkout")
    qtbot.waitUntil(lambda: shop.services.billing.for_workorder(first.wo_id).balance == 0, timeout=15_000)
    restarted.wait_device()
    payments = shop.services.billing.for_workorder(first.wo_id).payments
    assert [p.method for p in payments] == ["card"] and len(simulator.charges) == 1
    assert payments[0].reference == simulator.charges[0].ecr_ref
    qtbot.waitUntil(lambda: all(w.property("wo_number") != first.wo_number
                                for w in restarted.widgets("Cashier.QueueItem")), timeout=5000)
    restarted.terminal.close()
