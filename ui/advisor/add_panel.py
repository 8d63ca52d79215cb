"""Add to the work order: labour from the labour catalogue (flat-rate hours × rate) and parts from
the parts catalogue with stock on hand per warehouse; below, the running estimate.

Names: `Advisor.AddSearch`, `Advisor.AddJob` (property `code`), `Advisor.AddPart` (property
`sku`), `Advisor.Estimate`, `Advisor.Estimate.Labour`, `.Parts`, `.Dpp`, `.Ppn`, `Advisor.Total`,
`Advisor.ApprovedTotal`, `Advisor.Pending`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from app.estimates import Estimate
from app.money import format_rupiah
from app.queries.catalogue_picker import LabourChoice, PartChoice
from ui.advisor.item_button import ItemButton
from ui.widgets.rupiah import RupiahLabel


class AddPanel(QFrame):
    search_changed = Signal(str)
    job_chosen = Signal(object)  # LabourChoice
    part_chosen = Signal(object)  # PartChoice

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Advisor.AddPanel")
        self.title = QLabel(self)
        self.title.setProperty("heading", True)
        self.title.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setObjectName("Advisor.AddSearch")
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(lambda: self.search_changed.emit(self.search.text().strip()))
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.host = QWidget(self)
        self.list = QVBoxLayout(self.host)
        self.list.setContentsMargins(0, 0, 0, 0)
        self.list.setSpacing(4)
        self.list.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.host)
        self.buttons: list[ItemButton] = []
        # the running estimate
        box = QFrame(self)
        box.setObjectName("Advisor.Estimate")
        grid = QGridLayout(box)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setVerticalSpacing(2)
        self.captions: dict[str, QLabel] = {}
        self.amounts: dict[str, RupiahLabel] = {}
        for row, (key, name) in enumerate((("labour", "Advisor.Estimate.Labour"), ("parts", "Advisor.Estimate.Parts"),
                                           ("dpp", "Advisor.Estimate.Dpp"), ("ppn", "Advisor.Estimate.Ppn"),
                                           ("total", "Advisor.Total"), ("approved", "Advisor.ApprovedTotal"))):
            caption = QLabel(box)
            amount = RupiahLabel(name, 0, box)
            if key == "total":
                caption.setProperty("strong", True)
                amount.setProperty("strong", True)
            grid.addWidget(caption, row, 0)
            grid.addWidget(amount, row, 1)
            self.captions[key], self.amounts[key] = caption, amount
        self.pending = QLabel(box)
        self.pending.setObjectName("Advisor.Pending")
        self.pending.setWordWrap(True)
        grid.addWidget(self.pending, 6, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.search)
        layout.addWidget(scroll, 1)
        layout.addWidget(box)
        grid.setColumnStretch(1, 1)
        self.estimate: Estimate | None = None
        self.retranslate()

    def show_choices(self, labour: list[LabourChoice], parts: list[PartChoice]) -> None:
        for button in self.buttons:
            button.hide()
            button.setParent(None)
            button.deleteLater()
        self.buttons = []
        for item in labour:
            hours = f"{item.flat_hours_x100 / 100:g}".replace(".", ",")
            button = ItemButton("Advisor.AddJob", f"+ {item.name}\n{hours} h · {format_rupiah(item.amount)}", self.host)
            button.setProperty("code", item.code)
            button.clicked.connect(lambda _=False, i=item: self.job_chosen.emit(i))
            self.buttons.append(button)
        for part in parts:
            stock = ", ".join(f"{s.code}: {s.qty}" for s in part.stock) or self.tr("no stock")
            button = ItemButton("Advisor.AddPart", f"+ {part.name}\n{format_rupiah(part.unit_price)} · {stock}",
                                self.host)
            button.setProperty("sku", part.sku)
            button.clicked.connect(lambda _=False, p=part: self.part_chosen.emit(p))
            self.buttons.append(button)
        for n, button in enumerate(self.buttons):
            self.list.insertWidget(n, button)

    def show_estimate(self, estimate: Estimate) -> None:
        self.estimate = estimate
        totals = estimate.estimate
        for key, value in (("labour", totals.labour), ("parts", totals.parts), ("dpp", totals.dpp),
                           ("ppn", totals.ppn), ("total", totals.total), ("approved", estimate.approved.total)):
            self.amounts[key].set_amount(value)
        self.retranslate()

    def set_enabled_for(self, editable: bool) -> None:
        self.search.setEnabled(editable)
        for button in self.buttons:
            button.setEnabled(editable)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Add labour or parts"))
        self.search.setPlaceholderText(self.tr("Search the catalogue (name, code, barcode)"))
        texts = {"labour": self.tr("Labour"), "parts": self.tr("Parts"), "dpp": self.tr("DPP"),
                 "ppn": self.tr("PPN 12%"), "total": self.tr("Total"), "approved": self.tr("Approved")}
        for key, text in texts.items():
            self.captions[key].setText(text)
        est = self.estimate
        if est is None or not est.lines:
            self.pending.setText(self.tr("No lines yet."))
        elif est.pending:
            self.pending.setText(self.tr("%1 line(s) wait for the customer's decision").replace("%1", str(est.pending)))
        else:
            self.pending.setText(self.tr("The customer decided every line."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
