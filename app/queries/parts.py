"""Read queries for the storekeeper's part card: everything about one part on one page."""

from __future__ import annotations

from pydantic import BaseModel

from app.catalogue import Part, StockSettings
from app.services import Services


class LotStock(BaseModel):
    warehouse_id: str
    warehouse_code: str
    lot: str
    expiry: str | None
    qty: int


class WarehouseStock(BaseModel):
    warehouse_id: str
    warehouse_code: str
    warehouse_name: str
    on_hand: int
    settings: StockSettings


class Movement(BaseModel):
    id: str
    hlc: str
    kind: str
    warehouse_code: str
    lot: str
    qty_delta: int
    ref: str | None
    doc: str | None  # the WO / PO / pick-slip number behind `ref`, when there is one
    user_name: str | None


class OpenDoc(BaseModel):
    id: str
    number: str
    qty: int
    outstanding: int


class SubstituteRow(BaseModel):
    part_id: str
    sku: str
    name: str
    kind: str
    on_hand: int


class PartCard(BaseModel):
    part: Part
    barcodes: list[str]
    stock: list[WarehouseStock]
    lots: list[LotStock]
    movements: list[Movement]
    open_slips: list[OpenDoc]
    open_pos: list[OpenDoc]
    substitutes: list[SubstituteRow]

    @property
    def on_hand(self) -> int:
        return sum(s.on_hand for s in self.stock)


def part_card(s: Services, part_id: str, movements: int = 50) -> PartCard:
    part = s.catalogue.part(part_id)
    store = s.store
    warehouses = s.catalogue.warehouses()
    codes = {w.id: w.code for w in warehouses}
    levels = s.stock.levels(part_id)
    stock = [WarehouseStock(warehouse_id=w.id, warehouse_code=w.code, warehouse_name=w.name,
                            on_hand=sum(l.qty for l in levels if l.warehouse_id == w.id),
                            settings=s.catalogue.stock_settings(part_id, w.id)) for w in warehouses]
    lots = [LotStock(warehouse_id=l.warehouse_id, warehouse_code=codes.get(l.warehouse_id, "?"), lot=l.lot,
                     expiry=l.expiry, qty=l.qty) for l in levels if l.qty]
    moves = [Movement(**{**r, "warehouse_code": codes.get(r.pop("warehouse_id"), "?")}) for r in store.query(
        "SELECT m.id, m.hlc, m.kind, m.warehouse_id, m.lot, m.qty_delta, m.ref, u.name AS user_name,"
        " coalesce((SELECT w.number FROM wo_parts l JOIN workorders w ON w.id = l.wo_id WHERE l.id = m.ref),"
        "   (SELECT o.number FROM purchase_order_lines l JOIN purchase_orders o ON o.id = l.po_id WHERE l.id = m.ref))"
        "   AS doc"
        " FROM stock_movements m LEFT JOIN users u ON u.id = m.user_id WHERE m.part_id = ?"
        " ORDER BY m.hlc DESC, m.id DESC LIMIT ?", (part_id, movements))]
    slips = [OpenDoc(id=r["id"], number=r["number"], qty=r["qty"], outstanding=max(0, r["qty"] + r["moved"]))
             for r in store.query(
        "SELECT s.id, s.number, coalesce(l.qty, 0) AS qty, coalesce((SELECT sum(m.qty_delta) FROM stock_movements m"
        "   WHERE m.ref = l.wo_part_id), 0) AS moved"
        " FROM pick_slip_lines l JOIN pick_slips s ON s.id = l.slip_id AND s._del IS NULL AND s.cancelled_at IS NULL"
        " WHERE l.part_id = ? AND l._del IS NULL ORDER BY s.requested_at", (part_id,))]
    pos = [OpenDoc(id=r["id"], number=r["number"], qty=r["qty"], outstanding=max(0, r["qty"] - r["got"]))
           for r in store.query(
        "SELECT o.id, o.number, coalesce(l.qty, 0) AS qty, coalesce((SELECT sum(m.qty_delta) FROM stock_movements m"
        "   WHERE m.ref = l.id AND m.kind = 'receive'), 0) AS got"
        " FROM purchase_order_lines l JOIN purchase_orders o ON o.id = l.po_id AND o._del IS NULL"
        "   AND o.cancelled_at IS NULL WHERE l.part_id = ? AND l._del IS NULL ORDER BY o.created_at", (part_id,))]
    subs = []
    for sub in s.catalogue.substitutes(part_id):
        other = s.catalogue.part(sub.substitute_id)
        subs.append(SubstituteRow(part_id=other.id, sku=other.sku, name=other.name, kind=sub.kind,
                                  on_hand=s.stock.on_hand(other.id)))
    return PartCard(part=part, barcodes=s.catalogue.barcodes(part_id), stock=stock, lots=lots, movements=moves,
                    open_slips=[d for d in slips if d.outstanding], open_pos=[d for d in pos if d.outstanding],
                    substitutes=subs)


def part_card_by_code(s: Services, code: str) -> PartCard:
    """A scanned barcode or typed SKU; an unknown code raises NotFoundError('unknown_barcode')."""
    return part_card(s, s.catalogue.part_by_code(code).id)
