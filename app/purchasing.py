"""Suppliers, the reorder list, purchase orders, and receiving goods by scan against a PO.

A PO line's received quantity is the sum of the receive movements whose ref is that line, so a
receipt made on any station counts once, and partial receipts simply add up.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Literal

from pydantic import BaseModel, Field

from app.auth import Actor, require
from app.catalogue import CatalogueService
from app.errors import IllegalTransition, NotFoundError, ValidationError
from app.pickslips import refused
from app.stock_ledger import StockLedger, _expiry
from app.store import Store, new_id

POStatus = Literal["open", "partly received", "received", "cancelled"]


class Supplier(BaseModel):
    id: str
    code: str
    name: str
    phone: str | None = None


class ReorderLine(BaseModel):
    part_id: str
    sku: str
    name: str
    warehouse_id: str
    warehouse_code: str
    bin: str | None
    on_hand: int
    on_order: int
    reorder_level: int
    reorder_qty: int
    suggested: int
    supplier_id: str | None
    supplier_name: str | None


class POLineIn(BaseModel):
    part_id: str
    qty: int = Field(gt=0, le=1_000_000)
    unit_cost: int | None = Field(None, ge=0)


class POLine(BaseModel):
    id: str
    part_id: str
    sku: str
    name: str
    has_expiry: bool
    qty: int
    received: int
    unit_cost: int

    @property
    def outstanding(self) -> int:
        return max(0, self.qty - self.received)


class PurchaseOrder(BaseModel):
    id: str
    number: str
    supplier_id: str
    supplier_name: str
    warehouse_id: str
    created_at: str
    status: POStatus
    lines: list[POLine]

    @property
    def total(self) -> int:
        return sum(l.qty * l.unit_cost for l in self.lines)


class Received(BaseModel):
    po_id: str
    line_id: str
    name: str
    qty: int
    lot: str
    expiry: str | None
    outstanding: int
    po_status: POStatus


def suggested_qty(on_hand: int, on_order: int, level: int, reorder_qty: int) -> int:
    """Enough to get back above the reorder level, at least the usual order quantity, less what is on order."""
    need = max(reorder_qty, level + 1 - on_hand)
    return max(0, need - on_order)


def po_status(lines: list[POLine], cancelled: bool) -> POStatus:
    if cancelled:
        return "cancelled"
    if all(l.outstanding == 0 for l in lines):
        return "received"
    return "partly received" if any(l.received for l in lines) else "open"


class PurchasingService:
    def __init__(self, store: Store, catalogue: CatalogueService, stock: StockLedger,
                 now=lambda: datetime.now(timezone.utc)) -> None:
        self.store = store
        self.catalogue = catalogue
        self.stock = stock
        self.now = now

    # -- suppliers ---------------------------------------------------------------------------
    def add_supplier(self, actor: Actor, code: str, name: str, phone: str | None = None) -> Supplier:
        require(actor, "purchase.write")
        code, name = (code or "").strip().upper(), (name or "").strip()
        if not code or not name:
            raise ValidationError("a supplier needs a code and a name", "supplier")
        if self.store.query_one("SELECT id FROM suppliers WHERE code = ? AND _del IS NULL", (code,)):
            raise ValidationError(f"supplier {code} exists already", "supplier_taken")
        sup = Supplier(id=new_id(), code=code, name=name, phone=(phone or "").strip() or None)
        with self.store.command("supplier.add", actor.user_id) as cmd:
            cmd.upsert("suppliers", sup.id, branch_id=self.store.identity.branch_id, code=sup.code, name=sup.name,
                       phone=sup.phone)
        return sup

    def suppliers(self) -> list[Supplier]:
        return [Supplier(**r) for r in self.store.query(
            "SELECT id, code, name, phone FROM suppliers WHERE _del IS NULL AND code IS NOT NULL ORDER BY name")]

    # -- reorder list ------------------------------------------------------------------------
    def reorder_list(self, warehouse_id: str | None = None) -> list[ReorderLine]:
        """Parts at or under their reorder level, per warehouse, with the quantity to order."""
        rows = self.store.query(
            "SELECT s.part_id, p.sku, p.name, s.warehouse_id, w.code AS warehouse_code, s.bin, s.reorder_level,"
            " coalesce(s.reorder_qty, 0) AS reorder_qty, s.supplier_id, sp.name AS supplier_name,"
            " coalesce((SELECT sum(m.qty_delta) FROM stock_movements m WHERE m.part_id = s.part_id"
            "   AND m.warehouse_id = s.warehouse_id), 0) AS on_hand,"
            " coalesce((SELECT sum(max(0, l.qty - coalesce((SELECT sum(m.qty_delta) FROM stock_movements m"
            "   WHERE m.ref = l.id AND m.kind = 'receive'), 0))) FROM purchase_order_lines l"
            "   JOIN purchase_orders o ON o.id = l.po_id AND o._del IS NULL AND o.cancelled_at IS NULL"
            "   WHERE l.part_id = s.part_id AND o.warehouse_id = s.warehouse_id AND l._del IS NULL), 0) AS on_order"
            " FROM part_stock_settings s JOIN parts p ON p.id = s.part_id AND p._del IS NULL AND p.sku IS NOT NULL"
            " JOIN warehouses w ON w.id = s.warehouse_id AND w._del IS NULL"
            " LEFT JOIN suppliers sp ON sp.id = s.supplier_id"
            " WHERE s._del IS NULL AND s.reorder_level IS NOT NULL" + (" AND s.warehouse_id = ?" if warehouse_id else "")
            + " ORDER BY w.code, p.sku", (warehouse_id,) if warehouse_id else ())
        return [ReorderLine(**r, suggested=suggested_qty(r["on_hand"], r["on_order"], r["reorder_level"],
                                                         r["reorder_qty"]))
                for r in rows if r["on_hand"] <= r["reorder_level"]]

    # -- purchase orders ---------------------------------------------------------------------
    def create_po(self, actor: Actor, supplier_id: str, warehouse_id: str,
                  lines: list[POLineIn] | list[tuple[str, int]], note: str | None = None) -> PurchaseOrder:
        require(actor, "purchase.write")
        wanted = [l if isinstance(l, POLineIn) else POLineIn(part_id=l[0], qty=l[1]) for l in lines]
        if not wanted:
            raise ValidationError("a purchase order needs at least one line", "no_lines")
        if not self.store.query_one("SELECT id FROM suppliers WHERE id = ? AND _del IS NULL", (supplier_id,)):
            raise NotFoundError(f"no supplier {supplier_id}")
        self.stock._warehouse(warehouse_id)
        parts = [self.catalogue.part(l.part_id) for l in wanted]
        po_id, now = new_id(), self.now()
        with self.store.command("po.create", actor.user_id) as cmd:
            number = cmd.next_number("PO", now.strftime("%y%m"))
            cmd.upsert("purchase_orders", po_id, number=number, branch_id=self.store.identity.branch_id,
                       supplier_id=supplier_id, warehouse_id=warehouse_id, created_by=actor.user_id,
                       created_at=now.isoformat(), note=(note or "").strip() or None)
            for pos, (line, part) in enumerate(zip(wanted, parts), start=1):
                cost = line.unit_cost if line.unit_cost is not None else (part.cost or 0)
                cmd.upsert("purchase_order_lines", new_id(), po_id=po_id, part_id=part.id, qty=line.qty,
                           unit_cost=cost, position=pos)
            cmd.detail = {"po": number, "lines": len(wanted)}
        return self.get_po(po_id)

    def po_from_reorder(self, actor: Actor, warehouse_id: str) -> list[PurchaseOrder]:
        """One PO per supplier for what the reorder list suggests (parts without a supplier are left out)."""
        by_supplier: dict[str, list[POLineIn]] = {}
        for line in self.reorder_list(warehouse_id):
            if line.suggested > 0 and line.supplier_id:
                by_supplier.setdefault(line.supplier_id, []).append(POLineIn(part_id=line.part_id, qty=line.suggested))
        return [self.create_po(actor, sup, warehouse_id, lines) for sup, lines in sorted(by_supplier.items())]

    def get_po(self, po_id: str) -> PurchaseOrder:
        row = self.store.query_one(
            "SELECT o.id, o.number, o.supplier_id, coalesce(s.name, '?') AS supplier_name, o.warehouse_id, o.created_at,"
            " o.cancelled_at FROM purchase_orders o LEFT JOIN suppliers s ON s.id = o.supplier_id"
            " WHERE o.id = ? AND o._del IS NULL AND o.number IS NOT NULL", (po_id,))
        if row is None:
            raise NotFoundError(f"no purchase order {po_id}", "no_po")
        lines = [POLine(**{**r, "has_expiry": bool(r["has_expiry"]), "sku": r["sku"] or "?", "name": r["name"] or "?"})
                 for r in self.store.query(
            "SELECT l.id, l.part_id, p.sku, p.name, coalesce(p.has_expiry, 0) AS has_expiry, coalesce(l.qty, 0) AS qty,"
            " coalesce(l.unit_cost, 0) AS unit_cost, coalesce((SELECT sum(m.qty_delta) FROM stock_movements m"
            "   WHERE m.ref = l.id AND m.kind = 'receive'), 0) AS received"
            " FROM purchase_order_lines l LEFT JOIN parts p ON p.id = l.part_id"
            " WHERE l.po_id = ? AND l._del IS NULL AND l.part_id IS NOT NULL ORDER BY l.position, l.id", (po_id,))]
        cancelled = row.pop("cancelled_at") is not None
        return PurchaseOrder(**row, status=po_status(lines, cancelled), lines=lines)

    def open_pos(self) -> list[PurchaseOrder]:
        pos = [self.get_po(r["id"]) for r in self.store.query(
            "SELECT id FROM purchase_orders WHERE _del IS NULL AND number IS NOT NULL AND cancelled_at IS NULL"
            " ORDER BY created_at")]
        return [po for po in pos if po.status in ("open", "partly received")]

    def cancel_po(self, actor: Actor, po_id: str) -> PurchaseOrder:
        require(actor, "purchase.write")
        with self.store.command("po.cancel", actor.user_id) as cmd:
            po = self.get_po(po_id)
            if po.status in ("received", "cancelled"):
                raise IllegalTransition(f"{po.number} is {po.status}", "po_closed")
            cmd.upsert("purchase_orders", po_id, cancelled_at=self.now().isoformat())
        return self.get_po(po_id)

    def receive_scan(self, actor: Actor, po_id: str, code: str, qty: int = 1, lot: str = "",
                     expiry: str | None = None) -> Received:
        """Goods in, scanned against the PO: partial receipts add up; more than ordered is refused;
        a part with an expiry needs its lot's expiry date."""
        require(actor, "stock.move")
        part = self.catalogue.part_by_code(code)
        expiry = _expiry(expiry)
        lot = (lot or "").strip()[:64]
        if part.has_expiry and not expiry:
            raise refused(ValidationError(f"{part.name} has an expiry date: give the lot's expiry", "expiry_missing"),
                          name=part.name)
        if not isinstance(qty, int) or isinstance(qty, bool) or qty <= 0:
            raise ValidationError("receive a whole number from 1", "qty")
        with self.store.command("po.receive", actor.user_id) as cmd:
            po = self.get_po(po_id)
            if po.status == "cancelled":
                raise IllegalTransition(f"{po.number} was cancelled", "po_closed")
            lines = [l for l in po.lines if l.part_id == part.id]
            if not lines:
                raise refused(ValidationError(f"{part.name} ({part.sku}) is not on {po.number}", "wrong_part"),
                              name=part.name)
            line = next((l for l in lines if l.outstanding >= qty), None)
            if line is None:
                left = sum(l.outstanding for l in lines)
                raise refused(ValidationError(f"{part.name}: {left} still to come on {po.number}, not {qty}",
                                              "over_receive"), name=part.name)
            cmd.stock(part_id=part.id, warehouse_id=po.warehouse_id, lot=lot, expiry=expiry, qty_delta=qty,
                      kind="receive", ref=line.id, user_id=actor.user_id)
            cmd.detail = {"po": po.number, "part": part.sku, "qty": qty, "lot": lot}
        after = self.get_po(po_id)
        return Received(po_id=po_id, line_id=line.id, name=part.name, qty=qty, lot=lot, expiry=expiry,
                        outstanding=next(l for l in after.lines if l.id == line.id).outstanding, po_status=after.status)
