"""Serial (or USB-CDC) barcode scanner: codes end with CR and/or LF. Reads off the GUI thread."""

from __future__ import annotations

import serial
from PySide6.QtCore import QObject, QThread, Signal


class _ReaderThread(QThread):
    line = Signal(str)
    failed = Signal(str)
    opened = Signal()

    def __init__(self, port: str, baudrate: int, max_length: int) -> None:
        super().__init__()
        self.port = port
        self.baudrate = baudrate
        self.max_length = max_length

    def run(self) -> None:
        try:
            ser = serial.serial_for_url(self.port, baudrate=self.baudrate, timeout=0.1)
        except (serial.SerialException, OSError, ValueError) as exc:
            self.failed.emit(f"scanner {self.port} tidak bisa dibuka: {exc}")
            return
        self.opened.emit()
        buf = bytearray()
        try:
            while not self.isInterruptionRequested():
                try:
                    chunk = ser.read(max(1, ser.in_waiting))
                except (serial.SerialException, OSError) as exc:
                    self.failed.emit(f"scanner {self.port} terputus: {exc}")
                    return
                for byte in chunk:
                    if byte in (0x0D, 0x0A):
                        code = buf.decode("latin-1").strip()
                        buf.clear()
                        if code:
                            self.line.emit(code)
                    elif len(buf) < self.max_length:
                        buf.append(byte)
        finally:
            ser.close()


class SerialScanner(QObject):
    """Emits ``scanned(code, source)`` for every CR/LF-terminated code read from ``port``."""

    scanned = Signal(str, str)
    error = Signal(str)
    ready = Signal()

    def __init__(self, port: str, *, baudrate: int = 9600, max_length: int = 256, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.port = port
        self.source = f"serial:{port}"
        self._thread = _ReaderThread(port, baudrate, max_length)
        self._thread.line.connect(self._on_line)
        self._thread.failed.connect(self.error)
        self._thread.opened.connect(self.ready)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._thread.requestInterruption()
        self._thread.wait(3000)

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def _on_line(self, code: str) -> None:
        self.scanned.emit(code, self.source)
