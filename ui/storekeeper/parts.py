"""Parts: search as you type (SKU, barcode, name and brand words) and the part card — stock per
warehouse and lot, movements, open pick-slips and POs, substitutes — with a shelf label to print.
A scan shows the scanned part's card."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QSplitter, QTabWidget,
                               QVBoxLayout, QWidget)

from app.money import format_rupiah
from app.parts_search import PartHit, search
from app.queries.parts import PartCard, part_card, part_card_by_code
from ui.devices.labels import part_label_bytes
from ui.devices.print_queue import PrintQueue
from ui.kit.changes import ChangeWatcher
from ui.kit.labels import device_message
from ui.kit.operations import QueryOp
from ui.kit.screen import Screen, ViewContext
from ui.storekeeper.common import STOCK_TABLES, beep, fill_table, make_table, refusal
from ui.widgets.message_strip import MessageStrip
from ui.widgets.search_box import SearchBox
from ui.widgets.touch_button import TouchButton


class PartsModel(QObject):
    hits_changed = Signal(list)   # list[PartHit]
    card_changed = Signal(object)  # PartCard | None
    failed = Signal(str)

    def __init__(self, ctx: ViewContext, owner: QWidget) -> None:
        super().__init__(owner)
        self.ctx = ctx
        self.card: PartCard | None = None
        self.watcher = ChangeWatcher(ctx.services.store, STOCK_TABLES | {"pick_slip_lines", "purchase_order_lines"},
                                     owner=owner, parent=self)
        self.watcher.changed.connect(lambda _c: self.reload())

    def query(self, text: str) -> list[PartHit]:
        return search(self.ctx.services.store, text)

    def show(self, part_id: str) -> None:
        services = self.ctx.services
        QueryOp(self, lambda: part_card(services, part_id), tasks=self.ctx.tasks).success(self._set) \
            .failure(lambda exc: self.failed.emit(refusal(exc))).run()

    def lookup(self, code: str) -> None:
        services = self.ctx.services
        QueryOp(self, lambda: part_card_by_code(services, code), tasks=self.ctx.tasks).success(self._set) \
            .failure(lambda exc: self._refused(exc, code)).run()

    def _refused(self, exc: BaseException, code: str) -> None:
        beep()
        self.failed.emit(refusal(exc, code))

    def reload(self) -> None:
        if self.card is not None:
            self.show(self.card.part.id)

    def _set(self, card: PartCard) -> None:
        self.card = card
        self.card_changed.emit(card)


class PartsScreen(Screen):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, screen_id="storekeeper.parts")
        self.vm = PartsModel(ctx, self)
        self.printer = PrintQueue(ctx.devices, ctx.tasks, parent=self)
        self.search = SearchBox("Parts.Search", self, debounce_ms=120, tasks=ctx.tasks)
        self.search.bind(self.vm.query, self._show_hits)
        self.results = QListWidget(self)
        self.results.setObjectName("Parts.Results")
        self.results.itemClicked.connect(lambda item: self.vm.show(item.data(Qt.ItemDataRole.UserRole)))
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.results, 1)
        self.card = self._build_card()
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(self.card)
        split.setStretchFactor(1, 2)
        split.setSizes([360, 900])
        self.message = MessageStrip("Parts.Message", self)
        self.body_layout.addWidget(split, 1)
        self.body_layout.addWidget(self.message)
        self.vm.card_changed.connect(self._show_card)
        self.vm.failed.connect(self.message.error)
        self.retranslate()

    def _build_card(self) -> QWidget:
        card = QWidget(self)
        card.setObjectName("Parts.Card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(8, 0, 0, 0)
        head = QHBoxLayout()
        self.card_name = QLabel(card)
        self.card_name.setObjectName("Parts.Name")
        self.card_name.setProperty("heading", True)
        self.card_name.setWordWrap(True)
        self.print_button = TouchButton("Parts.PrintLabel", parent=card)
        self.print_button.clicked.connect(self._print_label)
        self.print_button.setEnabled(False)
        head.addWidget(self.card_name, 1)
        head.addWidget(self.print_button)
        facts = QGridLayout()
        self.fact_labels: dict[str, QLabel] = {}
        for i, key in enumerate(("sku", "codes", "brand", "price", "on_hand", "bins")):
            caption = QLabel(card)
            value = QLabel(card)
            value.setObjectName(f"Parts.{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addWidget(caption, i // 2, (i % 2) * 2)
            facts.addWidget(value, i // 2, (i % 2) * 2 + 1)
            self.fact_labels[key] = value
            self.fact_labels[key + "_caption"] = caption
        self.tabs = QTabWidget(card)
        self.tabs.setObjectName("Parts.Tabs")
        self.lots = make_table("Parts.Lots", card, 4)
        self.moves = make_table("Parts.Movements", card, 6)
        self.docs = make_table("Parts.OpenDocs", card, 4)
        self.subs = make_table("Parts.Substitutes", card, 4)
        for table in (self.lots, self.moves, self.docs, self.subs):
            self.tabs.addTab(table, "")
        layout.addLayout(head)
        layout.addLayout(facts)
        layout.addWidget(self.tabs, 1)
        return card

    # -- binding -----------------------------------------------------------------------------
    def _show_hits(self, hits: list[PartHit] | None) -> None:
        self.results.clear()
        for hit in hits or []:
            item = QListWidgetItem(f"{hit.name}\n{hit.sku} · {hit.brand or '-'} · {format_rupiah(hit.unit_price)}"
                                   f" · {self.tr('stock %1').replace('%1', str(hit.on_hand))}")
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            self.results.addItem(item)
        if hits and len(hits) == 1:
            self.vm.show(hits[0].id)

    def _show_card(self, card: PartCard) -> None:
        p = card.part
        self.message.clear_message()
        self.card_name.setText(p.name)
        origin = {"OEM": "OEM", "AFTERMARKET": self.tr("aftermarket")}.get(p.origin or "", "")
        bins = ", ".join(f"{s.warehouse_code} {s.settings.bin}" for s in card.stock if s.settings.bin)
        values = {"sku": p.sku, "codes": ", ".join(card.barcodes) or "-",
                  "brand": " · ".join(x for x in (p.brand or "-", origin) if x), "price": format_rupiah(p.unit_price),
                  "on_hand": " · ".join(f"{s.warehouse_code}: {s.on_hand}" for s in card.stock) or "0",
                  "bins": bins or "-"}
        for key, text in values.items():
            self.fact_labels[key].setText(text)
        fill_table(self.lots, [[l.warehouse_code, l.lot or "-", l.expiry or "-", l.qty] for l in card.lots], {3})
        kinds = {"receive": self.tr("receive"), "dispense": self.tr("dispense"), "return": self.tr("return"),
                 "adjust": self.tr("adjust"), "transfer_out": self.tr("transfer out"),
                 "transfer_in": self.tr("transfer in")}
        fill_table(self.moves, [[self._when(m.hlc), kinds.get(m.kind, m.kind), m.warehouse_code,
                                 m.lot or "-", f"{m.qty_delta:+d}", m.doc or m.user_name or ""]
                                for m in card.movements], {4})
        fill_table(self.docs, [[self.tr("pick-slip"), d.number, d.qty, d.outstanding] for d in card.open_slips]
                   + [[self.tr("PO"), d.number, d.qty, d.outstanding] for d in card.open_pos], {2, 3})
        fill_table(self.subs, [[s.kind, s.sku, s.name, s.on_hand] for s in card.substitutes], {3})
        self.print_button.setEnabled(True)

    def _when(self, hlc: str) -> str:
        from datetime import datetime, timezone

        try:
            ms = int(hlc.split(".")[0])
        except ValueError:
            return ""
        return datetime.fromtimestamp(ms / 1000, timezone.utc).astimezone(self.ctx.tz).strftime("%d/%m %H:%M")

    def _print_label(self) -> None:
        card = self.vm.card
        if card is None:
            return
        p = card.part
        bin_ = next((s.settings.bin for s in card.stock if s.settings.bin), None)
        data = part_label_bytes(p.sku, p.name, p.barcode, p.unit_price, bin_, self.ctx.devices.paper_mm)
        if self.printer.submit(self.tr("Label %1").replace("%1", p.sku), data):
            self.message.ok(self.tr("Label for %1 sent to the printer.").replace("%1", p.sku))
        else:
            self.message.error(device_message(self.printer.unavailable_reason() or ""))

    # -- the screen contract -------------------------------------------------------------------
    def on_scan(self, code: str, source: str) -> None:
        self.search.setText(code)
        self.search.returnPressed.emit()  # the list shows the part too
        self.vm.lookup(code)

    def title(self) -> str:
        return self.tr("Parts")

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search: SKU, barcode, name or brand…"))
        self.print_button.setText(self.tr("Print label"))
        captions = {"sku": self.tr("SKU"), "codes": self.tr("Barcodes"), "brand": self.tr("Brand"),
                    "price": self.tr("Price"), "on_hand": self.tr("On hand"), "bins": self.tr("Bin")}
        for key, text in captions.items():
            self.fact_labels[key + "_caption"].setText(text + ":")
        if self.vm.card is None:
            self.card_name.setText(self.tr("Type or scan to find a part."))
        for i, text in enumerate((self.tr("Lots"), self.tr("Movements"), self.tr("Open slips and POs"),
                                  self.tr("Substitutes"))):
            self.tabs.setTabText(i, text)
        self.lots.setHorizontalHeaderLabels([self.tr("Warehouse"), self.tr("Lot"), self.tr("Expiry"), self.tr("Qty")])
        self.moves.setHorizontalHeaderLabels([self.tr("When"), self.tr("Kind"), self.tr("Warehouse"), self.tr("Lot"),
                                              self.tr("Qty"), self.tr("Document / by")])
        self.docs.setHorizontalHeaderLabels([self.tr("Document"), self.tr("Number"), self.tr("Qty"),
                                             self.tr("Outstanding")])
        self.subs.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("SKU"), self.tr("Part"), self.tr("On hand")])

    def shutdown(self) -> None:
        self.vm.watcher.close()
