"""The stock ledger: quantity on hand is the sum of movements, per warehouse and lot.

Movements are counters (receive +, dispense −, return +, adjust ±, transfer out/in), so a
dispense and a receipt made offline on two stations both count. Locally a dispense may not
take more than is on hand; after a merge a count may still go negative, and is flagged.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel

from app.auth import Actor, require
from app.catalogue import CatalogueService
from app.errors import NotFoundError, ValidationError
from app.store import Command, Store


class StockLevel(BaseModel):
    part_id: str
    warehouse_id: str
    lot: str
    expiry: str | None
    qty: int


class TakenLot(BaseModel):
    lot: str
    expiry: str | None
    qty: int


def _qty(qty: int) -> int:
    if not isinstance(qty, int) or isinstance(qty, bool) or qty <= 0 or qty > 1_000_000:
        raise ValidationError(f"quantity must be a whole number from 1, got {qty!r}", "qty")
    return qty


def _expiry(expiry: str | None) -> str | None:
    if expiry is None:
        return None
    try:
        return date.fromisoformat(expiry).isoformat()
    except ValueError:
        raise ValidationError(f"expiry {expiry!r} is not a date (YYYY-MM-DD)", "expiry") from None


class StockLedger:
    def __init__(self, store: Store, catalogue: CatalogueService) -> None:
        self.store = store
        self.catalogue = catalogue

    def _warehouse(self, warehouse_id: str) -> None:
        if not self.store.query_one("SELECT id FROM warehouses WHERE id = ? AND _del IS NULL", (warehouse_id,)):
            raise NotFoundError(f"no warehouse {warehouse_id}")

    def levels(self, part_id: str | None = None, warehouse_id: str | None = None) -> list[StockLevel]:
        where, params = ["1"], []
        if part_id:
            where.append("part_id = ?")
            params.append(part_id)
        if warehouse_id:
            where.append("warehouse_id = ?")
            params.append(warehouse_id)
        rows = self.store.query(
            "SELECT part_id, warehouse_id, lot, max(expiry) AS expiry, sum(qty_delta) AS qty FROM stock_movements"
            f" WHERE {' AND '.join(where)} GROUP BY part_id, warehouse_id, lot"
            " ORDER BY part_id, warehouse_id, coalesce(max(expiry), '9999'), lot",
            params,
        )
        return [StockLevel(**r) for r in rows]

    def on_hand(self, part_id: str, warehouse_id: str | None = None) -> int:
        return sum(level.qty for level in self.levels(part_id, warehouse_id))

    def negative(self) -> list[StockLevel]:
        """Lots that went below zero after merging offline work: for the next stock count."""
        return [lvl for lvl in self.levels() if lvl.qty < 0]

    def receive(self, actor: Actor, part_id: str, warehouse_id: str, qty: int, lot: str = "",
                expiry: str | None = None, ref: str | None = None) -> None:
        require(actor, "stock.move")
        part = self.catalogue.part(part_id)
        self._warehouse(warehouse_id)
        expiry = _expiry(expiry)
        if part.has_expiry and not expiry:
            raise ValidationError(f"{part.name} has an expiry date: give one for this lot", "expiry_missing")
        with self.store.command("stock.receive", actor.user_id) as cmd:
            cmd.stock(part_id=part_id, warehouse_id=warehouse_id, lot=lot.strip(), expiry=expiry,
                      qty_delta=_qty(qty), kind="receive", ref=ref, user_id=actor.user_id)
            cmd.detail = {"part": part_id, "qty": qty}

    def dispense_in(self, cmd: Command, actor: Actor, part_id: str, warehouse_id: str, qty: int,
                    ref: str | None, kind: str = "dispense") -> list[TakenLot]:
        """Take `qty` from the lots that expire first (FEFO; lots without expiry last), inside the
        caller's command; returns what came from which lot."""
        _qty(qty)
        lots = [lvl for lvl in self.levels(part_id, warehouse_id) if lvl.qty > 0]
        available = sum(lvl.qty for lvl in lots)
        if available < qty:
            name = self.catalogue.part(part_id).name
            raise ValidationError(f"only {available} of {name} on hand, {qty} asked", "stock_short")
        left, taken = qty, []
        for lvl in lots:
            take = min(left, lvl.qty)
            cmd.stock(part_id=part_id, warehouse_id=warehouse_id, lot=lvl.lot, expiry=lvl.expiry,
                      qty_delta=-take, kind=kind, ref=ref, user_id=actor.user_id)
            taken.append(TakenLot(lot=lvl.lot, expiry=lvl.expiry, qty=take))
            left -= take
            if not left:
                break
        return taken

    def dispense(self, actor: Actor, part_id: str, warehouse_id: str, qty: int, ref: str | None = None) -> None:
        require(actor, "stock.move")
        self.catalogue.part(part_id)
        self._warehouse(warehouse_id)
        with self.store.command("stock.dispense", actor.user_id) as cmd:
            self.dispense_in(cmd, actor, part_id, warehouse_id, qty, ref)
            cmd.detail = {"part": part_id, "qty": qty, "ref": ref}

    def return_(self, actor: Actor, part_id: str, warehouse_id: str, qty: int, lot: str = "",
                ref: str | None = None) -> None:
        require(actor, "stock.move")
        self.catalogue.part(part_id)
        self._warehouse(warehouse_id)
        with self.store.command("stock.return", actor.user_id) as cmd:
            cmd.stock(part_id=part_id, warehouse_id=warehouse_id, lot=lot, qty_delta=_qty(qty), kind="return",
                      ref=ref, user_id=actor.user_id)

    def adjust(self, actor: Actor, part_id: str, warehouse_id: str, counted: int, lot: str = "",
               reason: str = "") -> int:
        """A stock count (stok opname): records the difference; returns it."""
        require(actor, "stock.adjust")
        if not isinstance(counted, int) or counted < 0:
            raise ValidationError("a counted quantity is a whole number from 0", "qty")
        if not reason.strip():
            raise ValidationError("a stock adjustment needs a reason", "reason")
        self.catalogue.part(part_id)
        self._warehouse(warehouse_id)
        current = sum(l.qty for l in self.levels(part_id, warehouse_id) if l.lot == lot)
        delta = counted - current
        if delta:
            with self.store.command("stock.adjust", actor.user_id) as cmd:
                cmd.stock(part_id=part_id, warehouse_id=warehouse_id, lot=lot, qty_delta=delta, kind="adjust",
                          ref=reason.strip()[:128], user_id=actor.user_id)
                cmd.detail = {"part": part_id, "delta": delta, "reason": reason}
        return delta

    def transfer(self, actor: Actor, part_id: str, from_wh: str, to_wh: str, qty: int, ref: str | None = None) -> None:
        """Move stock between two warehouses of the branch, lot by lot (FEFO), expiry kept."""
        require(actor, "stock.move")
        self.catalogue.part(part_id)
        if from_wh == to_wh:
            raise ValidationError("a transfer needs two different warehouses", "transfer")
        self._warehouse(from_wh)
        self._warehouse(to_wh)
        _qty(qty)
        with self.store.command("stock.transfer", actor.user_id) as cmd:
            lots = [lvl for lvl in self.levels(part_id, from_wh) if lvl.qty > 0]
            if sum(l.qty for l in lots) < qty:
                raise ValidationError(f"only {sum(l.qty for l in lots)} on hand to transfer", "stock_short")
            left = qty
            for lvl in lots:
                take = min(left, lvl.qty)
                for wh, delta, kind in ((from_wh, -take, "transfer_out"), (to_wh, take, "transfer_in")):
                    cmd.stock(part_id=part_id, warehouse_id=wh, lot=lvl.lot, expiry=lvl.expiry, qty_delta=delta,
                              kind=kind, ref=ref, user_id=actor.user_id)
                left -= take
                if not left:
                    break
