"""Stock count (stok opname): a session per warehouse (or bin), counted by scanning; a running count
and the variance against the ledger (movements during the count accounted for), unknown codes
listed; the differences are posted only with a supervisor's PIN."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from app.auth import Actor
from app.catalogue import Warehouse
from app.opname import Counted, CountReport, CountSession
from ui.kit.changes import ChangeWatcher
from ui.kit.operations import CommandOp, QueryOp
from ui.kit.screen import Screen, ViewContext
from ui.storekeeper.common import beep, fill_table, make_table, refusal
from ui.widgets.message_strip import MessageStrip
from ui.widgets.supervisor_pin import SupervisorPinPrompt
from ui.widgets.touch_button import TouchButton


class OpnameModel(QObject):
    warehouses_changed = Signal(list)  # list[Warehouse]
    report_changed = Signal(object)    # CountReport | None
    message = Signal(str, str)

    def __init__(self, ctx: ViewContext, owner: QWidget, origin: str) -> None:
        super().__init__(owner)
        self.ctx = ctx
        self.origin = origin
        self.session: CountSession | None = None
        self.report: CountReport | None = None
        self.watcher = ChangeWatcher(ctx.services.store, {"stock_movements", "parts"}, owner=owner, origin=origin,
                                     parent=self)
        self.watcher.changed.connect(lambda _c: self.reload())  # movements during the count

    def load(self) -> None:
        services = self.ctx.services

        def work() -> tuple[list[Warehouse], list[CountSession]]:
            return services.catalogue.warehouses(), services.opname.open_sessions()

        QueryOp(self, work, tasks=self.ctx.tasks).success(self._loaded).run()

    def _loaded(self, got: tuple[list[Warehouse], list[CountSession]]) -> None:
        warehouses, sessions = got
        self.warehouses_changed.emit(warehouses)
        if sessions and self.session is None:
            self.session = sessions[0]
            self.reload()

    def start(self, warehouse_id: str, bin_: str) -> None:
        services, actor = self.ctx.services, self.ctx.actor
        CommandOp(self, lambda: services.opname.start(actor, warehouse_id, bin_ or None), origin=self.origin,
                  tasks=self.ctx.tasks).success(self._started).failure(self._refused).run()

    def _started(self, session: CountSession) -> None:
        self.session = session
        self.message.emit("info", self.tr("Count started: scan every part on the shelves."))
        self.reload()

    def reload(self) -> None:
        if self.session is None:
            self.report_changed.emit(None)
            return
        services, sid = self.ctx.services, self.session.id
        QueryOp(self, lambda: services.opname.report(sid), tasks=self.ctx.tasks).success(self._set_report).run()

    def _set_report(self, report: CountReport) -> None:
        self.report = report
        if report.session.state != "OPEN":
            self.session = None
        self.report_changed.emit(report if report.session.state == "OPEN" else None)

    def scan(self, code: str) -> None:
        if self.session is None:
            beep()
            self.message.emit("warning", self.tr("Start a count first."))
            return
        services, actor, sid = self.ctx.services, self.ctx.actor, self.session.id
        CommandOp(self, lambda: services.opname.scan(actor, sid, code), origin=self.origin, tasks=self.ctx.tasks) \
            .success(self._counted).failure(self._refused).run()

    def _counted(self, got: Counted) -> None:
        if got.part_id is None:
            beep()
            self.message.emit("warning", self.tr("Unknown code %1: listed for checking.").replace("%1", got.code))
        else:
            self.message.emit("ok", self.tr("%1: %2 counted.").replace("%1", got.name or "").replace("%2", str(got.count)))
        self.reload()

    def post(self, supervisor: Actor) -> None:
        if self.session is None:
            return
        services, actor, sid = self.ctx.services, self.ctx.actor, self.session.id
        CommandOp(self, lambda: services.opname.post_approved(actor, sid, supervisor), origin=self.origin,
                  tasks=self.ctx.tasks).success(self._posted).failure(self._refused).run()

    def _posted(self, report: CountReport) -> None:
        self.session = None
        diffs = ", ".join(f"{l.sku} {l.variance:+d}" for l in report.differences) or self.tr("none")
        self.message.emit("ok", self.tr("Count posted. Adjustments: %1").replace("%1", diffs))
        self.report_changed.emit(None)

    def cancel(self) -> None:
        if self.session is None:
            return
        services, actor, sid = self.ctx.services, self.ctx.actor, self.session.id
        CommandOp(self, lambda: services.opname.cancel(actor, sid), origin=self.origin, tasks=self.ctx.tasks) \
            .success(lambda _r: self._cancelled()).failure(self._refused).run()

    def _cancelled(self) -> None:
        self.session = None
        self.message.emit("info", self.tr("Count cancelled: nothing was posted."))
        self.report_changed.emit(None)

    def _refused(self, exc: BaseException) -> None:
        beep()
        self.message.emit("error", refusal(exc))


class OpnameScreen(Screen):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, screen_id="storekeeper.opname")
        self.vm = OpnameModel(ctx, self, self.origin)
        self.pages = QStackedWidget(self)
        self.message = MessageStrip("Opname.Message", self)
        self.body_layout.addWidget(self.pages, 1)
        self.body_layout.addWidget(self.message)
        self.start_page = QWidget(self)
        lay = QVBoxLayout(self.start_page)
        lay.setContentsMargins(0, 0, 0, 0)
        self.start_title = QLabel(self.start_page)
        self.start_title.setProperty("heading", True)
        bin_row = QHBoxLayout()
        self.bin_caption = QLabel(self.start_page)
        self.bin = QLineEdit(self.start_page)
        self.bin.setObjectName("Opname.Bin")
        bin_row.addWidget(self.bin_caption)
        bin_row.addWidget(self.bin)
        bin_row.addStretch(1)
        self.warehouse_buttons = QVBoxLayout()
        lay.addWidget(self.start_title)
        lay.addLayout(bin_row)
        lay.addLayout(self.warehouse_buttons)
        lay.addStretch(1)
        self.pages.addWidget(self.start_page)
        self.count_page = QWidget(self)
        lay = QVBoxLayout(self.count_page)
        lay.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.count_title = QLabel(self.count_page)
        self.count_title.setObjectName("Opname.Title")
        self.count_title.setProperty("heading", True)
        self.cancel_button = TouchButton("Opname.Cancel", parent=self.count_page, kind="danger")
        self.cancel_button.clicked.connect(self.vm.cancel)
        self.post_button = TouchButton("Opname.Post", parent=self.count_page, kind="primary")
        self.post_button.clicked.connect(self._ask_supervisor)
        top.addWidget(self.count_title, 1)
        top.addWidget(self.cancel_button)
        top.addWidget(self.post_button)
        self.counts = make_table("Opname.Counts", self.count_page, 7)
        self.unknown = QLabel(self.count_page)
        self.unknown.setObjectName("Opname.Unknown")
        self.unknown.setWordWrap(True)
        lay.addLayout(top)
        lay.addWidget(self.counts, 1)
        lay.addWidget(self.unknown)
        self.pages.addWidget(self.count_page)
        self.vm.warehouses_changed.connect(self._show_warehouses)
        self.vm.report_changed.connect(self._show_report)
        self.vm.message.connect(lambda severity, text: self.message.show_message(text, severity))
        self.prompt: SupervisorPinPrompt | None = None
        self.retranslate()
        self.vm.load()

    def _show_warehouses(self, warehouses: list[Warehouse]) -> None:
        while self.warehouse_buttons.count():
            item = self.warehouse_buttons.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for wh in warehouses:
            button = TouchButton("Opname.Start", self.tr("Count %1 — %2").replace("%1", wh.code).replace("%2", wh.name),
                                 self.start_page, kind="primary")
            button.setProperty("code", wh.code)
            button.clicked.connect(lambda _=False, wid=wh.id: self.vm.start(wid, self.bin.text().strip()))
            self.warehouse_buttons.addWidget(button)

    def _show_report(self, report: CountReport | None) -> None:
        if report is None:
            self.pages.setCurrentWidget(self.start_page)
            return
        where = report.session.bin or self.tr("whole warehouse")
        self.count_title.setText(self.tr("Counting: %1").replace("%1", where))
        fill_table(self.counts, [[l.sku, l.name, l.at_start, f"{l.moved_during:+d}" if l.moved_during else "",
                                  l.expected, l.counted, f"{l.variance:+d}" if l.variance else "✓"]
                                 for l in report.lines], {2, 3, 4, 5, 6})
        self.counts.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.unknown.setText(self.tr("Unknown codes: %1").replace("%1", ", ".join(
            f"{code} ×{n}" for code, n in report.unknown_codes.items())) if report.unknown_codes else "")
        self.unknown.setVisible(bool(report.unknown_codes))
        self.pages.setCurrentWidget(self.count_page)

    def _ask_supervisor(self) -> None:
        report = self.vm.report
        n = len(report.differences) if report else 0
        self.prompt = SupervisorPinPrompt(self.ctx, self.tr("Post %1 stock differences: a supervisor confirms with "
                                                            "their PIN.").replace("%1", str(n)), self)
        self.prompt.approved.connect(self.vm.post)
        self.prompt.open()

    def on_scan(self, code: str, source: str) -> None:
        if self.prompt is not None and self.prompt.isVisible():
            return  # the PIN prompt is up: a scan is not a PIN
        self.vm.scan(code)

    def title(self) -> str:
        return self.tr("Stock count")

    def retranslate(self) -> None:
        self.start_title.setText(self.tr("Start a stock count"))
        self.bin_caption.setText(self.tr("Only one bin (optional):"))
        self.cancel_button.setText(self.tr("Cancel count"))
        self.post_button.setText(self.tr("Post differences…"))
        self.counts.setHorizontalHeaderLabels([self.tr("SKU"), self.tr("Part"), self.tr("At start"),
                                               self.tr("Moved during"), self.tr("Expected"), self.tr("Counted"),
                                               self.tr("Variance")])

    def shutdown(self) -> None:
        self.vm.watcher.close()
