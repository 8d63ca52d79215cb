"""The station's store and its one writer.

Every change goes through `Store.command()`: the service reads and validates inside the
command, records operations (each applied at once through the same merge rules a remote
event uses, so later reads in the command see them), and on exit the writer appends the
event and an audit entry and commits — all in one SQLite transaction. An exception
anywhere rolls back the lot: no state without its event, no event without its state.
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from pydantic import BaseModel

from app import audit
from app.changes import ChangeSet, current_origin
from app.errors import PermissionDenied
from app.events import log
from app.events.apply import merging
from app.events.authorize import Roles
from app.events.hlc import HybridClock, merge_key
from app.events.models import DeleteOp, Event, StatusOp, StockOp, UpsertOp
from app.events.signing import KnownStation, StationKey
from app.storage.connection import open_connection
from app.storage.errors import DatabaseOpenError, StoreError
from app.storage.migrations import SCHEMA_VERSION, migrate

log_ = logging.getLogger(__name__)
Subscriber = Callable[[ChangeSet], None]


def new_id() -> str:
    """32 hex characters, time-ordered (ms since the epoch, then 80 random bits), unique across stations."""
    return f"{time.time_ns() // 1_000_000:012x}{secrets.token_hex(10)}"


class StationIdentity(BaseModel):
    station_id: str
    station_code: str
    branch_id: str
    branch_code: str


class Command:
    """One unit of change: operations applied now, committed with their event on exit."""

    def __init__(self, store: "Store", action: str, actor_id: str | None, stamp: str) -> None:
        self.store = store
        self.conn = store.conn
        self.action = action
        self.actor_id = actor_id
        self.stamp = stamp
        self.key = merge_key(0, stamp, store.identity.station_id)
        self.ops: list[Any] = []
        self.detail: dict[str, Any] = {}

    def upsert(self, table: str, row_id: str, **fields: Any) -> None:
        op = UpsertOp(table=table, id=row_id, fields=dict(sorted(fields.items())))  # name order: one text to sign
        with merging(self.conn) as m:
            m.upsert(op.table, op.id, op.fields, self.key)
        self.ops.append(op)

    def delete(self, table: str, row_id: str) -> None:
        op = DeleteOp(table=table, id=row_id)
        with merging(self.conn) as m:
            m.delete(op.table, op.id, self.key)
        self.ops.append(op)

    def status(self, row_id: str, status: str) -> None:
        op = StatusOp(id=row_id, status=status)
        with merging(self.conn) as m:
            m.status(op.table, op.id, op.status, self.key)
        self.ops.append(op)

    def stock(self, **fields: Any) -> str:
        op = StockOp(id=fields.pop("id", None) or new_id(), **fields)
        self.ops.append(op)
        with merging(self.conn) as m:
            m.stock_op(op, self.store.identity.station_id, self.stamp)
        return op.id

    def next_number(self, kind: str, period: str) -> str:
        """`KIND/BRANCH/STATION/PERIOD/000001`: gapless per station, unique across the chain."""
        row = self.conn.execute(
            "SELECT last FROM doc_counters WHERE kind = ? AND period = ?", (kind, period)
        ).fetchone()
        n = (row[0] if row else 0) + 1
        self.conn.execute(
            "INSERT INTO doc_counters (kind, period, last) VALUES (?, ?, ?)"
            " ON CONFLICT (kind, period) DO UPDATE SET last = excluded.last",
            (kind, period, n),
        )
        ident = self.store.identity
        return f"{kind}/{ident.branch_code}/{ident.station_code}/{period}/{n:05d}"

    def build_event(self) -> Event:
        """The command's event, linked to this station's previous one and signed (app/events/signing.py)."""
        ident = self.store.identity
        seq = log.next_seq(self.conn, ident.station_id)
        event = Event(
            event_id=new_id(), station_id=ident.station_id, seq=seq, hlc=self.stamp, authority=0,
            branch_id=ident.branch_id, schema_version=SCHEMA_VERSION, type=self.action,
            actor_id=self.actor_id, prev=log.chain_head(self.conn, ident.station_id, seq), ops=self.ops,
        )
        return event.signed_by(self.store.signing_key)

    def authorize(self) -> None:
        """The actor's role must allow every change, by the table the merge checks remote events with."""
        roles = Roles.load(self.conn, self.store.pinned_roles)
        why = roles.refusal(0, self.actor_id, [vars(op) for op in self.ops], local=True)
        if why is not None:
            raise PermissionDenied(f"{self.action}: {why}")


