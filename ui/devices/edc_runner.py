"""Card payments on the device lane: a sale may wait two minutes for the customer's card while
the store lane, the board and logins go on. Progress arrives as `DeviceMessage` codes (translate
them with `ui.kit.labels.device_message`).

    runner = EdcRunner(ctx.devices, ctx.tasks, parent=self)
    runner.progress.connect(lambda code: strip.info(device_message(code)))
    runner.finished.connect(self.record_card_payment)   # a CardResult: check .charged
    runner.failed.connect(self.show_error)
    runner.sale(payment_id, amount)
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.ports import CardProgress, CardResult, DeviceMessage, StationDevices
from ui.kit.operations import DeviceOp, Job, TaskManager


class EdcRunner(QObject):
    progress = Signal(str)        # a DeviceMessage value
    finished = Signal(object)     # CardResult
    recovered = Signal(object)    # list[CardResult]
    failed = Signal(object)       # BaseException
    busy_changed = Signal(bool)

    def __init__(self, devices: StationDevices, tasks: TaskManager | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.devices = devices
        self.tasks = tasks
        self.busy = False

    @property
    def available(self) -> bool:
        return self.devices.card_terminal is not None

    def unavailable_reason(self) -> DeviceMessage | None:
        return None if self.available else (self.devices.card_unavailable or DeviceMessage.EDC_NOT_CONFIGURED)

    def sale(self, payment_id: str, amount: int) -> DeviceOp | None:
        terminal = self.devices.card_terminal
        if terminal is None or self.busy:
            return None

        def run(job: Job) -> CardResult:
            return terminal.sale(payment_id, amount, on_progress=lambda p: self._report(job, p))

        return self._start(run, self.finished)

    def recover(self) -> DeviceOp | None:
        """Resolve requests a crash or power cut left open (run once at start, before new sales)."""
        terminal = self.devices.card_terminal
        if terminal is None:
            return None

        def run(job: Job) -> list[CardResult]:
            return terminal.recover(on_progress=lambda p: self._report(job, p))

        return self._start(run, self.recovered)

    @staticmethod
    def _report(job: Job, step: CardProgress) -> None:
        job.report(0, 0, str(step.stage))

    def _start(self, run, done: Signal) -> DeviceOp:  # noqa: ANN001 - a job function
        self._set_busy(True)
        op = DeviceOp(self, run, with_job=True, tasks=self.tasks)
        op.progress(lambda _d, _t, code: self.progress.emit(code)).success(done.emit) \
            .failure(self.failed.emit).finally_(lambda: self._set_busy(False))
        return op.run()  # type: ignore[return-value]

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.busy_changed.emit(busy)
