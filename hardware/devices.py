"""The station's devices built from its settings, as the core's ports (`app.ports.StationDevices`).

Building touches no hardware (ports and printers open at first use), so it is safe on the GUI
thread. A device that cannot be offered is None with a `DeviceMessage` code saying why (the
screens translate it) and a technical detail for the log. Real drivers for a station's
settings; `simulate=True` (demo, training) gives the EDC simulator on a pty, the printer of the
settings or the on-screen `preview:` printer, and a scanner fed by software. Call
`card_terminal.recover()` on the device lane at start, before new payments (`ui.devices`).
"""

from __future__ import annotations

import logging
import sys

from app.errors import ValidationError
from app.ports import CardTerminal, DeviceMessage, ReceiptPrinter, Scanner, StationDevices
from app.settings import Settings
from hardware.edc.interface import SerialEdcTerminal, SimulatedEdcTerminal
from hardware.edc.payment import PaymentJournal
from hardware.printing.errors import PrinterError
from hardware.printing.printer_url import parse_printer_url
from hardware.printing.spool import PrintStation
from hardware.scanner.serial_reader import SerialScanner
from hardware.scanner.simulator import SimulatedScanner

log = logging.getLogger(__name__)

PREVIEW_PRINTER = "preview:"


def check_device_settings(settings: Settings) -> None:
    """Refuse device settings that cannot work (a printer string that does not parse)."""
    if settings.printer_url:
        try:
            parse_printer_url(settings.printer_url)
        except PrinterError as exc:
            raise ValidationError(str(exc), "printer_url") from None


def build_devices(settings: Settings, journal: PaymentJournal, *, simulate: bool = False) -> StationDevices:
    devices = StationDevices(paper_mm=settings.paper_mm)
    details: list[str] = []
    # card terminal
    if simulate:
        if sys.platform == "win32":
            devices.card_unavailable = DeviceMessage.EDC_SIMULATOR_NEEDS_PTY
        else:
            try:
                devices.card_terminal = _as_terminal(SimulatedEdcTerminal(journal))
            except (OSError, RuntimeError) as exc:
                devices.card_unavailable = DeviceMessage.EDC_SIMULATOR_FAILED
                details.append(f"EDC simulator: {exc}")
    elif settings.edc_port:
        devices.card_terminal = _as_terminal(SerialEdcTerminal(settings.edc_port, journal))
    else:
        devices.card_unavailable = DeviceMessage.EDC_NOT_CONFIGURED
    # receipt printer (and its cash drawer)
    url = settings.printer_url or (PREVIEW_PRINTER if simulate else None)
    if url:
        try:
            devices.printer = _as_printer(PrintStation(url, paper_mm=settings.paper_mm))
        except PrinterError as exc:
            devices.printer_unavailable = DeviceMessage.PRINTER_BAD_URL
            details.append(f"printer: {exc}")
    else:
        devices.printer_unavailable = DeviceMessage.PRINTER_NOT_CONFIGURED
    # scanner (a keyboard-wedge scanner needs no setting: the GUI listens for it)
    if settings.scanner_port:
        devices.scanner = _as_scanner(SerialScanner(settings.scanner_port))
    elif simulate:
        devices.scanner = _as_scanner(SimulatedScanner())
    else:
        devices.scanner_unavailable = DeviceMessage.SCANNER_NOT_CONFIGURED
    devices.detail = "; ".join(details)
    if details:
        log.warning("devices: %s", devices.detail)
    return devices


def _as_terminal(terminal: SerialEdcTerminal) -> CardTerminal:
    assert isinstance(terminal, CardTerminal)
    return terminal


def _as_printer(printer: PrintStation) -> ReceiptPrinter:
    assert isinstance(printer, ReceiptPrinter)
    return printer


def _as_scanner(scanner: SerialScanner | SimulatedScanner) -> Scanner:
    assert isinstance(scanner, Scanner)
    return scanner
