"""Customers, their vehicles (plate, VIN) and odometer readings."""

from __future__ import annotations

from datetime import datetime, timezone

from pydantic import BaseModel

from app.auth import Actor, require
from app.errors import NotFoundError, PermissionDenied, ValidationError
from app.plates import normalize_plate, normalize_vin
from app.roles import MANAGERS
from app.store import Command, Store, new_id


class Customer(BaseModel):
    id: str
    name: str
    phone: str | None = None
    email: str | None = None
    address: str | None = None


class Vehicle(BaseModel):
    id: str
    customer_id: str
    plate: str
    vin: str | None = None
    make: str | None = None
    model: str | None = None
    year: int | None = None
    odometer_km: int | None = None


def _clean_phone(phone: str | None) -> str | None:
    if phone is None or not phone.strip():
        return None
    digits = "".join(ch for ch in phone if ch.isdigit() or ch == "+")
    if not 8 <= len(digits.lstrip("+")) <= 15:
        raise ValidationError(f"phone number {phone!r} must have 8 to 15 digits", "phone")
    return digits


class CustomerService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def register(self, actor: Actor, name: str, phone: str | None = None, email: str | None = None,
                 address: str | None = None) -> Customer:
        require(actor, "customer.write")
        name = (name or "").strip()
        if not name:
            raise ValidationError("a customer needs a name", "name")
        if email and "@" not in email:
            raise ValidationError(f"not an e-mail address: {email!r}", "email")
        customer = Customer(id=new_id(), name=name, phone=_clean_phone(phone), email=email or None,
                            address=address or None)
        with self.store.command("customer.register", actor.user_id) as cmd:
            cmd.upsert("customers", customer.id, branch_id=self.store.identity.branch_id,
                       **customer.model_dump(exclude={"id"}))
            cmd.detail = {"customer": customer.id}
        return customer

    def get(self, customer_id: str) -> Customer:
        row = self.store.query_one(
            "SELECT id, name, phone, email, address FROM customers WHERE id = ? AND _del IS NULL", (customer_id,)
        )
        if row is None:
            raise NotFoundError(f"no customer {customer_id}")
        return Customer(**row)

    def add_vehicle(self, actor: Actor, customer_id: str, plate: str, vin: str | None = None,
                    make: str | None = None, model: str | None = None, year: int | None = None) -> Vehicle:
        require(actor, "customer.write")
        self.get(customer_id)
        plate = normalize_plate(plate)
        vin = normalize_vin(vin) if vin else None
        if year is not None and not 1950 <= year <= datetime.now().year + 1:
            raise ValidationError(f"model year {year} is not plausible", "year")
        if self.find_by_plate(plate) is not None:
            raise ValidationError(f"{plate} is already registered", "plate_taken")
        vehicle = Vehicle(id=new_id(), customer_id=customer_id, plate=plate, vin=vin, make=make,
                          model=model, year=year)
        with self.store.command("vehicle.register", actor.user_id) as cmd:
            cmd.upsert("vehicles", vehicle.id, **vehicle.model_dump(exclude={"id", "odometer_km"}))
            cmd.detail = {"vehicle": vehicle.id, "plate": plate}
        return vehicle

    def find_by_plate(self, plate: str) -> Vehicle | None:
        plate = normalize_plate(plate)
        row = self.store.query_one(
            "SELECT id FROM vehicles WHERE plate = ? AND _del IS NULL ORDER BY id LIMIT 1", (plate,)
        )
        return self.vehicle(row["id"]) if row else None

    def vehicle(self, vehicle_id: str) -> Vehicle:
        row = self.store.query_one(
            "SELECT id, customer_id, plate, vin, make, model, year FROM vehicles WHERE id = ? AND _del IS NULL",
            (vehicle_id,),
        )
        if row is None:
            raise NotFoundError(f"no vehicle {vehicle_id}")
        return Vehicle(**row, odometer_km=self.last_odometer(vehicle_id))

    def last_odometer(self, vehicle_id: str) -> int | None:
        row = self.store.query_one(
            "SELECT km FROM odometer_readings WHERE vehicle_id = ? AND _del IS NULL AND km IS NOT NULL"
            " ORDER BY read_at DESC, id DESC LIMIT 1",
            (vehicle_id,),
        )
        return row["km"] if row else None

    def record_odometer(self, actor: Actor, vehicle_id: str, km: int, reason: str | None = None) -> int:
        """A reading lower than the last one needs a supervisor and a reason (meter replaced…)."""
        with self.store.command("vehicle.odometer", actor.user_id) as cmd:
            last = self.odometer_in(cmd, actor, vehicle_id, km, reason)
            cmd.detail = {"vehicle": vehicle_id, "km": km, "previous": last}
        return km

    def odometer_in(self, cmd: Command, actor: Actor, vehicle_id: str, km: int, reason: str | None = None) -> int | None:
        """Check and write a reading inside `cmd` (so a WO and its reading are one event); the last
        reading before it. The checks read inside the transaction: two stations cannot both pass them."""
        require(actor, "wo.edit" if actor.role != "advisor" else "customer.write")
        if not isinstance(km, int) or isinstance(km, bool) or km < 0 or km > 5_000_000:
            raise ValidationError(f"odometer {km!r} km is not plausible", "odometer")
        self.vehicle(vehicle_id)
        last = self.last_odometer(vehicle_id)
        if last is not None and km < last:
            if actor.role not in MANAGERS:
                raise PermissionDenied(
                    f"odometer {km} km is below the last reading {last} km: a supervisor must confirm", "odometer_back"
                )
            if not (reason or "").strip():
                raise ValidationError("a lower odometer reading needs a reason", "odometer_reason")
        cmd.upsert("odometer_readings", new_id(), vehicle_id=vehicle_id, km=km,
                   read_at=datetime.now(timezone.utc).isoformat(), reason=(reason or None), user_id=actor.user_id)
        return last
