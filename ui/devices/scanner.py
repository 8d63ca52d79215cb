"""One `scanned(code, source)` signal for every scanner of the station: the keyboard-wedge filter
(codes typed fast, ended by Enter) and port scanners (`app.ports.Scanner`, serial or simulated),
whose callbacks come from their reader thread and are queued to the GUI thread here.

There is one hub per application, `scan_hub()`; the main window attaches the station's port
scanner at start. A screen that takes scans connects to `scan_hub().scanned` (and disconnects in
its `shutdown()`); a station with a keyboard-wedge scanner calls `scan_hub().listen_to_keyboard()`
(not by default: it would take fast scripted typing, such as the tour's, for scans)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from app.ports import Scanner


class ScanHub(QObject):
    scanned = Signal(str, str)   # code, source
    error = Signal(str, str)     # a DeviceMessage value, a technical detail
    _from_port = Signal(str, str)
    _port_error = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ports: list[Scanner] = []
        self._from_port.connect(self._relay)  # queued: port callbacks run on reader threads
        self._port_error.connect(self.error)
        self.last_code = ""

    def attach_port(self, scanner: Scanner, source: str = "serial") -> None:
        relay, failed = self._from_port, self._port_error
        scanner.start(lambda code: relay.emit(code, source), lambda code, detail: failed.emit(str(code), detail))
        self._ports.append(scanner)

    def attach_wedge(self, wedge: QObject) -> None:
        """A `hardware.scanner.wedge.WedgeScannerFilter` (installed on the application)."""
        wedge.scanned.connect(self._relay)  # type: ignore[attr-defined]

    def listen_to_keyboard(self) -> QObject:
        """Install the keyboard-wedge detector on the application; returns it."""
        from hardware.scanner.wedge import WedgeScannerFilter

        app = QCoreApplication.instance()
        wedge = WedgeScannerFilter(parent=self)
        if app is not None:
            app.installEventFilter(wedge)
        self.attach_wedge(wedge)
        return wedge

    @Slot(str, str)
    def _relay(self, code: str, source: str) -> None:
        self.last_code = code
        self.scanned.emit(code, source)

    def close(self) -> None:
        for scanner in self._ports:
            scanner.stop()
        self._ports.clear()


_hub: ScanHub | None = None


def scan_hub() -> ScanHub:
    """The application's scan hub (created on first use, owned by the QCoreApplication)."""
    global _hub
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication first")
    if _hub is None or not shiboken6.isValid(_hub):
        _hub = ScanHub(app)
    return _hub
