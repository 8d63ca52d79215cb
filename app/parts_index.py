"""Keeping the parts search index (FTS5, schema v9) in step with the catalogue.

Triggers on `parts` and `part_barcodes` note the parts whose searchable text may have changed in
`parts_fts_pending`; `refresh` re-indexes them in one statement. The merger calls it at the end
of every flush that wrote either table — a local command and a sync page alike — so the index
changes in the very transaction that changed the catalogue. No imports from the rest of the app:
the merge rules call it.
"""

from __future__ import annotations

from typing import Any

TABLES = frozenset({"parts", "part_barcodes"})

_TEXT = ("SELECT p.rowid, p.sku, concat_ws(' ', p.barcode, (SELECT group_concat(b.code, ' ') FROM part_barcodes b"
         " WHERE b.part_id = p.id AND b._del IS NULL)), concat_ws(' ', p.name, p.brand) FROM parts p")


def refresh(conn: Any) -> None:
    """Re-index the noted parts (nothing noted: one cheap look)."""
    if conn.execute("SELECT 1 FROM parts_fts_pending LIMIT 1").fetchone() is None:
        return
    conn.execute("DELETE FROM parts_fts WHERE rowid IN (SELECT part_rowid FROM parts_fts_pending WHERE fresh = 0)")
    conn.execute(f"INSERT INTO parts_fts (rowid, sku, codes, words) {_TEXT}"
                 " JOIN parts_fts_pending q ON q.part_rowid = p.rowid WHERE p._del IS NULL AND p.sku IS NOT NULL")
    conn.execute("DELETE FROM parts_fts_pending")


def rebuild(conn: Any) -> None:
    """The whole index again from the catalogue (after a restore or a repair); the caller owns the transaction."""
    conn.execute("DELETE FROM parts_fts")
    conn.execute("DELETE FROM parts_fts_pending")
    conn.execute(f"INSERT INTO parts_fts (rowid, sku, codes, words) {_TEXT} WHERE p._del IS NULL AND p.sku IS NOT NULL")
