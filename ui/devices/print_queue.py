"""Print jobs one after another on the device lane (a receipt never interleaves with a job sheet),
with the result per job by signal. The printer is the station's `ReceiptPrinter` port."""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QObject, Signal

from app.ports import DeviceMessage, StationDevices
from ui.kit.operations import DeviceOp, TaskManager


class PrintQueue(QObject):
    printed = Signal(str, object)   # title, the printer's job record
    failed = Signal(str, object)    # title, the exception
    pending_changed = Signal(int)

    def __init__(self, devices: StationDevices, tasks: TaskManager | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.devices = devices
        self.tasks = tasks
        self._queue: deque[tuple[str, bytes, bool]] = deque()
        self._running = False

    @property
    def available(self) -> bool:
        return self.devices.printer is not None

    def unavailable_reason(self) -> DeviceMessage | None:
        return None if self.available else (self.devices.printer_unavailable or DeviceMessage.PRINTER_NOT_CONFIGURED)

    @property
    def pending(self) -> int:
        return len(self._queue) + (1 if self._running else 0)

    def submit(self, title: str, data: bytes, *, kick_drawer: bool = False) -> bool:
        """Queue ESC/POS bytes; False (nothing queued) when the station has no printer."""
        if self.devices.printer is None:
            return False
        self._queue.append((title, data, kick_drawer))
        self.pending_changed.emit(self.pending)
        self._next()
        return True

    def _next(self) -> None:
        printer = self.devices.printer
        if self._running or not self._queue or printer is None:
            return
        title, data, kick = self._queue.popleft()
        self._running = True

        def work() -> object:
            job = printer.submit(title, data)
            if kick:
                printer.kick_drawer()
            return job

        DeviceOp(self, work, tasks=self.tasks).success(lambda job: self.printed.emit(title, job)) \
            .failure(lambda exc: self.failed.emit(title, exc)).finally_(self._done).run()

    def _done(self) -> None:
        self._running = False
        self.pending_changed.emit(self.pending)
        self._next()
