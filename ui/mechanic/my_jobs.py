"""My jobs: the jobs assigned to me across open work orders, one big button each; a tap opens
the job's clock page."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from app.job_clock import MechanicState
from app.queries.mechanic_jobs import MyJob
from ui.kit.labels import status_label
from ui.kit.screen import ViewContext
from ui.mechanic.common import BayScreen, clear, hms, label, mm_to_px, plain, scroll_list, sla_text, tr
from ui.mechanic.job_clock import JobClockPage
from ui.mechanic.jobs_model import JobsModel
from ui.widgets.message_strip import MessageStrip
from ui.widgets.touch_button import TouchButton


def state_text(job: MyJob) -> str:
    return {MechanicState.NOT_STARTED: tr("Not started"), MechanicState.RUNNING: tr("Running"),
            MechanicState.PAUSED: tr("Paused"), MechanicState.FINISHED: tr("Finished")}[job.my_state]


class MyJobsScreen(BayScreen):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, screen_id="mechanic.jobs")
        self.vm = JobsModel(ctx, self, self.origin)
        box = QVBoxLayout(self.content)
        box.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self.content)
        box.addWidget(self.stack)
        self.list_page = QWidget(self.stack)
        lbox = QVBoxLayout(self.list_page)
        lbox.setContentsMargins(0, 0, 0, 0)
        self.summary = label("MyJobs.Summary", self.list_page)
        lbox.addWidget(self.summary)
        self.scroll, self.rows = scroll_list(self.list_page, "MyJobs.List")
        lbox.addWidget(self.scroll, 1)
        self.empty = label("MyJobs.Empty", self.list_page)
        lbox.addWidget(self.empty)
        self.strip = MessageStrip("MyJobs.Message", self.list_page)
        lbox.addWidget(self.strip)
        self.stack.addWidget(self.list_page)
        self.clock_page = JobClockPage(self.vm, self.ask, self.stack)
        self.stack.addWidget(self.clock_page)
        self.clock_page.back_button.clicked.connect(self.show_list)
        self.vm.jobs_changed.connect(self._show_jobs)
        self.vm.message.connect(lambda sev, text: self.strip.show_message(text, sev))
        self.retranslate()
        self.vm.refresh()

    def title(self) -> str:
        return self.tr("My jobs")

    def retranslate(self) -> None:
        self.empty.setText(tr("No jobs assigned to you. Ask the service advisor."))
        self.clock_page.retranslate()
        self._show_jobs(self.vm.jobs)

    def show_list(self) -> None:
        self.vm.open_job(None)
        self.stack.setCurrentWidget(self.list_page)

    def open_job(self, job_id: str) -> None:
        self.vm.open_job(job_id)
        self.stack.setCurrentWidget(self.clock_page)

    def _show_jobs(self, jobs: list[MyJob]) -> None:
        clear(self.rows)
        running = sum(1 for j in jobs if j.my_state is MechanicState.RUNNING)
        self.summary.setText(tr("%1 jobs for you, %2 running").replace("%1", str(len(jobs))).replace("%2", str(running)))
        self.empty.setVisible(not jobs)
        for pos, job in enumerate(jobs):
            text = (f"{job.plate}  ·  {job.bay or '-'}  ·  {status_label(job.wo_status)}\n{job.description}\n"
                    f"{state_text(job)}  {hms(job.my_seconds)}  ·  {sla_text(job.sla_minutes_left)}")
            button = TouchButton("MyJobs.Job", plain(text), self.scroll.widget(),
                                 kind="primary" if job.my_state is MechanicState.RUNNING else "secondary")
            button.setProperty("jobId", job.job_id)
            button.setProperty("plate", job.plate)
            button.setProperty("state", job.my_state.value)
            button.setMinimumHeight(mm_to_px(22, self))
            button.clicked.connect(lambda _=False, jid=job.job_id: self.open_job(jid))
            self.rows.insertWidget(pos, button)
        self.rows.addStretch(1)

    def shutdown(self) -> None:
        self.clock_page.stop()
        self.vm.watcher.close()
