"""Search-as-you-type over the parts catalogue: SQLite FTS5 in the encrypted replica.

The index (`parts_fts`, schema v9) holds each part's SKU, barcodes, and the words of its name and
brand; it changes in the transaction that changes the catalogue, whether a local command or a
merged sync page (app/parts_index.py). Every word typed is a prefix (`oli` finds
`Oli Mesin 10W-40`, `10w-4` finds it too), all words must match, and a code typed or scanned in
full (SKU or barcode) comes first.
"""

from __future__ import annotations

import re

from pydantic import BaseModel

from app import parts_index
from app.store import Store

MAX_HITS = 30
_WORD = re.compile(r"[^\W_]+")  # what FTS5's unicode61 tokenizer keeps as a token


class PartHit(BaseModel):
    id: str
    sku: str
    name: str
    brand: str | None
    barcode: str | None
    unit: str
    unit_price: int
    on_hand: int


def match_expression(text: str) -> str | None:
    """The FTS5 query for what was typed: every word a quoted prefix, all required. None: nothing to search."""
    words = _WORD.findall((text or "").lower())[:8]
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


_HIT_SQL = (
    "SELECT p.rowid AS rid, p.id, p.sku, p.name, p.brand, p.barcode, coalesce(p.unit, 'pcs') AS unit,"
    " coalesce(p.unit_price, 0) AS unit_price,"
    " coalesce((SELECT sum(m.qty_delta) FROM stock_movements m WHERE m.part_id = p.id), 0) AS on_hand"
    " FROM parts p WHERE p.rowid IN ({rowids})"
)


def search(store: Store, text: str, limit: int = MAX_HITS) -> list[PartHit]:
    """Parts whose SKU, barcode, name or brand words start with what was typed; an exact code first."""
    expr = match_expression(text)
    if expr is None:
        return []
    code = text.strip()
    with store.read() as conn:
        exact = [r[0] for r in conn.execute(
            "SELECT rowid FROM parts WHERE (sku = ? OR barcode = ?) AND _del IS NULL AND sku IS NOT NULL"
            " UNION SELECT p.rowid FROM part_barcodes b JOIN parts p ON p.id = b.part_id AND p._del IS NULL"
            " WHERE b.code = ? AND b._del IS NULL", (code.upper(), code, code))]
        found = [r[0] for r in conn.execute(
            "SELECT rowid FROM parts_fts WHERE parts_fts MATCH ? LIMIT ?", (expr, limit))]
        rowids = list(dict.fromkeys(exact + found))[:limit]
        if not rowids:
            return []
        cur = conn.execute(_HIT_SQL.format(rowids=", ".join("?" * len(rowids))), rowids)
        names = [d[0] for d in cur.description]
        rows = {r[0]: dict(zip(names[1:], r[1:])) for r in cur.fetchall()}
    hits = [PartHit(**rows[rid]) for rid in rowids if rid in rows]
    pinned = len([r for r in dict.fromkeys(exact) if r in rows])
    return hits[:pinned] + sorted(hits[pinned:], key=lambda h: (not h.sku.lower().startswith(code.lower()), h.name))


def rebuild_index(store: Store) -> int:
    """Fill the index from the catalogue again (after a restore or a repair); returns the parts indexed."""
    with store.local_transaction() as conn:
        parts_index.rebuild(conn)
        return conn.execute("SELECT count(*) FROM parts_fts").fetchone()[0]
