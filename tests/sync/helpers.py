"""Shared helpers for the sync tests: stores with raw test keys, event factories, server checks."""

from __future__ import annotations

import os
import socket
import uuid
from pathlib import Path

import pytest

from functools import lru_cache
from typing import Any

from app.events.hlc import format_stamp
from app.events.models import Event
from app.events.signing import KnownStation, StationKey
from app.storage.migrations import SCHEMA_VERSION
from app.store import Store

KEY = "ab" * 32
BASE_MS = 1_750_000_000_000
ACTOR = "u-test"  # a supervisor every test store knows (pinned, not in its users table)
ROLES = {ACTOR: "supervisor", "u-mech": "mechanic", "u-adv": "advisor"}


@lru_cache(maxsize=None)
def station_key(station: str) -> StationKey:
    """A made-up station's signing key, the same in every test store."""
    return StationKey.from_seed(b"sentra-test-station:" + station.encode())


def known(station: str) -> KnownStation | None:
    return None if station.startswith("stranger") else KnownStation(station_key(station).public)


def trust_test_stations(store: Store) -> Store:
    """The store signs with its station's test key and trusts every made-up station's test key
    (except `stranger…`) and the test actors — as if the cloud had published them."""
    store.signing_key = station_key(store.identity.station_id)
    store.pinned_keys = known
    store.pinned_roles = dict(ROLES)
    return store


def make_store(tmp: Path, name: str, *, branch_id: str = "br1", branch_code: str = "JKT",
               station_id: str | None = None) -> Store:
    return trust_test_stations(Store.create(tmp / f"{name}.db", KEY, branch_code=branch_code,
                                            station_code=name.upper()[:8], branch_id=branch_id,
                                            station_id=station_id or name))


def event(station: str, seq: int, ms: int, ops: list[dict], *, authority: int = 0, branch: str = "br1",
          counter: int = 0, event_id: str | None = None, schema_version: int = SCHEMA_VERSION,
          actor: str | None = ACTOR, prev: str | None = None, sign: bool = True) -> Event:
    e = Event.model_validate(signable({
        "event_id": event_id or uuid.uuid4().hex, "station_id": station, "seq": seq,
        "hlc": format_stamp(ms, counter), "authority": authority, "branch_id": branch,
        "schema_version": schema_version, "type": "test", "actor_id": None if authority else actor, "prev": prev,
        "ops": ops,
    }))
    return e.signed_by(station_key(station)) if sign and authority == 0 else e


def signable(raw: dict[str, Any]) -> dict[str, Any]:
    """Upsert fields in name order, as a station writes them (the text its signature covers)."""
    return {**raw, "ops": [{**op, "fields": dict(sorted(op["fields"].items()))} if op.get("op") == "upsert"
                           and isinstance(op.get("fields"), dict) else op for op in raw["ops"]]}


def signed(raw: dict[str, Any], *, actor: str | None = ACTOR) -> dict[str, Any]:
    """A raw event dict with an actor, signed by its station's test key (JSON types kept)."""
    body = signable({**raw, "actor_id": raw.get("actor_id", actor)})
    return {**body, "sig": Event.model_validate(body).signed_by(station_key(body["station_id"])).sig}


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
