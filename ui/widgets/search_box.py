"""Search as you type: a line edit that waits until typing pauses, then runs one query on the
store lane; a newer keystroke cancels the query still running (latest wins), so results never
arrive out of order and a fast typist costs one query, not one per key.

    box = SearchBox("Advisor.Search", parent=self)
    box.bind(lambda text: services.customers.search(text), self.show_results)

Without `bind`, connect to `search_requested(text)` and run your own operation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from ui.kit.operations import QueryOp, TaskManager

DEFAULT_DEBOUNCE_MS = 250


class SearchBox(QLineEdit):
    search_requested = Signal(str)
    searching = Signal(bool)

    def __init__(self, name: str, parent: QWidget | None = None, *, debounce_ms: int = DEFAULT_DEBOUNCE_MS,
                 min_chars: int = 1, tasks: TaskManager | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setClearButtonEnabled(True)
        self.min_chars = min_chars
        self._tasks = tasks
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._fire)
        self.textEdited.connect(lambda _t: self._timer.start())
        self.returnPressed.connect(self._fire)
        self._query: Callable[[str], Any] | None = None
        self._on_results: Callable[[Any], None] | None = None
        self._on_error: Callable[[BaseException], None] | None = None
        self._running: QueryOp | None = None
        self.queries = 0

    def bind(self, query: Callable[[str], Any], on_results: Callable[[Any], None],
             on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run `query(text)` on the store lane after each pause; hand the latest result to `on_results`."""
        self._query, self._on_results, self._on_error = query, on_results, on_error

    def _fire(self) -> None:
        self._timer.stop()
        text = self.text().strip()
        self.search_requested.emit(text)
        if self._query is None or self._on_results is None:
            return
        if self._running is not None and not self._running.finished:
            self._running.cancel()
        if len(text) < self.min_chars:
            self._on_results(None)
            return
        query, on_results = self._query, self._on_results
        op = QueryOp(self, lambda: query(text), tasks=self._tasks).success(on_results)
        if self._on_error is not None:
            op.failure(self._on_error)
        op.finally_(lambda o=op: self._settled(o))
        self._running = op
        self.queries += 1
        self.searching.emit(True)
        op.run()

    def _settled(self, op: QueryOp) -> None:
        if op is self._running:
            self._running = None
            self.searching.emit(False)
