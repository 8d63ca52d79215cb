"""Reception: a new customer and vehicle in one command with every bad field named; a WO for a
returning vehicle with its odometer, a lower reading only with a supervisor and a reason."""

from __future__ import annotations

import pytest

from app.errors import PermissionDenied, ValidationError
from app.queries.search import search
from app.reception import COMMON_COMPLAINTS, FieldErrors, NewCustomer
from app.roles import Role


def count(services, table: str) -> int:
    return services.store.query_one(f"SELECT count(*) AS n FROM {table}")["n"]


def test_register_customer_and_vehicle_together(services, cast):
    sa = cast.actors[Role.ADVISOR]
    done = services.reception.register(sa, NewCustomer(name=" Hendra  Wijaya ", phone="+62 899-1234-5678",
                                                       plate="f1aa", make="Honda", model="Brio", year="2020"))
    assert done.customer.name == "Hendra Wijaya" and done.vehicle.plate == "F 1 AA" and done.vehicle.year == 2020
    hit = search(services.store, "F 1 AA").hits[0]
    assert (hit.customer_name, hit.vehicle_id) == ("Hendra Wijaya", done.vehicle.id)
    event = services.store.query_one("SELECT payload FROM sync_event_logs ORDER BY seq DESC LIMIT 1")["payload"]
    assert '"customers"' in event and '"vehicles"' in event  # one event, both rows


def test_every_bad_field_is_named_and_nothing_is_written(services, cast):
    sa = cast.actors[Role.ADVISOR]
    before = (count(services, "customers"), count(services, "vehicles"), count(services, "sync_event_logs"))
    with pytest.raises(FieldErrors) as err:
        services.reception.register(sa, NewCustomer(name=" ", phone="12", email="budi", plate="1234",
                                                    year="1900", vin="ABC"))
    assert set(err.value.fields) == {"name", "phone", "email", "plate", "year", "vin"}
    with pytest.raises(FieldErrors) as err:
        services.reception.register(sa, NewCustomer(name="Budi Lagi", plate="b-1234-xyz"))
    assert err.value.fields == {"plate": "B 1234 XYZ is already registered"}
    assert (count(services, "customers"), count(services, "vehicles"), count(services, "sync_event_logs")) == before
    with pytest.raises(PermissionDenied):
        services.reception.register(cast.actors[Role.MECHANIC], NewCustomer(name="X", plate="B 1 X"))


def test_open_wo_with_odometer_and_a_rollback_needs_a_supervisor(services, cast):
    sa, boss = cast.actors[Role.ADVISOR], cast.actors[Role.SUPERVISOR]
    vehicle = cast.vehicle_ids[2]
    wo = services.reception.open_wo(sa, vehicle, [COMMON_COMPLAINTS[0]], 45_000)
    assert wo.odometer_km == 45_000 and services.customers.last_odometer(vehicle) == 45_000
    wos, readings = count(services, "workorders"), count(services, "odometer_readings")
    with pytest.raises(PermissionDenied) as err:
        services.reception.open_wo(sa, vehicle, ["Ganti oli"], 44_000)
    assert err.value.code == "odometer_back" and count(services, "workorders") == wos
    assert count(services, "odometer_readings") == readings  # the reading and the WO: both or neither
    events = count(services, "sync_event_logs")
    services.reception.open_wo(sa, vehicle, ["Ganti oli"], 45_500)
    assert count(services, "sync_event_logs") == events + 1  # one event holds the WO and its reading
    with pytest.raises(PermissionDenied):
        services.reception.open_wo(sa, vehicle, ["Ganti oli"], 44_000, supervisor=cast.actors[Role.CASHIER])
    with pytest.raises(ValidationError, match="reason"):
        services.reception.open_wo(sa, vehicle, ["Ganti oli"], 44_000, supervisor=boss)
    wo = services.reception.open_wo(sa, vehicle, ["Ganti oli"], 44_000, supervisor=boss, reason="Odometer diganti")
    assert wo.odometer_km == 44_000 and wo.advisor_id == sa.user_id
    reading = services.store.query_one("SELECT user_id, reason FROM odometer_readings ORDER BY read_at DESC LIMIT 1")
    assert reading == {"user_id": boss.user_id, "reason": "Odometer diganti"}


def test_another_vehicle_for_a_registered_customer(services, cast):
    sa = cast.actors[Role.ADVISOR]
    lone = services.customers.register(sa, "Hendrik Lone", "0812 9999 1111")
    customers = count(services, "customers")
    done = services.reception.add_vehicle(sa, lone.id, NewCustomer(name="ignored", plate="b 55 hl", make="Kia"))
    assert done.vehicle.customer_id == lone.id and done.vehicle.plate == "B 55 HL"
    assert count(services, "customers") == customers
    with pytest.raises(FieldErrors) as err:
        services.reception.add_vehicle(sa, lone.id, NewCustomer(plate="B 55 HL"))
    assert set(err.value.fields) == {"plate"}
