"""The cloud's schema under Alembic: a database made by the numbered migrations is carried over."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text

from sync.cloud import db
from tests.sync.helpers import pg_schema_url

ROOT = Path(__file__).resolve().parents[2]


def old_style_database(engine) -> None:  # type: ignore[no-untyped-def]
    """What the numbered migrations (before Alembic) left: versions 1 and 2, and some data."""
    with engine.begin() as conn:
        db.cloud_schema.create(conn)
        for mig in db.CLOUD_MIGRATIONS[:2]:
            mig.run(conn)
            conn.execute(db.cloud_schema.insert().values(version=mig.version, name=mig.name,
                                                          applied_at=datetime.now(timezone.utc).isoformat()))
        conn.execute(db.branches.insert().values(id="b1", code="JKT01", name="Kelapa Gading", created_at_ms=1))
        conn.execute(db.events.insert().values(cursor=1, event_id="e1", station_id="s1", seq=1, branch_id="b1",
                                               authority=0, hlc="1750000000000.00000", schema_version=3, body="{}",
                                               received_at_ms=1))


def check_carried_over(engine) -> None:  # type: ignore[no-untyped-def]
    later = [m.version for m in db.CLOUD_MIGRATIONS if m.version > 2]
    assert db.migrate(engine) == later
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == f"v{later[-1]}"
        assert sorted(conn.execute(select(db.cloud_schema.c.version)).scalars()) == [1, 2, *later]
        assert conn.execute(select(db.branches.c.code)).scalar_one() == "JKT01"
        assert conn.execute(select(db.events.c.event_id)).scalar_one() == "e1"
        assert inspect(conn).has_table("outbox")
    assert db.migrate(engine) == []  # nothing twice


def test_a_copy_of_an_existing_sqlite_cloud_is_carried_over(tmp_path: Path) -> None:
    original = tmp_path / "cloud.db"
    engine = db.make_engine(f"sqlite:///{original}")
    old_style_database(engine)
    engine.dispose()  # closed: the WAL is checkpointed into the file, as when the server stopped
    copy = tmp_path / "copy.db"
    shutil.copy(original, copy)
    check_carried_over(db.make_engine(f"sqlite:///{copy}"))


@pytest.mark.needs_server
def test_an_existing_postgresql_cloud_is_carried_over() -> None:
    with pg_schema_url() as url:
        engine = db.make_engine(url)
        old_style_database(engine)
        check_carried_over(engine)
        engine.dispose()


def test_alembic_upgrade_head_from_the_command_line(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    env = {**os.environ, "SENTRA_CLOUD_DATABASE": url, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-m", "alembic", "upgrade", "head"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    engine = db.make_engine(url)
    with engine.connect() as conn:
        head = db.CLOUD_MIGRATIONS[-1].version
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == f"v{head}"
        assert sorted(conn.execute(select(db.cloud_schema.c.version)).scalars()) == [
            m.version for m in db.CLOUD_MIGRATIONS]
    assert db.migrate(engine) == []


def test_every_numbered_step_has_its_revision() -> None:
    versions = {p.stem for p in (ROOT / "sync" / "cloud" / "migrations" / "versions").glob("v*.py")}
    assert versions == {f"v{m.version}" for m in db.CLOUD_MIGRATIONS}
