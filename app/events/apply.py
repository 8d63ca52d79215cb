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
rows and one UPDATE per set of changed columns). A remote batch goes through `merge_raw`; a
local command's op through `merging`, the same merger over one op. A flush that wrote the
catalogue ends by re-indexing the parts it changed for search (app/parts_index.py), so the
index moves in the same transaction whichever way the change came.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import sqlcipher3

from app import parts_index
from app.events.models import StockOp
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


_FIELD_LISTS: dict[tuple[str, ...], str] = {}


def _one_key_clk(key: str, cols: Iterable[str]) -> str:
    """The short `_clk` of a row whose fields all hold one merge key: `KEY col1,col2,…` (columns
    sorted). Most rows are written whole by one event, and this is a third the size of the JSON."""
    cols = tuple(cols)
    names = _FIELD_LISTS.get(cols)
    if names is None:
        names = _FIELD_LISTS[cols] = ",".join(sorted(cols))
    return key + " " + names


def _load_clk(text: str) -> tuple[dict[str, str], str | None]:
    """A stored `_clk`, either form: (field -> merge key, the one key when all share it)."""
    if text[0] == "{":
        return json.loads(text), None
    key, _, names = text.partition(" ")
    return dict.fromkeys(names.split(","), key), key


class _Row:
    __slots__ = ("exists", "vals", "clk", "dele", "changed", "one")

    def __init__(self, exists: bool, vals: dict[str, Any], clk: dict[str, str], one: str | None,
                 dele: str | None) -> None:
        self.exists = exists
        self.vals = vals
        self.clk = clk
        self.dele = dele
        # the columns to write back (`_clk`/`_del` included); an UPDATE sets only these, so an
        # index on a column the batch did not change is left alone
        self.changed: set[str] = set()
        self.one = one  # the merge key every entry of `clk` holds, when one does

    def clk_text(self) -> str:
        one = self.one
        if one is not None and self.clk:
            return _one_key_clk(one, self.clk)
        return _dump_clk(self.clk)


def _merge_fields(row: _Row, fields: dict[str, Any], key: str) -> None:
    """Per field, the greater merge key wins; `row.one` follows when every field holds one key."""
    clk = row.clk
    changed = row.changed
    if not clk:  # nothing written yet: every field wins, all under one key
        row.vals.update(fields)
        row.clk = dict.fromkeys(fields, key)
        row.one = key
        changed.update(fields)
        changed.add("_clk")
        return
    one = row.one
    if one is not None and key >= one:  # every field this op sets wins
        row.vals.update(fields)
        clk.update(dict.fromkeys(fields, key))
        if key != one:  # still one key only if the op covered every field
            row.one = key if len(clk) == len(fields) else None
        changed.update(fields)
        changed.add("_clk")
        return
    vals = row.vals
    for col, value in fields.items():
        if key >= clk.get(col, ""):
            vals[col] = value
            clk[col] = key
            changed.add(col)
            changed.add("_clk")
    row.one = key if all(k == key for k in clk.values()) else None


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
                cache[r[0]] = _Row(True, dict(zip(cols, r[1:-2])), *_load_clk(r[-2]), r[-1])
        for i in wanted:
            if i not in cache:
                cache[i] = _Row(False, {}, {}, None, None)

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
        if row.dele is None:  # a tombstone takes nothing: remove wins
            _merge_fields(row, fields, key)

    def delete(self, table: str, row_id: str, key: str) -> None:
        row = self._row(table, row_id)
        if row.dele is not None and row.dele >= key:
            return
        row.dele = key
        row.vals = {}
        row.clk = {}
        row.one = None
        row.changed.update(_COLUMNS[table])
        row.changed.update(("_clk", "_del"))

    def status(self, table: str, row_id: str, status: str, key: str) -> None:
        row = self._row(table, row_id)
        if row.dele is not None:
            return
        new_key = status_key(status, key)
        current = row.vals.get("status_key")
        if current is None or new_key > current:
            row.vals["status"] = status
            row.vals["status_key"] = new_key
            row.changed.update(("status", "status_key"))

    def stock_op(self, op: StockOp, station_id: str, hlc: str) -> None:
        self.stock.append((op.id, op.part_id, op.warehouse_id, op.lot, op.expiry, op.qty_delta, op.kind,
                           op.ref, station_id, hlc, op.user_id))

    def merge_raw(self, events: list[tuple[str, str, str, list[dict[str, Any]]]]) -> None:
        """Merge a batch of validated events given as (merge key, station id, hlc, ops as dicts), in
        batch order: one load per table, then every op in memory (the rules above)."""
        wanted: dict[str, list[str]] = {}
        for _key, _station, _hlc, ops in events:
            for op in ops:
                if op["op"] != "stock":
                    ids = wanted.get(op["table"])
                    if ids is None:
                        wanted[op["table"]] = [op["id"]]
                    else:
                        ids.append(op["id"])
        for table, ids in wanted.items():
            self.load(table, ids)
        rows = self.rows
        stock = self.stock.append
        for key, station, hlc, ops in events:
            for op in ops:
                kind = op["op"]
                if kind == "upsert":
                    row = rows[op["table"]][op["id"]]
                    if row.dele is None:  # a tombstone takes nothing: remove wins
                        _merge_fields(row, op["fields"], key)
                elif kind == "stock":
                    stock((op["id"], op["part_id"], op["warehouse_id"], op["lot"], op["expiry"], op["qty_delta"],
                           op["kind"], op["ref"], station, hlc, op["user_id"]))
                elif kind == "status":
                    self.status(op["table"], op["id"], op["status"], key)
                else:
                    self.delete(op["table"], op["id"], key)

    # -- writing -----------------------------------------------------------------------------
    def flush(self) -> None:
        for table, cache in self.rows.items():
            cols = _COLUMNS[table]
            inserts: list[tuple] = []
            updates: dict[tuple[str, ...], list[tuple]] = {}  # changed columns -> rows
            for row_id, row in cache.items():
                changed = row.changed
                if not changed:
                    continue
                if row.exists:
                    names = tuple(sorted(changed))
                    vals = row.vals
                    values = [row.clk_text() if c == "_clk" else row.dele if c == "_del" else vals.get(c)
                              for c in names]
                    values.append(row_id)
                    group = updates.get(names)
                    if group is None:
                        updates[names] = [values]
                    else:
                        group.append(values)
                else:
                    inserts.append((row_id, *map(row.vals.get, cols), row.clk_text(), row.dele))
                    row.exists = True
                row.changed = set()
            if inserts:
                self.conn.executemany(
                    f"INSERT INTO {table} (id, {', '.join(cols)}, _clk, _del)"
                    f" VALUES (?{', ?' * (len(cols) + 2)})", inserts)
            for names, rows in updates.items():
                sets = ", ".join(f"{c} = ?" for c in names)
                self.conn.executemany(f"UPDATE {table} SET {sets} WHERE id = ?", rows)
        if self.stock:
            self.conn.executemany(_STOCK_SQL, self.stock)
            self.stock = []
        if not parts_index.TABLES.isdisjoint(self.rows):  # derived: the parts search index, same transaction
            parts_index.refresh(self.conn)


def status_key(status: str, key: str) -> str:
    return f"{MERGE_RANK[status]}|{key}"


@contextmanager
def merging(conn: sqlcipher3.Connection) -> Iterator[Merger]:
    """A local command's op(s): merged in memory, written back on exit; the caller owns the
    transaction (an exception inside writes nothing back)."""
    merger = Merger(conn)
    yield merger
    merger.flush()
