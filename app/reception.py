"""Reception at the advisor's desk: a new customer with their vehicle in one command, every field
checked first (each message names its field, so a screen shows it in the field), and opening a
work order for a returning vehicle with its odometer reading."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel

from app.auth import Actor, require
from app.customers import Customer, CustomerService, Vehicle, _clean_phone
from app.errors import PermissionDenied, ValidationError
from app.plates import normalize_plate, normalize_vin
from app.roles import MANAGERS
from app.store import Store, new_id
from app.workorders import WorkOrder, WorkOrderService

# The pick list beside the free text: what customers say most at a Jakarta workshop's desk.
COMMON_COMPLAINTS: tuple[str, ...] = (
    "Servis berkala",
    "Ganti oli",
    "Rem berbunyi",
    "AC kurang dingin",
    "Mesin bergetar",
    "Lampu check engine menyala",
    "Aki lemah / susah starter",
    "Setir berat / tidak lurus",
)


class FieldErrors(ValidationError):
    """Several fields refused at once; `fields` maps each field to its message. Nothing was written."""

    code = "fields"

    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in fields.items()))
        self.fields = fields


class NewCustomer(BaseModel):
    name: str = ""
    phone: str = ""
    email: str = ""
    plate: str = ""
    make: str = ""
    model: str = ""
    year: str = ""  # as typed
    vin: str = ""


class Registered(BaseModel):
    customer: Customer
    vehicle: Vehicle


class ReceptionService:
    def __init__(self, store: Store, customers: CustomerService, workorders: WorkOrderService) -> None:
        self.store = store
        self.customers = customers
        self.workorders = workorders

    def check(self, form: NewCustomer) -> tuple[Customer, Vehicle]:
        """The customer and vehicle the form describes, or FieldErrors naming every bad field."""
        errors: dict[str, str] = {}
        name = " ".join(form.name.split())
        if not name:
            errors["name"] = "a customer needs a name"
        phone = None
        try:
            phone = _clean_phone(form.phone)
        except ValidationError as exc:
            errors["phone"] = str(exc)
        email = form.email.strip() or None
        if email and ("@" not in email or " " in email):
            errors["email"] = f"not an e-mail address: {email!r}"
        plate = ""
        try:
            plate = normalize_plate(form.plate)
            if self.customers.find_by_plate(plate) is not None:
                errors["plate"] = f"{plate} is already registered"
        except ValidationError as exc:
            errors["plate"] = str(exc)
        vin = None
        if form.vin.strip():
            try:
                vin = normalize_vin(form.vin)
            except ValidationError as exc:
                errors["vin"] = str(exc)
        year = None
        if form.year.strip():
            if not form.year.strip().isdigit() or not 1950 <= int(form.year) <= datetime.now().year + 1:
                errors["year"] = f"model year {form.year.strip()!r} is not plausible"
            else:
                year = int(form.year)
        if errors:
            raise FieldErrors(errors)
        customer = Customer(id=new_id(), name=name, phone=phone, email=email)
        vehicle = Vehicle(id=new_id(), customer_id=customer.id, plate=plate, vin=vin,
                          make=form.make.strip() or None, model=form.model.strip() or None, year=year)
        return customer, vehicle

    def register(self, actor: Actor, form: NewCustomer) -> Registered:
        """Customer and vehicle in one command: both or neither."""
        require(actor, "customer.write")
        customer, vehicle = self.check(form)
        with self.store.command("customer.register_with_vehicle", actor.user_id) as cmd:
            if self.customers.find_by_plate(vehicle.plate) is not None:  # inside the transaction
                raise FieldErrors({"plate": f"{vehicle.plate} is already registered"})
            cmd.upsert("customers", customer.id, branch_id=self.store.identity.branch_id,
                       **customer.model_dump(exclude={"id"}))
            cmd.upsert("vehicles", vehicle.id, **vehicle.model_dump(exclude={"id", "odometer_km"}))
            cmd.detail = {"customer": customer.id, "vehicle": vehicle.id, "plate": vehicle.plate}
        return Registered(customer=customer, vehicle=vehicle)

    def add_vehicle(self, actor: Actor, customer_id: str, form: NewCustomer) -> Registered:
        """Another vehicle for a customer who is already registered (the form's name/phone are ignored)."""
        require(actor, "customer.write")
        customer = self.customers.get(customer_id)
        _ignored, vehicle = self.check(form.model_copy(update={"name": customer.name, "phone": customer.phone or "",
                                                               "email": ""}))
        vehicle = vehicle.model_copy(update={"customer_id": customer.id})
        with self.store.command("vehicle.register", actor.user_id) as cmd:
            if self.customers.find_by_plate(vehicle.plate) is not None:
                raise FieldErrors({"plate": f"{vehicle.plate} is already registered"})
            cmd.upsert("vehicles", vehicle.id, **vehicle.model_dump(exclude={"id", "odometer_km"}))
            cmd.detail = {"customer": customer.id, "vehicle": vehicle.id, "plate": vehicle.plate}
        return Registered(customer=customer, vehicle=vehicle)

    def open_wo(self, actor: Actor, vehicle_id: str, complaints: list[str], odometer_km: int | None,
                supervisor: Actor | None = None, reason: str | None = None) -> WorkOrder:
        """Open a work order with today's odometer. A reading below the last one is refused with
        code `odometer_back` unless a supervisor (logged in with their PIN) confirms it with a reason."""
        if supervisor is not None and supervisor.role not in MANAGERS:
            raise PermissionDenied(f"{supervisor.name} is not a supervisor", "odometer_back")
        return self.workorders.open(actor, vehicle_id, complaints, odometer_km=odometer_km,
                                    odometer_by=supervisor, odometer_reason=reason)
