"""Receivables (piutang): the aging list of fleet customers, their open invoices, and a payment
against one or several of them (oldest first unless the cashier ticks some)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from app.money import format_rupiah
from app.receivables import BUCKETS, AgingRow, Collection, OpenInvoice
from ui.cashier.history_models import ReceivablesModel
from ui.cashier.texts import cashier_error
from ui.kit.changes import ChangeWatcher
from ui.kit.screen import Screen, ViewContext
from ui.widgets.message_strip import MessageStrip
from ui.widgets.rupiah import RupiahEntry
from ui.widgets.touch_button import TouchButton

TITLE = QT_TRANSLATE_NOOP("Screens", "Receivables")
TABLES = frozenset({"payments", "receivable_allocations", "receivable_collections", "credit_accounts",
                    "invoice_voids"})


def _table(name: str, columns: int, parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setObjectName(name)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def _cell(text: str, right: bool = True) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class ReceivablesScreen(Screen):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, screen_id="cashier.receivables")
        self.model = ReceivablesModel(ctx, self.origin, self)
        self.aging = _table("Cashier.Aging", 3 + len(BUCKETS), self)
        self.aging.itemSelectionChanged.connect(self._chosen)
        self.open_list = _table("Cashier.OpenInvoices", 4, self)
        self.open_list.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        self.open_list.itemSelectionChanged.connect(self._fill_amount)
        self.customer = QLabel(self)
        self.customer.setObjectName("Cashier.PageHeading")
        self.amount = RupiahEntry("Cashier.CollectAmount", self)
        self.message = MessageStrip("Cashier.CollectMessage", self)
        self.methods: dict[str, TouchButton] = {}
        buttons = QVBoxLayout()
        for method in ("cash", "card", "transfer"):
            button = TouchButton("Cashier.Collect", parent=self, kind="primary" if method == "cash" else "secondary")
            button.setProperty("method", method)
            button.clicked.connect(lambda _=False, m=method: self._collect(m))
            buttons.addWidget(button)
            self.methods[method] = button
        self.methods["card"].setVisible(ctx.devices.card_terminal is not None)
        self.amount_label = QLabel(self)
        collect = QVBoxLayout()
        collect.addWidget(self.amount_label)
        collect.addWidget(self.amount)
        collect.addWidget(self.message)
        collect.addStretch(1)
        collect.addLayout(buttons)
        lower = QHBoxLayout()
        lower.addWidget(self.open_list, 2)
        lower.addLayout(collect, 1)
        self.body_layout.addWidget(self.aging, 2)  # the aging list across the screen, the chosen customer below
        self.body_layout.addWidget(self.customer)
        self.body_layout.addLayout(lower, 3)
        self.retranslate()
        m = self.model
        m.aging.connect(self._show)
        m.invoices.connect(self._show_invoices)
        m.collected.connect(self._collected)
        m.failed.connect(lambda exc: self.message.error(cashier_error(exc)))
        m.card_stage.connect(self._card_stage)
        m.edc.busy_changed.connect(lambda busy: [b.setEnabled(not busy) for b in self.methods.values()])
        self.watcher = ChangeWatcher(ctx.services.store, TABLES, owner=self, origin=self.origin)
        self.watcher.changed.connect(lambda _c: m.load())
        m.load()

    def title(self) -> str:
        return QCoreApplication.translate("Screens", TITLE)

    def _show(self, rows: list[AgingRow]) -> None:
        self.aging.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = [_cell(row.customer_name, False), _cell(format_rupiah(row.credit_limit))]
            cells += [_cell(format_rupiah(row.buckets[b]) if row.buckets[b] else "–") for b in BUCKETS]
            cells.append(_cell(format_rupiah(row.total)))
            for c, cell in enumerate(cells):
                self.aging.setItem(r, c, cell)
        if rows and not self.aging.selectionModel().selectedRows():
            self.aging.selectRow(0)

    def _chosen(self) -> None:
        selected = self.aging.selectionModel().selectedRows()
        if selected:
            row = self.model.rows[selected[0].row()]
            self.customer.setText(row.customer_name)
            self.model.choose(row.customer_id)

    def _show_invoices(self, invoices: list[OpenInvoice]) -> None:
        self.open_list.setRowCount(len(invoices))
        for r, inv in enumerate(invoices):
            late = self.tr("%n day(s) late", "", inv.days_overdue) if inv.days_overdue > 0 else self.tr("not due")
            for c, cell in enumerate((_cell(inv.number, False), _cell(inv.due_on), _cell(late),
                                      _cell(format_rupiah(inv.owed)))):
                self.open_list.setItem(r, c, cell)
        self._fill_amount()

    def _chosen_invoices(self) -> list[OpenInvoice]:
        return [self.model.open[i.row()] for i in self.open_list.selectionModel().selectedRows()]

    def _fill_amount(self) -> None:
        chosen = self._chosen_invoices() or self.model.open
        self.amount.set_amount(sum(i.owed for i in chosen))

    def _collect(self, method: str) -> None:
        chosen = [i.invoice_id for i in self._chosen_invoices()] or None
        if method == "card":
            self.model.collect_card(self.amount.amount(), chosen)
        else:
            self.model.collect(self.amount.amount(), method, chosen)

    def _card_stage(self, stage: str) -> None:
        if stage in ("sending", "sent", "waiting_for_card"):
            self.message.info(self.tr("Waiting for the card and PIN on the terminal…"))
        elif stage == "checking_status":
            self.message.show_message(self.tr("Checking with the terminal…"), "warning")

    def _collected(self, collection: Collection) -> None:
        self.message.ok(self.tr("Received %1 (%2).").replace("%1", format_rupiah(collection.amount))
                        .replace("%2", collection.receipt_number))

    def retranslate(self) -> None:
        labels = {"current": self.tr("Current"), "1-30": self.tr("1–30 days"), "31-60": self.tr("31–60 days"),
                  "61-90": self.tr("61–90 days"), "90+": self.tr("> 90 days")}
        self.aging.setHorizontalHeaderLabels([self.tr("Customer"), self.tr("Limit"), *[labels[b] for b in BUCKETS],
                                              self.tr("Total")])
        self.open_list.setHorizontalHeaderLabels([self.tr("Invoice"), self.tr("Due"), self.tr("Late"),
                                                  self.tr("Owed")])
        self.amount_label.setText(self.tr("Amount received"))
        self.methods["cash"].setText(self.tr("Receive cash"))
        self.methods["card"].setText(self.tr("Card (EDC)"))
        self.methods["transfer"].setText(self.tr("Bank transfer"))

    def shutdown(self) -> None:
        self.watcher.close()
