"""Helpers for the cashier's screen tests: fake devices, a logged-in cashier's window, taps by name."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from app.ports import DeviceMessage, StationDevices
from app.roles import Role
from tests.ui.conftest import idle, log_in
from ui.kit.operations import Lane, task_manager
from ui.shell.main_window import MainWindow


@dataclass
class Outcome:
    status: str
    ecr_ref: str
    amount: int
    approval_code: str = ""
    masked_pan: str = "************4321"
    card_label: str = "BCA DEBIT"
    message: str = ""

    @property
    def charged(self) -> bool:
        return self.status == "approved"

    @property
    def definite(self) -> bool:
        return self.status != "unknown"


@dataclass(frozen=True)
class Step:
    stage: DeviceMessage
    ecr_ref: str


@dataclass
class ScriptedTerminal:
    """Answers sales in turn from `answers`; `gate` (when set) holds a sale until the test opens it."""

    answers: list[str] = field(default_factory=list)
    sales: list[tuple[str, int]] = field(default_factory=list)
    gate: threading.Event | None = None
    charged: dict[str, Outcome] = field(default_factory=dict)
    recovered: int = 0

    def sale(self, payment_id, amount, on_progress=None):  # noqa: ANN001
        self.sales.append((payment_id, amount))
        if payment_id in self.charged:  # the flow never charges a payment twice
            return self.charged[payment_id]
        ref = f"R{len(self.sales):011d}"
        for stage in (DeviceMessage.SENDING, DeviceMessage.WAITING_FOR_CARD):
            if on_progress:
                on_progress(Step(stage, ref))
        if self.gate is not None:
            self.gate.wait(10)
        status = self.answers.pop(0) if self.answers else "approved"
        out = Outcome(status, ref, amount, approval_code="A1B2C3" if status == "approved" else "",
                      message="" if status == "approved" else "Saldo tidak cukup")
        if status == "approved":
            self.charged[payment_id] = out
        if on_progress:
            on_progress(Step(DeviceMessage.DONE, ref))
        return out

    def void(self, payment_id, orig_ref, amount, on_progress=None):  # noqa: ANN001
        return Outcome("approved", f"V{orig_ref[1:]}", amount, approval_code="V00001")

    def settle(self, on_progress=None):  # noqa: ANN001
        return Outcome("approved", "SETTLE", 0)

    def echo(self):  # noqa: ANN201
        return Outcome("approved", "ECHO", 0)

    def recover(self, on_progress=None):  # noqa: ANN001
        self.recovered += 1
        return []

    def close(self) -> None:
        pass


@dataclass
class Job:
    id: str
    state: str = "printed"


@dataclass
class RecordingPrinter:
    paper_mm: int = 58
    jobs: list[tuple[str, bytes]] = field(default_factory=list)
    kicks: int = 0
    fail: Exception | None = None

    def submit(self, title: str, data: bytes) -> Job:
        if self.fail is not None:
            raise self.fail
        self.jobs.append((title, data))
        return Job(str(len(self.jobs)))

    def kick_drawer(self) -> None:
        self.kicks += 1

    def print_test_page(self) -> Job:
        return self.submit("test", b"")


def simulated_station_devices(services, paper_mm: int = 80) -> StationDevices:  # noqa: ANN001
    """The demo's devices: the EDC simulator on a pty (the real link and flow, journaled in the
    station's store) and the on-screen preview printer. Close them after the test."""
    from app.device_journal import DeviceJournal
    from hardware.edc.interface import SimulatedEdcTerminal
    from hardware.edc.journal_store import StorePaymentJournal
    from hardware.edc.simulator import FaultPlan, TerminalSimulator
    from hardware.printing.spool import PrintStation

    terminal = SimulatedEdcTerminal(StorePaymentJournal(DeviceJournal(services.store)),
                                    TerminalSimulator(FaultPlan(card_delay=0.3)))
    return StationDevices(card_terminal=terminal, printer=PrintStation("preview:", paper_mm=paper_mm),
                          paper_mm=paper_mm)


class Till:
    """A logged-in station window with fake devices; counts the taps of a checkout."""

    def __init__(self, qtbot, shop, terminal: ScriptedTerminal | None = None,  # noqa: ANN001
                 printer: RecordingPrinter | None = None, role: Role = Role.CASHIER, pin: str = "4444") -> None:
        self.qtbot, self.shop = qtbot, shop
        self.terminal = terminal if terminal is not None else ScriptedTerminal()
        self.printer = printer if printer is not None else RecordingPrinter()
        devices = StationDevices(card_terminal=self.terminal, printer=self.printer, paper_mm=58)
        self.window = MainWindow(shop.services, devices=devices)
        qtbot.addWidget(self.window)
        self.window.resize(1280, 800)
        self.window.show()
        qtbot.waitUntil(lambda: bool(self.window.login.user_buttons), timeout=5000)
        log_in(qtbot, self.window, shop.user_id(role), pin)
        self.taps = 0

    def widgets(self, name: str, **props: str) -> list[QWidget]:
        return [w for w in self.window.findChildren(QWidget, name)
                if w.isVisible() and all(str(w.property(k)) == v for k, v in props.items())]

    def find(self, name: str, **props: str) -> QWidget:
        self.qtbot.waitUntil(lambda: bool(self.widgets(name, **props)), timeout=5000)
        return self.widgets(name, **props)[0]

    def tap(self, name: str, **props: str) -> None:
        self.qtbot.waitUntil(lambda: bool(self.widgets(name, **props)) and self.widgets(name, **props)[0].isEnabled(),
                             timeout=5000)
        widget = self.widgets(name, **props)[0]
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(widget.width() // 2, widget.height() // 2))
        self.taps += 1
        self.settle()

    def settle(self) -> None:
        idle(self.qtbot)

    def wait_device(self) -> None:
        task_manager().wait_idle(10_000, lanes=(Lane.DEVICE,))
        self.settle()

    def open_screen(self, screen_id: str) -> None:
        self.tap(f"Nav.{screen_id}")
        self.taps = 0
