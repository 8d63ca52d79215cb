"""Rate limits shared by every cloud worker: fixed windows counted in the cloud database.

One statement bumps the window's counter (an upsert), so four processes behind one address
count together. Old windows are dropped now and then.
"""

from __future__ import annotations

from sqlalchemy import Engine, delete, select
from sqlalchemy.dialects import postgresql, sqlite

from sync.notify import tables as t


def hit(engine: Engine, key: str, limit: int, window_s: int, now_ms: int) -> bool:
    """Count one call for `key`; True while the window's count is within `limit`."""
    window = now_ms // (window_s * 1000)
    with engine.begin() as conn:
        dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
        stmt = dialect.insert(t.rate_windows).values(key=key[:160], window=window, hits=1)
        stmt = stmt.on_conflict_do_update(index_elements=["key", "window"],
                                          set_={"hits": t.rate_windows.c.hits + 1}).returning(t.rate_windows.c.hits)
        hits = int(conn.execute(stmt).scalar_one())
        if hits == 1 and window % 16 == 0:
            conn.execute(delete(t.rate_windows).where(t.rate_windows.c.window < window - 1))
    return hits <= limit


def hits(engine: Engine, key: str, window_s: int, now_ms: int) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(t.rate_windows.c.hits).where(
            t.rate_windows.c.key == key, t.rate_windows.c.window == now_ms // (window_s * 1000))).scalar() or 0)
