"""A digest of the replicated data: equal on two stations exactly when they hold the same state.

It covers, per replicated table in name order and per row in id order, the id, every
replicated field (name order), the work-order state, and whether the row is a tombstone;
then every stock movement. It leaves out what is station-local or merge bookkeeping: the
event log's delivery columns, `_clk`/`status_key`, audit entries, sync state.
"""

from __future__ import annotations

import hashlib
import json

import sqlcipher3

from app.events.tables import REPLICATED_FIELDS, STATUS_TABLES

_STOCK_COLS = "id, part_id, warehouse_id, lot, expiry, qty_delta, kind, ref, station_id, hlc, user_id"


def _columns(table: str) -> list[str]:
    cols = sorted(REPLICATED_FIELDS[table])
    return cols + (["status"] if table in STATUS_TABLES else [])


def state_hash(conn: sqlcipher3.Connection) -> str:
    digest = hashlib.sha256()
    for table in sorted(REPLICATED_FIELDS):
        cols = _columns(table)
        digest.update(f"\x1e{table}\x1f".encode())
        for row in conn.execute(
            f"SELECT id, {', '.join(cols)}, _del IS NOT NULL FROM {table} ORDER BY id"
        ):
            digest.update(json.dumps(row, separators=(",", ":"), ensure_ascii=False).encode() + b"\n")
    digest.update(b"\x1estock_movements\x1f")
    for row in conn.execute(f"SELECT {_STOCK_COLS} FROM stock_movements ORDER BY id"):
        digest.update(json.dumps(row, separators=(",", ":"), ensure_ascii=False).encode() + b"\n")
    return digest.hexdigest()


def stock_matches_ledger(conn: sqlcipher3.Connection) -> bool:
    """Every part's quantity on hand (the view) equals the sum of its ledger movements."""
    view = {(r[0], r[1], r[2]): r[3] for r in conn.execute(
        "SELECT part_id, warehouse_id, lot, qty FROM stock_on_hand")}
    ledger: dict[tuple, int] = {}
    for part, wh, lot, qty in conn.execute("SELECT part_id, warehouse_id, lot, qty_delta FROM stock_movements"):
        ledger[(part, wh, lot)] = ledger.get((part, wh, lot), 0) + qty
    return view == ledger
