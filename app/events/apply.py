"""The merge rules: how one event changes state, the same for a local write and a remote one.

Every rule is idempotent and order-free (a CRDT):
- upsert: per field, the value with the greatest merge key (authority, HLC, station) wins;
  the winning keys live in the row's `_clk`.
- delete: remove-wins tombstone; the row keeps only its id and `_del`, so a late or early
  upsert cannot resurrect it and every delivery order ends with the same row.
- status: the work-order state register takes the highest (rank, merge key); see wo_states.
- stock: an insert keyed by movement id; quantities are sums of movements, never overwritten.
"""

from __future__ import annotations

import json

import sqlcipher3

from app.events.hlc import merge_key
from app.events.models import DeleteOp, Event, StatusOp, StockOp, UpsertOp
from app.events.tables import REPLICATED_FIELDS
from app.wo_states import MERGE_RANK


def apply_event(conn: sqlcipher3.Connection, event: Event) -> None:
    """Apply every op of `event`; the caller owns the transaction."""
    key = merge_key(event.authority, event.hlc, event.station_id)
    for op in event.ops:
        if isinstance(op, UpsertOp):
            apply_upsert(conn, op.table, op.id, op.fields, key)
        elif isinstance(op, StockOp):
            apply_stock(conn, op, event)
        elif isinstance(op, StatusOp):
            apply_status(conn, op.table, op.id, op.status, key)
        elif isinstance(op, DeleteOp):
            apply_delete(conn, op.table, op.id, key)


def apply_upsert(conn: sqlcipher3.Connection, table: str, row_id: str, fields: dict, key: str) -> None:
    assert table in REPLICATED_FIELDS  # validated by the model; table names never come from input
    row = conn.execute(f"SELECT _clk, _del FROM {table} WHERE id = ?", (row_id,)).fetchone()
    if row is None:
        cols = list(fields)
        clk = {c: key for c in cols}
        conn.execute(
            f"INSERT INTO {table} (id, {', '.join(cols)}, _clk) VALUES (?{', ?' * len(cols)}, ?)",
            (row_id, *fields.values(), json.dumps(clk, separators=(",", ":"), sort_keys=True)),
        )
        return
    if row[1] is not None:
        return  # tombstoned: remove wins
    clk = json.loads(row[0])
    winners = {c: v for c, v in fields.items() if key > clk.get(c, "")}
    if not winners:
        return
    clk.update({c: key for c in winners})
    sets = ", ".join(f"{c} = ?" for c in winners)
    conn.execute(
        f"UPDATE {table} SET {sets}, _clk = ? WHERE id = ?",
        (*winners.values(), json.dumps(clk, separators=(",", ":"), sort_keys=True), row_id),
    )


def apply_delete(conn: sqlcipher3.Connection, table: str, row_id: str, key: str) -> None:
    assert table in REPLICATED_FIELDS
    row = conn.execute(f"SELECT _del FROM {table} WHERE id = ?", (row_id,)).fetchone()
    if row is None:
        conn.execute(f"INSERT INTO {table} (id, _clk, _del) VALUES (?, '{{}}', ?)", (row_id, key))
        return
    if row[0] is not None and row[0] >= key:
        return
    cleared = ", ".join(f"{c} = NULL" for c in sorted(REPLICATED_FIELDS[table]))
    extra = ", status = NULL, status_key = NULL" if table == "workorders" else ""
    conn.execute(f"UPDATE {table} SET {cleared}{extra}, _clk = '{{}}', _del = ? WHERE id = ?", (key, row_id))


def status_key(status: str, key: str) -> str:
    return f"{MERGE_RANK[status]}|{key}"


def apply_status(conn: sqlcipher3.Connection, table: str, row_id: str, status: str, key: str) -> None:
    new_key = status_key(status, key)
    row = conn.execute(f"SELECT status_key, _del FROM {table} WHERE id = ?", (row_id,)).fetchone()
    if row is None:
        conn.execute(
            f"INSERT INTO {table} (id, status, status_key, _clk) VALUES (?, ?, ?, '{{}}')",
            (row_id, status, new_key),
        )
    elif row[1] is None and (row[0] is None or new_key > row[0]):
        conn.execute(f"UPDATE {table} SET status = ?, status_key = ? WHERE id = ?", (status, new_key, row_id))


def apply_stock(conn: sqlcipher3.Connection, op: StockOp, event: Event) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO stock_movements (id, part_id, warehouse_id, lot, expiry, qty_delta, kind,"
        " ref, station_id, hlc, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (op.id, op.part_id, op.warehouse_id, op.lot, op.expiry, op.qty_delta, op.kind, op.ref,
         event.station_id, event.hlc, op.user_id),
    )
