"""The reorder list: parts at or under their reorder level, per warehouse, with the quantity to
order; one tap makes a purchase order per supplier. A scan picks the part's row."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QWidget

from app.purchasing import PurchaseOrder, ReorderLine
from ui.kit.changes import ChangeWatcher
from ui.kit.operations import CommandOp, QueryOp
from ui.kit.screen import Screen, ViewContext
from ui.storekeeper.common import PO_TABLES, STOCK_TABLES, beep, fill_table, make_table, refusal
from ui.widgets.message_strip import MessageStrip
from ui.widgets.touch_button import TouchButton


class ReorderModel(QObject):
    rows_changed = Signal(list)  # list[ReorderLine]
    message = Signal(str, str)

    def __init__(self, ctx: ViewContext, owner: QWidget, origin: str) -> None:
        super().__init__(owner)
        self.ctx = ctx
        self.origin = origin
        self.rows: list[ReorderLine] = []
        self.watcher = ChangeWatcher(ctx.services.store, STOCK_TABLES | PO_TABLES, owner=owner, origin=origin,
                                     parent=self)
        self.watcher.changed.connect(lambda _c: self.refresh())

    def refresh(self) -> None:
        purchasing = self.ctx.services.purchasing
        QueryOp(self, purchasing.reorder_list, tasks=self.ctx.tasks).success(self._set).run()

    def _set(self, rows: list[ReorderLine]) -> None:
        self.rows = rows
        self.rows_changed.emit(rows)

    def make_orders(self) -> None:
        services, actor = self.ctx.services, self.ctx.actor
        warehouses = sorted({r.warehouse_id for r in self.rows if r.suggested > 0 and r.supplier_id})
        if not warehouses:
            self.message.emit("info", self.tr("Nothing to order: every suggestion is on order already or has no supplier."))
            return

        def work() -> list[PurchaseOrder]:
            return [po for wh in warehouses for po in services.purchasing.po_from_reorder(actor, wh)]

        CommandOp(self, work, origin=self.origin, tasks=self.ctx.tasks).success(self._ordered) \
            .failure(lambda exc: self.message.emit("error", refusal(exc))).run()

    def _ordered(self, orders: list[PurchaseOrder]) -> None:
        self.message.emit("ok", self.tr("Purchase orders made: %1").replace(
            "%1", ", ".join(f"{po.number} ({po.supplier_name})" for po in orders)))
        self.refresh()


class ReorderScreen(Screen):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, screen_id="storekeeper.reorder")
        self.vm = ReorderModel(ctx, self, self.origin)
        top = QHBoxLayout()
        self.heading = QLabel(self)
        self.heading.setProperty("heading", True)
        self.summary = QLabel(self)
        self.summary.setObjectName("Reorder.Summary")
        self.make_button = TouchButton("Reorder.MakePOs", parent=self, kind="primary")
        self.make_button.clicked.connect(self.vm.make_orders)
        self.make_button.setEnabled(ctx.allowed("purchase.write"))
        top.addWidget(self.heading)
        top.addWidget(self.summary, 1)
        top.addWidget(self.make_button)
        self.table = make_table("Reorder.Table", self, 9)
        self.message = MessageStrip("Reorder.Message", self)
        self.body_layout.addLayout(top)
        self.body_layout.addWidget(self.table, 1)
        self.body_layout.addWidget(self.message)
        self.vm.rows_changed.connect(self._show)
        self.vm.message.connect(lambda severity, text: self.message.show_message(text, severity))
        self.retranslate()
        self.vm.refresh()

    def _show(self, rows: list[ReorderLine]) -> None:
        fill_table(self.table, [[r.sku, r.name, r.warehouse_code, r.bin or "-", r.on_hand, r.on_order, r.reorder_level,
                                 r.suggested, r.supplier_name or self.tr("(no supplier)")] for r in rows],
                   {4, 5, 6, 7})
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.summary.setText(self.tr("%1 parts at or under their level, %2 to order")
                             .replace("%1", str(len(rows))).replace("%2", str(sum(1 for r in rows if r.suggested))))

    def on_scan(self, code: str, source: str) -> None:
        services = self.ctx.services
        QueryOp(self, lambda: services.catalogue.part_by_code(code), tasks=self.ctx.tasks) \
            .success(lambda part: self._pick(part.id, part.name)) \
            .failure(lambda exc: (beep(), self.message.error(refusal(exc, code)))).run()

    def _pick(self, part_id: str, name: str) -> None:
        for row, line in enumerate(self.vm.rows):
            if line.part_id == part_id:
                self.table.selectRow(row)
                self.message.info(self.tr("%1: %2 on hand, level %3, suggested %4.").replace("%1", name)
                                  .replace("%2", str(line.on_hand)).replace("%3", str(line.reorder_level))
                                  .replace("%4", str(line.suggested)))
                return
        self.message.info(self.tr("%1 is above its reorder level.").replace("%1", name))

    def title(self) -> str:
        return self.tr("Reorder")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Reorder list"))
        self.make_button.setText(self.tr("Make purchase orders"))
        self.table.setHorizontalHeaderLabels([self.tr("SKU"), self.tr("Part"), self.tr("Warehouse"), self.tr("Bin"),
                                              self.tr("On hand"), self.tr("On order"), self.tr("Level"),
                                              self.tr("Suggested"), self.tr("Supplier")])
        self._show(self.vm.rows)

    def shutdown(self) -> None:
        self.vm.watcher.close()
