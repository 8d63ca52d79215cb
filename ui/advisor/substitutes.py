"""Substitutes the warehouse proposed for this work order: a MODIFIED substitute (fits with a
change) waits for the advisor, who asks the customer and approves or rejects it here. Approved,
the slip line switches to the substitute and the storekeeper hands it out; rejected, the line
stays as requested, with the customer's reason (one tap among the usual answers). Hidden while
nothing waits."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.pickslips import PickSlip, SlipLine
from ui.kit.changes import ChangeWatcher
from ui.kit.operations import CommandOp, QueryOp
from ui.kit.screen import ViewContext
from ui.widgets.touch_button import TouchButton

SLIP_TABLES = frozenset({"pick_slips", "pick_slip_lines"})


def pending_lines(slips: list[PickSlip]) -> list[tuple[PickSlip, SlipLine]]:
    return [(slip, line) for slip in slips for line in slip.lines
            if line.approval == "PENDING" and line.proposed_part_id]


class SubstitutesModel(QObject):
    loaded = Signal(object)  # list[(PickSlip, SlipLine)]
    decided = Signal(bool)  # approved?
    failed = Signal(object)

    def __init__(self, ctx: ViewContext, parent: QObject | None = None, *, owner: QWidget | None = None,
                 origin: str = "") -> None:
        super().__init__(parent)
        self.ctx, self.origin = ctx, origin
        self.wo_id: str | None = None
        self.watcher = ChangeWatcher(ctx.services.store, SLIP_TABLES, owner=owner, origin=origin)
        self.watcher.changed.connect(lambda _c: self.reload())

    def open(self, wo_id: str) -> None:
        self.wo_id = wo_id
        self.reload()

    def reload(self) -> None:
        if self.wo_id is None:
            return
        pickslips, wo_id = self.ctx.services.pickslips, self.wo_id
        QueryOp(self, lambda: (wo_id, pending_lines(pickslips.for_work_order(wo_id))), tasks=self.ctx.tasks) \
            .success(self._loaded).run()

    def _loaded(self, found: tuple[str, list[tuple[PickSlip, SlipLine]]]) -> None:
        if found[0] == self.wo_id:
            self.loaded.emit(found[1])

    def decide(self, slip_id: str, line_id: str, approve: bool, reason: str | None = None) -> None:
        pickslips, actor = self.ctx.services.pickslips, self.ctx.actor
        CommandOp(self, lambda: pickslips.decide_substitute(actor, slip_id, line_id, approve, reason),
                  origin=self.origin,
                  tasks=self.ctx.tasks).success(lambda _s: self._decided(approve)).failure(self.failed.emit).run()

    def _decided(self, approve: bool) -> None:
        self.decided.emit(approve)
        self.reload()

    def shutdown(self) -> None:
        self.watcher.close()


class SubstitutesStrip(QFrame):
    """One row per waiting substitute: what was asked, what the warehouse offers, two buttons."""

    decided = Signal(bool)
    failed = Signal(object)

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None, *, origin: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("Advisor.Substitutes")
        self.model = SubstitutesModel(ctx, self, owner=self, origin=origin)
        self.title = QLabel(self)
        self.title.setObjectName("Advisor.SubstitutesTitle")
        self.title.setProperty("heading", True)
        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(8)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 6, 8, 6)
        box.addWidget(self.title)
        box.addLayout(self.rows)
        self.buttons: list[TouchButton] = []
        self.model.loaded.connect(self.show_lines)
        self.model.decided.connect(self.decided)
        self.model.failed.connect(self.failed)
        self.retranslate()
        self.hide()

    def open(self, wo_id: str) -> None:
        self.model.open(wo_id)

    def reasons(self) -> list[str]:
        """What the customer said, one tap each (the reason is kept on the slip line)."""
        return [self.tr("Price too high"), self.tr("Wants original"),
                self.tr("Will wait")]

    def show_lines(self, pending: list[tuple[PickSlip, SlipLine]]) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.buttons = []
        for row, (slip, line) in enumerate(pending):
            text = QLabel(self.tr("%1 × %2 is out of stock; the warehouse offers %3 (fits with a change).")
                          .replace("%1", str(line.remaining or line.qty)).replace("%2", line.name)
                          .replace("%3", line.proposed_name or line.proposed_part_id or ""), self)
            text.setObjectName("Advisor.SubstituteText")
            text.setWordWrap(True)
            text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)  # never squeezed
            approve = TouchButton("Advisor.SubstituteApprove", self.tr("Approve substitute"), self, kind="primary")
            reject = TouchButton("Advisor.SubstituteReject", self.tr("Reject"), self, kind="danger")
            why = self._reason_row(slip.id, line.id, (approve, reject))
            for button in (approve, reject):
                button.setProperty("line", line.id)
                self.buttons.append(button)
            approve.clicked.connect(lambda _=False, s=slip.id, l=line.id: self._decide(s, l, True))
            reject.clicked.connect(lambda _=False, w=why, b=(approve, reject): self._ask_reason(w, b, True))
            self.rows.addWidget(text, 3 * row, 0, 1, 3)  # the whole width for the words, buttons under them
            self.rows.addWidget(approve, 3 * row + 1, 1)
            self.rows.addWidget(reject, 3 * row + 1, 2)
            self.rows.addWidget(why, 3 * row + 2, 0, 1, 3)
        self.rows.setColumnStretch(0, 1)
        self.setVisible(bool(pending))

    def _reason_row(self, slip_id: str, line_id: str, answer: tuple[TouchButton, TouchButton]) -> QWidget:
        """Rejecting asks why: the customer's usual answers as buttons, and a way back."""
        row = QWidget(self)
        row.setObjectName("Advisor.RejectReasons")
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        for reason in self.reasons():
            button = TouchButton("Advisor.RejectReason", reason, row, kind="danger")
            button.setProperty("line", line_id)
            button.clicked.connect(lambda _=False, s=slip_id, l=line_id, r=reason: self._decide(s, l, False, r))
            self.buttons.append(button)
            box.addWidget(button, 1)
        back = TouchButton("Advisor.RejectBack", self.tr("Back"), row)
        back.clicked.connect(lambda _=False: self._ask_reason(row, answer, False))
        row.setMinimumHeight(back.minimumSizeHint().height())  # never squeezed below a finger's target
        box.addWidget(back)
        row.hide()
        return row

    def _ask_reason(self, row: QWidget, answer: tuple[TouchButton, TouchButton], asking: bool) -> None:
        for button in answer:
            button.setVisible(not asking)
        row.setVisible(asking)
        self.updateGeometry()

    def _decide(self, slip_id: str, line_id: str, approve: bool, reason: str | None = None) -> None:
        for button in self.buttons:
            button.setEnabled(False)  # one answer per line, even with a double tap
        self.model.decide(slip_id, line_id, approve, reason)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Substitutes waiting for the customer's answer"))

    def shutdown(self) -> None:
        self.model.shutdown()
