"""The work order's lines: jobs and parts with quantity, price, amount, the customer's decision,
mechanics and bay (jobs) or stock per warehouse (parts). Each line is a big checkable row: a tap
selects it (several may be selected), the actions below work on the selection.

Names: `Advisor.Lines` (property `states`, e.g. "approved,declined,proposed"), `Advisor.Line`
(checkable, properties `row`, `kind` job/part, `state`, `line_id`), `Advisor.LinesEmpty`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from app.approval import Approval, Via
from app.estimates import EstimateLine
from app.money import format_rupiah
from app.queries.wo_editor import EditorView

WIDTHS = (92, 0, 36, 104, 104, 150, 160)  # 0: the description takes the rest


class LineRow(QPushButton):
    def __init__(self, row: int, line: EstimateLine, cells: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Advisor.Line")
        self.setProperty("adv", "line")
        self.setCheckable(True)
        self.line = line
        self.setProperty("row", str(row))
        self.setProperty("kind", line.kind)
        self.setProperty("state", line.approval.value)
        self.setProperty("line_id", line.id)
        self.setProperty("work", cells[6])  # mechanics and bay, or stock: what the last column says
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setHorizontalSpacing(8)
        for col, text in enumerate(cells):
            label = QLabel(text, self)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setWordWrap(col in (1, 5, 6))
            label.setProperty("cell", str(col))
            if col in (2, 3, 4):
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if WIDTHS[col]:
                label.setFixedWidth(WIDTHS[col])
            grid.addWidget(label, 0, col)
        grid.setColumnStretch(1, 1)
        self.setMinimumHeight(grid.sizeHint().height())


class LineTable(QFrame):
    selection_changed_lines = Signal(list)  # the selected EstimateLines

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Advisor.Lines")
        self.lines: list[EstimateLine] = []
        self.rows: list[LineRow] = []
        self.names: dict[str, str] = {}
        self.header = QWidget(self)
        head = QGridLayout(self.header)
        head.setContentsMargins(12, 0, 12, 0)
        head.setHorizontalSpacing(8)
        self.heads: list[QLabel] = []
        for col, width in enumerate(WIDTHS):
            label = QLabel(self.header)
            label.setProperty("columnHead", True)
            label.setWordWrap(True)
            if width:
                label.setFixedWidth(width)
            if col in (2, 3, 4):
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            head.addWidget(label, 0, col)
            self.heads.append(label)
        head.setColumnStretch(1, 1)
        self.empty = QLabel(self)
        self.empty.setObjectName("Advisor.LinesEmpty")
        self.host = QWidget(self)
        self.list = QVBoxLayout(self.host)
        self.list.setContentsMargins(0, 0, 0, 0)
        self.list.setSpacing(4)
        self.list.addWidget(self.empty)
        self.list.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.host)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        layout.addWidget(scroll, 1)
        self.retranslate()

    def show_lines(self, view: EditorView) -> None:
        keep = {line.id for line in self.selected()}
        self.lines = view.estimate.lines
        self.names = view.names
        for row in self.rows:
            row.hide()
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        for n, line in enumerate(self.lines):
            cells = [self._kind(line), self._description(line), str(line.qty), format_rupiah(line.unit_price),
                     "—" if line.approval is Approval.DECLINED else format_rupiah(line.amount),
                     self._decision(line), self._work(line)]
            row = LineRow(n, line, cells, self.host)
            row.setChecked(line.id in keep)
            row.toggled.connect(lambda _on: self.selection_changed_lines.emit(self.selected()))
            self.list.insertWidget(n, row)
            self.rows.append(row)
        self.empty.setVisible(not self.lines)
        self.setProperty("states", ",".join(line.approval.value for line in self.lines))
        self.selection_changed_lines.emit(self.selected())

    def selected(self) -> list[EstimateLine]:
        return [row.line for row in self.rows if row.isChecked()]

    def _kind(self, line: EstimateLine) -> str:
        return self.tr("Labour") if line.kind == "job" else self.tr("Part")

    def _description(self, line: EstimateLine) -> str:
        if line.kind == "job":
            hours = f"{line.flat_hours_x100 / 100:g}".replace(".", ",")
            return self.tr("%1 (%2 h)").replace("%1", line.description).replace("%2", hours)
        return line.description

    def _decision(self, line: EstimateLine) -> str:
        if line.approval is Approval.PROPOSED:
            return self.tr("Waiting")
        state = self.tr("Approved") if line.approval is Approval.APPROVED else self.tr("Declined")
        via = {Via.IN_PERSON: self.tr("in person"), Via.PHONE: self.tr("phone"),
               Via.WHATSAPP: self.tr("WhatsApp")}.get(line.decision.via, "") if line.decision.via else ""
        return f"{state} · {via}\n{line.decision.by or ''}".strip()

    def _work(self, line: EstimateLine) -> str:
        if line.kind == "job":
            who = ", ".join(self.names.get(m, "?") for m in line.mechanic_ids) or self.tr("no mechanic")
            bay = line.bay or self.tr("no bay")
            return f"{who}\n{bay}"
        stock = ", ".join(f"{s.code}: {s.qty}" for s in line.stock)
        shown = self.tr("stock %1").replace("%1", stock) if stock else self.tr("no stock")  # not "stock no stock"
        out = self.tr("handed out %1").replace("%1", str(line.dispensed)) if line.dispensed else ""
        return (shown + "\n" + out).strip()

    def retranslate(self) -> None:
        for label, text in zip(self.heads, (self.tr("Type"), self.tr("Description"), self.tr("Qty"), self.tr("Price"),
                                            self.tr("Amount"), self.tr("Customer"), self.tr("Mechanic, bay / stock"))):
            label.setText(text)
        self.empty.setText(self.tr("No lines yet: add labour or parts from the catalogue on the right."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
