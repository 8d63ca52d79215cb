"""Receiving: goods scanned in against an open purchase order. Partial receipts add up; more than
ordered is refused; a part with an expiry takes the lot and expiry typed above the list."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from app.money import format_rupiah
from app.purchasing import PurchaseOrder, Received
from ui.kit.changes import ChangeWatcher
from ui.kit.operations import CommandOp, QueryOp
from ui.kit.screen import Screen, ViewContext
from ui.storekeeper.common import PO_TABLES, beep, fill_table, local_time, make_table, refusal
from ui.widgets.message_strip import MessageStrip
from ui.widgets.touch_button import TouchButton


class ReceivingModel(QObject):
    orders_changed = Signal(list)  # list[PurchaseOrder]
    order_changed = Signal(object)  # PurchaseOrder | None
    message = Signal(str, str)      # severity, text

    def __init__(self, ctx: ViewContext, owner: QWidget, origin: str) -> None:
        super().__init__(owner)
        self.ctx = ctx
        self.origin = origin
        self.order: PurchaseOrder | None = None
        self.orders: list[PurchaseOrder] = []
        self.watcher = ChangeWatcher(ctx.services.store, PO_TABLES, owner=owner, origin=origin, parent=self)
        self.watcher.changed.connect(lambda _c: self.refresh())

    def refresh(self) -> None:
        purchasing = self.ctx.services.purchasing
        QueryOp(self, purchasing.open_pos, tasks=self.ctx.tasks).success(self._set_orders).run()
        if self.order is not None:
            self.open(self.order.id)

    def _set_orders(self, orders: list[PurchaseOrder]) -> None:
        self.orders = orders
        self.orders_changed.emit(orders)

    def open(self, po_id: str) -> None:
        purchasing = self.ctx.services.purchasing
        QueryOp(self, lambda: purchasing.get_po(po_id), tasks=self.ctx.tasks).success(self._set_order).run()

    def close(self) -> None:
        self._set_order(None)
        self.refresh()

    def _set_order(self, order: PurchaseOrder | None) -> None:
        self.order = order
        self.order_changed.emit(order)

    def scan(self, code: str, lot: str, expiry: str) -> None:
        if self.order is None:
            beep()
            self.message.emit("warning", self.tr("Open a purchase order first, then scan what arrived."))
            return
        services, actor, po_id = self.ctx.services, self.ctx.actor, self.order.id
        CommandOp(self, lambda: services.purchasing.receive_scan(actor, po_id, code, 1, lot, expiry or None),
                  origin=self.origin, tasks=self.ctx.tasks).success(self._received) \
            .failure(lambda exc: self._refused(exc, code)).run()

    def _received(self, got: Received) -> None:
        text = self.tr("%1 received (lot %2); %3 still to come.").replace("%1", got.name) \
            .replace("%2", got.lot or "-").replace("%3", str(got.outstanding))
        if got.po_status == "received":
            text += " " + self.tr("The whole order is in.")
        self.message.emit("ok", text)
        self.open(got.po_id)

    def _refused(self, exc: BaseException, code: str) -> None:
        beep()
        self.message.emit("error", refusal(exc, code))


class ReceivingScreen(Screen):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, screen_id="storekeeper.receiving")
        self.vm = ReceivingModel(ctx, self, self.origin)
        self.pages = QStackedWidget(self)
        self.message = MessageStrip("Receiving.Message", self)
        self.body_layout.addWidget(self.pages, 1)
        self.body_layout.addWidget(self.message)
        # the list of open orders
        self.list_page = QWidget(self)
        lay = QVBoxLayout(self.list_page)
        lay.setContentsMargins(0, 0, 0, 0)
        self.list_title = QLabel(self.list_page)
        self.list_title.setProperty("heading", True)
        self.orders = QVBoxLayout()
        lay.addWidget(self.list_title)
        lay.addLayout(self.orders)
        lay.addStretch(1)
        self.pages.addWidget(self.list_page)
        # one order being received
        self.po_page = QWidget(self)
        lay = QVBoxLayout(self.po_page)
        lay.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.back = TouchButton("Receiving.Back", parent=self.po_page)
        self.back.clicked.connect(self.vm.close)
        self.po_title = QLabel(self.po_page)
        self.po_title.setObjectName("Receiving.Title")
        self.po_title.setProperty("heading", True)
        self.po_title.setWordWrap(True)
        top.addWidget(self.back)
        top.addWidget(self.po_title, 1)
        lot_row = QHBoxLayout()
        self.lot_caption = QLabel(self.po_page)
        self.lot = QLineEdit(self.po_page)
        self.lot.setObjectName("Receiving.Lot")
        self.expiry_caption = QLabel(self.po_page)
        self.expiry = QLineEdit(self.po_page)
        self.expiry.setObjectName("Receiving.Expiry")
        self.expiry.setInputMask("9999-99-99;_")
        for w in (self.lot_caption, self.lot, self.expiry_caption, self.expiry):
            lot_row.addWidget(w)
        lot_row.addStretch(1)
        self.lines = make_table("Receiving.Lines", self.po_page, 6)
        lay.addLayout(top)
        lay.addLayout(lot_row)
        lay.addWidget(self.lines, 1)
        self.pages.addWidget(self.po_page)
        self.vm.orders_changed.connect(self._show_orders)
        self.vm.order_changed.connect(self._show_order)
        self.vm.message.connect(lambda severity, text: self.message.show_message(text, severity))
        self.retranslate()
        self.vm.refresh()

    def _show_orders(self, orders: list[PurchaseOrder]) -> None:
        while self.orders.count():
            item = self.orders.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for order in orders:
            left = sum(l.outstanding for l in order.lines)
            button = TouchButton("Receiving.Open", f"{order.number}  ·  {order.supplier_name}  ·  "
                                 + local_time(order.created_at, self.ctx.tz) + "  ·  "
                                 + self.tr("%1 lines, %2 still to come").replace("%1", str(len(order.lines)))
                                 .replace("%2", str(left)), self.list_page)
            button.setProperty("number", order.number)
            button.setProperty("slipRow", True)
            button.clicked.connect(lambda _=False, oid=order.id: self.vm.open(oid))
            self.orders.addWidget(button)
        if not orders:
            empty = QLabel(self.tr("No purchase order is waiting for goods."), self.list_page)
            empty.setObjectName("Receiving.Empty")
            self.orders.addWidget(empty)

    def _show_order(self, order: PurchaseOrder | None) -> None:
        if order is None:
            self.pages.setCurrentWidget(self.list_page)
            return
        status = {"open": self.tr("open"), "partly received": self.tr("partly received"),
                  "received": self.tr("received"), "cancelled": self.tr("cancelled")}[order.status]
        self.po_title.setText(f"{order.number}  ·  {order.supplier_name}  ·  {status}")
        fill_table(self.lines, [[l.sku, l.name, l.qty, l.received, l.outstanding,
                                 format_rupiah(l.unit_cost) + (" · " + self.tr("expiry") if l.has_expiry else "")]
                                for l in order.lines], {2, 3, 4})
        self.lines.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if self.pages.currentWidget() is not self.po_page:
            self.pages.setCurrentWidget(self.po_page)
            self.message.clear_message()

    def on_scan(self, code: str, source: str) -> None:
        expiry = self.expiry.text() if self.expiry.hasAcceptableInput() else ""
        self.vm.scan(code, self.lot.text(), expiry)

    def title(self) -> str:
        return self.tr("Receiving")

    def retranslate(self) -> None:
        self.list_title.setText(self.tr("Purchase orders waiting for goods"))
        self.back.setText(self.tr("◀ Orders"))
        self.lot_caption.setText(self.tr("Lot:"))
        self.expiry_caption.setText(self.tr("Expiry (YYYY-MM-DD):"))
        self.lines.setHorizontalHeaderLabels([self.tr("SKU"), self.tr("Part"), self.tr("Ordered"),
                                              self.tr("Received"), self.tr("To come"), self.tr("Cost")])
        self._show_orders(self.vm.orders)

    def shutdown(self) -> None:
        self.vm.watcher.close()
