"""What one commit changed, published by the store to its subscribers.

After every commit — a local command, a LAN peer's batch, a cloud page — the store hands each
subscriber one `ChangeSet`: the tables and row ids the commit touched, whether it came from
this station's own command or from elsewhere, and the origin tag of the command (which screen
started it, so that screen can skip a refresh it already does itself). Qt-free.

The origin tag travels on the thread that runs the command: `with command_origin("board"):`
around a service call marks the change set of every command committed inside it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from app.events.models import DeleteOp, Event, StatusOp, StockOp, UpsertOp

STOCK_TABLE = "stock_movements"

_local = threading.local()


@contextmanager
def command_origin(tag: str | None) -> Iterator[None]:
    """Commands committed on this thread inside the block carry `tag` as their origin."""
    previous = getattr(_local, "origin", None)
    _local.origin = tag
    try:
        yield
    finally:
        _local.origin = previous


def current_origin() -> str | None:
    return getattr(_local, "origin", None)


def _op_row(op: Any) -> tuple[str, str] | None:
    """(table, row id) an op writes: an op model, or the raw dict of an event merged without one."""
    if isinstance(op, dict):
        kind = op["op"]
        if kind == "stock":
            return STOCK_TABLE, op["id"]
        return (op.get("table", "workorders"), op["id"]) if kind in ("upsert", "delete", "status") else None
    if isinstance(op, (UpsertOp, DeleteOp, StatusOp)):
        return op.table, op.id
    if isinstance(op, StockOp):
        return STOCK_TABLE, op.id
    return None


def touched_rows(ops: Iterable[Any]) -> dict[str, set[str]]:
    """Table -> ids of the rows these ops (models or raw dicts) write."""
    rows: dict[str, set[str]] = {}
    for op in ops:
        hit = _op_row(op)
        if hit is not None:
            rows.setdefault(hit[0], set()).add(hit[1])
    return rows


@dataclass(frozen=True)
class ChangeSet:
    """Tables → row ids changed by one commit (or by several, once merged)."""

    rows: Mapping[str, frozenset[str]]
    remote: bool
    origin: str | None = None
    events: Sequence[Event] = field(default=(), repr=False)

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(self.rows)

    def touches(self, tables: Iterable[str]) -> bool:
        return not self.rows.keys().isdisjoint(tables)

    def row_ids(self, table: str) -> frozenset[str]:
        return self.rows.get(table, frozenset())

    @classmethod
    def from_events(cls, events: Iterable[Event], *, remote: bool, origin: str | None = None) -> "ChangeSet":
        events = tuple(events)
        rows = touched_rows(op for event in events for op in event.ops)
        return cls(rows=MappingProxyType({t: frozenset(ids) for t, ids in rows.items()}), remote=remote,
                   origin=origin, events=events)

    @classmethod
    def from_rows(cls, rows: Mapping[str, Iterable[str]], events: Sequence[Event], *, remote: bool) -> "ChangeSet":
        """A change set whose rows are already known; `events` may be a lazy sequence (a merged
        batch builds its Event models only if a subscriber reads them)."""
        return cls(rows=MappingProxyType({t: frozenset(ids) for t, ids in rows.items()}), remote=remote,
                   events=events)  # type: ignore[arg-type]

    @classmethod
    def merged(cls, changes: Iterable["ChangeSet"]) -> "ChangeSet":
        """One change set for a batch: the union of rows; remote if any was; an origin only if all share it."""
        rows: dict[str, set[str]] = {}
        remote = False
        origins: set[str | None] = set()
        events: list[Event] = []
        for change in changes:
            for table, ids in change.rows.items():
                rows.setdefault(table, set()).update(ids)
            remote = remote or change.remote
            origins.add(change.origin)
            events.extend(change.events)
        origin = next(iter(origins)) if len(origins) == 1 else None
        return cls(rows=MappingProxyType({t: frozenset(ids) for t, ids in rows.items()}), remote=remote,
                   origin=origin, events=tuple(events))


class ChangeBuffer:
    """A subscriber that keeps the change sets touching `tables` (None: all) and not started by
    `origin`, from any thread; `on_first()` is called when the buffer goes from empty to not
    empty (a GUI pokes its event loop there), `take()` empties it. Detached, it keeps nothing."""

    def __init__(self, tables: Iterable[str] | None, origin: str | None, on_first: Callable[[], None]) -> None:
        self.tables = None if tables is None else frozenset(tables)
        self.origin = origin
        self._on_first: Callable[[], None] | None = on_first
        self._lock = threading.Lock()
        self._pending: list[ChangeSet] = []

    def __call__(self, changes: ChangeSet) -> None:
        if self.tables is not None and not changes.touches(self.tables):
            return
        if self.origin is not None and changes.origin == self.origin:
            return
        with self._lock:
            on_first = self._on_first
            if on_first is None:
                return
            self._pending.append(changes)
            first = len(self._pending) == 1
        if first:
            on_first()

    def take(self) -> list[ChangeSet]:
        with self._lock:
            taken, self._pending = self._pending, []
            return taken

    def detach(self) -> None:
        with self._lock:
            self._on_first = None
            self._pending = []
