"""What the storekeeper's screens share: refusal messages in the user's language, the error
sound, small table helpers."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from app.errors import DomainError
from ui.kit.labels import error_message

# Tables the warehouse screens watch.
STOCK_TABLES = frozenset({"stock_movements", "parts", "part_barcodes", "part_substitutes", "part_stock_settings"})
SLIP_TABLES = frozenset({"pick_slips", "pick_slip_lines", "stock_movements", "workorders", "wo_parts", "parts"})
PO_TABLES = frozenset({"purchase_orders", "purchase_order_lines", "stock_movements", "suppliers", "parts"})


def refusal(exc: BaseException, code: str = "") -> str:
    """A refused scan or command, said plainly; `code` is what was scanned."""
    if not isinstance(exc, DomainError):
        return error_message(exc)
    detail = getattr(exc, "detail", {}) or {}
    name = str(detail.get("name", ""))
    kind = exc.code
    if kind == "unknown_barcode":
        return QCoreApplication.translate("Warehouse", "Unknown code %1: nothing was changed.") \
            .replace("%1", code or str(detail.get("code", "")))
    if kind == "wrong_part":
        return QCoreApplication.translate("Warehouse", "%1 is not on this document: nothing was changed.").replace("%1", name or code)
    if kind == "over_dispense":
        return QCoreApplication.translate("Warehouse", "%1: everything asked is handed out already.").replace("%1", name or code)
    if kind == "stock_short":
        return QCoreApplication.translate("Warehouse", "%1 is out of stock here: choose a substitute below.").replace("%1", name or code)
    if kind == "over_receive":
        return QCoreApplication.translate("Warehouse", "%1: more than ordered on this PO.").replace("%1", name or code)
    if kind == "over_return":
        return QCoreApplication.translate("Warehouse", "%1: more back than was handed out.").replace("%1", name or code)
    if kind == "expiry_missing":
        return QCoreApplication.translate("Warehouse", "%1 has an expiry date: type the lot's expiry, then scan again.").replace("%1", name or code)
    if kind == "count_open":
        return QCoreApplication.translate("Warehouse", "A count of this warehouse is open already.")
    return error_message(exc)


def beep() -> None:
    """The error sound for a refused scan."""
    QApplication.beep()


def local_time(iso: str | None, tz: tzinfo) -> str:
    if not iso:
        return ""
    try:
        return datetime.fromisoformat(iso).astimezone(tz).strftime("%H:%M")
    except ValueError:
        return ""


def make_table(name: str, parent: QWidget, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setObjectName(name)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill_table(table: QTableWidget, rows: list[list[object]], numeric: set[int] | None = None) -> None:
    numeric = numeric or set()
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            if c in numeric:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
