"""Demo data for the warehouse: brands, bins and reorder levels, a supplier with an open PO, a part
out of stock with its substitutes, and a pick-slip waiting at the counter (used by `sentra demo`
and the tour)."""

from __future__ import annotations

from pydantic import BaseModel

from app.demo import DemoCast
from app.roles import Role
from app.services import Services
from app.wo_states import WOStatus

# Scanner codes the tour and the tests use.
OIL_CODE = "8991234500012"
FILTER_CODE = "8991234500029"
PLUG_CODE = "8991234500050"  # out of stock: its substitutes are offered
PLUG_EXACT_CODE = "8991234500067"
UNKNOWN_CODE = "8990000099999"


class WarehouseDemo(BaseModel):
    supplier_id: str
    po_id: str
    slip_id: str | None
    part_ids: dict[str, str]


def seed_warehouse(services: Services, cast: DemoCast) -> WarehouseDemo:
    s = services
    boss, keeper = cast.actors[Role.SUPERVISOR], cast.actors[Role.STOREKEEPER]
    wh = cast.warehouse_id
    plug = s.catalogue.add_part(boss, "BUSI-IR-BKR6", "Busi Iridium BKR6", 95_000, barcode=PLUG_CODE, brand="NGK",
                                origin="AFTERMARKET", cost=70_000)
    plug_exact = s.catalogue.add_part(boss, "BUSI-IR-BKR6-D", "Busi Iridium BKR6 (Denso)", 98_000,
                                      barcode=PLUG_EXACT_CODE, brand="Denso", origin="AFTERMARKET", cost=72_000)
    plug_mod = s.catalogue.add_part(boss, "BUSI-STD-K16", "Busi Standar K16", 35_000, barcode="8991234500074",
                                    brand="Denso", origin="AFTERMARKET", cost=22_000)
    s.catalogue.add_substitute(boss, plug.id, plug_exact.id, "EXACT")
    s.catalogue.add_substitute(boss, plug.id, plug_mod.id, "MODIFIED", "bukan iridium: umur pakai lebih pendek")
    s.stock.receive(keeper, plug_exact.id, wh, 8, lot="D2609")
    s.stock.receive(keeper, plug_mod.id, wh, 12, lot="D2610")
    ids = dict(cast.part_ids) | {"plug": plug.id, "plug_exact": plug_exact.id, "plug_mod": plug_mod.id}
    sup = s.purchasing.add_supplier(keeper, "AST", "PT Astra Otoparts", "021-460-3550")
    bins = {"oil": ("A-01", 45, 24), "filter": ("A-02", 30, 20), "pads": ("B-01", 10, 10),
            "coolant": ("C-01", 12, 12), "plug": ("B-02", 8, 16), "plug_exact": ("B-02", 4, 8),
            "plug_mod": ("B-03", 6, 12)}
    for key, (bin_, level, qty) in bins.items():
        s.catalogue.set_stock_settings(keeper, ids[key], wh, bin=bin_, reorder_level=level, reorder_qty=qty,
                                       supplier_id=sup.id)
    po = s.purchasing.create_po(keeper, sup.id, wh, [(plug.id, 16), (cast.part_ids["coolant"], 12)])
    waiting = next((c for c in s.workorders.board() if c.status is WOStatus.WAITING_PARTS), None)
    slip_id = None
    if waiting is not None:
        slip = s.pickslips.request_parts(cast.actors[Role.MECHANIC], waiting.id,
                                         [(cast.part_ids["oil"], 2), (cast.part_ids["filter"], 1), (plug.id, 4)])
        slip_id = slip.id
    return WarehouseDemo(supplier_id=sup.id, po_id=po.id, slip_id=slip_id, part_ids=ids)
