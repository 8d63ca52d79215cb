"""Shared helpers for the sync tests: stores with raw test keys, event factories, server checks."""

from __future__ import annotations

import os
import socket
import uuid
from pathlib import Path

import pytest

from app.events.hlc import format_stamp
from app.events.models import Event
from app.storage.migrations import SCHEMA_VERSION
from app.store import Store

KEY = "ab" * 32
BASE_MS = 1_750_000_000_000


def make_store(tmp: Path, name: str, *, branch_id: str = "br1", branch_code: str = "JKT",
               station_id: str | None = None) -> Store:
    return Store.create(tmp / f"{name}.db", KEY, branch_code=branch_code, station_code=name.upper()[:8],
                        branch_id=branch_id, station_id=station_id or name)


def event(station: str, seq: int, ms: int, ops: list[dict], *, authority: int = 0, branch: str = "br1",
          counter: int = 0, event_id: str | None = None, schema_version: int = SCHEMA_VERSION) -> Event:
    return Event.model_validate({
        "event_id": event_id or uuid.uuid4().hex, "station_id": station, "seq": seq,
        "hlc": format_stamp(ms, counter), "authority": authority, "branch_id": branch,
        "schema_version": schema_version, "type": "test", "ops": ops,
    })


def server_up(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def require_server(name: str, host: str, port: int) -> None:
    """Skip when the server is down — but fail under CI=true, where the servers must run."""
    if server_up(host, port):
        return
    message = f"{name} is not reachable at {host}:{port}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message + " (CI=true: the CI script must start it)")
    pytest.skip(message)


PG_DSN = os.environ.get("SENTRA_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


def pg_schema_url():  # type: ignore[no-untyped-def]
    """Context manager: a fresh PostgreSQL schema; yields a URL whose search_path points at it."""
    import contextlib

    import psycopg

    @contextlib.contextmanager
    def _cm():  # type: ignore[no-untyped-def]
        require_server("PostgreSQL", "127.0.0.1", 5432)
        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(PG_DSN, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {name}")
        try:
            yield f"{PG_DSN}?options=-csearch_path%3D{name}"
        finally:
            with psycopg.connect(PG_DSN, autocommit=True) as conn:
                conn.execute(f"DROP SCHEMA {name} CASCADE")

    return _cm()
