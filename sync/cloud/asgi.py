"""The cloud as an ASGI factory for several worker processes behind one address:

    SENTRA_CLOUD_DATABASE=postgresql://… uvicorn --factory sync.cloud.asgi:from_env --workers 4

(`sentra serve-cloud --workers 4` does the same.) Each process runs the API, the outbox
publisher and the reminder scheduler. What must hold across processes lives in PostgreSQL,
which the cloud already depends on, so no other server is needed: webhook receipts and sent
messages are unique rows (a duplicate insert is a no-op), the scheduler takes a transaction
advisory lock and flips each reminder once, outbox rows are confirmed before they are marked,
and rate-limit windows are counters updated in one statement.
"""

from __future__ import annotations

import os

from fastapi import FastAPI

DATABASE_ENV = "SENTRA_CLOUD_DATABASE"


def from_env() -> FastAPI:
    from sync.cloud.app import ADMIN_TOKEN_ENV, create_app

    return create_app(os.environ.get(DATABASE_ENV, "sqlite:///sentra-cloud.db"),
                      admin_token=os.environ.get(ADMIN_TOKEN_ENV), background=True)
