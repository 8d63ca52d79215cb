"""Demo: a service history for the returning customers, from this branch and another one, so the
vehicle card's timeline has something to show (written as events, like a catch-up would bring)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

from app.store import new_id
from app.wo_states import WOStatus

if TYPE_CHECKING:
    from app.auth import Actor
    from app.services import Services

OTHER_BRANCH = ("BDG01", "SentraAuto Care Bandung")


def add_history(services: "Services", vehicle_ids: list[str], labour_ids: dict[str, str],
                advisor: "Actor", supervisor: "Actor", now: datetime | None = None) -> None:
    """Two completed visits for the first vehicle (one at Bandung), one for the second. Written by
    the demo's advisor (and the Bandung branch's row by its supervisor), like any event, so a
    station that syncs them has them authorized."""
    now = now or datetime.now(timezone.utc)
    store = services.store
    other = "demo-branch-bdg01"
    with store.command("demo.history", supervisor.user_id) as cmd:
        cmd.upsert("branches", other, code=OTHER_BRANCH[0], name=OTHER_BRANCH[1])
    here = store.identity.branch_id
    visits = [(vehicle_ids[0], other, OTHER_BRANCH[0], 150, 2_480, ["Servis 5.000 km"], ["service"]),
              (vehicle_ids[0], here, store.identity.branch_code, 60, 6_120, ["Rem depan bunyi", "AC kurang dingin"],
               ["brake", "ac"]),
              (vehicle_ids[1], here, store.identity.branch_code, 200, 48_900, ["Servis berkala"], ["service"])]
    labour = {item.id: item for item in services.catalogue.labour_items()}
    for n, (vehicle_id, branch_id, code, days_ago, km, complaints, jobs) in enumerate(visits, 1):
        vehicle = services.customers.vehicle(vehicle_id)
        opened = now - timedelta(days=days_ago)
        wo_id = new_id()
        with store.command("demo.history", advisor.user_id) as cmd:
            cmd.upsert("workorders", wo_id, number=f"WO/{code}/K1/{opened:%y%m}/{900 + n:05d}", branch_id=branch_id,
                       vehicle_id=vehicle_id, customer_id=vehicle.customer_id, odometer_km=km,
                       opened_at=opened.isoformat(), sla_due=(opened + timedelta(hours=4)).isoformat())
            cmd.status(wo_id, WOStatus.COMPLETED.value)
            cmd.upsert("odometer_readings", new_id(), vehicle_id=vehicle_id, km=km, read_at=opened.isoformat())
            for text in complaints:
                cmd.upsert("wo_complaints", new_id(), wo_id=wo_id, text=text)
            for key in jobs:
                item = labour[labour_ids[key]]
                job_id = new_id()
                cmd.upsert("wo_jobs", job_id, wo_id=wo_id, labour_id=item.id, description=item.name,
                           flat_hours_x100=item.flat_hours_x100, rate_per_hour=item.rate_per_hour,
                           mechanic_ids=json.dumps([]), status="FINISHED", terms_rev=job_id, decision="approved",
                           decision_rev=job_id, decided_by=vehicle.plate, decided_via="in_person",
                           decided_at=opened.isoformat())
