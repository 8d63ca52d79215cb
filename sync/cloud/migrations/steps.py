"""The cloud's schema steps, carried over from the numbered migrations of `sync.cloud.db`.

Each Alembic revision `vN` runs the numbered migration N and records it in `cloud_schema`
(which /v1/health reports), so a database migrated before Alembic and one made by it end the same.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import Connection

from sync.cloud import db


def run(conn: Connection, revision: str) -> None:
    version = int(revision.removeprefix("v"))
    mig = next(m for m in db.CLOUD_MIGRATIONS if m.version == version)
    db.cloud_schema.create(conn, checkfirst=True)
    mig.run(conn)
    conn.execute(db.cloud_schema.insert().values(version=mig.version, name=mig.name,
                                                  applied_at=datetime.now(timezone.utc).isoformat()))
