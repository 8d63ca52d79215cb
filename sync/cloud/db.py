"""The cloud's database: SQLAlchemy Core tables, engine set-up, numbered migrations.

A SQLite file by default (`sqlite:///cloud.db`), PostgreSQL when the URL says so
(`postgresql://user@host/db`, driven by psycopg 3; add `?options=-csearch_path%3Dname` to use
another schema). The schema moves with Alembic (`sync/cloud/migrations`, `alembic upgrade
head`); each revision `vN` runs the numbered step N below, in its own transaction, and records
it in `cloud_schema`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from datetime import datetime, timezone

from sqlalchemy import (BigInteger, Column, Connection, Engine, Index, Integer, MetaData, String, Table, Text,
                        UniqueConstraint, create_engine, event, inspect, select, text)
from sqlalchemy.pool import StaticPool

metadata = MetaData()

cloud_schema = Table(
    "cloud_schema", metadata,
    Column("version", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("applied_at", String(40), nullable=False),
)
branches = Table(
    "branches", metadata,
    Column("id", String(64), primary_key=True),
    Column("code", String(16), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("created_at_ms", BigInteger, nullable=False),
)
stations = Table(
    "stations", metadata,
    Column("id", String(64), primary_key=True),
    Column("branch_id", String(64), nullable=False),
    Column("code", String(16), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("acked_seq", BigInteger, nullable=False, default=0),
    Column("enrolled_at_ms", BigInteger, nullable=False),
    Column("last_seen_ms", BigInteger),
    Column("clock_skew_ms", BigInteger),
    Column("revoked", Integer, nullable=False, default=0),
    Column("pubkey", String(64)),  # migration 3: the station's Ed25519 public key
    Column("revoked_after_seq", BigInteger),  # migration 3: events after this seq are refused
)
enrolment_codes = Table(
    "enrolment_codes", metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("branch_id", String(64), nullable=False),
    Column("station_code", String(16), nullable=False),
    Column("expires_at_ms", BigInteger, nullable=False),
    Column("used_by", String(64)),
)
events = Table(
    "events", metadata,
    Column("cursor", BigInteger, primary_key=True, autoincrement=False),
    Column("event_id", String(64), nullable=False),  # unique per station (migration 3), not globally
    Column("station_id", String(64), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("branch_id", String(64), nullable=False),
    Column("authority", Integer, nullable=False),
    Column("hlc", String(24), nullable=False),
    Column("schema_version", Integer, nullable=False),
    Column("body", Text, nullable=False),
    Column("received_at_ms", BigInteger, nullable=False),
    UniqueConstraint("station_id", "seq", name="events_station_seq"),
    Index("events_branch_cursor", "branch_id", "cursor"),
)
# Named counters (`cursor`, `cloud_seq`): the UPDATE that bumps one holds its row lock until
# commit, so cursors are handed out in commit order and a puller never skips a late commit.
counters = Table(
    "counters", metadata,
    Column("name", String(32), primary_key=True),
    Column("value", BigInteger, nullable=False),
)
# Each branch's users as its events left them (migration 3): the cloud checks a pushed event's
# actor against the same permission table the stations use. Per field, the greatest merge key wins.
branch_users = Table(
    "branch_users", metadata,
    Column("branch_id", String(64), primary_key=True),
    Column("user_id", String(64), primary_key=True),
    Column("role", String(32)),
    Column("role_key", String(120), nullable=False, default=""),
    Column("active", Integer),
    Column("active_key", String(120), nullable=False, default=""),
)
server_meta = Table(
    "server_meta", metadata,
    Column("key", String(32), primary_key=True),
    Column("value", String(200), nullable=False),
)

# A master-data import staged in batches and published all at once (or not at all) on commit.
master_imports = Table(
    "master_imports", metadata,
    Column("id", String(64), primary_key=True),
    Column("branch_id", String(64), nullable=False),
    Column("type", String(64), nullable=False),
    Column("created_ms", BigInteger, nullable=False),
)
master_import_batches = Table(
    "master_import_batches", metadata,
    Column("import_id", String(64), primary_key=True),
    Column("n", Integer, primary_key=True),
    Column("count", Integer, nullable=False),
    Column("ops", Text, nullable=False),
)


@dataclass(frozen=True)
class CloudMigration:
    version: int
    name: str
    run: Callable[[Connection], None]


def _v1(conn: Connection) -> None:
    metadata.create_all(conn, tables=[branches, stations, enrolment_codes, events, counters, server_meta])
    conn.execute(counters.insert(), [{"name": "cursor", "value": 0}, {"name": "cloud_seq", "value": 0}])
    conn.execute(server_meta.insert(), [{"key": "hlc", "value": "0000000000000.00000"}])


def _v2(conn: Connection) -> None:
    """A station code is unique within its branch: it is in every WO, invoice and receipt number."""
    conn.execute(text("CREATE UNIQUE INDEX stations_branch_code ON stations (branch_id, code)"))


def _v3(conn: Connection) -> None:
    """Signed events: station keys and revocation cut-offs, each branch's users, and event ids
    unique per station only (a peer reusing another station's event id must not block it).
    A database made by an older v1 gets the columns and loses the global event-id constraint."""
    have = {c["name"] for c in inspect(conn).get_columns("stations")}
    if "pubkey" not in have:
        conn.execute(text("ALTER TABLE stations ADD COLUMN pubkey VARCHAR(64)"))
        conn.execute(text("ALTER TABLE stations ADD COLUMN revoked_after_seq BIGINT"))
    branch_users.create(conn)
    if any(u["column_names"] == ["event_id"] for u in inspect(conn).get_unique_constraints("events")):
        if conn.dialect.name == "postgresql":
            conn.execute(text("ALTER TABLE events DROP CONSTRAINT events_event_id_key"))
        else:  # SQLite keeps a table constraint until the table is rebuilt
            cols = ", ".join(c.name for c in events.columns)
            conn.execute(text("ALTER TABLE events RENAME TO events_v2"))
            conn.execute(text("DROP INDEX IF EXISTS events_branch_cursor"))
            events.create(conn)
            conn.execute(text(f"INSERT INTO events ({cols}) SELECT {cols} FROM events_v2"))
            conn.execute(text("DROP TABLE events_v2"))
    conn.execute(text("CREATE UNIQUE INDEX events_station_event ON events (station_id, event_id)"))


def _v4(conn: Connection) -> None:
    """Staged master-data imports (HQ's parts and labour catalogues): batches wait here until the
    import is committed, then become cloud-authored events in one transaction."""
    metadata.create_all(conn, tables=[master_imports, master_import_batches])


def _v10(conn: Connection) -> None:
    """The outside world: outbox, notification projections, sent messages, reminders, QRIS charges."""
    from sync.notify import tables  # noqa: PLC0415 - they import this module's metadata

    tables.create(conn)


def _v11(conn: Connection) -> None:
    """Audit-chain heads each station reported, and the alarms when a chain was rewritten."""
    from sync.cloud import audit_heads  # noqa: PLC0415 - it imports this module's metadata

    audit_heads.create(conn)


CLOUD_MIGRATIONS: tuple[CloudMigration, ...] = (
    CloudMigration(1, "branches, stations, event log", _v1),
    CloudMigration(2, "unique station code per branch", _v2),
    CloudMigration(3, "station keys, branch users, event ids unique per station", _v3),
    CloudMigration(4, "staged master-data imports", _v4),
    CloudMigration(10, "outbox, notifications, reminders, QRIS", _v10),
    CloudMigration(11, "audit-chain heads and alarms", _v11),
)
CLOUD_SCHEMA_VERSION = CLOUD_MIGRATIONS[-1].version


def normalise_url(url: str) -> str:
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    if url.startswith("sqlite"):
        memory = url in ("sqlite://", "sqlite:///:memory:")
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": 30},
            poolclass=StaticPool if memory else None,
        )

        @event.listens_for(engine, "connect")
        def _sqlite_setup(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
            dbapi_conn.isolation_level = None  # we issue BEGIN IMMEDIATE ourselves
            if not memory:
                dbapi_conn.execute("PRAGMA journal_mode = WAL")
                dbapi_conn.execute("PRAGMA synchronous = NORMAL")

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn) -> None:  # type: ignore[no-untyped-def]
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10)


MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> "Any":
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def _applied(conn: Connection) -> list[int]:
    if not inspect(conn).has_table("cloud_schema"):
        return []
    return sorted(int(v) for v in conn.execute(select(cloud_schema.c.version)).scalars())


def migrate(engine: Engine) -> list[int]:
    """Bring the database to the newest schema with Alembic (`alembic upgrade head` does the same);
    returns the numbered versions applied.

    A database made before Alembic (numbered migrations in `cloud_schema`, no `alembic_version`)
    is first stamped at the revision of its last numbered migration, then upgraded from there.
    """
    from alembic import command

    with engine.begin() as conn:
        before = _applied(conn)
        if before and before[-1] > CLOUD_SCHEMA_VERSION:
            raise RuntimeError(f"cloud database schema {before[-1]} is newer than this server ({CLOUD_SCHEMA_VERSION})")
        if before and not inspect(conn).has_table("alembic_version"):
            command.stamp(alembic_config(conn), f"v{before[-1]}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    with engine.connect() as conn:
        after = _applied(conn)
    return [v for v in after if v not in before]
