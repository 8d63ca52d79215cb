"""Run a service call off the GUI thread; hear about success, failure and progress by signal.

Modelled on Anki's `aqt.operations` + `taskman`: a screen builds an `Operation`, attaches
callbacks and starts it; the call runs on the task manager's single worker thread (one
serial lane to the store, so commands never race each other), and every callback is
delivered on the GUI thread. Screens never start threads themselves.

    Operation(self, lambda: services.workorders.board()) \
        .success(self.model.set_cards) \
        .failure(self.show_error) \
        .run_in_background()

An operation that reports progress takes a `Progress` argument:

    Operation(self, lambda progress: importer.run(progress), with_progress=True) \
        .progress(lambda done, total, label: bar.setValue(done)) \
        .run_in_background()

If the `parent` widget is destroyed before the call returns, the callbacks are skipped.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

SuccessCallback = Callable[[Any], None]
FailureCallback = Callable[[BaseException], None]
ProgressCallback = Callable[[int, int, str], None]


class Progress:
    """Handed to an operation's function; call it from the worker thread to report progress."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit

    def __call__(self, done: int, total: int = 0, label: str = "") -> None:
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
        try:
            if op._with_progress:
                result = op._fn(Progress(self._progress.emit))
            else:
                result = op._fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the failure callback on the GUI thread
            self._bad.emit(exc)
        else:
            self._ok.emit(result)


class TaskManager(QObject):
    """One worker lane for service calls; owns every running `Operation` until it reports."""

    failed_unhandled = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running: set[Operation] = set()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def start(self, operation: "Operation") -> None:
        was_busy = self.busy
        self._running.add(operation)
        if not was_busy:
            self.busy_changed.emit(True)
        self._pool.start(_Runner(operation))

    def _done(self, operation: "Operation") -> None:
        self._running.discard(operation)
        if not self._running:
            self.busy_changed.emit(False)

    def wait_idle(self, msecs: int = -1) -> bool:
        """Block until the worker has run every queued call (tests, shutdown). Callbacks still
        arrive through the event loop afterwards."""
        return self._pool.waitForDone(msecs)

    def shutdown(self, msecs: int = 30_000) -> bool:
        """Drop calls not yet started and wait for the running one; call before the app exits."""
        self._pool.clear()
        return self._pool.waitForDone(msecs)


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
    """One service call run in the background; callbacks arrive on the GUI thread."""

    _finished_ok = Signal(object)
    _finished_bad = Signal(object)
    _progressed = Signal(int, int, str)

    def __init__(self, parent: QObject | None, fn: Callable[..., Any], *, with_progress: bool = False,
                 tasks: TaskManager | None = None) -> None:
        app = QCoreApplication.instance()
        if app is None or not app.thread().isCurrentThread():
            raise RuntimeError("operations are created on the GUI thread")
        super().__init__(None)  # not a child of `parent`: it must outlive a closed screen's worker call
        self._owner = parent
        self._fn = fn
        self._with_progress = with_progress
        self._tasks = tasks or task_manager()
        self._on_success: list[SuccessCallback] = []
        self._on_failure: list[FailureCallback] = []
        self._on_progress: list[ProgressCallback] = []
        self._on_done: list[Callable[[], None]] = []
        self._started = False
        self._finished_ok.connect(self._deliver_success)
        self._finished_bad.connect(self._deliver_failure)
        self._progressed.connect(self._deliver_progress)

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

    def finally_(self, callback: Callable[[], None]) -> "Operation":
        """Runs after success or failure (re-enable a button, hide a spinner)."""
        self._on_done.append(callback)
        return self

    def run_in_background(self) -> "Operation":
        if self._started:
            raise RuntimeError("an operation runs once")
        self._started = True
        self._tasks.start(self)
        return self

    # -- delivery (GUI thread) -------------------------------------------------------------
    def _owner_alive(self) -> bool:
        return self._owner is None or shiboken6.isValid(self._owner)

    @Slot(int, int, str)
    def _deliver_progress(self, done: int, total: int, label: str) -> None:
        if self._owner_alive():
            for callback in self._on_progress:
                callback(done, total, label)

    @Slot(object)
    def _deliver_success(self, result: Any) -> None:
        try:
            if self._owner_alive():
                for callback in self._on_success:
                    callback(result)
        finally:
            self._finish()

    @Slot(object)
    def _deliver_failure(self, exc: BaseException) -> None:
        try:
            if not self._owner_alive():
                return
            if self._on_failure:
                for callback in self._on_failure:
                    callback(exc)
            else:
                log.error("background operation failed", exc_info=exc)
                self._tasks.failed_unhandled.emit(exc)
        finally:
            self._finish()

    def _finish(self) -> None:
        try:
            if self._owner_alive():
                for callback in self._on_done:
                    callback()
        finally:
            self._tasks._done(self)
            self.deleteLater()
