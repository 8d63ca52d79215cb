"""The job clock page: the job, the WO's complaints and the advisor's note, my running time, and
big buttons: start/resume, pause (then the reason as three big buttons), finish (asked once),
send to QC when every job of the work order is finished."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from app.job_clock import MechanicState, PauseReason
from app.queries.mechanic_jobs import MyJob
from app.wo_states import WOStatus
from ui.mechanic.common import hms, label, pause_reason_text, sla_text, tr
from ui.mechanic.jobs_model import JobsModel
from ui.widgets.message_strip import MessageStrip
from ui.widgets.touch_button import TouchButton


class JobClockPage(QWidget):
    def __init__(self, vm: JobsModel, ask: Callable[[str, str, Callable[[], None]], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Clock.Page")
        self.vm = vm
        self.ask = ask
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        self.title = label("Clock.Title", self)
        self.job_text = label("Clock.Job", self)
        self.detail = label("Clock.Detail", self)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.time = label("Clock.Time", self, wrap=False)
        self.time.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state = label("Clock.State", self)
        self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for w in (self.title, self.job_text, self.detail, self.time, self.state):
            box.addWidget(w)
        box.addStretch(1)
        self.actions = QWidget(self)
        row = QHBoxLayout(self.actions)
        row.setContentsMargins(0, 0, 0, 0)
        self.start_button = TouchButton("Clock.Start", parent=self.actions, kind="primary")
        self.pause_button = TouchButton("Clock.Pause", parent=self.actions)
        self.finish_button = TouchButton("Clock.Finish", parent=self.actions, kind="danger")
        for b in (self.start_button, self.pause_button, self.finish_button):
            row.addWidget(b, 1)
        box.addWidget(self.actions)
        self.reasons = QWidget(self)
        self.reasons.setObjectName("Clock.Reasons")
        rrow = QGridLayout(self.reasons)  # two by two: the reasons are long words in Indonesian
        rrow.setContentsMargins(0, 0, 0, 0)
        self.reason_buttons: dict[PauseReason, TouchButton] = {}
        for i, reason in enumerate(PauseReason):
            b = TouchButton("Clock.Reason", parent=self.reasons)
            b.setProperty("reason", reason.value)
            b.clicked.connect(lambda _=False, r=reason: self._paused(r))
            self.reason_buttons[reason] = b
            rrow.addWidget(b, i // 2, i % 2)
        self.reason_cancel = TouchButton("Clock.ReasonCancel", parent=self.reasons)
        rrow.addWidget(self.reason_cancel, 1, 1)
        self.reasons.hide()
        box.addWidget(self.reasons)
        nav = QHBoxLayout()
        self.back_button = TouchButton("Clock.Back", parent=self)
        self.qc_button = TouchButton("Clock.SendToQC", parent=self, kind="primary")
        nav.addWidget(self.back_button, 1)
        nav.addWidget(self.qc_button, 1)
        box.addLayout(nav)
        self.strip = MessageStrip("Clock.Message", self)
        box.addWidget(self.strip)
        self.start_button.clicked.connect(vm.start)
        self.pause_button.clicked.connect(self._choose_reason)
        self.reason_cancel.clicked.connect(self._hide_reasons)
        self.finish_button.clicked.connect(
            lambda: self.ask(tr("Finish this job? Your clock stops for good."), tr("Yes, finish"), vm.finish))
        self.qc_button.clicked.connect(
            lambda: self.ask(tr("Send the work order to QC? Every job is finished."), tr("Yes, send to QC"),
                             vm.send_to_qc))
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        vm.job_changed.connect(self.show_job)
        vm.message.connect(lambda sev, text: self.strip.show_message(text, sev))
        self.retranslate()

    def retranslate(self) -> None:
        self.pause_button.setText(tr("Pause"))
        self.finish_button.setText(tr("Finish"))
        self.back_button.setText(tr("My jobs"))
        self.qc_button.setText(tr("Send to QC"))
        self.reason_cancel.setText(tr("Cancel"))
        for reason, b in self.reason_buttons.items():
            b.setText(pause_reason_text(reason))
        self.show_job(self.vm.job)

    def show_job(self, job: MyJob | None) -> None:
        self._hide_reasons()
        if job is None:
            self.title.setText(tr("This job is no longer yours or no longer open."))
            for w in (self.job_text, self.detail, self.state):
                w.clear()
            self.time.setText("")
            for b in (self.start_button, self.pause_button, self.finish_button, self.qc_button):
                b.setEnabled(False)
            self.timer.stop()
            return
        self.title.setText(f"{job.plate}  ·  {job.bay or '-'}  ·  {job.wo_number}")
        others = tr("with %1").replace("%1", ", ".join(job.co_mechanics))
        extra = f"  ·  {others}" if job.co_mechanics else ""
        self.job_text.setText(f"{job.description}{extra}")
        lines = [tr("Complaints: %1").replace("%1", "; ".join(job.complaints) or "-")]
        if job.advisor_note:
            lines.append(tr("Advisor: %1").replace("%1", job.advisor_note))
        if job.last_qc_return:
            lines.append(tr("QC returned it: %1").replace("%1", job.last_qc_return))
        lines.append(sla_text(job.sla_minutes_left))
        self.detail.setText("\n".join(lines))
        running = job.my_state is MechanicState.RUNNING
        finished = job.my_state is MechanicState.FINISHED or job.job_status == "FINISHED"
        self.state.setText({MechanicState.NOT_STARTED: tr("Not started"), MechanicState.RUNNING: tr("Running"),
                            MechanicState.PAUSED: tr("Paused"), MechanicState.FINISHED: tr("Finished")}[job.my_state])
        self.state.setProperty("state", job.my_state.value)
        self.state.style().unpolish(self.state)
        self.state.style().polish(self.state)
        self.start_button.setText(tr("Start") if job.my_state is MechanicState.NOT_STARTED else tr("Resume"))
        self.start_button.setEnabled(not running and not finished)
        self.pause_button.setEnabled(running)
        self.finish_button.setEnabled(running)
        self.qc_button.setEnabled(self.vm.wo_ready and job.wo_status is WOStatus.WORKING)
        self._tick()
        if running:
            self.timer.start()
        else:
            self.timer.stop()

    def _tick(self) -> None:
        self.time.setText(hms(self.vm.seconds()))

    def _choose_reason(self) -> None:
        self.actions.hide()
        self.reasons.show()

    def _hide_reasons(self) -> None:
        self.reasons.hide()
        self.actions.show()

    def _paused(self, reason: PauseReason) -> None:
        self._hide_reasons()
        self.vm.pause(reason)

    def stop(self) -> None:
        self.timer.stop()
