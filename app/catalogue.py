"""Master data kept at the branch: branch details, warehouses, parts, labour catalogue, tax rules.

The cloud owns these; a cloud-authored write wins over the branch's (see app/events/apply.py).
"""

from __future__ import annotations

import hashlib

from pydantic import BaseModel

from app.auth import Actor, require
from app.errors import NotFoundError, ValidationError
from app.store import Store, new_id


class Branch(BaseModel):
    id: str
    code: str | None = None
    name: str | None = None
    address: str | None = None
    npwp: str | None = None
    phone: str | None = None


class Station(BaseModel):
    id: str
    branch_id: str | None = None
    code: str | None = None
    name: str | None = None
    kind: str | None = None


STATION_KINDS = ("advisor", "bay", "warehouse", "cashier", "office")


ORIGINS = ("OEM", "AFTERMARKET")
SUBSTITUTE_KINDS = ("EXACT", "MODIFIED")


class Part(BaseModel):
    id: str
    sku: str
    barcode: str | None = None
    name: str
    unit: str = "pcs"
    unit_price: int
    has_expiry: bool = False
    brand: str | None = None
    origin: str | None = None  # OEM | AFTERMARKET
    cost: int | None = None


class Substitute(BaseModel):
    """`part_id` may be replaced by `substitute_id`: EXACT (same part, another SKU) or MODIFIED
    (fits with a change; the advisor must approve it with the customer)."""

    id: str
    part_id: str
    substitute_id: str
    kind: str
    note: str | None = None


class StockSettings(BaseModel):
    """The branch's own fields of a part in one warehouse: its bin and when to reorder it."""

    part_id: str
    warehouse_id: str
    bin: str | None = None
    reorder_level: int | None = None
    reorder_qty: int | None = None
    supplier_id: str | None = None


def settings_id(part_id: str, warehouse_id: str) -> str:
    """One row per (part, warehouse) on every station: the id is derived, never random."""
    return hashlib.sha256(f"{part_id}|{warehouse_id}".encode()).hexdigest()[:32]


class LabourItem(BaseModel):
    id: str
    code: str
    name: str
    flat_hours_x100: int
    rate_per_hour: int


class Warehouse(BaseModel):
    id: str
    code: str
    name: str


