"""Serial (or USB-CDC) barcode scanner: codes end with CR and/or LF. Implements the core's
`Scanner` port (`app.ports`): `start(on_scan, on_error)` reads on a thread of its own and calls
`on_scan(code)` there; the GUI's `ui.devices.scanner.ScanHub` queues it to the GUI thread."""

from __future__ import annotations

import threading

import serial

from app.ports import DeviceMessage, ScanCallback, ScanErrorCallback


class SerialScanner:
    def __init__(self, port: str, *, baudrate: int = 9600, max_length: int = 256) -> None:
        self.port = port
        self.baudrate = baudrate
        self.max_length = max_length
        self.source = f"serial:{port}"
        self.opened = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, on_scan: ScanCallback, on_error: ScanErrorCallback | None = None) -> None:
        if self.running:
            return
        self._stop.clear()
        self.opened.clear()
        self._thread = threading.Thread(target=self._run, args=(on_scan, on_error), name=f"scanner-{self.port}",
                                        daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(3)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _run(self, on_scan: ScanCallback, on_error: ScanErrorCallback | None) -> None:
        def fail(code: DeviceMessage, exc: BaseException) -> None:
            if on_error is not None:
                on_error(code, f"{self.port}: {exc}")

        try:
            ser = serial.serial_for_url(self.port, baudrate=self.baudrate, timeout=0.1)
        except (serial.SerialException, OSError, ValueError) as exc:
            fail(DeviceMessage.SCANNER_OPEN_FAILED, exc)
            return
        self.opened.set()
        buf = bytearray()
        try:
            while not self._stop.is_set():
                try:
                    chunk = ser.read(max(1, ser.in_waiting))
                except (serial.SerialException, OSError) as exc:
                    fail(DeviceMessage.SCANNER_DISCONNECTED, exc)
                    return
                for byte in chunk:
                    if byte in (0x0D, 0x0A):
                        code = buf.decode("latin-1").strip()
                        buf.clear()
                        if code:
                            on_scan(code)
                    elif len(buf) < self.max_length:
                        buf.append(byte)
        finally:
            ser.close()
