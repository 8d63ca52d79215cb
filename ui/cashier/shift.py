"""The shift screen: open the till with a float, count it at the end, the Z-report."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QStackedWidget, QWidget

from app.money import format_rupiah
from app.shifts import ZReport
from ui.cashier.nav import open_screen
from ui.cashier.shift_model import ShiftModel, ShiftView
from ui.cashier.shift_pages import CountPage, OpenPage, ZPage
from ui.cashier.texts import approval_reason, cashier_error
from ui.kit.changes import ChangeWatcher
from ui.kit.screen import Screen, ViewContext
from ui.widgets.supervisor_pin import SupervisorPinPrompt

TITLE = QT_TRANSLATE_NOOP("Screens", "Shift")


class ShiftScreen(Screen):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, screen_id="cashier.shift")
        self.model = ShiftModel(ctx, self.origin, self)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("Cashier.ShiftPages")
        self.open_page = OpenPage(self)
        self.count_page = CountPage(self)
        self.z_page = ZPage(self)
        for page in (self.open_page, self.count_page, self.z_page):
            self.pages.addWidget(page)
        self.body_layout.addWidget(self.pages)
        self.prompt: SupervisorPinPrompt | None = None
        self.last_z: ZReport | None = None
        m = self.model
        m.loaded.connect(self._loaded)
        m.opened.connect(lambda _s: open_screen(self, "cashier.checkout"))  # the till is open: to the queue
        m.closed.connect(self._closed)
        m.z_preview.connect(self.z_page.show_preview)
        m.printed.connect(self.z_page.show_printed)
        m.failed.connect(self._failed)
        m.approval_needed.connect(self._ask_supervisor)
        m.busy_changed.connect(lambda busy: self.count_page.close_button.setEnabled(not busy))
        self.open_page.open_requested.connect(m.open_shift)
        self.open_page.last_z.clicked.connect(self._show_last_z)
        self.count_page.counts_changed.connect(lambda counts: setattr(m, "counts", counts))
        self.count_page.close_requested.connect(m.close_shift)
        self.count_page.settle_requested.connect(m.settle_terminal)
        self.count_page.settle_button.setVisible(ctx.devices.card_terminal is not None)
        m.settled.connect(self._settled)
        self.z_page.reprint.connect(lambda: self.last_z and m.print_z(self.last_z, reprint=True))
        self.z_page.done.connect(lambda: self.pages.setCurrentWidget(self.open_page))
        self.watcher = ChangeWatcher(ctx.services.store, frozenset({"shifts", "till_entries"}), owner=self,
                                     origin=self.origin)
        self.watcher.changed.connect(lambda _c: self._reload())
        m.load()

    def title(self) -> str:
        return QCoreApplication.translate("Screens", TITLE)

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        super().showEvent(event)
        self._reload()

    def _reload(self) -> None:
        if self.pages.currentWidget() is not self.z_page:
            self.model.load()

    def _loaded(self, view: ShiftView) -> None:
        self.last_z = view.last_z or self.last_z
        self.open_page.last_z.setVisible(self.last_z is not None)
        if view.shift is None:
            if self.pages.currentWidget() is not self.z_page:
                self.open_page.float_entry.set_amount(0)
                self.pages.setCurrentWidget(self.open_page)
            return
        shift = view.shift
        opened = datetime.fromisoformat(shift.opened_at).astimezone(self.ctx.tz).strftime("%H:%M")
        summary = self.tr("Open since %1 (business day %2) · float %3 · %4 payments").replace("%1", str(opened)) \
            .replace("%2", shift.business_day).replace("%3", format_rupiah(shift.opening_float)) \
            .replace("%4", str(len(view.entries or [])))
        if self.pages.currentWidget() is not self.count_page:
            self.count_page.reset(summary, view.expected, view.variance_threshold)
            self.pages.setCurrentWidget(self.count_page)
        else:
            self.count_page.expected = view.expected
            self.count_page.summary.setText(summary)
            self.count_page._changed()

    def _closed(self, report: ZReport) -> None:
        self.last_z = report
        self.z_page.show_z(report)
        self.pages.setCurrentWidget(self.z_page)

    def _settled(self, ok: bool) -> None:
        if ok:
            self.count_page.message.ok(self.tr("The card terminal closed its batch (settlement)."))
        else:
            self.count_page.message.error(self.tr("The card terminal refused the settlement: try again."))

    def _show_last_z(self) -> None:
        if self.last_z is not None:
            self.z_page.show_z(self.last_z)
            self.pages.setCurrentWidget(self.z_page)
            self.model.print_z(self.last_z, reprint=True)

    def _failed(self, exc: BaseException) -> None:
        strip = self.count_page.message if self.pages.currentWidget() is self.count_page else self.z_page.message
        if self.pages.currentWidget() is self.open_page:
            self.open_page.hint.setText(cashier_error(exc))
            return
        strip.error(cashier_error(exc))

    def _ask_supervisor(self, kind: str, reason: str) -> None:
        self.prompt = SupervisorPinPrompt(self.ctx, approval_reason(kind) or reason, self)
        self.prompt.approved.connect(self.model.approve)
        self.prompt.open()

    def shutdown(self) -> None:
        self.watcher.close()
