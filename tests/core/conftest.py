from __future__ import annotations

import shutil

import pytest

from app import demo
from app.services import Services
from app.store import Store

KEY = "ab" * 32


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory):
    """One seeded station database (PIN hashing is slow on purpose); each test gets a copy."""
    path = tmp_path_factory.mktemp("template") / "station.db"
    services = Services.over(Store.create(path, KEY, branch_code="JKT01", station_code="K1"))
    cast = demo.seed(services)
    services.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    services.close()
    return path, cast


@pytest.fixture
def seeded(tmp_path, seeded_template):
    path, cast = seeded_template
    copy = tmp_path / "seeded.db"
    shutil.copyfile(path, copy)
    services = Services.open(copy, KEY)
    yield services, cast
    services.close()


@pytest.fixture
def services(seeded) -> Services:
    return seeded[0]


@pytest.fixture
def store(services) -> Store:
    return services.store


@pytest.fixture
def cast(seeded) -> demo.DemoCast:
    return seeded[1]
