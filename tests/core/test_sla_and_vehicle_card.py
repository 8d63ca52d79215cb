"""SLA from flat-rate hours + branch margin, paused while waiting for parts; the vehicle card and
warranty links."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from app import sla
from app.approval import Approval, Via
from app.errors import NotFoundError, PermissionDenied, ValidationError
from app.queries.vehicles import vehicle_card, warranty_links
from app.roles import Role
from app.wo_states import WOStatus

T0 = datetime(2026, 12, 4, 8, 0, tzinfo=timezone.utc)


@pytest.fixture
def clock(services):
    now = [T0]
    services.workorders.now = lambda: now[0]
    return now


def test_due_is_margin_plus_jobs_hours_and_pauses_while_waiting(services, cast, clock):
    sa, boss = cast.actors[Role.ADVISOR], cast.actors[Role.SUPERVISOR]
    assert sla.set_margin(services.store, boss, 30) == timedelta(minutes=30)
    wo = services.workorders.open(sa, cast.vehicle_ids[0], ["Servis"])
    assert sla.clock(services.store, wo.id, T0).due == T0 + timedelta(minutes=30)
    services.workorders.add_job(sa, wo.id, cast.labour_ids["service"])  # 1.5 h
    ac = services.workorders.add_job(sa, wo.id, cast.labour_ids["ac"])  # 0.75 h
    assert sla.clock(services.store, wo.id, T0).due == T0 + timedelta(minutes=30 + 90 + 45)
    services.estimates.decide(sa, wo.id, [ac.id], Approval.DECLINED, "Budi", Via.PHONE)
    assert sla.clock(services.store, wo.id, T0).due == T0 + timedelta(minutes=120)
    for step in (WOStatus.DIAGNOSING, WOStatus.WORKING):
        services.workorders.move(sa, wo.id, step)
    clock[0] = T0 + timedelta(minutes=60)
    services.workorders.move(sa, wo.id, WOStatus.WAITING_PARTS)
    later = T0 + timedelta(hours=5)
    waiting = sla.clock(services.store, wo.id, later)
    assert waiting.paused and not waiting.overdue and waiting.due == later + timedelta(minutes=60)
    clock[0] = T0 + timedelta(minutes=100)  # waited 40 minutes
    services.workorders.move(sa, wo.id, WOStatus.WORKING)
    back = sla.clock(services.store, wo.id, later)
    assert back.waited == timedelta(minutes=40) and back.due == T0 + timedelta(minutes=160) and back.overdue
    card = next(c for c in services.workorders.board() if c.id == wo.id)
    assert card.sla_due == back.due.isoformat()


def test_margin_setting_is_a_managers_and_checked(services, cast):
    with pytest.raises(PermissionDenied):
        sla.set_margin(services.store, cast.actors[Role.ADVISOR], 10)
    for bad in (-1, 7 * 24 * 60 + 1, "60", True):
        with pytest.raises(ValidationError):
            sla.set_margin(services.store, cast.actors[Role.SUPERVISOR], bad)
    assert sla.margin(services.store) == timedelta(minutes=sla.DEFAULT_MARGIN_MIN)


def test_overlapping_waits_from_two_stations_count_once():
    t = T0
    assert sla._union([(t, t + timedelta(minutes=30)), (t + timedelta(minutes=10), t + timedelta(minutes=40)),
                       (t + timedelta(hours=1), t + timedelta(hours=1, minutes=5))]) == timedelta(minutes=45)


def test_vehicle_card_timeline_newest_first_with_warranty_links(services, cast, clock):
    from app import demo

    day = demo.scripted_day(services, cast)  # B 1234 XYZ: a completed, invoiced WO
    sa = cast.actors[Role.ADVISOR]
    clock[0] = T0 + timedelta(days=2)
    rework = services.workorders.open_warranty(sa, day.invoice.wo_id, ["Rem masih berdecit"])
    card = vehicle_card(services.store, cast.vehicle_ids[0])
    assert (card.plate, card.make, card.model, card.year) == ("B 1234 XYZ", "Toyota", "Avanza", 2019)
    assert card.owner.name == "Budi Santoso" and card.last_odometer_km == 10_250
    assert [t.number for t in card.timeline] == [rework.number, day.wo_number]  # newest first
    assert [t.number for t in card.open_wos] == [rework.number]
    old = card.timeline[1]
    assert old.invoice_total == day.invoice.total and old.branch == day.branch_name
    assert "Servis Berkala 10.000 km" in old.jobs and "Rem depan berdecit" in old.complaints
    assert [r.number for r in old.reworks] == [rework.number] and card.timeline[0].parent.number == day.wo_number
    assert warranty_links(services.store, rework.id).parent.number == day.wo_number
    assert [r.id for r in warranty_links(services.store, day.invoice.wo_id).reworks] == [rework.id]
    with pytest.raises(NotFoundError):
        vehicle_card(services.store, "nope")
