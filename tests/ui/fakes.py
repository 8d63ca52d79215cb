"""Fake devices for the UI tests: a card terminal on a fake clock, a scanner fed by the test."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from app.ports import CardProgressCallback, DeviceMessage, ScanCallback


@dataclass
class FakeResult:
    status: str
    ecr_ref: str
    amount: int
    approval_code: str = ""
    masked_pan: str = ""
    card_label: str = ""

    @property
    def charged(self) -> bool:
        return self.status == "approved"

    @property
    def definite(self) -> bool:
        return self.status != "unknown"


@dataclass(frozen=True)
class FakeProgress:
    stage: DeviceMessage
    ecr_ref: str


class FakeClock:
    """Seconds that pass only when the test says so; waiters wake on every advance."""

    def __init__(self) -> None:
        self.now = 0.0
        self._changed = threading.Condition()

    def advance(self, seconds: float) -> None:
        with self._changed:
            self.now += seconds
            self._changed.notify_all()

    def wait_until(self, moment: float, card: threading.Event) -> bool:
        """Block until `moment` (fake) or the card arrives; True if the card came."""
        with self._changed:
            while self.now < moment and not card.is_set():
                self._changed.wait(0.01)
        return card.is_set()


class SlowCardTerminal:
    """A sale waits for a card up to `timeout` fake seconds; `present_card()` approves it."""

    def __init__(self, clock: FakeClock, timeout: float = 120.0) -> None:
        self.clock = clock
        self.timeout = timeout
        self.card = threading.Event()
        self.waiting = threading.Event()
        self.recovered = 0
        self.closed = False

    def present_card(self) -> None:
        self.card.set()

    def sale(self, payment_id: str, amount: int, on_progress: CardProgressCallback | None = None) -> FakeResult:
        ref = f"REF-{payment_id}"
        if on_progress:
            on_progress(FakeProgress(DeviceMessage.WAITING_FOR_CARD, ref))
        self.waiting.set()
        came = self.clock.wait_until(self.clock.now + self.timeout, self.card)
        if on_progress:
            on_progress(FakeProgress(DeviceMessage.DONE, ref))
        return FakeResult("approved" if came else "declined", ref, amount, approval_code="123456" if came else "")

    def void(self, payment_id: str, orig_ref: str, amount: int,
             on_progress: CardProgressCallback | None = None) -> FakeResult:
        return FakeResult("approved", orig_ref, amount)

    def settle(self, on_progress: CardProgressCallback | None = None) -> FakeResult:
        return FakeResult("approved", "SETTLE", 0)

    def echo(self) -> FakeResult:
        return FakeResult("approved", "ECHO", 0)

    def recover(self, on_progress: CardProgressCallback | None = None) -> list[FakeResult]:
        self.recovered += 1
        if on_progress:
            on_progress(FakeProgress(DeviceMessage.CHECKING_STATUS, "OLD"))
        return [FakeResult("approved", "OLD", 5000)]

    def close(self) -> None:
        self.closed = True


class FedScanner:
    """A port scanner whose codes the test pushes (from any thread)."""

    def __init__(self) -> None:
        self.on_scan: ScanCallback | None = None

    def start(self, on_scan: ScanCallback) -> None:
        self.on_scan = on_scan

    def stop(self) -> None:
        self.on_scan = None

    def feed(self, code: str) -> None:
        if self.on_scan is not None:
            self.on_scan(code)
