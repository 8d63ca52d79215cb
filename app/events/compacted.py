"""A compacted snapshot: the branch's replicated rows as they stand, with their merge clocks.

A new station need not replay the branch's whole history. The cloud keeps a replica merged
from its event log by the same rules every station uses (sync/cloud/compaction.py) and streams
its rows; the station installs them whole, in one transaction, and goes on pulling from the
snapshot's cursor. The rows carry `_clk`, `_del` and the work-order state keys, so later events
merge into them exactly as into rows a replay had built: the state hash is the same.

The stream is NDJSON. The first line is the header:
    {"kind": "compacted", "cursor": C, "vector": {station: seq}, "hlc": "...", "rows": N}
then chunks, each one table's rows in the given column order:
    {"table": "customers", "columns": ["id", ...], "rows": [[...], ...]}
The version vector goes to `sync_state.vector_base`: the station holds the effect of every
event up to it without holding the events (app/events/vectors.py counts from it).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

import sqlcipher3

from app import parts_index
from app.changes import ChangeSet
from app.events.apply import _COLUMNS
from app.events.hlc import HybridClock, parse_stamp
from app.events.tables import REPLICATED_FIELDS
from app.events.txn import transaction

KIND = "compacted"
CHUNK_ROWS = 1000
STOCK_COLUMNS = ("id", "part_id", "warehouse_id", "lot", "expiry", "qty_delta", "kind", "ref", "station_id", "hlc",
                 "user_id")
HELD_COLUMNS = ("event_id", "station_id", "seq", "hlc", "schema_version", "reason", "body", "received_at")


def table_columns() -> dict[str, tuple[str, ...]]:
    """Every table a snapshot carries, with its columns in stream order."""
    out = {t: ("id", *_COLUMNS[t], "_clk", "_del") for t in sorted(REPLICATED_FIELDS)}
    out["stock_movements"] = STOCK_COLUMNS
    out["sync_held_events"] = HELD_COLUMNS
    return out


TABLES = table_columns()


class SnapshotError(Exception):
    """A compacted snapshot that cannot be installed (nothing was written)."""


def dump(conn: sqlcipher3.Connection) -> Iterator[dict[str, Any]]:
    """The replica's rows as chunks (the caller holds a read transaction for a consistent view)."""
    for table, cols in TABLES.items():
        order = "rowid" if table == "stock_movements" else ("event_id" if table == "sync_held_events" else "id")
        cur = conn.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {order}")
        while True:
            rows = cur.fetchmany(CHUNK_ROWS)
            if not rows:
                break
            yield {"table": table, "columns": list(cols), "rows": [list(r) for r in rows]}


def count_rows(conn: sqlcipher3.Connection) -> int:
    return sum(int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLES)


def is_fresh(conn: sqlcipher3.Connection) -> bool:
    """Nothing merged yet: no event in the log and no replicated row (a snapshot may be installed)."""
    if conn.execute("SELECT 1 FROM sync_event_logs LIMIT 1").fetchone() is not None:
        return False
    return all(conn.execute(f"SELECT 1 FROM {t} LIMIT 1").fetchone() is None for t in TABLES)


def _check_chunk(chunk: Any) -> tuple[str, tuple[str, ...], list[list[Any]]]:
    if not isinstance(chunk, dict) or set(chunk) != {"table", "columns", "rows"}:
        raise SnapshotError("a snapshot chunk must hold table, columns and rows")
    table, cols, rows = chunk["table"], chunk["columns"], chunk["rows"]
    expected = TABLES.get(table) if isinstance(table, str) else None
    if expected is None:
        raise SnapshotError(f"the snapshot names an unknown table {str(table)[:40]!r}")
    if not isinstance(cols, list) or tuple(cols) != expected:
        raise SnapshotError(f"the snapshot's columns of {table} are not this version's")
    if not isinstance(rows, list):
        raise SnapshotError(f"the snapshot's rows of {table} are not a list")
    width = len(expected)
    for row in rows:
        if not isinstance(row, list) or len(row) != width:
            raise SnapshotError(f"a row of {table} in the snapshot has the wrong shape")
        for v in row:
            if v is not None and type(v) not in (str, int, float):
                raise SnapshotError(f"a row of {table} in the snapshot holds a {type(v).__name__}")
            if type(v) is int and not -(2 ** 63) <= v < 2 ** 63:
                raise SnapshotError(f"a row of {table} in the snapshot holds an out-of-range number")
    return table, expected, rows


def check_header(header: Any) -> tuple[int, dict[str, int], str | None]:
    if not isinstance(header, dict) or header.get("kind") != KIND:
        raise SnapshotError("not a compacted snapshot")
    cursor, vector, hlc = header.get("cursor"), header.get("vector"), header.get("hlc")
    if type(cursor) is not int or not 0 <= cursor < 2 ** 63:
        raise SnapshotError("the snapshot's cursor is not a number")
    if not isinstance(vector, dict) or not all(
            isinstance(k, str) and type(v) is int and 0 <= v < 2 ** 63 for k, v in vector.items()):
        raise SnapshotError("the snapshot's version vector is not station → seq")
    if hlc is not None:
        try:
            parse_stamp(hlc)
        except (TypeError, ValueError) as exc:
            raise SnapshotError("the snapshot's clock is not a stamp") from exc
    return cursor, vector, hlc


def install(store: Any, header: dict[str, Any], chunks: Iterable[Any], *, notify: bool = True) -> int:
    """Install a compacted snapshot into a fresh station, all or nothing; returns the rows written.

    The cursor, the version vector and the clock are saved in the same transaction, so a station
    that stops half-way holds nothing of it and asks again."""
    cursor, vector, hlc = check_header(header)
    written = 0
    saved_clock = store.clock.last
    touched: dict[str, set[str]] = {}

    def restore_clock() -> None:
        store.clock = HybridClock(saved_clock, now_ms=getattr(store.clock, "_now_ms", None))

    with transaction(store, on_rollback=restore_clock) as conn:
        if not is_fresh(conn):
            raise SnapshotError("this station holds data already; a compacted snapshot goes only into a new one")
        for chunk in chunks:
            table, cols, rows = _check_chunk(chunk)
            if not rows:
                continue
            marks = ", ".join("?" * len(cols))
            verb = "INSERT OR IGNORE" if table == "sync_held_events" else "INSERT"
            try:
                conn.executemany(f"{verb} INTO {table} ({', '.join(cols)}) VALUES ({marks})", rows)
            except sqlcipher3.IntegrityError as exc:
                raise SnapshotError(f"the snapshot's rows of {table} repeat an id ({exc})") from exc
            if table in REPLICATED_FIELDS:
                touched.setdefault(table, set()).update(r[0] for r in rows)
            written += len(rows)
        parts_index.rebuild(conn)
        conn.executemany(
            "INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [("cursor", str(cursor)), ("vector_base", json.dumps(vector, sort_keys=True, separators=(",", ":")))])
        if hlc:
            store.clock.observe(hlc)
            conn.execute("INSERT INTO meta (key, value) VALUES ('hlc', ?)"
                         " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (store.clock.last,))
    if notify and touched and getattr(store, "subscriber_count", 1):
        store.publish(ChangeSet.from_rows(touched, [], remote=True))
    return written
