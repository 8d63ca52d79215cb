"""The checkout's view-model without its widgets: a split card + cash sale through its signals."""

from __future__ import annotations

from datetime import timezone

from PySide6.QtWidgets import QWidget

from app.ports import StationDevices
from app.roles import Role
from app.settings import Settings
from tests.ui.cashier_kit import RecordingPrinter, ScriptedTerminal
from tests.ui.conftest import Shop, idle
from ui.cashier.checkout_model import CheckoutModel, Plan
from ui.kit.operations import Lane, task_manager
from ui.kit.screen import ViewContext


def test_checkout_model_takes_a_split_payment(qtbot, shop: Shop) -> None:  # noqa: ANN001
    cashier = shop.cast.actors[Role.CASHIER]
    shop.services.shifts.open(cashier, 100_000)
    terminal, printer = ScriptedTerminal(), RecordingPrinter()
    ctx = ViewContext(services=shop.services, actor=cashier, tasks=task_manager(),
                      devices=StationDevices(card_terminal=terminal, printer=printer, paper_mm=58),
                      settings=Settings(), tz=timezone.utc)
    owner = QWidget()
    qtbot.addWidget(owner)
    model = CheckoutModel(ctx, "test", owner)
    stages: list[str] = []
    paid: list[object] = []
    model.card_stage.connect(stages.append)
    model.paid.connect(paid.append)
    model.refresh()
    idle(qtbot)
    item = model.queue[0]
    model.open(item)
    qtbot.waitUntil(lambda: model.sale is not None, timeout=5000)
    due = model.sale.due
    model.pay(Plan(cash=100_000, card=due - 100_000, tendered=150_000))
    qtbot.waitUntil(lambda: bool(paid), timeout=10_000)
    task_manager().wait_idle(10_000, lanes=(Lane.DEVICE,))
    idle(qtbot)
    sale = paid[0]
    assert sale.change == 50_000 and sale.open_drawer and sale.invoice.balance == 0
    assert stages[0] == "sending" and "waiting_for_card" in stages and stages[-1] in ("approved", "done")
    assert terminal.sales == [(f"inv:{sale.invoice.id}:card1", due - 100_000)]
    qtbot.waitUntil(lambda: printer.kicks == 1 and bool(printer.jobs), timeout=5000)
