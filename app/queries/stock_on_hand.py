"""Stock on hand per part and warehouse (the sum of its movements), found by SKU, barcode or
name as typed; parts with no stock are listed too when `include_empty`."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from app.queries.paging import Page, fetch_page, like_pattern
from app.store import Store


class StockRow(BaseModel):
    part_id: str
    sku: str
    barcode: str | None
    name: str
    unit: str | None
    warehouse_id: str | None
    warehouse_code: str | None
    on_hand: int


_SQL = (
    "SELECT p.id AS part_id, p.sku, p.barcode, p.name, p.unit, wh.id AS warehouse_id, wh.code AS warehouse_code,"
    " coalesce(s.qty, 0) AS on_hand"
    " FROM parts p"
    " LEFT JOIN (SELECT part_id, warehouse_id, sum(qty_delta) AS qty FROM stock_movements"
    "            GROUP BY part_id, warehouse_id) s ON s.part_id = p.id"
    " LEFT JOIN warehouses wh ON wh.id = s.warehouse_id"
    " WHERE p._del IS NULL AND p.name IS NOT NULL"
    "   AND (? = '' OR p.barcode = ? OR p.sku LIKE ? ESCAPE '\\' OR p.name LIKE ? ESCAPE '\\')"
    "   AND (? IS NULL OR s.warehouse_id = ?)"
    "   AND (? OR coalesce(s.qty, 0) != 0)"
    " ORDER BY p.name, p.sku, wh.code"
)


def _row(r: dict[str, Any]) -> StockRow:
    return StockRow(**{**r, "sku": r["sku"] or "", "name": r["name"] or ""})


def stock_on_hand(store: Store, text: str = "", *, warehouse_id: str | None = None, include_empty: bool = True,
                  offset: int = 0, limit: int = 50) -> Page[StockRow]:
    text = (text or "").strip()
    pattern = like_pattern(text)
    return fetch_page(store, _SQL, [text, text, pattern, pattern, warehouse_id, warehouse_id,
                                    1 if include_empty else 0], offset, limit, _row)