def _money(value: int, what: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValidationError(f"{what} must be a whole, non-negative Rupiah amount", "money")
    return value


class CatalogueService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def set_branch(self, actor: Actor | None, **fields: str) -> Branch:
        if actor is not None:
            require(actor, "master.write")
        bid = self.store.identity.branch_id
        fields.setdefault("code", self.store.identity.branch_code)
        with self.store.command("branch.update", actor.user_id if actor else None) as cmd:
            cmd.upsert("branches", bid, **fields)
        return self.branch()

    def branch(self) -> Branch:
        row = self.store.query_one(
            "SELECT id, code, name, address, npwp, phone FROM branches WHERE id = ?", (self.store.identity.branch_id,)
        )
        return Branch(**row) if row else Branch(id=self.store.identity.branch_id, code=self.store.identity.branch_code)

    def register_station(self, actor: Actor | None, name: str, kind: str) -> Station:
        """This station's own row, so the branch can see which tablets and tills exist."""
        if actor is not None:
            require(actor, "master.write")
        if kind not in STATION_KINDS:
            raise ValidationError(f"station kind must be one of {', '.join(STATION_KINDS)}", "station_kind")
        ident = self.store.identity
        with self.store.command("station.register", actor.user_id if actor else None) as cmd:
            cmd.upsert("stations", ident.station_id, branch_id=ident.branch_id, code=ident.station_code,
                       name=name.strip() or ident.station_code, kind=kind)
        return next(s for s in self.stations() if s.id == ident.station_id)

    def stations(self) -> list[Station]:
        rows = self.store.query("SELECT id, branch_id, code, name, kind FROM stations WHERE _del IS NULL ORDER BY code")
        return [Station(**r) for r in rows]

    def add_warehouse(self, actor: Actor | None, code: str, name: str) -> Warehouse:
        if actor is not None:
            require(actor, "master.write")
        wh = Warehouse(id=new_id(), code=code.strip().upper(), name=name.strip())
        with self.store.command("warehouse.add", actor.user_id if actor else None) as cmd:
            cmd.upsert("warehouses", wh.id, branch_id=self.store.identity.branch_id, code=wh.code, name=wh.name)
        return wh

    def warehouses(self) -> list[Warehouse]:
        rows = self.store.query("SELECT id, code, name FROM warehouses WHERE _del IS NULL AND code IS NOT NULL ORDER BY code")
        return [Warehouse(**r) for r in rows]

    def add_part(self, actor: Actor | None, sku: str, name: str, unit_price: int, barcode: str | None = None,
                 unit: str = "pcs", has_expiry: bool = False, brand: str | None = None,
                 origin: str | None = None, cost: int | None = None) -> Part:
        if actor is not None:
            require(actor, "master.write")
        sku, name = (sku or "").strip().upper(), (name or "").strip()
        if not sku or not name:
            raise ValidationError("a part needs a SKU and a name", "part")
        if origin is not None and origin not in ORIGINS:
            raise ValidationError(f"origin must be one of {', '.join(ORIGINS)}", "origin")
        barcode = (barcode or "").strip() or None
        if self.store.query_one("SELECT id FROM parts WHERE sku = ? AND _del IS NULL", (sku,)):
            raise ValidationError(f"SKU {sku} exists already", "sku_taken")
        if barcode:
            self._code_free(barcode)
        part = Part(id=new_id(), sku=sku, barcode=barcode, name=name, unit=unit,
                    unit_price=_money(unit_price, "price"), has_expiry=has_expiry, brand=(brand or "").strip() or None,
                    origin=origin, cost=None if cost is None else _money(cost, "cost"))
        with self.store.command("part.add", actor.user_id if actor else None) as cmd:
            cmd.upsert("parts", part.id, sku=part.sku, barcode=part.barcode, name=part.name, unit=part.unit,
                       unit_price=part.unit_price, has_expiry=int(part.has_expiry), brand=part.brand,
                       origin=part.origin, cost=part.cost)
        return part

    def _code_free(self, code: str) -> None:
        taken = self.store.query_one(
            "SELECT id FROM parts WHERE barcode = ? AND _del IS NULL UNION ALL"
            " SELECT part_id FROM part_barcodes WHERE code = ? AND _del IS NULL LIMIT 1", (code, code))
        if taken:
            raise ValidationError(f"barcode {code} belongs to another part already", "barcode_taken")

    def add_barcode(self, actor: Actor, part_id: str, code: str) -> None:
        """Another barcode for a part (a new packaging, a supplier's own label)."""
        require(actor, "master.write")
        code = (code or "").strip()
        if not code or not code.isprintable() or len(code) > 64:
            raise ValidationError("a barcode is 1 to 64 printable characters", "barcode")
        self.part(part_id)
        self._code_free(code)
        with self.store.command("part.barcode", actor.user_id) as cmd:
            cmd.upsert("part_barcodes", new_id(), part_id=part_id, code=code)

    def barcodes(self, part_id: str) -> list[str]:
        part = self.part(part_id)
        extra = [r["code"] for r in self.store.query(
            "SELECT code FROM part_barcodes WHERE part_id = ? AND _del IS NULL ORDER BY code", (part_id,))]
        return ([part.barcode] if part.barcode else []) + [c for c in extra if c != part.barcode]

    def add_substitute(self, actor: Actor, part_id: str, substitute_id: str, kind: str, note: str = "") -> Substitute:
        require(actor, "master.write")
        if kind not in SUBSTITUTE_KINDS:
            raise ValidationError(f"a substitute is {' or '.join(SUBSTITUTE_KINDS)}", "substitute_kind")
        if part_id == substitute_id:
            raise ValidationError("a part cannot substitute itself", "substitute_self")
        self.part(part_id)
        self.part(substitute_id)
        sub = Substitute(id=new_id(), part_id=part_id, substitute_id=substitute_id, kind=kind, note=note.strip() or None)
        with self.store.command("part.substitute", actor.user_id) as cmd:
            cmd.upsert("part_substitutes", sub.id, **sub.model_dump(exclude={"id"}))
        return sub

    def substitutes(self, part_id: str) -> list[Substitute]:
        """EXACT first, then MODIFIED."""
        rows = self.store.query(
            "SELECT s.id, s.part_id, s.substitute_id, s.kind, s.note FROM part_substitutes s"
            " JOIN parts p ON p.id = s.substitute_id AND p._del IS NULL"
            " WHERE s.part_id = ? AND s._del IS NULL AND s.kind IS NOT NULL ORDER BY s.kind, p.sku", (part_id,))
        return [Substitute(**r) for r in rows]

    def set_stock_settings(self, actor: Actor, part_id: str, warehouse_id: str, *, bin: str | None = None,
                           reorder_level: int | None = None, reorder_qty: int | None = None,
                           supplier_id: str | None = None) -> StockSettings:
        """The branch's own fields of a part (bin, reorder level and quantity, usual supplier); only
        the fields given change."""
        require(actor, "stock.settings")
        self.part(part_id)
        if not self.store.query_one("SELECT id FROM warehouses WHERE id = ? AND _del IS NULL", (warehouse_id,)):
            raise NotFoundError(f"no warehouse {warehouse_id}")
        fields: dict[str, object] = {}
        if bin is not None:
            fields["bin"] = bin.strip().upper()[:32] or None
        for name, value in (("reorder_level", reorder_level), ("reorder_qty", reorder_qty)):
            if value is not None:
                if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 1_000_000:
                    raise ValidationError(f"{name.replace('_', ' ')} must be a whole number from 0", name)
                fields[name] = value
        if supplier_id is not None:
            if supplier_id and not self.store.query_one(
                    "SELECT id FROM suppliers WHERE id = ? AND _del IS NULL", (supplier_id,)):
                raise NotFoundError(f"no supplier {supplier_id}")
            fields["supplier_id"] = supplier_id or None
        with self.store.command("part.stock_settings", actor.user_id) as cmd:
            cmd.upsert("part_stock_settings", settings_id(part_id, warehouse_id), part_id=part_id,
                       warehouse_id=warehouse_id, **fields)
        return self.stock_settings(part_id, warehouse_id)

    def stock_settings(self, part_id: str, warehouse_id: str) -> StockSettings:
        row = self.store.query_one(
            "SELECT bin, reorder_level, reorder_qty, supplier_id FROM part_stock_settings WHERE id = ? AND _del IS NULL",
            (settings_id(part_id, warehouse_id),))
        return StockSettings(part_id=part_id, warehouse_id=warehouse_id, **(row or {}))

    def set_part_price(self, actor: Actor, part_id: str, unit_price: int) -> Part:
        require(actor, "master.write")
        self.part(part_id)
        with self.store.command("part.price", actor.user_id) as cmd:
            cmd.upsert("parts", part_id, unit_price=_money(unit_price, "price"))
        return self.part(part_id)

    _PART_SQL = ("SELECT id, sku, barcode, name, unit, unit_price, has_expiry, brand, origin, cost FROM parts"
                 " WHERE _del IS NULL AND sku IS NOT NULL")

    @staticmethod
    def _part(row: dict) -> Part:
        return Part(**{**row, "has_expiry": bool(row["has_expiry"]), "unit": row["unit"] or "pcs",
                       "unit_price": row["unit_price"] or 0})

    def part(self, part_id: str) -> Part:
        row = self.store.query_one(self._PART_SQL + " AND id = ?", (part_id,))
        if row is None:
            raise NotFoundError(f"no part {part_id}")
        return self._part(row)

    def part_by_code(self, code: str) -> Part:
        """A scanned barcode or a typed SKU; an unknown code is refused with the code in the message."""
        code = (code or "").strip()
        row = self.store.query_one(
            "SELECT id FROM parts WHERE (barcode = ? OR sku = ?) AND _del IS NULL AND sku IS NOT NULL"
            " UNION ALL SELECT b.part_id FROM part_barcodes b JOIN parts p ON p.id = b.part_id AND p._del IS NULL"
            " WHERE b.code = ? AND b._del IS NULL LIMIT 1", (code, code.upper(), code)
        ) if code else None
        if row is None:
            raise NotFoundError(f"unknown barcode or SKU: {code!r}", "unknown_barcode")
        return self.part(row["id"])

    def parts(self) -> list[Part]:
        return [self._part(r) for r in self.store.query(self._PART_SQL + " ORDER BY sku")]

    def add_labour(self, actor: Actor | None, code: str, name: str, flat_hours: float, rate_per_hour: int) -> LabourItem:
        if actor is not None:
            require(actor, "master.write")
        hours_x100 = round(flat_hours * 100)
        if hours_x100 <= 0 or hours_x100 > 100_00:
            raise ValidationError(f"flat-rate hours {flat_hours} out of range", "flat_hours")
        item = LabourItem(id=new_id(), code=code.strip().upper(), name=name.strip(), flat_hours_x100=hours_x100,
                          rate_per_hour=_money(rate_per_hour, "labour rate"))
        with self.store.command("labour.add", actor.user_id if actor else None) as cmd:
            cmd.upsert("labour_catalogue", item.id, **item.model_dump(exclude={"id"}))
        return item

    _LABOUR_SQL = ("SELECT id, code, name, flat_hours_x100, rate_per_hour FROM labour_catalogue"
                   " WHERE _del IS NULL AND code IS NOT NULL")

    def labour(self, labour_id: str) -> LabourItem:
        row = self.store.query_one(self._LABOUR_SQL + " AND id = ?", (labour_id,))
        if row is None:
            raise NotFoundError(f"no labour item {labour_id}")
        return LabourItem(**row)

    def labour_items(self) -> list[LabourItem]:
        return [LabourItem(**r) for r in self.store.query(self._LABOUR_SQL + " ORDER BY code")]
