"""The small EDC interface the screens use, with a real-link and a simulator-backed implementation.

Every call blocks (up to the response timeout plus status checks): run it in a worker thread and
report ``on_progress`` events to the GUI through a Qt signal.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from hardware.edc.ecr_link import EcrLink
from hardware.edc.payment import EdcPaymentFlow, PaymentJournal, PaymentOutcome, ProgressCallback
from hardware.edc.profile import STANDARD_PROFILE, FixedWidthProfile

if TYPE_CHECKING:
    from hardware.edc.simulator import TerminalSimulator


@runtime_checkable
class EdcTerminal(Protocol):
    def sale(self, payment_id: str, amount: int, on_progress: ProgressCallback | None = None) -> PaymentOutcome: ...

    def void(
        self, payment_id: str, orig_ref: str, amount: int, on_progress: ProgressCallback | None = None
    ) -> PaymentOutcome: ...

    def settle(self, on_progress: ProgressCallback | None = None) -> PaymentOutcome: ...

    def echo(self) -> PaymentOutcome: ...

    def status(self, ecr_ref: str, on_progress: ProgressCallback | None = None) -> PaymentOutcome: ...

    def recover(self, on_progress: ProgressCallback | None = None) -> list[PaymentOutcome]: ...

    def close(self) -> None: ...


class SerialEdcTerminal:
    """A real terminal on ``port`` (anything ``serial_for_url`` accepts)."""

    def __init__(
        self,
        port: str,
        journal: PaymentJournal,
        *,
        profile: FixedWidthProfile = STANDARD_PROFILE,
        baudrate: int | None = None,
        ack_timeout: float = 2.0,
        max_sends: int = 3,
        response_timeout: float = 120.0,
        status_backoff: tuple[float, ...] = (1.0, 2.0, 4.0, 8.0, 15.0, 30.0),
        status_response_timeout: float = 15.0,
        status_give_up: float | None = None,
    ) -> None:
        self.link = EcrLink(
            port,
            profile=profile,
            baudrate=baudrate,
            ack_timeout=ack_timeout,
            max_sends=max_sends,
            response_timeout=response_timeout,
        )
        self.flow = EdcPaymentFlow(
            self.link,
            journal,
            status_backoff=status_backoff,
            status_response_timeout=status_response_timeout,
            status_give_up=status_give_up,
        )
        self._lock = threading.Lock()  # one conversation at a time on one port

    def sale(self, payment_id: str, amount: int, on_progress: ProgressCallback | None = None) -> PaymentOutcome:
        with self._lock:
            return self.flow.sale(payment_id, amount, on_progress)

    def void(
        self, payment_id: str, orig_ref: str, amount: int, on_progress: ProgressCallback | None = None
    ) -> PaymentOutcome:
        with self._lock:
            return self.flow.void(payment_id, orig_ref, amount, on_progress)

    def settle(self, on_progress: ProgressCallback | None = None) -> PaymentOutcome:
        with self._lock:
            return self.flow.settle(on_progress)

    def echo(self) -> PaymentOutcome:
        with self._lock:
            return self.flow.echo()

    def status(self, ecr_ref: str, on_progress: ProgressCallback | None = None) -> PaymentOutcome:
        with self._lock:
            return self.flow.status(ecr_ref, on_progress)

    def recover(self, on_progress: ProgressCallback | None = None) -> list[PaymentOutcome]:
        with self._lock:
            return self.flow.recover(on_progress)

    def close(self) -> None:
        self.link.close()


class SimulatedEdcTerminal(SerialEdcTerminal):
    """The same link and flow, talking to a :class:`TerminalSimulator` on a pty (demo, training)."""

    def __init__(self, journal: PaymentJournal, simulator: "TerminalSimulator | None" = None, **kwargs: object) -> None:
        from hardware.edc.simulator import FaultPlan, TerminalSimulator

        self.simulator = simulator or TerminalSimulator(FaultPlan(card_delay=1.5))
        port = self.simulator.port or self.simulator.start()
        super().__init__(port, journal, **kwargs)  # type: ignore[arg-type]

    def close(self) -> None:
        super().close()
        self.simulator.stop()

