"""A push's domain events land in the outbox in the push's own transaction; reminders follow."""

from __future__ import annotations

import json
from datetime import date, timedelta

from sqlalchemy import select

from sync.cloud import db
from sync.notify import tables as t
from sync.notify.record import km_per_day, service_interval_km
from sync.notify.scheduler import publish_due
from tests.integrations.kit import make_cloud, workshop_day


def outbox(kit) -> list:  # type: ignore[no-untyped-def]
    with kit.service.engine.connect() as conn:
        return conn.execute(select(t.outbox).order_by(t.outbox.c.created_at_ms, t.outbox.c.id)).all()


def test_workshop_day_gives_opened_completed_and_paid(tmp_path) -> None:  # type: ignore[no-untyped-def]
    kit = make_cloud()
    services, worker, _ = kit.station(tmp_path, "k1")
    cast, day = workshop_day(services)
    assert worker.sync_once().pushed > 0
    rows = outbox(kit)
    kinds = [r.kind for r in rows]
    assert kinds.count("wo.completed") == 1
    assert kinds.count("invoice.paid") == 2  # the split: card and cash
    assert "wo.opened" in kinds
    completed = json.loads(next(r.body for r in rows if r.kind == "wo.completed"))
    assert completed["dedup_key"].startswith("wo.completed:") and completed["branch_id"] == kit.branch_id
    assert {r.routing_key for r in rows} == {"JKT.wo.opened", "JKT.wo.completed", "JKT.invoice.paid"}
    paid = sorted(json.loads(r.body)["amount"] for r in rows if r.kind == "invoice.paid")
    assert sum(paid) == day.invoice.total
    with kit.service.engine.connect() as conn:
        reminders = {r.kind: r for r in conn.execute(select(t.reminders))}
    assert set(reminders) == {"h90", "mileage"}
    # the day's job is "Servis Berkala 10.000 km": the next one is due 10,000 km later
    assert reminders["mileage"].detail.startswith("10000 km")
    again = worker.sync_once()  # nothing new: nothing more in the outbox
    assert again.pushed == 0 and len(outbox(kit)) == len(rows)


def test_a_refused_push_leaves_no_outbox_row(tmp_path) -> None:  # type: ignore[no-untyped-def]
    kit = make_cloud()
    services, worker, token = kit.station(tmp_path, "k1")
    workshop_day(services)

    def broken(conn, events, now):  # type: ignore[no-untyped-def]
        raise RuntimeError("database went away mid-push")

    kit.service.push_hooks.append(broken)
    failed = worker.sync_once()
    kit.service.push_hooks.remove(broken)
    assert failed.pushed == 0 and outbox(kit) == []
    with kit.service.engine.connect() as conn:  # the events were rolled back with it
        assert conn.execute(select(db.events.c.cursor).where(db.events.c.station_id != "cloud")).first() is None
    assert worker.sync_once().pushed > 0 and outbox(kit)


def test_reminders_publish_once_whatever_the_number_of_rounds(tmp_path) -> None:  # type: ignore[no-untyped-def]
    kit = make_cloud()
    services, worker, _ = kit.station(tmp_path, "k1")
    workshop_day(services)
    worker.sync_once()
    engine, now = kit.service.engine, kit.service.clock()
    assert publish_due(engine, now) == 0  # nothing due today
    later = date.today() + timedelta(days=400)
    assert publish_due(engine, now, today=later) == 2
    assert publish_due(engine, now, today=later) == 0  # a second worker's round: nothing twice
    rows = [r for r in outbox(kit) if r.kind == "reminder.due"]
    assert len(rows) == 2 and {json.loads(r.body)["reminder"] for r in rows} == {"h90", "mileage"}


def test_a_car_back_earlier_replaces_its_pending_reminders(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sync.notify.record import schedule_reminders

    kit = make_cloud()
    engine = kit.service.engine
    with engine.begin() as conn:
        schedule_reminders(conn, kit.branch_id, "wo1", "veh1", 1_750_000_000_000)
        schedule_reminders(conn, kit.branch_id, "wo2", "veh1", 1_750_000_000_000 + 30 * 86_400_000)
    with engine.connect() as conn:
        live = conn.execute(select(t.reminders).where(t.reminders.c.cancelled == 0)).all()
        gone = conn.execute(select(t.reminders).where(t.reminders.c.cancelled == 1)).all()
    assert {r.wo_id for r in live} == {"wo2"} and len(live) == 2 and len(gone) == 2


def test_mileage_estimate_from_odometer_history() -> None:
    assert km_per_day([(10_000, "2026-01-01T00:00:00+00:00"), (13_000, "2026-03-02T00:00:00+00:00")]) == 50
    assert km_per_day([(10_000, "2026-01-01T00:00:00+00:00")]) == 30  # one reading: the default
    assert service_interval_km(["Ganti oli mesin"]) == 5_000
    assert service_interval_km(["Servis rem"]) == 10_000
    assert service_interval_km(["Servis Berkala 20.000 km", "Ganti oli"]) == 20_000
