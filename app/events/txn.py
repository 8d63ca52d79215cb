"""The one write transaction of the event modules: the store's lock, BEGIN IMMEDIATE, COMMIT,
and ROLLBACK on any failure (a COMMIT that failed may have rolled back already)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import sqlcipher3


@contextmanager
def transaction(store: Any, *, commit: Callable[[sqlcipher3.Connection], None] | None = None,
                on_rollback: Callable[[], None] | None = None) -> Iterator[sqlcipher3.Connection]:
    """`with transaction(store) as conn:` — committed when the block ends, rolled back if it raises.
    `commit` replaces the plain COMMIT (the catch-up commits in a helper thread); `on_rollback`
    undoes in-memory state the block changed (the HLC)."""
    with store.lock:
        conn = store.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            if commit is None:
                conn.execute("COMMIT")
            else:
                commit(conn)
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if on_rollback is not None:
                on_rollback()
            raise
