"""A page of typed rows, and the one way to read it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from app.errors import ValidationError
from app.store import Store

T = TypeVar("T")
MAX_LIMIT = 200


class Page(BaseModel, Generic[T]):
    items: list[T]
    offset: int
    limit: int
    has_more: bool

    @property
    def next_offset(self) -> int | None:
        return self.offset + len(self.items) if self.has_more else None


def check_window(offset: int, limit: int) -> None:
    if not isinstance(offset, int) or offset < 0:
        raise ValidationError(f"offset must be 0 or more, not {offset!r}", "offset")
    if not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise ValidationError(f"limit must be 1 to {MAX_LIMIT}, not {limit!r}", "limit")


def fetch_page(store: Store, sql: str, params: Iterable[Any], offset: int, limit: int,
               row: Callable[[dict[str, Any]], T]) -> Page[T]:
    """Run `sql` (without LIMIT/OFFSET) for one page; one extra row tells whether more follow."""
    check_window(offset, limit)
    rows = store.query(f"{sql} LIMIT ? OFFSET ?", [*params, limit + 1, offset])
    return Page[T](items=[row(r) for r in rows[:limit]], offset=offset, limit=limit, has_more=len(rows) > limit)


def like_pattern(text: str) -> str:
    """`%text%` for LIKE … ESCAPE '\\', with the user's % and _ taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
