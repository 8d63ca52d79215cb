"""HQ price lists with effective dates: which price a part or a labour item has on a day.

A `price_list_items` row (cloud-authored master data, schema v15) prices one item (`item_kind`
'part' or 'labour', `item_id` the part's or the labour_catalogue row's id) from `valid_from` on,
for one branch or, with `branch_id` NULL or '', for every branch. For labour the price is the
rate per hour.

`price_on` picks the price in force: a row for the branch itself wins over the every-branch rows;
among the rows of that scope, the latest `valid_from` not after the day (ties: the greatest id, so
the answer never depends on the rows' order). Deleted rows and rows without a date or price are
ignored. None: no row applies, and the catalogue's own price stands.

Qt-free, no writes. `price_op` builds the cloud's upsert for one row (the CLI and the CSV import).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timezone
from typing import Any, Literal, Protocol

from app.errors import ValidationError
from app.master_rules import uuid5_hex
from app.settings import local_time

ItemKind = Literal["part", "labour"]
KINDS: tuple[str, ...] = ("part", "labour")
MAX_PRICE = 10**12
_NAMESPACE = uuid.UUID("3e0b8d52-7f0a-4c4e-a1d6-2b9c5f7e4a31")
_COLUMNS = "id, branch_id, item_kind, item_id, unit_price, valid_from, _del"


class _Executes(Protocol):
    def execute(self, sql: str, params: Any = ..., /) -> Any: ...  # noqa: ANN401


class _Queries(Protocol):
    def query(self, sql: str, params: Any = ..., /) -> list[dict[str, Any]]: ...  # noqa: ANN401


Source = _Executes | _Queries | Iterable[Mapping[str, Any]]


def business_day(now: datetime) -> str:
    """The branch-local date (YYYY-MM-DD) of a moment, in the branch's time zone (`SENTRA_TZ`)."""
    moment = now if now.tzinfo is not None else now.replace(tzinfo=timezone.utc)
    return local_time(moment.astimezone(timezone.utc).isoformat()).date().isoformat()


def _rows(source: Source, kind: str, item_id: str) -> list[Mapping[str, Any]]:
    sql = f"SELECT {_COLUMNS} FROM price_list_items WHERE item_kind = ? AND item_id = ?"
    if hasattr(source, "query"):
        return list(source.query(sql, (kind, item_id)))
    if hasattr(source, "execute"):
        names = [c.strip() for c in _COLUMNS.split(",")]
        return [dict(zip(names, row)) for row in source.execute(sql, (kind, item_id)).fetchall()]
    return [row for row in source if row.get("item_kind") == kind and row.get("item_id") == item_id]


def price_on(source: Source, kind: str, item_id: str, branch_id: str | None, on_date: str) -> int | None:
    """The price of item (`kind`, `item_id`) at `branch_id` on `on_date` (YYYY-MM-DD), or None.
    `source`: a database connection, a Store, or the rows themselves (mappings with the columns)."""
    day = date.fromisoformat(on_date).isoformat()
    own: tuple[str, str, int] | None = None
    every: tuple[str, str, int] | None = None
    for row in _rows(source, kind, item_id):
        start, price = row.get("valid_from"), row.get("unit_price")
        if row.get("_del") is not None or not isinstance(start, str) or not isinstance(price, int):
            continue
        if start > day:  # ISO dates compare as text
            continue
        key = (start, str(row.get("id") or ""), price)
        scope = row.get("branch_id") or ""
        if scope == "":
            every = key if every is None or key[:2] > every[:2] else every
        elif branch_id and scope == branch_id:
            own = key if own is None or key[:2] > own[:2] else own
    best = own or every
    return None if best is None else best[2]


def price_id(branch_id: str | None, kind: str, item_id: str, valid_from: str) -> str:
    """A price row's id: the same branch, item and date again edits that row."""
    return uuid5_hex(_NAMESPACE, f"{branch_id or '*'}/{kind}/{item_id}/{valid_from}")


def check_date(text: str) -> str:
    try:
        return date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise ValidationError(f"valid_from is not a date YYYY-MM-DD ({text.strip()!r})", "price.date") from None


def price_op(branch_id: str | None, kind: str, item_id: str, unit_price: int, valid_from: str) -> dict[str, Any]:
    """The cloud-authored upsert of one price row; raises ValidationError (nothing to publish)."""
    if kind not in KINDS:
        raise ValidationError(f"item kind must be part or labour, not {kind!r}", "price.kind")
    if not item_id:
        raise ValidationError("the item is missing", "price.item")
    if isinstance(unit_price, bool) or not isinstance(unit_price, int) or not 0 <= unit_price <= MAX_PRICE:
        raise ValidationError(f"price must be whole Rupiah from 0 to {MAX_PRICE}, got {unit_price!r}",
                              "price.amount")
    start = check_date(valid_from)
    branch = branch_id or ""
    return {"op": "upsert", "table": "price_list_items", "id": price_id(branch, kind, item_id, start),
            "fields": {"branch_id": branch, "item_kind": kind, "item_id": item_id, "unit_price": unit_price,
                       "valid_from": start}}


def listed_price(source: Source, kind: str, item_id: str, branch_id: str | None, now: datetime,
                 catalogue_price: int) -> int:
    """The price a new work-order line takes: the price list's on the branch's business day,
    else the catalogue's own."""
    price = price_on(source, kind, item_id, branch_id, business_day(now))
    return catalogue_price if price is None else price
