"""Pick-slips for the warehouse: part lines of open work orders not yet fully dispensed.

There is no pick-slip table: a WO's part line *is* the request; what is still to hand out is
its quantity less the stock movements booked against it (`ref` = the line's id)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from app.queries.paging import Page, fetch_page
from app.store import Store
from app.wo_states import OPEN_STATES


class PickLine(BaseModel):
    line_id: str
    wo_id: str
    wo_number: str
    plate: str
    bay: str | None
    part_id: str
    sku: str
    barcode: str | None
    name: str
    qty: int
    dispensed: int

    @property
    def missing(self) -> int:
        return self.qty - self.dispensed


_STATES = sorted(s.value for s in OPEN_STATES)
_SQL = (
    "SELECT * FROM (SELECT l.id AS line_id, w.id AS wo_id, w.number AS wo_number, v.plate, w.bay,"
    " l.part_id, p.sku, p.barcode, p.name, l.qty,"
    " coalesce((SELECT -sum(m.qty_delta) FROM stock_movements m WHERE m.ref = l.id), 0) AS dispensed,"
    " w.sla_due"
    " FROM wo_parts l JOIN workorders w ON w.id = l.wo_id"
    " LEFT JOIN vehicles v ON v.id = w.vehicle_id LEFT JOIN parts p ON p.id = l.part_id"
    " WHERE l._del IS NULL AND w._del IS NULL AND w.number IS NOT NULL"
    f"   AND w.status IN ({','.join('?' * len(_STATES))})"
    "   AND (? IS NULL OR l.wo_id = ?))"
    " WHERE dispensed < qty ORDER BY sla_due, wo_number, line_id"
)


def _row(r: dict[str, Any]) -> PickLine:
    return PickLine(**{k: v for k, v in r.items() if k != "sla_due"}
                    | {"plate": r["plate"] or "", "sku": r["sku"] or "", "name": r["name"] or ""})


def pick_slips(store: Store, *, wo_id: str | None = None, offset: int = 0, limit: int = 50) -> Page[PickLine]:
    return fetch_page(store, _SQL, [*_STATES, wo_id, wo_id], offset, limit, _row)
