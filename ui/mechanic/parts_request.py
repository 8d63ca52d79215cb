"""Parts request: choose my work order, find parts by name (or scan a barcode), the quantity on
the keypad, send: a pick-slip in the storekeeper's queue at once; each slip's state below."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from app import parts_search
from app.pickslips import PickSlip
from ui.kit.screen import ViewContext
from ui.mechanic.common import BayScreen, clear, label, plain, scroll_list, tr
from ui.mechanic.parts_model import PartsModel
from ui.widgets.keypad import NumericKeypad
from ui.widgets.message_strip import MessageStrip
from ui.widgets.search_box import SearchBox
from ui.widgets.touch_button import TouchButton


def slip_state_text(status: str) -> str:
    return {"requested": tr("requested"), "partly dispensed": tr("partly dispensed"),
            "dispensed": tr("dispensed"), "cancelled": tr("cancelled")}.get(status, status)


class PartsRequestScreen(BayScreen):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, screen_id="mechanic.parts")
        self.vm = PartsModel(ctx, self, self.origin)
        cols = QHBoxLayout(self.content)
        cols.setContentsMargins(0, 0, 0, 0)
        cols.setSpacing(12)
        left = QVBoxLayout()
        left.setSpacing(8)
        self.wo_row = QHBoxLayout()
        left.addLayout(self.wo_row)
        search_row = QHBoxLayout()
        self.search = SearchBox("Parts.Search", self.content, tasks=ctx.tasks)
        self.search.setClearButtonEnabled(False)  # a tiny cross: the big button below clears
        store = ctx.services.store
        self.search.bind(lambda text: parts_search.search(store, text, limit=8), self._show_hits)
        self.clear_search = TouchButton("Parts.ClearSearch", parent=self.content)
        self.clear_search.clicked.connect(lambda: (self.search.clear(), self._show_hits(None)))
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.clear_search)
        left.addLayout(search_row)
        self.hits_area, self.hits = scroll_list(self.content, "Parts.Results")
        left.addWidget(self.hits_area, 3)
        self.lines_title = label("Parts.LinesTitle", self.content)
        left.addWidget(self.lines_title)
        self.lines_area, self.line_rows = scroll_list(self.content, "Parts.Lines")
        left.addWidget(self.lines_area, 2)
        self.send_button = TouchButton("Parts.Send", parent=self.content, kind="primary")
        left.addWidget(self.send_button)
        self.slips = label("Parts.Slips", self.content)
        left.addWidget(self.slips)
        self.strip = MessageStrip("Parts.Message", self.content)
        left.addWidget(self.strip)
        cols.addLayout(left, 3)
        right = QVBoxLayout()
        right.setSpacing(8)
        self.selected = label("Parts.Selected", self.content)
        right.addWidget(self.selected)
        self.qty = QLineEdit(self.content)
        self.qty.setObjectName("Parts.Qty")
        self.qty.setReadOnly(True)  # typed on the keypad
        right.addWidget(self.qty)
        self.keypad = NumericKeypad(self.content, target=self.qty, with_ok=True, name="Parts.Keypad")
        right.addWidget(self.keypad, 1)
        cols.addLayout(right, 2)
        self.keypad.submitted.connect(lambda: self.vm.add(self.qty.text()))
        self.send_button.clicked.connect(self.vm.send)
        self.vm.wos_changed.connect(self._show_wos)
        self.vm.lines_changed.connect(self._show_lines)
        self.vm.slips_changed.connect(self._show_slips)
        self.vm.selected_changed.connect(self._show_selected)
        self.vm.message.connect(lambda sev, text: self.strip.show_message(text, sev))
        self.retranslate()
        self.vm.refresh()

    def title(self) -> str:
        return self.tr("Parts request")

    def retranslate(self) -> None:
        self.search.setPlaceholderText(tr("Part name, or scan the barcode"))
        self.clear_search.setText(tr("Clear"))
        self.lines_title.setText(tr("In this request (tap a line to take it out):"))
        self.send_button.setText(tr("Send to the warehouse"))
        self._show_selected(self.vm.selected)
        self._show_slips(self.vm.slips)
        self._show_wos(self.vm.wos)
        self._show_lines(self.vm.lines)

    def on_scan(self, code: str, source: str) -> None:
        """A barcode from the tablet's scanner: the part goes into the request, one piece."""
        self.vm.scanned(code)

    def _show_wos(self, wos: list[tuple[str, str]]) -> None:
        clear(self.wo_row)
        if not wos:
            empty = label("Parts.NoWo", self.content)
            empty.setText(tr("No open work order of yours: nothing to request for."))
            self.wo_row.addWidget(empty)
        for wo_id, text in wos[:3]:
            b = TouchButton("Parts.Wo", plain(text), self.content)
            b.setCheckable(True)
            b.setChecked(wo_id == self.vm.wo_id)
            b.setProperty("woId", wo_id)
            b.clicked.connect(lambda _=False, w=wo_id: self.vm.choose_wo(w))
            self.wo_row.addWidget(b, 1)
        self.send_button.setEnabled(bool(wos))

    def _show_hits(self, hits: list[parts_search.PartHit] | None) -> None:
        clear(self.hits)
        for pos, hit in enumerate(hits or []):
            b = TouchButton("Parts.Result", plain(f"{hit.name}  ·  " + tr("stock %1").replace("%1", str(hit.on_hand))),
                            self.hits_area.widget())
            b.setProperty("sku", hit.sku)
            b.setToolTip(f"{hit.name} ({hit.sku})")
            b.clicked.connect(lambda _=False, h=hit: self._pick(h.id, h.name))
            self.hits.insertWidget(pos, b)
        self.hits.addStretch(1)

    def _pick(self, part_id: str, name: str) -> None:
        self.vm.select(part_id, name)
        self.qty.setText("1")

    def _show_selected(self, selected: tuple[str, str] | None) -> None:
        self.selected.setText(selected[1] if selected else tr("Choose a part, then the quantity, then OK."))
        if selected is None:
            self.qty.clear()

    def _show_lines(self, lines: list[tuple[str, str, int]]) -> None:
        clear(self.line_rows)
        for pos, (part_id, name, qty) in enumerate(lines):
            b = TouchButton("Parts.Line", plain(f"{qty} × {name}"), self.lines_area.widget())
            b.setProperty("partId", part_id)
            b.clicked.connect(lambda _=False, p=part_id: self.vm.remove(p))
            self.line_rows.insertWidget(pos, b)
        self.line_rows.addStretch(1)

    def _show_slips(self, slips: list[PickSlip]) -> None:
        if not slips:
            self.slips.setText(tr("No pick-slips yet for this work order."))
            return
        self.slips.setText("\n".join(
            f"{s.number}: {slip_state_text(s.status)}"
            f"  ({sum(l.dispensed for l in s.lines)}/{sum(l.qty for l in s.lines)})" for s in slips[-3:]))

    def shutdown(self) -> None:
        self.vm.watcher.close()
