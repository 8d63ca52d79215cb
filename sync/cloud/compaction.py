"""The cloud's compacted snapshots: one replica per branch, merged from the event log.

A new station asks for `GET /v1/snapshot/compacted` and installs the branch's rows as they stand
(app/events/compacted.py) instead of replaying the history. The rows come from a replica: an
encrypted station database per branch (same schema, same merge rules, same screening as every
station) that the cloud brings up to date from its event log. Each request first merges what
arrived since the last one (`catch_up`), then streams the replica from one read transaction,
with the cursor and version vector it reflects; `POST /v1/admin/compact` does the catch-up
ahead of time (a scheduler may call it), so a request merges only the last few events.

The replica is a station like any other: it learns the stations' keys and the users' roles from
the events it merges (so a branch's first admin, made while the branch had no user, is taken
exactly as on a station) and holds the branch's secret for override proofs. Test kits whose
users exist only in the cloud's tables (never as events) set `trust_cloud_tables`, as their
stations pin them. It lives in files beside the cloud's database (`compact_dir`) and is a cache:
deleted, it is rebuilt from the log on the next request.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, and_, func, or_, select
from sqlalchemy.exc import IntegrityError

from app.events import compacted
from app.events.replicate import apply_pages
from app.events.signing import KnownStation, public_key
from app.events.vectors import version_vector
from app.storage.connection import open_connection
from app.store import Store
from sync.cloud import db
from sync.cloud.models import GLOBAL_BRANCH

REPLICA_STATION = "cloud-compactor"
COMPACT_DIR_ENV = "SENTRA_CLOUD_COMPACT_DIR"
PAGE = 2000


def _key(engine: Engine) -> str:
    """The replicas' database key, made once and kept in server_meta."""
    for _ in range(2):
        try:
            with engine.begin() as conn:
                key = conn.execute(select(db.server_meta.c.value).where(db.server_meta.c.key == "compact_key")
                                   ).scalar()
                if key is None:
                    key = secrets.token_hex(32)
                    conn.execute(db.server_meta.insert().values(key="compact_key", value=key))
            return key
        except IntegrityError:
            continue
    raise RuntimeError("could not make the compaction key")


def default_directory(url: str) -> Path:
    """Beside a SQLite file (`cloud.db` → `cloud-compacted/`); otherwise `SENTRA_CLOUD_COMPACT_DIR` or a
    directory under the system's temporary one, named for the database URL."""
    if env := os.environ.get(COMPACT_DIR_ENV):
        return Path(env)
    if url.startswith("sqlite"):
        if url.startswith("sqlite:///") and ":memory:" not in url and len(url) > len("sqlite:///"):
            file = Path(url[len("sqlite:///"):].split("?")[0])
            return file.with_name(file.stem + "-compacted")
        return Path(tempfile.mkdtemp(prefix="sentra-compacted-"))  # an in-memory cloud: its own cache
    return Path(tempfile.gettempdir()) / "sentra-compacted" / hashlib.sha256(url.encode()).hexdigest()[:16]