class Store:
    """One encrypted database, one connection, one writer lock."""

    def __init__(self, conn: sqlcipher3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = Path(path)
        self.lock = threading.RLock()
        self._subscribers: list[Subscriber] = []
        self._subscribers_lock = threading.Lock()
        self.identity = self._load_identity()
        self.clock = HybridClock(self._meta("hlc"))
        self.signing_key = self._load_signing_key()
        # Tests and benchmarks only: keys and roles of made-up stations and users (None in the app).
        self.pinned_keys: Callable[[str], KnownStation | None] | None = None
        self.pinned_roles: dict[str, str] | None = None

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path, key: str) -> "Store":
        conn = open_connection(path, key)
        try:
            migrate(conn)
            return cls(conn, path)
        except sqlcipher3.DatabaseError as exc:
            conn.close()
            raise DatabaseOpenError(f"cannot open {path}: the file is damaged ({exc})") from exc
        except Exception:
            conn.close()
            raise

    @classmethod
    def create(cls, path: Path, key: str, *, branch_code: str, station_code: str,
               branch_id: str | None = None, station_id: str | None = None,
               signing_key: StationKey | None = None) -> "Store":
        if Path(path).exists():
            raise StoreError(f"{path} already exists; refusing to overwrite it")
        conn = open_connection(path, key, create=True)
        return cls.provision(conn, path, branch_code=branch_code, station_code=station_code,
                             branch_id=branch_id, station_id=station_id, signing_key=signing_key)

    @classmethod
    def provision(cls, conn: sqlcipher3.Connection, path: Path, *, branch_code: str, station_code: str,
                  branch_id: str | None = None, station_id: str | None = None,
                  signing_key: StationKey | None = None) -> "Store":
        """Migrate an empty database on `conn` and give it its station identity and signing key (a
        new one unless given: enrolment makes the key first, to hand its public half to the cloud)."""
        try:
            migrate(conn)
            ident = {
                "station_id": station_id or new_id(), "station_code": station_code,
                "branch_id": branch_id or new_id(), "branch_code": branch_code,
            }
            key = signing_key or StationKey.generate()
            ident.update(signing_key=key.private_hex(), signing_public=key.public_b64)
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", list(ident.items()))
            conn.execute("COMMIT")
            return cls(conn, path)
        except Exception:
            conn.close()
            raise

    def close(self) -> None:
        with self.lock:
            self.conn.close()

    def _meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _load_signing_key(self) -> StationKey:
        """The station's Ed25519 key, kept in the encrypted database; made on first open."""
        text = self._meta("signing_key")
        if text is not None:
            return StationKey.from_hex(text)
        key = StationKey.generate()
        with self.lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                self.conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)",
                                      [("signing_key", key.private_hex()), ("signing_public", key.public_b64)])
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
        return key

    def replace_signing_key(self, key: StationKey) -> None:
        """A new signing key (a revoked station enrolled again): later events are signed with it."""
        with self.lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                self.conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE"
                                      " SET value = excluded.value",
                                      [("signing_key", key.private_hex()), ("signing_public", key.public_b64)])
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
        self.signing_key = key

    def _load_identity(self) -> StationIdentity:
        values = {k: self._meta(k) for k in StationIdentity.model_fields}
        if None in values.values():
            raise StoreError(f"{self.path} has no station identity; run `sentra db init`")
        return StationIdentity(**values)

    # -- reading ---------------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[sqlcipher3.Connection]:
        with self.lock:
            yield self.conn

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        with self.lock:
            cur = self.conn.execute(sql, tuple(params))
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row)) for row in cur.fetchall()]

    def query_one(self, sql: str, params: Iterable[Any] = ()) -> dict[str, Any] | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    # -- writing ---------------------------------------------------------------------------
    @contextmanager
    def command(self, action: str, actor_id: str | None = None) -> Iterator[Command]:
        with self.lock:
            self.conn.execute("BEGIN IMMEDIATE")
            saved_clock = self.clock.last
            try:
                cmd = Command(self, action, actor_id, self.clock.now())
                yield cmd
                event = None
                if cmd.ops:
                    cmd.authorize()
                    event = cmd.build_event()
                    log.append(self.conn, event)
                audit.append(self.conn, self.identity.station_id, actor_id, action, cmd.detail,
                             event.event_id if event else None)
                self.conn.execute(
                    "INSERT INTO meta (key, value) VALUES ('hlc', ?)"
                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (self.clock.last,),
                )
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                self.clock = HybridClock(saved_clock)
                raise
        if event is not None:
            self.publish(ChangeSet.from_events([event], remote=False, origin=current_origin()))

    def audit_only(self, action: str, actor_id: str | None, detail: dict[str, Any]) -> None:
        """An audit entry with no change of replicated state (a failed login, a reprint)."""
        with self.lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                audit.append(self.conn, self.identity.station_id, actor_id, action, detail)
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    @contextmanager
    def local_transaction(self) -> Iterator[sqlcipher3.Connection]:
        """A transaction on station-local tables only (login attempts, device journals)."""
        with self.lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    # -- change sets -----------------------------------------------------------------------
    def subscribe(self, fn: Subscriber) -> Callable[[], None]:
        """Call `fn(ChangeSet)` after every commit (on the committing thread); returns the unsubscribe.

        `fn` must be quick and must not write: it runs after the commit, on whichever thread
        committed (the store lane, the sync worker, the LAN bus). A raising `fn` is logged and
        affects neither the other subscribers nor the committed change."""
        with self._subscribers_lock:
            self._subscribers.append(fn)

        def unsubscribe() -> None:
            with self._subscribers_lock:
                try:
                    self._subscribers.remove(fn)
                except ValueError:
                    pass

        return unsubscribe

    @property
    def subscriber_count(self) -> int:
        with self._subscribers_lock:
            return len(self._subscribers)

    def publish(self, changes: ChangeSet) -> None:
        """Hand a committed change set to every subscriber."""
        with self._subscribers_lock:
            subscribers = list(self._subscribers)
        for fn in subscribers:
            try:
                fn(changes)
            except Exception:  # noqa: BLE001 - a subscriber's bug must not look like a failed commit
                log_.exception("change subscriber %r failed", fn)
