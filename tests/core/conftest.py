from __future__ import annotations

import pytest

from app import demo
from app.services import Services
from app.store import Store

KEY = "ab" * 32


@pytest.fixture
def store(tmp_path):
    s = Store.create(tmp_path / "station.db", KEY, branch_code="JKT01", station_code="K1")
    yield s
    s.close()


@pytest.fixture
def services(store):
    return Services.over(store)


@pytest.fixture
def cast(services):
    return demo.seed(services)
