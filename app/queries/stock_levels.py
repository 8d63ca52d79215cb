"""Stock on hand per warehouse, for the parts an advisor puts on a work order."""

from __future__ import annotations

from pydantic import BaseModel

from app.store import Store

_CHUNK = 500


class WarehouseStock(BaseModel):
    warehouse_id: str
    code: str
    qty: int


def on_hand(store: Store, part_ids: list[str]) -> dict[str, list[WarehouseStock]]:
    """Per part: the quantity on hand in each warehouse (every lot summed), warehouses by code."""
    out: dict[str, list[WarehouseStock]] = {p: [] for p in part_ids}
    ids = list(dict.fromkeys(part_ids))
    with store.read() as conn:
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            for part_id, wh_id, code, qty in conn.execute(
                    "SELECT m.part_id, m.warehouse_id, coalesce(w.code, m.warehouse_id), sum(m.qty_delta)"
                    " FROM stock_movements m LEFT JOIN warehouses w ON w.id = m.warehouse_id"
                    f" WHERE m.part_id IN ({','.join('?' * len(chunk))})"
                    " GROUP BY m.part_id, m.warehouse_id ORDER BY 3", chunk):
                out[part_id].append(WarehouseStock(warehouse_id=wh_id, code=code, qty=int(qty or 0)))
    return out
