"""The merge rules: how events change state, the same for a local write and a remote one.

Every rule is idempotent and order-free (a CRDT); docs/sync-rules.md has the full story.
- upsert: per field, the value with the greatest merge key (authority, HLC, station) wins;
  the winning keys live in the row's `_clk`. Within one event the later op wins (equal keys).
- delete: remove-wins tombstone; the row keeps only its id and `_del` (the greatest delete
  key), so a late or early upsert cannot resurrect it and every delivery order ends alike.
- status: the work-order state register takes the highest (rank, merge key); see wo_states.
- stock: an insert keyed by movement id; quantities are sums of movements, never overwritten.

`Merger` is the one implementation: it loads the rows a batch touches with one query per
table, merges every op in memory, and writes back with `executemany` (one INSERT for new
rows and one UPDATE for changed rows per table). The single-op helpers used by a local
command are the same merger over one op.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import sqlcipher3

from app.events.hlc import merge_key
from app.events.models import DeleteOp, Event, StatusOp, StockOp, UpsertOp
from app.events.tables import REPLICATED_FIELDS, STATUS_TABLES
from app.wo_states import MERGE_RANK

_CHUNK = 500  # ids per `IN (...)` query, well below SQLite's parameter limit
_COLUMNS: dict[str, tuple[str, ...]] = {
    t: tuple(sorted(f)) + (("status", "status_key") if t in STATUS_TABLES else ())
    for t, f in REPLICATED_FIELDS.items()
}
# A movement counts once, keyed by its id. Two different movements reusing an id (a bug or a
# forgery) resolve to the one with the greatest (hlc, station), whatever the order they arrive in.
_STOCK_SQL = (
    "INSERT INTO stock_movements (id, part_id, warehouse_id, lot, expiry, qty_delta, kind,"
    " ref, station_id, hlc, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (id) DO UPDATE SET part_id = excluded.part_id, warehouse_id = excluded.warehouse_id,"
    " lot = excluded.lot, expiry = excluded.expiry, qty_delta = excluded.qty_delta, kind = excluded.kind,"
    " ref = excluded.ref, station_id = excluded.station_id, hlc = excluded.hlc, user_id = excluded.user_id"
    " WHERE (excluded.hlc, excluded.station_id) > (stock_movements.hlc, stock_movements.station_id)"
)


def _dump_clk(clk: dict[str, str]) -> str:
    """`{"col":"key",…}` sorted by column, the same text json.dumps(sort_keys=True) gives.

    Built by hand because it is the hottest line of a merge: column names are identifiers
    from tables.py and merge keys hold only digits, `|`, `.` and a validated station id
    (`[A-Za-z0-9_.:-]`), so nothing needs escaping.
    """
    return "{" + ",".join(f'"{c}":"{clk[c]}"' for c in sorted(clk)) + "}"


class _Row:
    __slots__ = ("exists", "vals", "clk", "dele", "dirty")

    def __init__(self, exists: bool, vals: dict[str, Any], clk: dict[str, str], dele: str | None) -> None:
        self.exists = exists
        self.vals = vals
        self.clk = clk
        self.dele = dele
        self.dirty = False


class Merger:
    """Merge a batch of ops into the tables; the caller owns the transaction."""

    def __init__(self, conn: sqlcipher3.Connection) -> None:
        self.conn = conn
        self.rows: dict[str, dict[str, _Row]] = {}
        self.stock: list[tuple] = []

    # -- loading -----------------------------------------------------------------------------
    def load(self, table: str, ids: Iterable[str]) -> None:
        cache = self.rows.setdefault(table, {})
        wanted = [i for i in dict.fromkeys(ids) if i not in cache]
        cols = _COLUMNS[table]
        select = f"SELECT id, {', '.join(cols)}, _clk, _del FROM {table} WHERE id IN "
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start:start + _CHUNK]
            for r in self.conn.execute(select + f"({', '.join('?' * len(chunk))})", chunk):
                cache[r[0]] = _Row(True, dict(zip(cols, r[1:-2])), json.loads(r[-2]), r[-1])
        for i in wanted:
            if i not in cache:
                cache[i] = _Row(False, {}, {}, None)

    def _row(self, table: str, row_id: str) -> _Row:
        assert table in REPLICATED_FIELDS  # validated by the model; never a name from input
        cache = self.rows.setdefault(table, {})
        row = cache.get(row_id)
        if row is None:
            self.load(table, [row_id])
            row = cache[row_id]
        return row

    # -- the rules ---------------------------------------------------------------------------
    def upsert(self, table: str, row_id: str, fields: dict[str, Any], key: str) -> None:
        row = self._row(table, row_id)
        if row.dele is not None:
            return  # tombstoned: remove wins
        clk = row.clk
        for col, value in fields.items():
            if key >= clk.get(col, ""):
                row.vals[col] = value
                clk[col] = key
                row.dirty = True

    def delete(self, table: str, row_id: str, key: str) -> None:
        row = self._row(table, row_id)
        if row.dele is not None and row.dele >= key:
            return
        row.dele = key
        row.vals = {}
        row.clk = {}
        row.dirty = True

    def status(self, table: str, row_id: str, status: str, key: str) -> None:
        row = self._row(table, row_id)
        if row.dele is not None:
            return
        new_key = status_key(status, key)
        current = row.vals.get("status_key")
        if current is None or new_key > current:
            row.vals["status"] = status
            row.vals["status_key"] = new_key
            row.dirty = True

    def stock_op(self, op: StockOp, station_id: str, hlc: str) -> None:
        self.stock.append((op.id, op.part_id, op.warehouse_id, op.lot, op.expiry, op.qty_delta, op.kind,
                           op.ref, station_id, hlc, op.user_id))

    def events(self, events: list[Event]) -> None:
        """Merge whole events: one load per table, then every op in memory, in batch order."""
        wanted: dict[str, list[str]] = {}
        for event in events:
            for op in event.ops:
                if not isinstance(op, StockOp):
                    wanted.setdefault(op.table, []).append(op.id)
        for table, ids in wanted.items():
            self.load(table, ids)
        for event in events:
            key = merge_key(event.authority, event.hlc, event.station_id)
            for op in event.ops:
                if isinstance(op, UpsertOp):
                    self.upsert(op.table, op.id, op.fields, key)
                elif isinstance(op, StockOp):
                    self.stock_op(op, event.station_id, event.hlc)
                elif isinstance(op, StatusOp):
                    self.status(op.table, op.id, op.status, key)
                elif isinstance(op, DeleteOp):
                    self.delete(op.table, op.id, key)

    # -- writing -----------------------------------------------------------------------------
    def flush(self) -> None:
        for table, cache in self.rows.items():
            cols = _COLUMNS[table]
            inserts, updates = [], []
            for row_id, row in cache.items():
                if not row.dirty:
                    continue
                values = [row.vals.get(c) for c in cols]
                if row.exists:
                    updates.append((*values, _dump_clk(row.clk), row.dele, row_id))
                else:
                    inserts.append((row_id, *values, _dump_clk(row.clk), row.dele))
                    row.exists = True
                row.dirty = False
            if inserts:
                self.conn.executemany(
                    f"INSERT INTO {table} (id, {', '.join(cols)}, _clk, _del)"
                    f" VALUES (?{', ?' * (len(cols) + 2)})", inserts)
            if updates:
                sets = ", ".join(f"{c} = ?" for c in cols)
                self.conn.executemany(f"UPDATE {table} SET {sets}, _clk = ?, _del = ? WHERE id = ?", updates)
        if self.stock:
            self.conn.executemany(_STOCK_SQL, self.stock)
            self.stock = []


def status_key(status: str, key: str) -> str:
    return f"{MERGE_RANK[status]}|{key}"


def merge_events(conn: sqlcipher3.Connection, events: list[Event]) -> None:
    """Apply a batch of (already logged, deduplicated) events; the caller owns the transaction."""
    merger = Merger(conn)
    merger.events(events)
    merger.flush()


def apply_upsert(conn: sqlcipher3.Connection, table: str, row_id: str, fields: dict, key: str) -> None:
    merger = Merger(conn)
    merger.upsert(table, row_id, fields, key)
    merger.flush()


def apply_delete(conn: sqlcipher3.Connection, table: str, row_id: str, key: str) -> None:
    merger = Merger(conn)
    merger.delete(table, row_id, key)
    merger.flush()


def apply_status(conn: sqlcipher3.Connection, table: str, row_id: str, status: str, key: str) -> None:
    merger = Merger(conn)
    merger.status(table, row_id, status, key)
    merger.flush()


def apply_stock(conn: sqlcipher3.Connection, op: StockOp, event: Event) -> None:
    merger = Merger(conn)
    merger.stock_op(op, event.station_id, event.hlc)
    merger.flush()
