"""What the work-order editor offers to add: labour items and parts (with stock per warehouse)."""

from __future__ import annotations

from pydantic import BaseModel

from app.queries.stock_levels import WarehouseStock, on_hand
from app.store import Store
from app.tax import labour_amount


class LabourChoice(BaseModel):
    id: str
    code: str
    name: str
    flat_hours_x100: int
    rate_per_hour: int
    amount: int


class PartChoice(BaseModel):
    id: str
    sku: str
    name: str
    unit_price: int
    stock: list[WarehouseStock]

    @property
    def total_on_hand(self) -> int:
        return sum(s.qty for s in self.stock)


def _like(text: str) -> str:
    return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def labour_choices(store: Store, text: str = "", limit: int = 50) -> list[LabourChoice]:
    rows = store.query(
        "SELECT id, code, name, flat_hours_x100, rate_per_hour FROM labour_catalogue"
        " WHERE _del IS NULL AND code IS NOT NULL AND (code LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\')"
        " ORDER BY code LIMIT ?", (_like(text), _like(text), limit))
    return [LabourChoice(**r, amount=labour_amount(r["flat_hours_x100"] or 0, r["rate_per_hour"] or 0)) for r in rows]


def part_choices(store: Store, text: str = "", limit: int = 50) -> list[PartChoice]:
    rows = store.query(
        "SELECT id, sku, name, unit_price FROM parts WHERE _del IS NULL AND sku IS NOT NULL"
        " AND (sku LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\' OR barcode = ?) ORDER BY sku LIMIT ?",
        (_like(text), _like(text), text.strip(), limit))
    stock = on_hand(store, [r["id"] for r in rows])
    return [PartChoice(**r, stock=stock[r["id"]]) for r in rows]
