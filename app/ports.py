"""Device ports: what the core and the screens need from the shop's hardware. Qt-free.

`hardware/` implements each port twice, a real driver and a simulator (`hardware/devices.py`
builds them from the station settings). Core services and screens only see these protocols,
so a checkout can be tested with a fake terminal and run unchanged against a real one.

Every method may block (a card sale waits for the customer's card, up to two minutes): the
screens call them on the device lane (`ui.kit.operations.DeviceOp`), never on the GUI thread.
Progress and refusals speak in message codes (`DeviceMessage`), which the screens translate.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol, runtime_checkable


class DeviceMessage(StrEnum):
    """What a device has to say to a person; the UI translates each code (`ui.kit.labels`)."""

    SENDING = "sending"
    SENT = "sent"
    WAITING_FOR_CARD = "waiting_for_card"
    CHECKING_STATUS = "checking_status"
    DONE = "done"
    EDC_NOT_CONFIGURED = "edc_not_configured"
    EDC_SIMULATOR_NEEDS_PTY = "edc_simulator_needs_pty"
    EDC_SIMULATOR_FAILED = "edc_simulator_failed"
    PRINTER_NOT_CONFIGURED = "printer_not_configured"
    PRINTER_BAD_URL = "printer_bad_url"
    SCANNER_NOT_CONFIGURED = "scanner_not_configured"


class CardProgress(Protocol):
    """One progress step of a card request."""

    @property
    def stage(self) -> DeviceMessage: ...

    @property
    def ecr_ref(self) -> str: ...


CardProgressCallback = Callable[[CardProgress], None]


class CardResult(Protocol):
    """What became of one card request."""

    status: str  # approved | declined | not_found | unknown | error
    ecr_ref: str
    amount: int
    approval_code: str
    masked_pan: str
    card_label: str

    @property
    def charged(self) -> bool: ...

    @property
    def definite(self) -> bool: ...


@runtime_checkable
class CardTerminal(Protocol):
    """An EDC terminal: never charges twice (the journal guards every request)."""

    def sale(self, payment_id: str, amount: int,
             on_progress: CardProgressCallback | None = None) -> CardResult: ...

    def void(self, payment_id: str, orig_ref: str, amount: int,
             on_progress: CardProgressCallback | None = None) -> CardResult: ...

    def settle(self, on_progress: CardProgressCallback | None = None) -> CardResult: ...

    def echo(self) -> CardResult: ...

    def recover(self, on_progress: CardProgressCallback | None = None) -> list[CardResult]: ...

    def close(self) -> None: ...


class PrintResult(Protocol):
    id: str
    state: str  # queued | printed | failed


@runtime_checkable
class ReceiptPrinter(Protocol):
    """An ESC/POS receipt printer with its cash drawer (or the on-screen preview)."""

    paper_mm: int

    def submit(self, title: str, data: bytes) -> PrintResult: ...

    def kick_drawer(self) -> None: ...

    def print_test_page(self) -> PrintResult: ...


ScanCallback = Callable[[str], None]


@runtime_checkable
class Scanner(Protocol):
    """A barcode scanner that delivers whole codes (serial port, or a simulator fed by tests)."""

    def start(self, on_scan: ScanCallback) -> None: ...

    def stop(self) -> None: ...


@dataclass
class StationDevices:
    """The station's devices as built from its settings; a missing one says why (a code)."""

    card_terminal: CardTerminal | None = None
    printer: ReceiptPrinter | None = None
    scanner: Scanner | None = None
    paper_mm: int = 80
    card_unavailable: DeviceMessage | None = None
    printer_unavailable: DeviceMessage | None = None
    scanner_unavailable: DeviceMessage | None = None
    detail: str = ""  # a technical detail for the log / the settings screen

    def close(self) -> None:
        """Stop the scanner and close the card link. Safe to call twice."""
        scanner, self.scanner = self.scanner, None
        if scanner is not None:
            scanner.stop()
        terminal, self.card_terminal = self.card_terminal, None
        if terminal is not None:
            terminal.close()
