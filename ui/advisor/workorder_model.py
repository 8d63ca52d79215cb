"""The work-order editor's view-model: the WO, its estimate and SLA, and every command the
editor runs (add a job or a part, change a quantity, take a line off, record the customer's
decision, assign mechanics and a bay, print). Results and refusals come back as signals."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QObject, Signal

from app.approval import Approval, Via
from app.queries.catalogue_picker import LabourChoice, PartChoice, labour_choices, part_choices
from app.queries.wo_editor import EditorView, editor_view
from ui.devices.documents import document_bytes
from ui.devices.print_queue import PrintQueue
from ui.kit.changes import ChangeWatcher
from ui.kit.operations import CommandOp, QueryOp
from ui.kit.screen import ViewContext

EDITOR_TABLES = frozenset({"workorders", "wo_jobs", "wo_parts", "wo_complaints", "wo_waits", "stock_movements",
                           "branches"})


class WorkOrderModel(QObject):
    loaded = Signal(object)  # EditorView
    load_failed = Signal(str)
    failed = Signal(object)  # an exception from a command
    done = Signal(str)  # what a command did, for the message strip ("job", "part", "decision", ...)
    choices = Signal(object, object)  # list[LabourChoice], list[PartChoice]
    printed = Signal(str, object)  # document kind ("job_sheet"/"estimate"), the preview image or None
    print_failed = Signal(str, object)

    def __init__(self, ctx: ViewContext, parent: QObject | None = None, *, origin: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.origin = origin
        self.wo_id: str | None = None
        self.view: EditorView | None = None
        self.busy = False
        self.watcher = ChangeWatcher(ctx.services.store, EDITOR_TABLES, owner=parent, origin=origin)
        self.queue = PrintQueue(ctx.devices, ctx.tasks, self)
        self.queue.printed.connect(self._queue_printed)
        self.queue.failed.connect(self._queue_failed)
        self._kinds: dict[str, str] = {}
        self.watcher.changed.connect(lambda _c: self.reload())

    # -- reading -------------------------------------------------------------------------
    def open(self, wo_id: str) -> None:
        self.wo_id = wo_id
        self.reload()

    def reload(self) -> None:
        if self.wo_id is None:
            return
        services, wo_id = self.ctx.services, self.wo_id
        QueryOp(self, lambda: editor_view(services, wo_id, datetime.now(timezone.utc)), tasks=self.ctx.tasks) \
            .success(self._loaded).failure(lambda exc: self.load_failed.emit(str(exc))).run()

    def _loaded(self, view: EditorView) -> None:
        if self.wo_id == view.wo.id:
            self.view = view
            self.loaded.emit(view)

    def find_choices(self, text: str) -> None:
        store = self.ctx.services.store
        QueryOp(self, lambda: (labour_choices(store, text), part_choices(store, text)), tasks=self.ctx.tasks) \
            .success(lambda found: self.choices.emit(*found)).run()

    # -- commands ------------------------------------------------------------------------
    def _command(self, what: str, fn) -> None:  # type: ignore[no-untyped-def]
        self.busy = True
        CommandOp(self, fn, origin=self.origin, tasks=self.ctx.tasks) \
            .success(lambda _r: self._done(what)).failure(self.failed.emit) \
            .finally_(self._settled).run()

    def _done(self, what: str) -> None:
        self.done.emit(what)
        self.reload()

    def _settled(self) -> None:
        self.busy = False

    def add_job(self, labour: LabourChoice) -> None:
        s, actor, wo_id = self.ctx.services, self.ctx.actor, self.wo_id
        self._command("job", lambda: s.workorders.add_job(actor, wo_id, labour.id))

    def add_part(self, part: PartChoice, qty: int) -> None:
        s, actor, wo_id = self.ctx.services, self.ctx.actor, self.wo_id
        self._command("part", lambda: s.workorders.add_part(actor, wo_id, part.id, qty))

    def set_qty(self, line_id: str, qty: int) -> None:
        s, actor, wo_id = self.ctx.services, self.ctx.actor, self.wo_id
        self._command("qty", lambda: s.estimates.set_part_qty(actor, wo_id, line_id, qty))

    def remove_line(self, line_id: str) -> None:
        s, actor, wo_id = self.ctx.services, self.ctx.actor, self.wo_id
        self._command("removed", lambda: s.estimates.remove_line(actor, wo_id, line_id))

    def decide(self, line_ids: list[str], approval: Approval, by: str, via: Via) -> None:
        s, actor, wo_id = self.ctx.services, self.ctx.actor, self.wo_id
        self._command(approval.value, lambda: s.estimates.decide(actor, wo_id, line_ids, approval, by, via))

    def assign(self, job_id: str, mechanic_ids: list[str], bay: str) -> None:
        s, actor, wo_id = self.ctx.services, self.ctx.actor, self.wo_id
        self._command("assigned", lambda: s.estimates.assign_job(actor, wo_id, job_id, mechanic_ids, bay))

    # -- printing: the document is read on the store lane, printed on the device lane ------
    def print_document(self, kind: str) -> None:
        printer = self.ctx.devices.printer
        if printer is None or self.wo_id is None:
            self.print_failed.emit(kind, None)
            return
        services, wo_id, paper = self.ctx.services, self.wo_id, getattr(printer, "paper_mm", 80)
        QueryOp(self, lambda: document_bytes(services, wo_id, kind, paper, datetime.now(timezone.utc)),
                tasks=self.ctx.tasks).success(lambda data: self._send(kind, data)) \
            .failure(lambda exc: self.print_failed.emit(kind, exc)).run()

    def _send(self, kind: str, data: bytes) -> None:
        """Through the station's print queue (device lane, one job after another)."""
        title = f"{kind} {self.view.wo.number if self.view else ''}"
        self._kinds[title] = kind
        if not self.queue.submit(title, data):
            self.print_failed.emit(kind, None)

    def _queue_printed(self, title: str, _job: object) -> None:
        kind = self._kinds.pop(title, None)
        if kind is not None:  # the preview printer keeps a picture of what it printed
            self.printed.emit(kind, getattr(self.ctx.devices.printer, "last_preview", None))

    def _queue_failed(self, title: str, exc: object) -> None:
        kind = self._kinds.pop(title, None)
        if kind is not None:
            self.print_failed.emit(kind, exc)

    def shutdown(self) -> None:
        self.watcher.close()
