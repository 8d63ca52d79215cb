"""A cloud with the integrations attached, and a demo station whose workshop day is pushed to it."""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from app import demo
from app.services import Services
from sync.client import HttpCloud
from sync.cloud.app import create_app
from sync.cloud.service import CloudService
from sync.integrations.settings import IntegrationSettings
from sync.payments.qris import Providers
from sync.worker import SyncWorker
from tests.sync.cloudkit import ADMIN
from app.auth import install_branch_secret
from tests.sync.helpers import make_store, station_key


@dataclass
class CloudKit:
    client: TestClient
    service: CloudService
    branch_id: str
    branch_code: str

    def admin(self, method: str, path: str, **kw: Any):  # type: ignore[no-untyped-def]
        return self.client.request(method, path, headers={"Authorization": f"Bearer {ADMIN}"}, **kw)

    def enrol(self, station_id: str, station_code: str) -> str:
        code = self.admin("POST", "/v1/admin/enrolment-codes",
                          json={"branch_id": self.branch_id, "station_code": station_code}).json()["code"]
        r = self.client.post("/v1/enrol", json={"code": code, "station_id": station_id, "station_code": station_code,
                                                "branch_id": self.branch_id,
                                                "pubkey": station_key(station_id).public_b64})
        assert r.status_code == 201, r.text
        self._enrolled = r.json()
        return r.json()["token"]

    def station(self, tmp: Path, name: str) -> tuple[Services, SyncWorker, str]:
        store = make_store(tmp, name, branch_id=self.branch_id, branch_code=self.branch_code)
        store.pinned_roles = {}  # the branch's users are the demo's own, set up on its first station
        token = self.enrol(store.identity.station_id, store.identity.station_code)
        install_branch_secret(store, self._enrolled["pin_secret"])
        return Services.over(store), SyncWorker(store, HttpCloud("http://testserver", token, http=self.client)), token


def make_cloud(url: str = "sqlite://", *, settings: IntegrationSettings | None = None,
               providers: Providers | None = None, clock: Any = None) -> CloudKit:
    import sync.cloud.app as cloud_app
    from sync.cloud import db

    engine = db.make_engine(url)
    db.migrate(engine)
    service = CloudService(engine, ADMIN, **({"clock": clock} if clock else {}))
    app = cloud_app.create_app(url, service=service, integrations=settings or IntegrationSettings(),
                               providers=providers or Providers())
    client = TestClient(app)
    r = client.post("/v1/admin/branches", json={"code": "JKT", "name": "Jakarta"},
                    headers={"Authorization": f"Bearer {ADMIN}"})
    assert r.status_code == 201, r.text
    return CloudKit(client, service, r.json()["id"], "JKT")


def workshop_day(services: Services) -> Any:
    """Seed the demo branch on this station and play its scripted day (WO opened … paid)."""
    cast = demo.seed(services)
    return cast, demo.scripted_day(services, cast)
