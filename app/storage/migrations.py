"""Numbered schema migrations, each applied in one transaction with its version recorded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources

import sqlcipher3

from app.storage.errors import StoreError


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str
    events: bool = True  # False: storage only, what events may carry is unchanged


def _sql(name: str) -> str:
    return resources.files("app.storage").joinpath(name).read_text(encoding="utf-8")


MIGRATIONS: tuple[Migration, ...] = (Migration(1, "workshop core", _sql("schema_v1.sql")),
                                     Migration(2, "sync state and held events", _sql("schema_v2.sql")),
                                     Migration(3, "device journals", _sql("schema_v3.sql")),
                                     Migration(4, "event log keyed by station and seq", _sql("schema_v4.sql"),
                                               events=False),
                                     Migration(5, "signed events, station keys, events set aside",
                                               _sql("schema_v5.sql")),
                                     Migration(7, "advisor: search keys, estimate approval per line, SLA",
                                               _sql("schema_v7.sql")),
                                     Migration(8, "mechanic's bay: job clock intervals, findings, QC checks",
                                               _sql("schema_v8.sql")),
                                     Migration(9, "warehouse: catalogue detail, parts search, pick-slips, purchasing,"
                                               " stock counts", _sql("schema_v9.sql")),
                                     Migration(10, "cashier: shifts, overrides, voids, receivables",
                                               _sql("schema_v10.sql")),
                                     Migration(11, "station settings and read-query indexes", _sql("schema_v11.sql"),
                                               events=False),
                                     Migration(12, "branch-keyed PINs, shared lockout", _sql("schema_v12.sql")),
                                     Migration(13, "storekeeper: the advisor's decision on a modified substitute",
                                               _sql("schema_v13.sql")),
                                     Migration(14, "supervisor overrides carry a proof checked at merge",
                                               _sql("schema_v14.sql")),
                                     Migration(15, "HQ price lists with effective dates", _sql("schema_v15.sql")),)
# The database's version: the last migration applied.
DB_VERSION = MIGRATIONS[-1].version
# The event schema: stamped on every event; a station holds events of a newer one until it is
# upgraded. A storage-only migration leaves it alone, so it does not make other stations wait.
SCHEMA_VERSION = max(m.version for m in MIGRATIONS if m.events)


def split_statements(sql: str) -> list[str]:
    """Statements of a migration script (no executescript: it would commit on its own)."""
    lines = [ln for ln in sql.splitlines() if not ln.lstrip().startswith("--")]
    out, buf = [], ""
    for ln in lines:
        buf += ln + "\n"
        if sqlcipher3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        raise StoreError("migration script ends mid-statement")
    return out


def current_version(conn: sqlcipher3.Connection) -> int:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
        " applied_at TEXT NOT NULL)"
    )
    row = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return int(row[0] or 0)


def migrate(conn: sqlcipher3.Connection) -> list[int]:
    """Apply every pending migration; returns the versions applied."""
    done = current_version(conn)
    if done > DB_VERSION:
        raise StoreError(
            f"database schema {done} is newer than this app ({DB_VERSION}); upgrade SentraAuto Care"
        )
    applied = []
    for mig in MIGRATIONS:
        if mig.version <= done:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            for stmt in split_statements(mig.sql):
                conn.execute(stmt)
            conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (mig.version, mig.name, datetime.now(timezone.utc).isoformat()),
            )
            conn.execute("COMMIT")
        except Exception:
            conn.execute("ROLLBACK")
            raise
        applied.append(mig.version)
    return applied
