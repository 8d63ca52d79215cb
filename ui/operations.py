"""Run service calls off the GUI thread, on named lanes; hear about the result by callback.

Modelled on Anki's `aqt.operations` (`QueryOp` / `CollectionOp`) and `taskman`, with Picard's
purpose-specific pools. Screens never start threads: they build an operation, attach callbacks
and start it; every callback is delivered on the GUI thread.

Lanes (`Lane`):
- `store`  — one thread: every command and every store read, in order (writes never race).
- `device` — EDC sales, printing, serial I/O: a card sale waiting two minutes for a card holds
  this lane only, never the store lane, the board or a login.
- `net`    — calls that wait on the network (cloud look-ups).

    QueryOp(self, lambda: services.workorders.board()) \\
        .success(self.model.set_cards).failure(self.show_error).run()

    CommandOp(self, lambda: services.workorders.move(actor, wo_id, "working"), origin="board") \\
        .success(self.after_move).run()

A `CommandOp` runs on the store lane and tags the change set its commands publish with
`origin`, so the screen that started it can skip the change it is already handling. A
`QueryOp` is cancelled when its owner widget is destroyed. An operation whose function takes
the `Job` (`with_job=True`) can report progress (`job.report(done, total, label)`) and check
`job.cancelled` / `job.check()`; the screen fires `op.cancel()`. Once cancelled, or once the
owner widget is gone, success and failure callbacks are skipped (`on_cancel` callbacks run
instead while the owner lives).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from app.changes import command_origin

log = logging.getLogger(__name__)

SuccessCallback = Callable[[Any], None]
FailureCallback = Callable[[BaseException], None]
ProgressCallback = Callable[[int, int, str], None]


class Lane(StrEnum):
    STORE = "store"
    DEVICE = "device"
    NET = "net"


LANE_THREADS: dict[Lane, int] = {Lane.STORE: 1, Lane.DEVICE: 2, Lane.NET: 2}


class Cancelled(Exception):
    """Raised by `Job.check()` (or by the function itself) when the operation was cancelled."""


class CancelToken:
    """Set from any thread; read by the running function."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled("cancelled")

    def wait(self, seconds: float) -> bool:
        """Sleep up to `seconds`, waking at once on cancel; True if cancelled."""
        return self._event.wait(seconds)


class Job:
    """Handed to an operation's function (`with_job=True`): progress and the cancel token."""

    def __init__(self, token: CancelToken, emit: Callable[[int, int, str], None]) -> None:
        self.token = token
        self._emit = emit

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled

    def check(self) -> None:
        self.token.check()

    def report(self, done: int, total: int = 0, label: str = "") -> None:
        self._emit(int(done), int(total), str(label))


class _Runner(QRunnable):
    def __init__(self, operation: "Operation") -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._operation = operation
        # Signals are bound here, on the GUI thread; emitting them from the worker queues the slot.
        self._ok = operation._finished_ok
        self._bad = operation._finished_bad
        self._progress = operation._progressed

    def run(self) -> None:
        op = self._operation
        self._operation = None  # type: ignore[assignment]
        if op.token.cancelled:
            self._bad.emit(Cancelled("cancelled before it started"))
            return
        try:
            with command_origin(op.origin):
                if op._with_job:
                    result = op._fn(Job(op.token, self._progress.emit))
                else:
                    result = op._fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the failure callback on the GUI thread
            self._bad.emit(exc)
        else:
            self._ok.emit(result)


class TaskManager(QObject):
    """The lanes; owns every running operation until it reports."""

    failed_unhandled = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pools: dict[Lane, QThreadPool] = {}
        for lane, threads in LANE_THREADS.items():
            pool = QThreadPool(self)
            pool.setMaxThreadCount(threads)
            pool.setObjectName(f"lane-{lane.value}")
            self._pools[lane] = pool
        self._running: set[Operation] = set()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def running(self, lane: Lane | None = None) -> int:
        return sum(1 for op in self._running if lane is None or op.lane is lane)

    def start(self, operation: "Operation") -> None:
        was_busy = self.busy
        self._running.add(operation)
        if not was_busy:
            self.busy_changed.emit(True)
        self._pools[operation.lane].start(_Runner(operation))

    def _done(self, operation: "Operation") -> None:
        self._running.discard(operation)
        if not self._running:
            self.busy_changed.emit(False)

    def wait_idle(self, msecs: int = -1, lanes: Iterable[Lane] | None = None) -> bool:
        """Block until the lanes (all by default) have run every queued call (tests, shutdown).
        Callbacks still arrive through the event loop afterwards."""
        ok = True
        for lane in lanes or self._pools:
            ok = self._pools[Lane(lane)].waitForDone(msecs) and ok
        return ok

    def cancel_all(self) -> None:
        for op in list(self._running):
            op.token.cancel()

    def shutdown(self, msecs: int = 30_000) -> bool:
        """Cancel what runs, drop what has not started and wait for every lane; call before exit."""
        self.cancel_all()
        for pool in self._pools.values():
            pool.clear()
        return self.wait_idle(msecs)


_default_manager: TaskManager | None = None
_manager_lock = threading.Lock()


def task_manager() -> TaskManager:
    """The application's task manager (created on first use, owned by the QCoreApplication)."""
    global _default_manager
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before running operations")
    with _manager_lock:
        if _default_manager is None or not shiboken6.isValid(_default_manager):
            _default_manager = TaskManager(app)
        return _default_manager


