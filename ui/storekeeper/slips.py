"""The pick-slip counter: the live queue of slips from the bays, and a slip dispensed by scanning.

A scan is all it takes: on the queue it opens the oldest slip waiting for that part, on a slip it
hands out one unit (FEFO) — never a click between two scans. A refused scan says why and beeps;
a part out of stock shows its substitutes (EXACT handed out at once, MODIFIED sent to the advisor).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QScrollArea, QSizePolicy, QStackedWidget,
                               QVBoxLayout, QWidget)

from app.pickslips import PickSlip, SlipSummary, SubstituteOffer
from ui.kit.screen import Screen, ViewContext
from ui.storekeeper.common import fill_table, local_time, make_table
from ui.storekeeper.slips_model import SlipsModel
from ui.widgets.keypad import NumericKeypad
from ui.widgets.message_strip import MessageStrip
from ui.widgets.touch_button import TouchButton

_STATUS = {"requested": QT_TRANSLATE_NOOP("SlipsScreen", "Requested"),
           "partly dispensed": QT_TRANSLATE_NOOP("SlipsScreen", "Partly dispensed"),
           "dispensed": QT_TRANSLATE_NOOP("SlipsScreen", "Dispensed"),
           "cancelled": QT_TRANSLATE_NOOP("SlipsScreen", "Cancelled")}


class SlipsScreen(Screen):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, screen_id="storekeeper.slips")
        self.vm = SlipsModel(ctx, self, self.origin)
        self.pages = QStackedWidget(self)
        self.body_layout.addWidget(self.pages, 1)
        self.message = MessageStrip("Slips.Message", self)
        self.body_layout.addWidget(self.message)
        self._build_queue()
        self._build_slip()
        self.vm.queue_changed.connect(self._show_queue)
        self.vm.slip_changed.connect(self._show_slip)
        self.vm.message.connect(lambda severity, text: self.message.show_message(text, severity))
        self.vm.offers_changed.connect(self._show_offers)
        self.retranslate()
        self.vm.refresh()

    # -- layout ------------------------------------------------------------------------------
    def _build_queue(self) -> None:
        page = QWidget(self)
        page.setObjectName("Slips.QueuePage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.queue_title = QLabel(page)
        self.queue_title.setObjectName("Slips.QueueTitle")
        self.queue_title.setProperty("heading", True)
        self.queue_hint = QLabel(page)
        self.queue_hint.setObjectName("Slips.QueueHint")
        self.queue_hint.setWordWrap(True)
        self.queue_list = QWidget(page)
        self.queue_list.setObjectName("Slips.Queue")
        self.queue_rows = QVBoxLayout(self.queue_list)
        self.queue_rows.addStretch(1)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.queue_list)
        self.queue_empty = QLabel(page)
        self.queue_empty.setObjectName("Slips.QueueEmpty")
        layout.addWidget(self.queue_title)
        layout.addWidget(self.queue_hint)
        layout.addWidget(self.queue_empty)
        layout.addWidget(scroll, 1)
        self.pages.addWidget(page)
        self.queue_page = page

    def _build_slip(self) -> None:
        page = QWidget(self)
        page.setObjectName("Slips.SlipPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.back_button = TouchButton("Slips.Back", parent=page)
        self.back_button.clicked.connect(self.vm.close_slip)
        self.slip_title = QLabel(page)
        self.slip_title.setObjectName("Slips.Title")
        self.slip_title.setProperty("heading", True)
        self.slip_title.setWordWrap(True)  # a narrow glove screen wraps the WO line rather than cutting the plate
        self.slip_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.slip_status = QLabel(page)
        self.slip_status.setObjectName("Slips.Status")
        self.return_button = TouchButton("Slips.ReturnMode", parent=page)
        self.return_button.setCheckable(True)
        self.return_button.toggled.connect(self.vm.set_return_mode)
        top.addWidget(self.back_button)
        top.addWidget(self.slip_title, 1)
        top.addWidget(self.slip_status)
        top.addWidget(self.return_button)
        self.scan_hint = QLabel(page)
        self.scan_hint.setObjectName("Slips.ScanHint")
        self.scan_hint.setWordWrap(True)
        self.lines = make_table("Slips.Lines", page, 6)
        self.offers_box = QFrame(page)
        self.offers_box.setObjectName("Slips.Substitutes")
        self.offers_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.offers_layout = QGridLayout(self.offers_box)
        self.offers_title = QLabel(self.offers_box)
        self.offers_title.setObjectName("Slips.SubstitutesTitle")
        self.offers_box.hide()
        layout.addLayout(top)
        layout.addWidget(self.scan_hint)
        middle = QHBoxLayout()
        middle.addWidget(self.lines, 1)
        middle.addWidget(self._build_qty(page))
        layout.addLayout(middle, 1)
        layout.addWidget(self.offers_box)
        self.pages.addWidget(page)
        self.slip_page = page

    def _build_qty(self, page: QWidget) -> QWidget:
        """How many the next scan hands out: typed with a thumb, the scanner in the other hand."""
        box = QFrame(page)
        box.setObjectName("Slips.QtyPanel")
        column = QVBoxLayout(box)
        column.setContentsMargins(8, 0, 0, 0)
        self.qty_caption = QLabel(box)
        self.qty_caption.setObjectName("Slips.QtyCaption")
        self.qty_caption.setWordWrap(True)
        self.qty_value = QLabel("1", box)
        self.qty_value.setObjectName("Slips.Qty")
        self.qty_value.setProperty("heading", True)
        self.qty_value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qty_pad = NumericKeypad(box, name="Slips.QtyPad")
        self.qty_pad.key_pressed.connect(self._qty_key)
        column.addWidget(self.qty_caption)
        column.addWidget(self.qty_value)
        column.addWidget(self.qty_pad, 1)
        self.qty_value.setStyleSheet("font-size: 28pt; font-weight: bold;")  # read from a step away
        box.setFixedWidth(max(260, self.qty_pad.minimumSizeHint().width() + 12))  # the glove keys need more
        self.vm.qty_changed.connect(lambda qty: self.qty_value.setText(str(qty)))
        self._typed = ""
        return box

    def _qty_key(self, key: str) -> None:
        if key == "clear":
            self._typed = ""
        elif key == "back":
            self._typed = self._typed[:-1]
        elif key.isdigit() and len(self._typed) < 3:
            self._typed = (self._typed + key).lstrip("0")
        qty = int(self._typed) if self._typed else 1
        self.vm.set_next_qty(qty)

    # -- binding -----------------------------------------------------------------------------
    def _show_queue(self, queue: list[SlipSummary]) -> None:
        while self.queue_rows.count() > 1:
            item = self.queue_rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for pos, slip in enumerate(queue):
            text = (f"{slip.number}  ·  {slip.wo_number}  ·  {slip.plate}  ·  {slip.bay or '-'}\n"
                    f"{slip.requested_by_name or ''}  {local_time(slip.requested_at, self.ctx.tz)}  ·  "
                    + self.tr("%1 lines, %2 to hand out").replace("%1", str(slip.lines)).replace("%2", str(slip.remaining))
                    + f"  ·  {self._status_text(slip.status)}"
                    + (("  ·  " + self.tr("waiting for approval")) if slip.waiting_approval else ""))
            button = TouchButton("Slips.Open", text, self.queue_list, kind="primary" if pos == 0 else "secondary")
            button.setProperty("number", slip.number)
            button.setProperty("slipRow", True)
            button.clicked.connect(lambda _=False, sid=slip.id: self.vm.open_slip(sid))
            self.queue_rows.insertWidget(pos, button)
        self.queue_empty.setVisible(not queue)

    def _show_slip(self, slip: PickSlip | None) -> None:
        if self.vm.next_qty == 1:
            self._typed = ""  # used by a scan, or a new slip: the next number starts afresh
        if slip is None:
            self.return_button.setChecked(False)
            self.pages.setCurrentWidget(self.queue_page)
            self.title_changed.emit(self.title())
            return
        plate, bay = slip.plate.replace(" ", "\u00a0"), (slip.bay or "-").replace(" ", "\u00a0")  # never split
        self.slip_title.setText(f"{slip.number}\n{slip.wo_number}  ·  {plate}  ·  {bay}")
        self.slip_status.setText(self._status_text(slip.status))
        self.slip_status.setProperty("status", slip.status)
        rows = []
        for line in slip.lines:
            state = ""
            if line.approval == "PENDING":
                state = self.tr("waits for the advisor: %1").replace("%1", line.proposed_name or "")
            elif line.approval == "REJECTED":
                state = self.tr("substitute refused") + (f": {line.decision_reason}" if line.decision_reason else "")
            elif line.replaces_part_id:
                state = self.tr("substitute")
            elif line.remaining == 0:
                state = "✓"
            rows.append([line.sku, line.name, line.qty, line.dispensed, line.remaining, state])
        fill_table(self.lines, rows, numeric={2, 3, 4})
        self.lines.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if self.pages.currentWidget() is not self.slip_page:
            self.pages.setCurrentWidget(self.slip_page)
            self.message.clear_message()

    def _show_offers(self, _line_id: str, offers: list[SubstituteOffer]) -> None:
        while self.offers_layout.count():
            item = self.offers_layout.takeAt(0)
            if item.widget() is not None and item.widget() is not self.offers_title:
                item.widget().deleteLater()
        if not offers:
            self.offers_box.hide()
            return
        self.offers_layout.addWidget(self.offers_title, 0, 0, 1, 2)
        for row, offer in enumerate(offers, start=1):
            kind = self.tr("EXACT — hand out now") if offer.kind == "EXACT" else self.tr("MODIFIED — ask the advisor")
            button = TouchButton("Slips.Substitute", f"{offer.name} ({offer.sku})  ·  {kind}  ·  "
                                 + self.tr("%1 on hand").replace("%1", str(offer.on_hand)),
                                 self.offers_box, kind="primary" if offer.kind == "EXACT" else "secondary")
            button.setProperty("sku", offer.sku)
            button.setProperty("kind", offer.kind)
            button.setEnabled(offer.on_hand > 0)
            button.clicked.connect(lambda _=False, pid=offer.part_id: self.vm.use_substitute(pid))
            self.offers_layout.addWidget(button, row, 0, 1, 2)
        self.offers_box.show()

    def _status_text(self, status: str) -> str:
        return self.tr(_STATUS.get(status, status))

    # -- the screen contract -------------------------------------------------------------------
    def on_scan(self, code: str, source: str) -> None:
        self.vm.scan(code)

    def title(self) -> str:
        return self.tr("Pick-slips")

    def retranslate(self) -> None:
        self.queue_title.setText(self.tr("Pick-slips waiting"))
        self.queue_hint.setText(self.tr("Scan a part to open the oldest slip that needs it, or tap a slip."))
        self.queue_empty.setText(self.tr("No pick-slip is waiting."))
        self.back_button.setText(self.tr("◀ Queue"))
        self.return_button.setText(self.tr("Returns"))
        self.scan_hint.setText(self.tr("Scan each part as it leaves the shelf. Lots go out first-expiry-first-out."))
        self.offers_title.setText(self.tr("Out of stock — substitutes:"))
        self.qty_caption.setText(self.tr("Quantity for the next scan"))
        self.lines.setHorizontalHeaderLabels([self.tr("SKU"), self.tr("Part"), self.tr("Asked"), self.tr("Given"),
                                              self.tr("To go"), self.tr("Note")])
        if self.vm.slip is not None:
            self._show_slip(self.vm.slip)
        self._show_queue(self.vm.queue)

    def shutdown(self) -> None:
        self.vm.shutdown()
