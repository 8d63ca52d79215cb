"""Portable upsert for the cloud's two backends (SQLite and PostgreSQL)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.dialects import postgresql, sqlite


def upsert(conn: Connection, table: Table, keys: list[str], values: dict[str, Any],
           update: list[str] | None = None) -> None:
    """Insert a row, or on a key clash set the `update` columns (default: every non-key given)."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(table).values(**values)
    cols = [c for c in (update if update is not None else values) if c not in keys]
    if cols:
        stmt = stmt.on_conflict_do_update(index_elements=keys, set_={c: stmt.excluded[c] for c in cols})
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=keys)
    conn.execute(stmt)


def insert_once(conn: Connection, table: Table, keys: list[str], values: dict[str, Any]) -> bool:
    """Insert unless the key exists; True when this call inserted it (race-free on both backends)."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(table).values(**values).on_conflict_do_nothing(index_elements=keys) \
        .returning(table.c[keys[0]])  # an INSERT's rowcount is not reliable across drivers; RETURNING is
    return conn.execute(stmt).first() is not None


def upsert_many(conn: Connection, table: Table, keys: list[str], rows: list[dict[str, Any]],
                update: list[str]) -> None:
    """`upsert` for many rows with the same columns: one statement, the driver's executemany."""
    if not rows:
        return
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(table)
    cols = [c for c in update if c not in keys]
    if cols:
        stmt = stmt.on_conflict_do_update(index_elements=keys, set_={c: stmt.excluded[c] for c in cols})
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=keys)
    conn.execute(stmt, rows)