class Operation(QObject):
    """One call run in the background on a lane; callbacks arrive on the GUI thread."""

    _finished_ok = Signal(object)
    _finished_bad = Signal(object)
    _progressed = Signal(int, int, str)

    cancel_with_owner = False

    def __init__(self, parent: QObject | None, fn: Callable[..., Any], *, lane: Lane | str = Lane.STORE,
                 with_job: bool = False, origin: str | None = None, tasks: TaskManager | None = None) -> None:
        app = QCoreApplication.instance()
        if app is None or not app.thread().isCurrentThread():
            raise RuntimeError("operations are created on the GUI thread")
        super().__init__(None)  # not a child of `parent`: it must outlive a closed screen's worker call
        self._owner = parent
        self._fn = fn
        self.lane = Lane(lane)
        self.origin = origin
        self.token = CancelToken()
        self._with_job = with_job
        self._tasks = tasks or task_manager()
        self._on_success: list[SuccessCallback] = []
        self._on_failure: list[FailureCallback] = []
        self._on_progress: list[ProgressCallback] = []
        self._on_cancel: list[Callable[[], None]] = []
        self._on_done: list[Callable[[], None]] = []
        self._started = False
        self.finished = False
        self._finished_ok.connect(self._deliver_success)
        self._finished_bad.connect(self._deliver_failure)
        self._progressed.connect(self._deliver_progress)
        if self.cancel_with_owner and parent is not None:
            token = self.token
            parent.destroyed.connect(lambda *_: token.cancel())

    # -- building ------------------------------------------------------------------------
    def success(self, callback: SuccessCallback) -> "Operation":
        self._on_success.append(callback)
        return self

    def failure(self, callback: FailureCallback) -> "Operation":
        self._on_failure.append(callback)
        return self

    def progress(self, callback: ProgressCallback) -> "Operation":
        self._on_progress.append(callback)
        return self

    def on_cancel(self, callback: Callable[[], None]) -> "Operation":
        self._on_cancel.append(callback)
        return self

    def finally_(self, callback: Callable[[], None]) -> "Operation":
        """Runs after success, failure or cancel (re-enable a button, hide a spinner)."""
        self._on_done.append(callback)
        return self

    def run(self) -> "Operation":
        if self._started:
            raise RuntimeError("an operation runs once")
        self._started = True
        self._tasks.start(self)
        return self

    run_in_background = run

    def cancel(self) -> None:
        """Ask the function to stop (it sees `job.cancelled`); its result is dropped either way."""
        self.token.cancel()

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled

    # -- delivery (GUI thread) -------------------------------------------------------------
    def _owner_alive(self) -> bool:
        return self._owner is None or shiboken6.isValid(self._owner)

    @Slot(int, int, str)
    def _deliver_progress(self, done: int, total: int, label: str) -> None:
        if self._owner_alive() and not self.token.cancelled:
            for callback in self._on_progress:
                callback(done, total, label)

    @Slot(object)
    def _deliver_success(self, result: Any) -> None:
        try:
            if self.token.cancelled:
                self._deliver_cancel()
            elif self._owner_alive():
                for callback in self._on_success:
                    callback(result)
        finally:
            self._finish()

    @Slot(object)
    def _deliver_failure(self, exc: BaseException) -> None:
        try:
            if isinstance(exc, Cancelled) or self.token.cancelled:
                self._deliver_cancel()
            elif not self._owner_alive():
                return
            elif self._on_failure:
                for callback in self._on_failure:
                    callback(exc)
            else:
                log.error("background operation failed", exc_info=exc)
                self._tasks.failed_unhandled.emit(exc)
        finally:
            self._finish()

    def _deliver_cancel(self) -> None:
        if self._owner_alive():
            for callback in self._on_cancel:
                callback()

    def _finish(self) -> None:
        self.finished = True
        try:
            if self._owner_alive():
                for callback in self._on_done:
                    callback()
        finally:
            self._tasks._done(self)
            self.deleteLater()


class QueryOp(Operation):
    """A read: store lane by default; cancelled when its owner widget is destroyed."""

    cancel_with_owner = True

    def __init__(self, parent: QObject | None, fn: Callable[..., Any], *, lane: Lane | str = Lane.STORE,
                 with_job: bool = False, tasks: TaskManager | None = None) -> None:
        super().__init__(parent, fn, lane=lane, with_job=with_job, tasks=tasks)


def owner_origin(obj: QObject | None) -> str | None:
    """The `origin` tag of `obj` or of the nearest parent that has one (a `Screen`)."""
    while obj is not None:
        tag = getattr(obj, "origin", None)
        if isinstance(tag, str):
            return tag
        obj = obj.parent()
    return None


class CommandOp(Operation):
    """A change of state: always the store lane, in order; its change sets carry `origin` (by
    default the owning screen's, so the screen's own watcher skips them)."""

    def __init__(self, parent: QObject | None, fn: Callable[..., Any], *, origin: str | None = None,
                 with_job: bool = False, tasks: TaskManager | None = None) -> None:
        super().__init__(parent, fn, lane=Lane.STORE, with_job=with_job, origin=origin or owner_origin(parent),
                         tasks=tasks)


class DeviceOp(Operation):
    """A call to a device (card terminal, printer, serial port): the device lane."""

    def __init__(self, parent: QObject | None, fn: Callable[..., Any], *, with_job: bool = False,
                 tasks: TaskManager | None = None) -> None:
        super().__init__(parent, fn, lane=Lane.DEVICE, with_job=with_job, tasks=tasks)
