"""Find work orders as typed: the number's tail (`00012`), the plate in any spacing or case
(`b1234`, `B 1234 X`), or the customer's name; open ones first, newest first."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel

from app.queries.paging import Page, fetch_page, like_pattern
from app.store import Store
from app.wo_states import OPEN_STATES, WOStatus


class WOHit(BaseModel):
    wo_id: str
    number: str
    status: WOStatus
    plate: str
    customer_name: str
    opened_at: str | None
    bay: str | None

    @property
    def open(self) -> bool:
        return self.status in OPEN_STATES


_STATES = sorted(s.value for s in OPEN_STATES)
_SQL = (
    "SELECT w.id AS wo_id, w.number, w.status, v.plate, c.name AS customer_name, w.opened_at, w.bay"
    " FROM workorders w LEFT JOIN vehicles v ON v.id = w.vehicle_id LEFT JOIN customers c ON c.id = w.customer_id"
    " WHERE w._del IS NULL AND w.number IS NOT NULL AND ("
    "   w.number LIKE ? ESCAPE '\\'"
    "   OR (? != '' AND replace(v.plate, ' ', '') LIKE ? ESCAPE '\\')"
    "   OR c.name LIKE ? ESCAPE '\\')"
    f" ORDER BY w.status IN ({','.join('?' * len(_STATES))}) DESC, w.opened_at DESC, w.number DESC"
)


def _row(r: dict[str, Any]) -> WOHit:
    return WOHit(**{**r, "plate": r["plate"] or "", "customer_name": r["customer_name"] or ""})


def wo_search(store: Store, text: str, *, offset: int = 0, limit: int = 20) -> Page[WOHit]:
    """Empty text: nothing (a search box that is cleared shows no list)."""
    text = (text or "").strip()
    if not text:
        return Page[WOHit](items=[], offset=offset, limit=limit, has_more=False)
    compact = re.sub(r"[\s.\-]+", "", text.upper())
    return fetch_page(store, _SQL, [like_pattern(text), compact, like_pattern(compact),
                                    like_pattern(text), *_STATES], offset, limit, _row)
