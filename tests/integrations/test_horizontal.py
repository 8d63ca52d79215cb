"""The cloud as several worker processes on PostgreSQL: reminders once, webhooks once."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from datetime import date, timedelta

import httpx
import pytest
from sqlalchemy import func, select

from sync.cloud import db
from sync.notify import tables as t
from sync.notify.record import schedule_reminders
from sync.notify.scheduler import publish_due
from sync.notify.sqlutil import insert_once
from tests.fakes import free_port
from tests.sync.cloudkit import ADMIN
from tests.sync.helpers import pg_schema_url

pytestmark = pytest.mark.needs_server


def test_reminder_scheduler_in_four_workers_publishes_each_once() -> None:
    with pg_schema_url() as url:
        engines = [db.make_engine(url) for _ in range(4)]
        db.migrate(engines[0])
        with engines[0].begin() as conn:
            conn.execute(db.branches.insert().values(id="b1", code="JKT", name="Jakarta", created_at_ms=0))
            for i in range(50):
                schedule_reminders(conn, "b1", f"wo{i}", f"veh{i}", 1_750_000_000_000)
        later = date.today() + timedelta(days=500)
        barrier = threading.Barrier(4)
        counts: list[int] = []

        def worker(engine) -> None:  # type: ignore[no-untyped-def]
            barrier.wait()
            for _ in range(5):
                counts.append(publish_due(engine, 1_800_000_000_000, today=later, limit=30))

        threads = [threading.Thread(target=worker, args=(e,)) for e in engines]
        for th in threads:
            th.start()
        for th in threads:
            th.join(60)
        with engines[0].connect() as conn:
            rows = conn.execute(select(func.count()).select_from(t.outbox).where(t.outbox.c.kind == "reminder.due")).scalar_one()
        assert rows == 100 and sum(counts) == 100
        for e in engines:
            e.dispose()


def test_a_webhook_receipt_is_stored_once_across_workers() -> None:
    with pg_schema_url() as url:
        engines = [db.make_engine(url) for _ in range(4)]
        db.migrate(engines[0])
        barrier = threading.Barrier(4)
        wins: list[bool] = []

        def worker(engine) -> None:  # type: ignore[no-untyped-def]
            barrier.wait()
            with engine.begin() as conn:
                wins.append(insert_once(conn, t.webhook_receipts, ["provider", "receipt_id"],
                                        {"provider": "xendit", "receipt_id": "qrpy_1", "received_at_ms": 1}))

        threads = [threading.Thread(target=worker, args=(e,)) for e in engines]
        for th in threads:
            th.start()
        for th in threads:
            th.join(30)
        assert sorted(wins) == [False, False, False, True]
        for e in engines:
            e.dispose()


def test_serve_cloud_with_two_workers_answers_and_reports_its_integrations() -> None:
    with pg_schema_url() as url:
        port = free_port()
        env = {**os.environ, "SENTRA_CLOUD_ADMIN_TOKEN": ADMIN, "SENTRA_AMQP_URL": "amqp://guest:guest@127.0.0.1:9/"}
        proc = subprocess.Popen([sys.executable, "-m", "app", "serve-cloud", "--database", url, "--port", str(port),
                                 "--workers", "2"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            deadline, health = time.monotonic() + 30, None
            while time.monotonic() < deadline:
                try:
                    health = httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=2).json()
                    break
                except httpx.HTTPError:
                    time.sleep(0.2)
            assert health is not None, proc.stderr.read1(4000) if proc.poll() is not None else "no answer"
            assert health["database"] == "postgresql" and health["integrations"]["whatsapp"].startswith("off")
            codes = [httpx.post(f"http://127.0.0.1:{port}/v1/admin/branches", json={"code": f"B{i}", "name": "x"},
                                headers={"Authorization": f"Bearer {ADMIN}"}, timeout=5).status_code for i in range(6)]
            assert codes == [201] * 6
        finally:
            proc.terminate()
            proc.wait(20)


def test_several_workers_need_postgresql(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = subprocess.run([sys.executable, "-m", "app", "serve-cloud", "--database", f"sqlite:///{tmp_path}/c.db",
                          "--workers", "2"], capture_output=True, text=True, timeout=30)
    assert out.returncode != 0 and "PostgreSQL" in out.stderr
