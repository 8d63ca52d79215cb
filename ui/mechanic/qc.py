"""QC: work orders waiting for their check. A checker who did not work on one passes it (asked
once) or returns it to work: which job, why (big buttons), asked once. The one who did the job
sees why they may not check it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from app.workorders import WorkOrder
from ui.kit.changes import ChangeWatcher
from ui.kit.labels import error_message
from ui.kit.operations import CommandOp, QueryOp
from ui.kit.screen import ViewContext
from ui.mechanic.common import BAY_TABLES, BayScreen, clear, label, plain, scroll_list, tr, tr_bay
from ui.widgets.message_strip import MessageStrip
from ui.widgets.touch_button import TouchButton

RETURN_REASONS = (QT_TRANSLATE_NOOP("Bay", "Noise still there"), QT_TRANSLATE_NOOP("Bay", "Leak"),
                  QT_TRANSLATE_NOOP("Bay", "Work not finished"), QT_TRANSLATE_NOOP("Bay", "Test drive failed"),
                  QT_TRANSLATE_NOOP("Bay", "Not clean"))


class QCScreen(BayScreen):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, screen_id="mechanic.qc")
        self.queue: list[WorkOrder] = []
        self.wo: WorkOrder | None = None
        self.may_check = False
        self.job_id: str | None = None
        self.reason: str | None = None
        outer = QVBoxLayout(self.content)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self.content)
        outer.addWidget(self.stack, 1)
        # the queue
        self.queue_page = QWidget(self.stack)
        qbox = QVBoxLayout(self.queue_page)
        qbox.setContentsMargins(0, 0, 0, 0)
        self.queue_title = label("QC.QueueTitle", self.queue_page)
        qbox.addWidget(self.queue_title)
        self.queue_area, self.queue_rows = scroll_list(self.queue_page, "QC.Queue")
        qbox.addWidget(self.queue_area, 1)
        self.stack.addWidget(self.queue_page)
        # one work order
        self.wo_page = QWidget(self.stack)
        wbox = QVBoxLayout(self.wo_page)
        wbox.setContentsMargins(0, 0, 0, 0)
        wbox.setSpacing(8)
        self.wo_title = label("QC.Title", self.wo_page)
        self.wo_detail = label("QC.Detail", self.wo_page)
        self.not_you = label("QC.NotYou", self.wo_page)
        for w in (self.wo_title, self.wo_detail, self.not_you):
            wbox.addWidget(w)
        self.return_box = QWidget(self.wo_page)
        rbox = QVBoxLayout(self.return_box)
        rbox.setContentsMargins(0, 0, 0, 0)
        self.job_row = QHBoxLayout()
        rbox.addLayout(self.job_row)
        grid = QGridLayout()
        self.reason_buttons: dict[str, TouchButton] = {}
        for i, reason in enumerate(RETURN_REASONS):
            b = TouchButton("QC.Reason", parent=self.return_box)
            b.setCheckable(True)
            b.setProperty("reason", reason)
            b.clicked.connect(lambda _=False, r=reason: self._choose_reason(r))
            self.reason_buttons[reason] = b
            grid.addWidget(b, i // 3, i % 3)
        rbox.addLayout(grid)
        self.return_box.hide()
        wbox.addWidget(self.return_box)
        wbox.addStretch(1)
        row = QHBoxLayout()
        self.back_button = TouchButton("QC.Back", parent=self.wo_page)
        self.return_button = TouchButton("QC.Return", parent=self.wo_page, kind="danger")
        self.pass_button = TouchButton("QC.Pass", parent=self.wo_page, kind="primary")
        for b in (self.back_button, self.return_button, self.pass_button):
            row.addWidget(b, 1)
        wbox.addLayout(row)
        self.stack.addWidget(self.wo_page)
        self.strip = MessageStrip("QC.Message", self.content)
        outer.addWidget(self.strip)
        self.back_button.clicked.connect(self.show_queue)
        self.pass_button.clicked.connect(self._ask_pass)
        self.return_button.clicked.connect(self._return_pressed)
        self.watcher = ChangeWatcher(ctx.services.store, BAY_TABLES, owner=self, origin=self.origin, parent=self)
        self.watcher.changed.connect(lambda _c: self.refresh())
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return self.tr("QC")

    def retranslate(self) -> None:
        self.back_button.setText(tr("All QC"))
        self.pass_button.setText(tr("Pass"))
        self.not_you.setText(tr("You worked on this work order: another mechanic or the supervisor checks it."))
        for reason, b in self.reason_buttons.items():
            b.setText(tr_bay(reason))
        self._show()

    # -- reading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        qc, actor, wo_id = self.ctx.services.qc, self.ctx.actor, self.wo.id if self.wo else None

        def load():  # noqa: ANN202
            queue = qc.waiting()
            wo = next((w for w in queue if w.id == wo_id), None)
            return queue, wo, (qc.may_check(actor, wo.id) if wo else False)

        QueryOp(self, load, tasks=self.ctx.tasks).success(self._loaded) \
            .failure(lambda e: self.strip.error(error_message(e))).run()

    def _loaded(self, result) -> None:  # noqa: ANN001
        self.queue, self.wo, self.may_check = result
        if self.wo is None:
            self.stack.setCurrentWidget(self.queue_page)
        self._show()

    def open_wo(self, wo_id: str) -> None:
        self.wo = next((w for w in self.queue if w.id == wo_id), None)
        self.job_id, self.reason = None, None
        self.return_box.hide()
        self.stack.setCurrentWidget(self.wo_page)
        self.refresh()

    def show_queue(self) -> None:
        self.wo = None
        self.stack.setCurrentWidget(self.queue_page)
        self.refresh()

    def _show(self) -> None:
        self.queue_title.setText(tr("%1 work orders waiting for QC").replace("%1", str(len(self.queue))))
        clear(self.queue_rows)
        for pos, wo in enumerate(self.queue):
            b = TouchButton("QC.Wo", plain(f"{wo.plate}  ·  {wo.bay or '-'}\n{wo.number}"), self.queue_area.widget())
            b.setProperty("plate", wo.plate)
            b.clicked.connect(lambda _=False, w=wo.id: self.open_wo(w))
            self.queue_rows.insertWidget(pos, b)
        self.queue_rows.addStretch(1)
        wo = self.wo
        if wo is None:
            return
        self.wo_title.setText(f"{wo.plate}  ·  {wo.bay or '-'}  ·  {wo.number}")
        self.wo_detail.setText("\n".join([tr("Complaints: %1").replace("%1", "; ".join(wo.complaints) or "-")]
                                         + [f"• {j.description}" for j in wo.jobs]))
        self.not_you.setVisible(not self.may_check)
        self.pass_button.setEnabled(self.may_check)
        self.return_button.setEnabled(self.may_check)
        self.return_button.setText(tr("Return: confirm") if self.return_box.isVisible() else tr("Return to work"))
        clear(self.job_row)
        for j in wo.jobs[:3]:
            b = TouchButton("QC.ReturnJob", plain(j.description), self.return_box)
            b.setCheckable(True)
            b.setChecked(j.id == self.job_id)
            b.setToolTip(j.description)
            b.setProperty("jobId", j.id)
            b.clicked.connect(lambda _=False, jid=j.id: self._choose_job(jid))
            self.job_row.addWidget(b, 1)
        for reason, b in self.reason_buttons.items():
            b.setChecked(reason == self.reason)

    def _choose_job(self, job_id: str) -> None:
        self.job_id = job_id
        self._show()

    def _choose_reason(self, reason: str) -> None:
        self.reason = reason
        self._show()

    # -- commands ----------------------------------------------------------------------------
    def _ask_pass(self) -> None:
        if self.wo is not None:
            self.ask(tr("Pass QC for %1? The work order is completed.").replace("%1", self.wo.plate),
                     tr("Yes, pass"), self.pass_qc)

    def _return_pressed(self) -> None:
        if not self.return_box.isVisible():
            self.return_box.show()
            if self.wo is not None and len(self.wo.jobs) == 1:
                self.job_id = self.wo.jobs[0].id
            self._show()
            return
        if self.job_id is None or self.reason is None:
            self.strip.error(tr("Tap the job and the reason first."))
            return
        self.ask(tr("Return %1 to work: %2?").replace("%1", self.wo.plate if self.wo else "")
                 .replace("%2", tr_bay(self.reason)), tr("Yes, return"), self.return_qc)

    def pass_qc(self) -> None:
        self._command(lambda qc, actor, wo_id: qc.pass_(actor, wo_id), tr("QC passed: %1 is completed"))

    def return_qc(self) -> None:
        job_id, reason = self.job_id, tr_bay(self.reason or "")
        self._command(lambda qc, actor, wo_id: qc.return_(actor, wo_id, job_id, reason),
                      tr("%1 went back to work"))

    def _command(self, fn, done: str) -> None:  # noqa: ANN001
        if self.wo is None:
            return
        qc, actor, wo_id = self.ctx.services.qc, self.ctx.actor, self.wo.id
        CommandOp(self, lambda: fn(qc, actor, wo_id), origin=self.origin, tasks=self.ctx.tasks) \
            .success(lambda wo: (self.strip.ok(done.replace("%1", wo.number)), self.show_queue())) \
            .failure(lambda e: self.strip.error(error_message(e))).run()

    def shutdown(self) -> None:
        self.watcher.close()
