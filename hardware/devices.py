"""The bundle of shop devices the screens receive: EDC terminal, receipt printer, paper width.

Building a bundle touches no hardware (ports and printers open at first use), so it is safe on the
GUI thread. A device that cannot be offered is ``None`` with the reason beside it, in words a
cashier can read. Call ``devices.edc.recover()`` from a worker at start-up, before new payments.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass

from hardware.edc.interface import EdcTerminal, SerialEdcTerminal, SimulatedEdcTerminal
from hardware.edc.payment import PaymentJournal
from hardware.printing.errors import PrinterError
from hardware.printing.spool import PrintStation

log = logging.getLogger(__name__)

PAPER_WIDTHS = (58, 80)


@dataclass
class Devices:
    edc: EdcTerminal | None
    printer: PrintStation | None
    paper_mm: int = 80
    edc_unavailable: str = ""  # why ``edc`` is None ("" when there is one)
    printer_unavailable: str = ""  # why ``printer`` is None

    def __post_init__(self) -> None:
        if self.paper_mm not in PAPER_WIDTHS:
            raise ValueError(f"paper width must be 58 or 80 mm, not {self.paper_mm}")

    def close(self) -> None:
        """Close the EDC link (and stop a simulator). Safe to call twice."""
        edc, self.edc = self.edc, None
        if edc is not None:
            try:
                edc.close()
            except Exception as exc:  # closing must not hide why we are closing
                log.warning("closing the EDC terminal failed: %s", exc)

    def __enter__(self) -> "Devices":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def simulated_devices(journal: PaymentJournal, *, paper_mm: int = 80) -> Devices:
    """Demo / training: a simulated EDC on a pty (not on Windows) and an on-screen preview printer."""
    printer = PrintStation("preview:", paper_mm=paper_mm)
    if sys.platform == "win32":
        return Devices(None, printer, paper_mm,
                       edc_unavailable="Simulator EDC butuh pseudo-terminal (Linux/macOS); tidak ada di Windows")
    try:
        edc: EdcTerminal = SimulatedEdcTerminal(journal)
    except (OSError, RuntimeError) as exc:
        return Devices(None, printer, paper_mm, edc_unavailable=f"Simulator EDC tidak bisa dimulai: {exc}")
    return Devices(edc, printer, paper_mm)


def devices_from_settings(
    edc_port: str | None, printer_url: str | None, journal: PaymentJournal, *, paper_mm: int = 80
) -> Devices:
    """The configured devices. A bad printer string leaves ``printer`` None with the reason."""
    printer: PrintStation | None = None
    printer_reason = ""
    if printer_url and printer_url.strip():
        try:
            printer = PrintStation(printer_url.strip(), paper_mm=paper_mm)
        except PrinterError as exc:
            printer_reason = str(exc)
    else:
        printer_reason = "Printer struk belum diatur"
    edc: EdcTerminal | None = None
    edc_reason = ""
    if edc_port and edc_port.strip():
        edc = SerialEdcTerminal(edc_port.strip(), journal)
    else:
        edc_reason = "EDC belum diatur"
    return Devices(edc, printer, paper_mm, edc_unavailable=edc_reason, printer_unavailable=printer_reason)
