"""Test kit: an in-process cloud (TestClient) with a branch and enrolled stations."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from app.auth import install_branch_secret
from sync.client import HttpCloud
from sync.cloud import db
from sync.cloud.app import create_app
from tests.sync.helpers import ROLES, make_store, pg_schema_url, station_key

ADMIN = "admin-secret"


@dataclass
class Kit:
    client: TestClient
    branch_id: str
    branch_code: str

    def admin(self, method: str, path: str, **kw: Any):  # type: ignore[no-untyped-def]
        return self.client.request(method, path, headers={"Authorization": f"Bearer {ADMIN}"}, **kw)

    def code(self, station_code: str, branch_id: str | None = None) -> str:
        r = self.admin("POST", "/v1/admin/enrolment-codes",
                       json={"branch_id": branch_id or self.branch_id, "station_code": station_code})
        assert r.status_code == 201, r.text
        return r.json()["code"]

    def enrolment(self, station_id: str, station_code: str, branch_id: str | None = None,
                  pubkey: str | None = None) -> dict[str, Any]:
        r = self.client.post("/v1/enrol", json={"code": self.code(station_code, branch_id), "station_id": station_id,
                                                "station_code": station_code, "branch_id": branch_id or self.branch_id,
                                                "pubkey": pubkey or station_key(station_id).public_b64})
        assert r.status_code == 201, r.text
        return r.json()

    def enrol(self, station_id: str, station_code: str, branch_id: str | None = None,
              pubkey: str | None = None) -> str:
        return self.enrolment(station_id, station_code, branch_id, pubkey)["token"]

    def station(self, tmp: Path, name: str):  # type: ignore[no-untyped-def]
        store = make_store(tmp, name, branch_id=self.branch_id, branch_code=self.branch_code)
        out = self.enrolment(store.identity.station_id, store.identity.station_code)
        install_branch_secret(store, out["pin_secret"])
        return store, HttpCloud("http://testserver", out["token"], http=self.client)


def seed_users(app: Any, branch_id: str) -> None:
    """The test actors as the cloud's users of the branch (as if their events had been pushed)."""
    svc = app.app.state.service
    with svc.engine.begin() as conn:
        conn.execute(db.branch_users.insert(), [
            {"branch_id": branch_id, "user_id": uid, "role": role, "role_key": "", "active": 1, "active_key": ""}
            for uid, role in ROLES.items()])


def make_kit(url: str = "sqlite://", code: str = "JKT") -> Kit:
    app = create_app(url, admin_token=ADMIN)
    client = TestClient(app)
    r = client.post("/v1/admin/branches", json={"code": code, "name": "Jakarta"},
                    headers={"Authorization": f"Bearer {ADMIN}"})
    assert r.status_code == 201, r.text
    seed_users(app, r.json()["id"])
    # the seeded users exist only in the cloud's tables, as the kit's stations pin them: so does the
    # replica the compacted snapshots come from
    app.app.state.service.compactor.trust_cloud_tables = True
    return Kit(client, r.json()["id"], code)


@contextmanager
def kit_on(backend: str) -> Iterator[Kit]:
    """A kit on SQLite (in memory) or on PostgreSQL (a schema of its own, dropped after)."""
    if backend == "sqlite":
        yield make_kit()
        return
    with pg_schema_url() as url:
        kit = make_kit(url)
        try:
            yield kit
        finally:
            engine_of(kit).dispose()


def engine_of(kit: Kit):  # type: ignore[no-untyped-def]
    return kit.client.app.app.state.service.engine  # _BodyLimit wraps the FastAPI app