class Compactor:
    def __init__(self, engine: Engine, directory: Path, *, pin_secret: Callable[[str], str],
                 clock: Callable[[], int]) -> None:
        self.engine = engine
        self.directory = Path(directory)
        self.pin_secret = pin_secret
        self.clock = clock
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()
        self._key: str | None = None
        self._stores: dict[str, Store] = {}
        self.trust_cloud_tables = False  # tests only: keys and roles from the cloud's tables, pinned

    def close(self) -> None:
        with self._guard:
            stores, self._stores = list(self._stores.values()), {}
        for store in stores:
            store.close()

    def _lock(self, branch_id: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(branch_id, threading.Lock())

    def _path(self, branch_id: str) -> Path:
        return self.directory / f"branch-{branch_id}.db"

    def _db_key(self) -> str:
        if self._key is None:
            self._key = _key(self.engine)
        return self._key

    def _open(self, branch_id: str, branch_code: str) -> Store:
        """The branch's replica, opened (and its pages verified) once and kept open."""
        from app.auth import install_branch_secret  # noqa: PLC0415

        store = self._stores.get(branch_id)
        if store is not None:
            return store
        path = self._path(branch_id)
        if path.exists():
            try:
                store = Store.open(path, self._db_key())
            except Exception:  # noqa: BLE001 - another cloud database's replica, or damaged: a cache, rebuilt
                self.drop(branch_id)
                return self._open(branch_id, branch_code)
            with store.read() as conn:
                row = conn.execute("SELECT value FROM sync_state WHERE key = 'cursor'").fetchone()
            if row and int(row[0]) > self._top():  # the cloud's database was restored: start again
                store.close()
                self.drop(branch_id)
                return self._open(branch_id, branch_code)
        else:
            self.directory.mkdir(parents=True, exist_ok=True)
            store = Store.create(path, self._db_key(), branch_code=branch_code, station_code="COMPACT",
                                 branch_id=branch_id, station_id=REPLICA_STATION)
            install_branch_secret(store, self.pin_secret(branch_id))
        self._stores[branch_id] = store
        return store

    def _trust(self, store: Store, branch_id: str) -> None:
        """Keys and roles as the cloud holds them, pinned (tests whose users are not events)."""
        with self.engine.connect() as conn:
            keys = {r.id: KnownStation(k, r.revoked_after_seq) for r in conn.execute(
                select(db.stations.c.id, db.stations.c.pubkey, db.stations.c.revoked_after_seq)
                .where(db.stations.c.branch_id == branch_id)) if r.pubkey and (k := public_key(r.pubkey))}
            roles = {r.user_id: r.role for r in conn.execute(
                select(db.branch_users.c.user_id, db.branch_users.c.role, db.branch_users.c.active)
                .where(db.branch_users.c.branch_id.in_([branch_id, GLOBAL_BRANCH]))) if r.role and r.active}
        store.pinned_keys = keys.get
        store.pinned_roles = roles

    def drop(self, branch_id: str) -> None:
        """Forget a branch's replica (it is rebuilt from the log when next asked for)."""
        store = self._stores.pop(branch_id, None)
        if store is not None:
            store.close()
        path = self._path(branch_id)
        for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            p.unlink(missing_ok=True)

    def _top(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.coalesce(func.max(db.events.c.cursor), 0))).scalar_one())

    def _branch_code(self, branch_id: str) -> str:
        with self.engine.connect() as conn:
            code = conn.execute(select(db.branches.c.code).where(db.branches.c.id == branch_id)).scalar()
        if code is None:
            raise KeyError(branch_id)
        return str(code)

    def catch_up(self, branch_id: str) -> dict[str, int]:
        """Merge into the branch's replica every event it has not seen; returns its cursor and the
        events merged."""
        code = self._branch_code(branch_id)
        with self._lock(branch_id):
            store = self._open(branch_id, code)
            if self.trust_cloud_tables:
                self._trust(store, branch_id)
            with store.read() as conn:
                row = conn.execute("SELECT value FROM sync_state WHERE key = 'cursor'").fetchone()
            start = int(row[0]) if row else 0
            merged = 0
            seen = or_(db.events.c.branch_id == branch_id, db.events.c.branch_id == GLOBAL_BRANCH)

            def pages(after: int) -> Iterator[tuple[list[dict[str, Any]], Any]]:
                while True:
                    with self.engine.connect() as conn:
                        rows = conn.execute(select(db.events.c.cursor, db.events.c.body).where(and_(
                            db.events.c.cursor > after, seen)).order_by(db.events.c.cursor).limit(PAGE)).all()
                    if not rows:
                        return
                    after = rows[-1].cursor
                    yield [json.loads(r.body) for r in rows], _SaveCursor(after)
                    if len(rows) < PAGE:
                        return

            cursor = start
            for result, saver in apply_pages(store, pages(start), now_ms=self.clock, notify=False):
                merged += len(result.applied)
                cursor = saver.cursor
            return {"cursor": cursor, "merged": merged}

    def stream(self, branch_id: str) -> Iterator[bytes]:
        """Catch up, then the replica as NDJSON: the header line, then chunks of rows."""
        self.catch_up(branch_id)
        conn = open_connection(self._path(branch_id), self._db_key(), verify=False)  # verified when opened
        try:
            conn.execute("BEGIN")  # one read transaction: the header and every row agree
            row = conn.execute("SELECT value FROM sync_state WHERE key = 'cursor'").fetchone()
            hlc = conn.execute("SELECT value FROM meta WHERE key = 'hlc'").fetchone()
            vector = version_vector(conn)
            vector.pop(REPLICA_STATION, None)
            header = {"kind": compacted.KIND, "cursor": int(row[0]) if row else 0, "vector": vector,
                      "hlc": hlc[0] if hlc else None, "rows": compacted.count_rows(conn)}
            yield (json.dumps(header, separators=(",", ":")) + "\n").encode()
            for chunk in compacted.dump(conn):
                yield (json.dumps(chunk, separators=(",", ":"), ensure_ascii=False) + "\n").encode()
            conn.execute("COMMIT")
        finally:
            conn.close()


class _SaveCursor:
    """A page's same-transaction step: the replica's cursor moves with the page it covers."""

    def __init__(self, cursor: int) -> None:
        self.cursor = cursor

    def __call__(self, conn: Any) -> None:
        conn.execute("INSERT INTO sync_state (key, value) VALUES ('cursor', ?) ON CONFLICT (key) DO UPDATE"
                     " SET value = excluded.value", (str(self.cursor),))
