"""The parts request's state: which of my work orders, the lines being put together, the
work order's pick-slips and their states. A QObject without widgets."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QObject, Signal

from app.catalogue import Part
from app.pickslips import PickSlip
from app.queries.mechanic_jobs import my_jobs
from ui.kit.changes import ChangeWatcher
from ui.kit.labels import error_message
from ui.kit.operations import CommandOp, QueryOp
from ui.kit.screen import ViewContext
from ui.mechanic.common import BAY_TABLES, tr


class PartsModel(QObject):
    wos_changed = Signal(list)     # [(wo_id, text)]: my open work orders
    lines_changed = Signal(list)   # [(part_id, name, qty)]
    slips_changed = Signal(list)   # list[PickSlip] of the chosen work order
    selected_changed = Signal(object)  # (part_id, name) | None
    message = Signal(str, str)

    def __init__(self, ctx: ViewContext, owner: QObject, origin: str) -> None:
        super().__init__(owner)
        self.ctx = ctx
        self.origin = origin
        self.wos: list[tuple[str, str]] = []
        self.wo_id: str | None = None
        self.lines: list[tuple[str, str, int]] = []
        self.slips: list[PickSlip] = []
        self.selected: tuple[str, str] | None = None
        self.watcher = ChangeWatcher(ctx.services.store, BAY_TABLES, owner=owner if hasattr(owner, "isVisible") else None,
                                     origin=origin, parent=self)
        self.watcher.changed.connect(lambda _c: self.refresh())

    def refresh(self) -> None:
        s, me, wo_id = self.ctx.services, self.ctx.actor.user_id, self.wo_id

        def load() -> tuple[list[tuple[str, str]], list[PickSlip]]:
            seen: dict[str, str] = {}
            running = s.clock.running(me)
            for j in my_jobs(s.store, me, datetime.now(timezone.utc)):
                seen.setdefault(j.wo_id, f"{j.plate}  ·  {j.bay or '-'}")
            wos = list(seen.items())
            if running is not None and running["wo_id"] in seen:  # the job on the clock first
                wos.sort(key=lambda w: w[0] != running["wo_id"])
            chosen = wo_id if wo_id in seen else (wos[0][0] if wos else None)
            return wos, (s.pickslips.for_work_order(chosen) if chosen else [])

        QueryOp(self, load, tasks=self.ctx.tasks).success(self._loaded).failure(self._failed).run()

    def _loaded(self, result: tuple[list[tuple[str, str]], list[PickSlip]]) -> None:
        self.wos, self.slips = result
        ids = [w[0] for w in self.wos]
        if self.wo_id not in ids:
            self.wo_id = ids[0] if ids else None
        self.wos_changed.emit(self.wos)
        self.slips_changed.emit(self.slips)

    def choose_wo(self, wo_id: str) -> None:
        if wo_id != self.wo_id:
            self.wo_id = wo_id
            self.lines = []
            self.lines_changed.emit(self.lines)
        self.refresh()

    def select(self, part_id: str, name: str) -> None:
        self.selected = (part_id, name)
        self.selected_changed.emit(self.selected)

    def add(self, qty_text: str) -> None:
        if self.selected is None:
            self.message.emit("error", tr("Choose a part first (search or scan)."))
            return
        qty = int(qty_text) if qty_text.isdigit() else 0
        if not 0 < qty <= 10_000:
            self.message.emit("error", tr("Type a quantity from 1 on the keypad."))
            return
        part_id, name = self.selected
        merged = False
        for i, (pid, n, q) in enumerate(self.lines):
            if pid == part_id:
                self.lines[i] = (pid, n, q + qty)
                merged = True
        if not merged:
            self.lines.append((part_id, name, qty))
        self.selected = None
        self.selected_changed.emit(None)
        self.lines_changed.emit(self.lines)

    def remove(self, part_id: str) -> None:
        self.lines = [l for l in self.lines if l[0] != part_id]
        self.lines_changed.emit(self.lines)

    def scanned(self, code: str) -> None:
        catalogue = self.ctx.services.catalogue
        QueryOp(self, lambda: catalogue.part_by_code(code), tasks=self.ctx.tasks) \
            .success(lambda part: self._scanned(part)).failure(self._failed).run()

    def _scanned(self, part: Part) -> None:
        self.select(part.id, part.name)
        self.add("1")
        self.message.emit("ok", tr("Scanned: %1").replace("%1", part.name))

    def send(self) -> None:
        if self.wo_id is None or not self.lines:
            self.message.emit("error", tr("Add at least one part to the request."))
            return
        wo_id, actor, slips = self.wo_id, self.ctx.actor, self.ctx.services.pickslips
        lines = [(pid, qty) for pid, _n, qty in self.lines]
        CommandOp(self, lambda: slips.request_parts(actor, wo_id, lines), origin=self.origin, tasks=self.ctx.tasks) \
            .success(self._sent).failure(self._failed).finally_(self.refresh).run()

    def _sent(self, slip: PickSlip) -> None:
        self.lines = []
        self.lines_changed.emit(self.lines)
        self.message.emit("ok", tr("%1 sent to the warehouse").replace("%1", slip.number))

    def _failed(self, exc: BaseException) -> None:
        self.message.emit("error", error_message(exc))
