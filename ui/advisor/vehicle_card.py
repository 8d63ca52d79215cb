"""The vehicle card: owner, the car, last odometer, its open work orders, and its service
timeline from every branch, newest first, with warranty links; beside it, the open-WO panel.

Names: `Advisor.Card`, `Advisor.Card.Plate`, `Advisor.Card.Vehicle`, `Advisor.Card.Owner`,
`Advisor.Card.Odometer`, `Advisor.Card.OpenWo` (property `wo_id`), `Advisor.Timeline`,
`Advisor.Timeline.Entry` (property `wo_id`), `Advisor.Timeline.Warranty` (property `wo_id`),
`Advisor.Back`.
"""

from __future__ import annotations

import html
from datetime import datetime, tzinfo

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout,
                               QWidget)

from app.money import format_rupiah
from app.queries.vehicles import TimelineEntry, VehicleCard
from app.wo_states import WOStatus
from ui.advisor.open_wo_panel import OpenWoPanel, km_text
from ui.kit.labels import status_label


def _date(iso: str | None, tz: tzinfo) -> str:
    if not iso:
        return "—"
    try:
        return datetime.fromisoformat(iso).astimezone(tz).strftime("%d/%m/%Y")
    except ValueError:
        return "—"


class VehicleCardPage(QWidget):
    back_requested = Signal()
    workorder_requested = Signal(str)  # wo id

    def __init__(self, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Advisor.Card")
        self.tz = tz
        self.card: VehicleCard | None = None
        self.back = QPushButton(self)
        self.back.setObjectName("Advisor.Back")
        self.back.setProperty("adv", "chip")
        self.back.clicked.connect(self.back_requested)
        self.plate = QLabel(self)
        self.plate.setObjectName("Advisor.Card.Plate")
        self.plate.setProperty("plate", True)
        self.vehicle = QLabel(self)
        self.vehicle.setObjectName("Advisor.Card.Vehicle")
        self.owner = QLabel(self)
        self.owner.setObjectName("Advisor.Card.Owner")
        self.odometer = QLabel(self)
        self.odometer.setObjectName("Advisor.Card.Odometer")
        self.open_title = QLabel(self)
        self.open_title.setProperty("heading", True)
        self.open_row = QVBoxLayout()
        self.timeline_title = QLabel(self)
        self.timeline_title.setProperty("heading", True)
        self.timeline_host = QWidget(self)
        self.timeline_host.setObjectName("Advisor.Timeline")
        self.timeline_layout = QVBoxLayout(self.timeline_host)
        self.timeline_layout.setContentsMargins(0, 0, 0, 0)
        self.timeline_layout.setSpacing(6)
        self.timeline_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.timeline_host)
        self.panel = OpenWoPanel(self)
        self.panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        head = QHBoxLayout()
        head.addWidget(self.back)
        head.addWidget(self.plate)
        head.addStretch(1)
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addLayout(head)
        left.addWidget(self.vehicle)
        left.addWidget(self.owner)
        left.addWidget(self.odometer)
        left.addWidget(self.open_title)
        left.addLayout(self.open_row)
        left.addWidget(self.timeline_title)
        left.addWidget(scroll, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        panel_scroll = QScrollArea(self)  # tall themes (glove) and small screens scroll, never squeeze
        panel_scroll.setWidgetResizable(True)
        panel_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        panel_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        panel_scroll.setWidget(self.panel)
        layout.addLayout(left, 2)
        layout.addWidget(panel_scroll, 3)
        self._dynamic: list[QWidget] = []
        self.retranslate()

    def show_card(self, card: VehicleCard) -> None:
        same = self.card is not None and self.card.vehicle_id == card.vehicle_id
        self.card = card
        if not same:
            self.panel.reset(card.vehicle_id, card.last_odometer_km)
        else:
            self.panel.last_km = card.last_odometer_km
            self.panel.retranslate()
        for widget in self._dynamic:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        self._dynamic = []
        for entry in card.open_wos:
            button = QPushButton(f"{entry.number}  ·  {status_label(entry.status)}", self)
            button.setObjectName("Advisor.Card.OpenWo")
            button.setProperty("adv", "item")
            button.setProperty("wo_id", entry.wo_id)
            button.clicked.connect(lambda _=False, w=entry.wo_id: self.workorder_requested.emit(w))
            self.open_row.addWidget(button)
            self._dynamic.append(button)
        for n, entry in enumerate(card.timeline):
            frame = self._entry(entry)
            self.timeline_layout.insertWidget(n, frame)
            self._dynamic.append(frame)
        if not card.timeline:
            empty = QLabel(self.tr("No visits yet."), self.timeline_host)
            self.timeline_layout.insertWidget(0, empty)
            self._dynamic.append(empty)
        self.retranslate()

    def _entry(self, entry: TimelineEntry) -> QFrame:
        frame = QFrame(self.timeline_host)
        frame.setObjectName("Advisor.Timeline.Entry")
        frame.setProperty("wo_id", entry.wo_id)
        frame.setProperty("open", entry.is_open)
        row = QHBoxLayout(frame)
        row.setContentsMargins(10, 6, 10, 6)
        lines = [f"{_date(entry.opened_at, self.tz)} · {entry.branch} · {entry.number} · {status_label(entry.status)}"]
        details = [km_text(entry.odometer_km)]
        if entry.invoice_total is not None:
            details.append(format_rupiah(entry.invoice_total))
        lines.append(" · ".join(details))
        if entry.complaints:
            lines.append(self.tr("Complaints: %1").replace("%1", "; ".join(entry.complaints)))
        if entry.jobs:
            lines.append(self.tr("Work: %1").replace("%1", "; ".join(entry.jobs)))
        if entry.parent:
            lines.append(self.tr("Warranty rework of %1").replace("%1", entry.parent.number))
        if entry.reworks:
            lines.append(self.tr("Reworked under warranty: %1").replace("%1", ", ".join(r.number for r in entry.reworks)))
        # what customers said is text, never markup: escaped; the first line (date) in bold
        safe = [html.escape(line) for line in lines]
        text = QLabel(f"<b>{safe[0]}</b><br>" + "<br>".join(safe[1:]), frame)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        row.addWidget(text, 1)
        if entry.status == WOStatus.COMPLETED:
            rework = QPushButton(self.tr("Warranty"), frame)
            rework.setObjectName("Advisor.Timeline.Warranty")
            rework.setProperty("adv", "chip")
            rework.setProperty("wo_id", entry.wo_id)
            rework.clicked.connect(lambda _=False, e=entry: self.panel.set_rework((e.wo_id, e.number)))
            row.addWidget(rework, 0, Qt.AlignmentFlag.AlignTop)
        elif entry.is_open:
            go = QPushButton(self.tr("Open"), frame)
            go.setObjectName("Advisor.Timeline.Open")
            go.setProperty("adv", "chip")
            go.setProperty("wo_id", entry.wo_id)
            go.clicked.connect(lambda _=False, w=entry.wo_id: self.workorder_requested.emit(w))
            row.addWidget(go, 0, Qt.AlignmentFlag.AlignTop)
        return frame

    def retranslate(self) -> None:
        self.back.setText(self.tr("‹ Search"))
        card = self.card
        self.open_title.setText(self.tr("Open work orders"))
        self.timeline_title.setText(self.tr("Service history (every branch, newest first)"))
        if card is None:
            return
        self.plate.setText(card.plate)
        self.vehicle.setText(" ".join(str(x) for x in (card.make, card.model, card.year) if x) or self.tr("(no make/model)"))
        self.owner.setText(" · ".join(x for x in (card.owner.name, card.owner.phone) if x))
        self.odometer.setText(self.tr("Last odometer: %1").replace("%1", km_text(card.last_odometer_km)))
        self.open_title.setVisible(bool(card.open_wos))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
