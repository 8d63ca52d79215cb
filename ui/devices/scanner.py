"""One `scanned(code, source)` signal for every scanner of the station: the keyboard-wedge filter
(codes typed fast, ended by Enter) and port scanners (`app.ports.Scanner`, serial or simulated),
whose callbacks come from their reader thread and are queued to the GUI thread here."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from app.ports import Scanner


class ScanHub(QObject):
    scanned = Signal(str, str)
    _from_port = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ports: list[Scanner] = []
        self._from_port.connect(self._relay)  # queued: port callbacks run on reader threads
        self.last_code = ""

    def attach_port(self, scanner: Scanner, source: str = "serial") -> None:
        relay = self._from_port
        scanner.start(lambda code: relay.emit(code, source))
        self._ports.append(scanner)

    def attach_wedge(self, wedge: QObject) -> None:
        """A `hardware.scanner.wedge.WedgeScannerFilter` (installed on the application)."""
        wedge.scanned.connect(self._relay)  # type: ignore[attr-defined]

    @Slot(str, str)
    def _relay(self, code: str, source: str) -> None:
        self.last_code = code
        self.scanned.emit(code, source)

    def close(self) -> None:
        for scanner in self._ports:
            scanner.stop()
        self._ports.clear()
