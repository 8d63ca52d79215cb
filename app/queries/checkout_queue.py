"""The cashier's queue: completed work orders not yet paid in full (no invoice yet, or a balance
left), oldest first, with what is known of the bill."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from app.queries.paging import Page, fetch_page
from app.store import Store
from app.wo_states import WOStatus


class CheckoutItem(BaseModel):
    wo_id: str
    wo_number: str
    plate: str
    customer_name: str
    invoice_id: str | None
    invoice_number: str | None
    total: int | None  # None until invoiced
    paid: int

    @property
    def balance(self) -> int | None:
        return None if self.total is None else self.total - self.paid


_SQL = (
    "SELECT w.id AS wo_id, w.number AS wo_number, v.plate, c.name AS customer_name,"
    " i.id AS invoice_id, i.number AS invoice_number, i.total,"
    " coalesce((SELECT sum(p.amount) FROM payments p WHERE p.invoice_id = i.id AND p._del IS NULL), 0) AS paid"
    " FROM workorders w"
    " LEFT JOIN vehicles v ON v.id = w.vehicle_id"
    " LEFT JOIN customers c ON c.id = w.customer_id"
    " LEFT JOIN invoices i ON i.wo_id = w.id AND i._del IS NULL"
    " WHERE w._del IS NULL AND w.number IS NOT NULL AND w.status = ?"
    "   AND (i.id IS NULL OR i.total > coalesce((SELECT sum(p.amount) FROM payments p"
    "        WHERE p.invoice_id = i.id AND p._del IS NULL), 0))"
    " ORDER BY w.sla_due, w.number"
)


def _row(r: dict[str, Any]) -> CheckoutItem:
    return CheckoutItem(**{**r, "plate": r["plate"] or "", "customer_name": r["customer_name"] or ""})


def checkout_queue(store: Store, *, offset: int = 0, limit: int = 50) -> Page[CheckoutItem]:
    return fetch_page(store, _SQL, [WOStatus.COMPLETED.value], offset, limit, _row)
