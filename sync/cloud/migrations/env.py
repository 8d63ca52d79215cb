"""Alembic environment of the cloud database.

Run by `sentra serve-cloud` (through `sync.cloud.db.migrate`, which hands over its connection) or
by IT as `alembic upgrade head` from the repository (alembic.ini), with the database URL in
SENTRA_CLOUD_DATABASE (sqlite:///cloud.db or postgresql://…).
"""

from __future__ import annotations

import os

from alembic import context

from sync.cloud import db

config = context.config
connection = config.attributes.get("connection")
if connection is not None:
    context.configure(connection=connection, target_metadata=db.metadata, transaction_per_migration=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    url = os.environ.get("SENTRA_CLOUD_DATABASE") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("set SENTRA_CLOUD_DATABASE to the cloud database URL")
    engine = db.make_engine(url)
    with engine.connect() as conn:
        context.configure(connection=conn, target_metadata=db.metadata, transaction_per_migration=True)
        with context.begin_transaction():
            context.run_migrations()
        conn.commit()
