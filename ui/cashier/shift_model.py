"""The shift screen's view-model: open with a float, count the drawer, close, the Z-report."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.overrides import Approval, ApprovalRequired, approval_of
from app.shifts import Shift, TillEntry, ZReport, count_total
from ui.devices import receipts
from ui.devices.print_queue import PrintQueue
from ui.kit.operations import CommandOp, DeviceOp, QueryOp
from ui.kit.screen import ViewContext


@dataclass
class ShiftView:
    shift: Shift | None
    expected: int = 0
    entries: list[TillEntry] | None = None
    variance_threshold: int = 0
    last_z: ZReport | None = None


class ShiftModel(QObject):
    loaded = Signal(object)            # ShiftView
    opened = Signal(object)            # Shift
    closed = Signal(object)            # ZReport
    z_preview = Signal(object)         # QImage
    failed = Signal(object)            # BaseException
    approval_needed = Signal(str, str)
    printed = Signal(bool, str)
    busy_changed = Signal(bool)
    settled = Signal(bool)             # the terminal closed its batch (True) or refused (False)

    def __init__(self, ctx: ViewContext, origin: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.origin = origin
        self.view = ShiftView(None)
        self.counts: dict[int, int] = {}
        self.approval: Approval | None = None
        self.busy = False
        self.printer = PrintQueue(ctx.devices, ctx.tasks, self)
        self.printer.printed.connect(lambda _t, _j: self.printed.emit(True, ""))
        self.printer.failed.connect(lambda _t, exc: self.printed.emit(False, str(exc)))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_changed.emit(busy)

    def load(self) -> None:
        shifts, settings = self.ctx.services.shifts, self.ctx.services.settings

        def read() -> ShiftView:
            shift = shifts.current()
            threshold = settings.cashier_policy().variance_threshold
            if shift is None:
                history = shifts.history(1)
                last = shifts.z_report(history[0].id) if history and history[0].z_number else None
                return ShiftView(None, variance_threshold=threshold, last_z=last)
            return ShiftView(shift, shifts.expected_cash(shift.id), shifts.entries(shift.id), threshold)

        QueryOp(self, read, tasks=self.ctx.tasks).success(self._loaded).failure(self.failed.emit).run()

    def _loaded(self, view: ShiftView) -> None:
        self.view = view
        self.loaded.emit(view)

    @property
    def counted(self) -> int:
        return count_total(self.counts)

    def open_shift(self, opening_float: int) -> None:
        shifts, actor = self.ctx.services.shifts, self.ctx.actor
        self._run(lambda: shifts.open(actor, opening_float), self._opened)

    def _opened(self, shift: Shift) -> None:
        self.opened.emit(shift)
        self.load()

    def close_shift(self) -> None:
        shifts, actor, counts = self.ctx.services.shifts, self.ctx.actor, dict(self.counts)
        approval = self.approval
        self._run(lambda: shifts.close(actor, counts, approval), self._closed)

    def _closed(self, report: ZReport) -> None:
        self.approval = None
        self.counts = {}
        self.closed.emit(report)
        self.print_z(report)
        self.load()

    def approve(self, supervisor: Any) -> None:
        try:
            self.approval = approval_of(supervisor, "variance")
        except Exception as exc:  # noqa: BLE001 - said on screen
            self.failed.emit(exc)
            return
        self.close_shift()

    def settle_terminal(self) -> None:
        """Close the card terminal's batch for the day (settlement), on the device lane."""
        terminal = self.ctx.devices.card_terminal
        if terminal is None:
            return
        DeviceOp(self, terminal.settle, tasks=self.ctx.tasks) \
            .success(lambda result: self.settled.emit(getattr(result, "status", "") == "approved")) \
            .failure(self.failed.emit).run()

    def print_z(self, report: ZReport, *, reprint: bool = False) -> None:
        paper = self.ctx.devices.paper_mm

        def build() -> tuple[bytes, Any]:
            data = receipts.z_report(report, paper, reprint=reprint)
            return data, receipts.preview(data, paper)

        def send(built: tuple[bytes, Any]) -> None:
            data, image = built
            self.z_preview.emit(image)
            if not self.printer.submit(f"Z {report.z_number}", data):
                self.printed.emit(False, "no printer")

        QueryOp(self, build, tasks=self.ctx.tasks).success(send).failure(self.failed.emit).run()

    def _run(self, fn, done) -> None:  # noqa: ANN001
        self._set_busy(True)
        CommandOp(self, fn, origin=self.origin, tasks=self.ctx.tasks).success(done).failure(self._refused) \
            .finally_(lambda: self._set_busy(False)).run()

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, ApprovalRequired):
            self.approval_needed.emit(exc.kind, str(exc))
        else:
            self.failed.emit(exc)
