"""The work-order editor: lines (jobs and parts), the customer's decision per line, mechanics and a
bay per job, the running estimate, the SLA, warranty links, and printing the job sheet and the
estimate. Opened from the desk after a WO is opened, from the desk's card, or from a board card.

Names: `Advisor.WorkOrder`, `Advisor.NoWo`, `Advisor.WoNumber`, `Advisor.WoVehicle`,
`Advisor.WoStatus`, `Advisor.WoSla`, `Advisor.WoLinks`, `Advisor.WoComplaints`,
`Advisor.DecidedBy`, `Advisor.Via` (checkable, property `via`), `Advisor.Approve`,
`Advisor.Decline`, `Advisor.ApproveAll`, `Advisor.QtyMinus`, `Advisor.QtyPlus`,
`Advisor.RemoveLine`, `Advisor.Assign`, `Advisor.PrintJobSheet`, `Advisor.PrintEstimate`,
`Advisor.EditorMessage`; the lines, add panel, assign panel and preview name their own parts.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtWidgets import (QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QStackedWidget,
                               QVBoxLayout, QWidget)

from app.approval import Approval, Via
from app.estimates import EstimateLine
from app.queries.wo_editor import EditorView
from ui.advisor.add_panel import AddPanel
from ui.advisor.assign_panel import AssignPanel
from ui.advisor.substitutes import SubstitutesStrip
from ui.advisor.line_table import LineTable
from ui.advisor.print_preview import PrintPreview
from ui.advisor.workorder_model import WorkOrderModel
from ui.devices.documents import preview_pixmap
from ui.kit.labels import error_message, status_label
from ui.kit.screen import Screen, ViewContext
from ui.widgets.message_strip import MessageStrip
from ui.widgets.touch_button import TouchButton


def _time(moment, tz: tzinfo) -> str:  # type: ignore[no-untyped-def]
    return moment.astimezone(tz).strftime("%d/%m %H:%M")


class WorkOrderScreen(Screen):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, screen_id="advisor.workorder")
        self.model = WorkOrderModel(ctx, self, origin=self.origin)
        self.view: EditorView | None = None
        self.empty = QLabel(self)
        self.empty.setObjectName("Advisor.NoWo")
        self.empty.setWordWrap(True)
        self.page = QWidget(self)
        self.page.setObjectName("Advisor.WorkOrder")
        self.number = self._label("Advisor.WoNumber", heading=True)
        self.vehicle = self._label("Advisor.WoVehicle")
        self.status = self._label("Advisor.WoStatus")
        self.sla = self._label("Advisor.WoSla")
        self.links = self._label("Advisor.WoLinks")
        self.complaints = self._label("Advisor.WoComplaints")
        self.print_sheet = TouchButton("Advisor.PrintJobSheet", "", self.page)
        self.print_estimate = TouchButton("Advisor.PrintEstimate", "", self.page)
        self.table = LineTable(self.page)
        self.substitutes = SubstitutesStrip(ctx, self.page, origin=self.origin)
        # the customer's decision on the selected lines
        self.by = QLineEdit(self.page)
        self.by.setObjectName("Advisor.DecidedBy")
        self.via_group = QButtonGroup(self)
        self.via_buttons: dict[Via, QPushButton] = {}
        for via in Via:
            button = QPushButton(self.page)
            button.setObjectName("Advisor.Via")
            button.setProperty("adv", "chip")
            button.setProperty("via", via.value)
            button.setCheckable(True)
            self.via_group.addButton(button)
            self.via_buttons[via] = button
        self.via_buttons[Via.IN_PERSON].setChecked(True)
        self.approve = TouchButton("Advisor.Approve", "", self.page, kind="primary")
        self.decline = TouchButton("Advisor.Decline", "", self.page, kind="danger")
        self.approve_all = TouchButton("Advisor.ApproveAll", "", self.page)
        # line actions
        self.qty_minus = TouchButton("Advisor.QtyMinus", "−", self.page)
        self.qty_plus = TouchButton("Advisor.QtyPlus", "+", self.page)
        for step in (self.qty_minus, self.qty_plus):  # one glyph each: narrow, leaving the row's room to words
            step.setStyleSheet("min-width: 56px; max-width: 72px; padding: 0 4px;")
        self.remove = TouchButton("Advisor.RemoveLine", "", self.page)
        self.assign = TouchButton("Advisor.Assign", "", self.page)
        self.message = MessageStrip("Advisor.EditorMessage", self.page)
        self.add = AddPanel(self.page)
        self.side = QStackedWidget(self.page)
        self.side.addWidget(self.add)
        self.assign_panel: AssignPanel | None = None
        self.preview = PrintPreview(self)
        self.preview.closed.connect(lambda: self.pages.setCurrentWidget(self.page))
        self.pages = QStackedWidget(self)
        self._layout()
        self._wire()
        self.retranslate()
        self._selection([])

    def _label(self, name: str, heading: bool = False) -> QLabel:
        label = QLabel(self.page)
        label.setObjectName(name)
        label.setWordWrap(True)
        if heading:
            label.setProperty("heading", True)
        return label

    def _layout(self) -> None:
        head = QGridLayout()
        head.setHorizontalSpacing(12)
        head.setVerticalSpacing(2)
        head.addWidget(self.number, 0, 0)
        head.addWidget(self.status, 0, 1)
        head.addWidget(self.print_sheet, 0, 2, 2, 1)
        head.addWidget(self.print_estimate, 0, 3, 2, 1)
        head.addWidget(self.vehicle, 1, 0)
        head.addWidget(self.sla, 1, 1)
        head.addWidget(self.complaints, 2, 0, 1, 4)
        head.addWidget(self.links, 3, 0, 1, 4)
        head.setColumnStretch(0, 3)
        head.setColumnStretch(1, 2)
        decide = QHBoxLayout()
        decide.setSpacing(6)
        decide.addWidget(self.by, 2)
        for button in self.via_buttons.values():
            decide.addWidget(button)
        decide.addWidget(self.approve)
        decide.addWidget(self.decline)
        actions = QHBoxLayout()
        actions.setSpacing(6)
        for w in (self.qty_minus, self.qty_plus, self.remove, self.assign):
            actions.addWidget(w)
        actions.addStretch(1)
        actions.addWidget(self.approve_all)
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addLayout(head)
        left.addWidget(self.substitutes)
        left.addWidget(self.table, 1)
        left.addLayout(actions)
        left.addLayout(decide)
        left.addWidget(self.message)
        body = QHBoxLayout(self.page)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(12)
        body.addLayout(left, 3)
        body.addWidget(self.side, 1)
        self.side.setMinimumWidth(280)
        for widget in (self.empty, self.page, self.preview):
            self.pages.addWidget(widget)
        self.body_layout.addWidget(self.pages, 1)

    def _wire(self) -> None:
        m = self.model
        m.loaded.connect(self.show_view)
        m.load_failed.connect(lambda text: self.message.error(text))
        m.failed.connect(lambda exc: self.message.error(error_message(exc)))
        m.done.connect(self._done)
        m.choices.connect(self.add.show_choices)
        m.printed.connect(self._printed)
        m.print_failed.connect(self._print_failed)
        self.table.selection_changed_lines.connect(self._selection)
        self.add.search_changed.connect(m.find_choices)
        self.add.job_chosen.connect(m.add_job)
        self.add.part_chosen.connect(lambda part: m.add_part(part, 1))
        self.approve.clicked.connect(lambda: self._decide(Approval.APPROVED, self._selected_ids()))
        self.decline.clicked.connect(lambda: self._decide(Approval.DECLINED, self._selected_ids()))
        self.approve_all.clicked.connect(self._approve_all)
        self.qty_minus.clicked.connect(lambda: self._qty(-1))
        self.qty_plus.clicked.connect(lambda: self._qty(+1))
        self.remove.clicked.connect(self._remove)
        self.assign.clicked.connect(self._assign)
        self.print_sheet.clicked.connect(lambda: self._print("job_sheet"))
        self.print_estimate.clicked.connect(lambda: self._print("estimate"))
        self.substitutes.decided.connect(self._substitute_decided)
        self.substitutes.failed.connect(lambda exc: self.message.error(error_message(exc)))

    # -- showing ---------------------------------------------------------------------------
    def show_item(self, kind: str, item_id: str) -> None:
        if kind == "workorder":
            if self.model.wo_id != item_id:
                self.by.clear()
                self.message.clear_message()
            self.model.open(item_id)
            self.substitutes.open(item_id)
            self.model.find_choices(self.add.search.text().strip())

    def show_view(self, view: EditorView) -> None:
        first = self.view is None or self.view.wo.id != view.wo.id
        self.view = view
        if self.pages.currentWidget() is self.empty or first:
            self.pages.setCurrentWidget(self.page)
        self.table.show_lines(view)
        self.add.show_estimate(view.estimate)
        self.add.set_enabled_for(view.editable)
        if first or not self.by.text().strip():
            self.by.setText(view.wo.customer_name)
        self.retranslate()
        self.title_changed.emit(self.title())

    def _substitute_decided(self, approved: bool) -> None:
        self.message.ok(self.tr("Substitute approved: the warehouse hands it out.") if approved
                        else self.tr("Substitute rejected: the part stays as requested."))
        self.model.reload()

    def _selected_ids(self) -> list[str]:
        return [line.id for line in self.table.selected()]

    def _selection(self, lines: list[EstimateLine]) -> None:
        editable = self.view is not None and self.view.editable
        one = lines[0] if len(lines) == 1 else None
        for button in (self.approve, self.decline):
            button.setEnabled(editable and bool(lines))
        self.approve_all.setEnabled(editable and bool(self.view and self.view.estimate.pending))
        part = one is not None and one.kind == "part"
        self.qty_minus.setEnabled(editable and part and one.qty > 1)  # type: ignore[union-attr]
        self.qty_plus.setEnabled(editable and part)
        self.remove.setEnabled(editable and one is not None and one.approval is Approval.PROPOSED)
        self.assign.setEnabled(editable and one is not None and one.kind == "job"
                               and one.approval is not Approval.DECLINED)

    # -- acting ----------------------------------------------------------------------------
    def _via(self) -> Via:
        checked = self.via_group.checkedButton()
        return Via(checked.property("via")) if checked is not None else Via.IN_PERSON

    def _decide(self, approval: Approval, ids: list[str]) -> None:
        if not ids:
            return
        by = self.by.text().strip()
        if not by:
            self.message.error(self.tr("Who decided? Type the customer's name."))
            self.by.setFocus()
            return
        self.model.decide(ids, approval, by, self._via())

    def _approve_all(self) -> None:
        if self.view is not None:
            self._decide(Approval.APPROVED, [li.id for li in self.view.estimate.lines
                                             if li.approval is Approval.PROPOSED])

    def _qty(self, step: int) -> None:
        lines = self.table.selected()
        if len(lines) == 1 and lines[0].kind == "part":
            self.model.set_qty(lines[0].id, lines[0].qty + step)

    def _remove(self) -> None:
        lines = self.table.selected()
        if len(lines) == 1:
            self.model.remove_line(lines[0].id)

    def _assign(self) -> None:
        lines = self.table.selected()
        if self.view is None or len(lines) != 1:
            return
        self._close_assign()
        panel = AssignPanel(lines[0], self.view.mechanics, self.view.bays, self.side)
        panel.assigned.connect(self.model.assign)
        panel.closed.connect(self._close_assign)
        self.side.addWidget(panel)
        self.side.setCurrentWidget(panel)
        self.assign_panel = panel

    def _close_assign(self) -> None:
        panel, self.assign_panel = self.assign_panel, None
        self.side.setCurrentWidget(self.add)
        if panel is not None:
            panel.hide()
            self.side.removeWidget(panel)
            panel.deleteLater()

    def _print(self, kind: str) -> None:
        self.message.info(self.tr("Printing…"))
        self.model.print_document(kind)

    def _printed(self, kind: str, image: object) -> None:
        what = self.tr("Job sheet") if kind == "job_sheet" else self.tr("Estimate")
        self.message.ok(self.tr("%1 printed.").replace("%1", what))
        pixmap = preview_pixmap(image)
        if pixmap is not None:
            self.preview.show_print(what, pixmap)
            self.pages.setCurrentWidget(self.preview)

    def _print_failed(self, _kind: str, exc: object) -> None:
        if not isinstance(exc, BaseException):
            self.message.error(self.tr("No printer is set up for this station."))
        else:
            self.message.error(self.tr("Not printed: %1").replace("%1", error_message(exc)))

    def _done(self, what: str) -> None:
        texts = {"job": self.tr("Job added: it waits for the customer's approval."),
                 "part": self.tr("Part added: it waits for the customer's approval."),
                 "qty": self.tr("Quantity changed: the line needs the customer's approval again."),
                 "removed": self.tr("Line taken off."), "approved": self.tr("Approval recorded."),
                 "declined": self.tr("Decline recorded: the line stays for the record, not worked or billed."),
                 "assigned": self.tr("Mechanics and bay assigned.")}
        self.message.ok(texts.get(what, ""))

    # -- texts -----------------------------------------------------------------------------
    def title(self) -> str:
        return self.view.wo.number if self.view else self.tr("Work order")

    def shutdown(self) -> None:
        self.model.shutdown()
        self.substitutes.shutdown()

    def retranslate(self) -> None:
        self.substitutes.retranslate()
        self.empty.setText(self.tr("Open a work order from the service desk or tap a card on the board."))
        self.print_sheet.setText(self.tr("Print job sheet"))
        self.print_estimate.setText(self.tr("Print estimate"))
        self.by.setPlaceholderText(self.tr("Decided by (the customer's name)"))
        labels = {Via.IN_PERSON: self.tr("In person"), Via.PHONE: self.tr("Phone"), Via.WHATSAPP: self.tr("WhatsApp")}
        for via, button in self.via_buttons.items():
            button.setText(labels[via])
        self.approve.setText(self.tr("Approve"))
        self.decline.setText(self.tr("Decline"))
        self.approve_all.setText(self.tr("Approve all"))
        self.remove.setText(self.tr("Take off"))
        self.assign.setText(self.tr("Mechanic && bay…"))
        view = self.view
        if view is None:
            return
        wo = view.wo
        self.number.setText(wo.number)
        self.vehicle.setText(f"{wo.plate} · {wo.customer_name}")
        self.status.setText(status_label(wo.status))
        if view.sla is None:
            self.sla.setText("")
        elif view.sla.paused:
            self.sla.setText(self.tr("SLA paused: waiting for parts"))
        else:
            text = self.tr("Due %1").replace("%1", _time(view.sla.due, self.ctx.tz))
            self.sla.setText(text + (" · " + self.tr("OVERDUE") if view.sla.overdue else ""))
        self.sla.setProperty("overdue", bool(view.sla and view.sla.overdue))
        self.complaints.setText(self.tr("Complaints: %1").replace("%1", "; ".join(wo.complaints)))
        links = []
        if view.links.parent:
            links.append(self.tr("Warranty rework of %1").replace("%1", view.links.parent.number))
        if view.links.reworks:
            links.append(self.tr("Reworked under warranty by %1").replace(
                "%1", ", ".join(r.number for r in view.links.reworks)))
        self.links.setText(" · ".join(links))
        self.links.setVisible(bool(links))
        self._selection(self.table.selected())
