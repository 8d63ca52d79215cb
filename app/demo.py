"""Demo data and the scripted workshop day (`sentra demo`, `sentra demo --headless`)."""

from __future__ import annotations

from datetime import timedelta

from pydantic import BaseModel

from app.approval import Approval, Via
from app.auth import Actor
from app.billing import Invoice, PaymentIn
from app.demo_history import add_history
from app.roles import Role
from app.services import Services
from app.wo_states import WOStatus

DEMO_PINS: dict[Role, tuple[str, str]] = {
    Role.ADMIN: ("Admin Cabang", "000000"),
    Role.SUPERVISOR: ("Sari (Kepala Bengkel)", "999999"),
    Role.ADVISOR: ("Andi (SA)", "1111"),
    Role.MECHANIC: ("Joko (Mekanik)", "2222"),
    Role.STOREKEEPER: ("Rina (Gudang)", "3333"),
    Role.CASHIER: ("Dewi (Kasir)", "4444"),
}


class DemoCast(BaseModel):
    actors: dict[Role, Actor]
    warehouse_id: str
    part_ids: dict[str, str]
    labour_ids: dict[str, str]
    vehicle_ids: list[str]


def seed(services: Services) -> DemoCast:
    """A branch with its people, catalogue, stock, customers and a board of open work orders."""
    s = services
    s.catalogue.set_branch(None, name="SentraAuto Care Kelapa Gading",
                           address="Jl. Boulevard Raya No. 8, Jakarta Utara", npwp="01.234.567.8-901.000",
                           phone="021-4500-123")
    s.catalogue.register_station(None, "Kasir Depan", "cashier")
    actors: dict[Role, Actor] = {}
    admin_name, admin_pin = DEMO_PINS[Role.ADMIN]
    admin = s.auth.create_user(None, admin_name, Role.ADMIN, admin_pin)
    actors[Role.ADMIN] = Actor(user_id=admin.id, name=admin.name, role=admin.role)
    for role, (name, pin) in DEMO_PINS.items():
        if role is not Role.ADMIN:
            user = s.auth.create_user(actors[Role.ADMIN], name, role, pin)
            actors[role] = Actor(user_id=user.id, name=user.name, role=user.role)
    boss = actors[Role.SUPERVISOR]
    wh = s.catalogue.add_warehouse(boss, "GDG1", "Gudang Utama")
    parts = {
        "oil": s.catalogue.add_part(boss, "OLI-10W40-4L", "Oli Mesin 10W-40 4L", 385_000, barcode="8991234500012"),
        "filter": s.catalogue.add_part(boss, "FLT-OLI-TY", "Filter Oli Toyota", 65_000, barcode="8991234500029"),
        "pads": s.catalogue.add_part(boss, "KMP-REM-DPN", "Kampas Rem Depan", 450_000, barcode="8991234500036"),
        "coolant": s.catalogue.add_part(boss, "CLT-1L", "Coolant 1L", 55_000, barcode="8991234500043",
                                        has_expiry=True),
    }
    labour = {
        "service": s.catalogue.add_labour(boss, "SRV-10K", "Servis Berkala 10.000 km", 1.5, 200_000),
        "brake": s.catalogue.add_labour(boss, "REM-DPN", "Ganti Kampas Rem Depan", 1.0, 200_000),
        "ac": s.catalogue.add_labour(boss, "AC-CHK", "Cek & Isi Freon AC", 0.75, 200_000),
    }
    keeper = actors[Role.STOREKEEPER]
    for key, part in parts.items():
        expiry = "2027-06-30" if part.has_expiry else None
        s.stock.receive(keeper, part.id, wh.id, 40, lot="L2611", expiry=expiry, ref="PO-DEMO-001")
    sa = actors[Role.ADVISOR]
    people = [("Budi Santoso", "0812-1111-2222", "B 1234 XYZ", "Toyota", "Avanza", 2019),
              ("Siti Rahma", "0813-3333-4444", "D 4567 ABC", "Honda", "Jazz", 2017),
              ("Wayan Putra", "0857-5555-6666", "DK 890 QR", "Suzuki", "Ertiga", 2021),
              ("Agus Salim", "0821-7777-8888", "L 2020 JK", "Daihatsu", "Xenia", 2016),
              ("Maria Ulfa", "0811-9999-0000", "AB 77 UV", "Mitsubishi", "Xpander", 2022)]
    vehicles = []
    for name, phone, plate, make, model, year in people:
        cust = s.customers.register(sa, name, phone)
        vehicles.append(s.customers.add_vehicle(sa, cust.id, plate, make=make, model=model, year=year).id)
    return DemoCast(actors=actors, warehouse_id=wh.id, part_ids={k: p.id for k, p in parts.items()},
                    labour_ids={k: l.id for k, l in labour.items()}, vehicle_ids=vehicles)


def fill_board(services: Services, cast: DemoCast) -> None:
    """Open work orders in several states so every role's board has something on it."""
    s, sa, mech = services, cast.actors[Role.ADVISOR], cast.actors[Role.MECHANIC]
    plan = [(["Bunyi kasar saat mengerem"], WOStatus.INTAKE, "Bay 1"),
            (["AC kurang dingin"], WOStatus.DIAGNOSING, "Bay 2"),
            (["Servis 40.000 km"], WOStatus.WORKING, "Bay 3"),
            (["Ganti kampas rem"], WOStatus.WAITING_PARTS, "Bay 4")]
    path = [WOStatus.DIAGNOSING, WOStatus.WORKING, WOStatus.WAITING_PARTS]
    add_history(services, cast.vehicle_ids, cast.labour_ids, sa, cast.actors[Role.SUPERVISOR])  # a card's timeline
    for vehicle_id, (complaints, target, bay) in zip(cast.vehicle_ids[1:], plan):
        wo = s.workorders.open(sa, vehicle_id, complaints, bay=bay)
        for step in path:
            if wo.status is target:
                break
            wo = s.workorders.move(mech, wo.id, step)
        if target is WOStatus.WORKING:  # the bay's mechanic has a job on it (the tour clocks it)
            s.workorders.add_job(sa, wo.id, cast.labour_ids["service"], [mech.user_id])
            s.workorders.add_job(sa, wo.id, cast.labour_ids["brake"], [mech.user_id])
            s.estimates.decide_pending(sa, wo.id, Approval.APPROVED, "Pelanggan", Via.IN_PERSON)
    from app.parts_demo import seed_warehouse  # here: it builds on this module's cast

    seed_warehouse(services, cast)  # bins, a supplier's PO, substitutes, a pick-slip at the counter
    ready_for_checkout(services, cast)


def complete(services: Services, cast: DemoCast, vehicle_id: str, complaints: list[str],
             jobs: list[str], parts: list[tuple[str, int]]) -> str:
    """A WO taken through every station to COMPLETED (jobs finished, parts dispensed); its id."""
    s = services
    sa, mech, keeper = cast.actors[Role.ADVISOR], cast.actors[Role.MECHANIC], cast.actors[Role.STOREKEEPER]
    wo = s.workorders.open(sa, vehicle_id, complaints, bay="Bay 5")
    s.workorders.move(mech, wo.id, WOStatus.DIAGNOSING)
    added = [s.workorders.add_job(mech, wo.id, cast.labour_ids[k], [mech.user_id]) for k in jobs]
    lines = [s.workorders.add_part(mech, wo.id, cast.part_ids[k], q) for k, q in parts]
    s.estimates.decide_pending(sa, wo.id, Approval.APPROVED, "Pelanggan", Via.IN_PERSON)  # the customer agreed
    s.workorders.move(mech, wo.id, WOStatus.WORKING)
    for line in lines:
        s.workorders.dispense(keeper, wo.id, line.id, cast.warehouse_id)
    for job in added:
        s.workorders.set_job_status(mech, wo.id, job.id, "STARTED")
        s.workorders.set_job_status(mech, wo.id, job.id, "FINISHED")
    s.workorders.move(mech, wo.id, WOStatus.QC_TEST)
    s.workorders.move(sa, wo.id, WOStatus.COMPLETED)
    return wo.id


def ready_for_checkout(services: Services, cast: DemoCast) -> None:
    """The cashier's side of the demo: two finished WOs waiting to be paid, and a fleet customer
    with a credit account (piutang) who owes on an invoice from last month."""
    s, sa, boss = services, cast.actors[Role.ADVISOR], cast.actors[Role.SUPERVISOR]
    fleet = s.customers.register(sa, "PT Sinar Armada", "021-555-0101")
    truck = s.customers.add_vehicle(sa, fleet.id, "B 9001 SAR", make="Isuzu", model="Traga", year=2021)
    s.receivables.set_account(boss, fleet.id, credit_limit=15_000_000, terms_days=30)
    earlier = complete(s, cast, truck.id, ["Servis rutin armada"], ["service"], [("oil", 1), ("filter", 1)])
    today = s.billing.now
    s.billing.now = lambda: today() - timedelta(days=40)  # invoiced last month, 10 days overdue now
    try:
        invoice = s.billing.create_invoice(cast.actors[Role.CASHIER], earlier)
        s.billing.pay(cast.actors[Role.CASHIER], invoice.id, [PaymentIn(method="on_account", amount=invoice.total)])
    finally:
        s.billing.now = today
    for name, phone, plate, make, model, complaints, jobs, parts in (
            ("Rudi Hartono", "0812-2468-1357", "F 1357 GH", "Toyota", "Rush", ["Rem depan bunyi"], ["brake"],
             [("pads", 1)]),
            ("Hendra Wijaya", "0813-1357-2468", "B 2468 KLM", "Honda", "Brio", ["Servis berkala", "AC kurang dingin"],
             ["service", "ac"], [("oil", 1), ("filter", 1), ("coolant", 1)])):
        customer = s.customers.register(sa, name, phone)
        vehicle = s.customers.add_vehicle(sa, customer.id, plate, make=make, model=model, year=2020)
        complete(s, cast, vehicle.id, complaints, jobs, parts)


class DayResult(BaseModel):
    invoice: Invoice
    wo_number: str
    branch_name: str
    branch_address: str
    npwp: str
    cashier_name: str


def scripted_day(services: Services, cast: DemoCast) -> DayResult:
    """Advisor opens a WO, mechanic works it, storekeeper dispenses, cashier invoices, split payment."""
    s = services
    sa, mech = cast.actors[Role.ADVISOR], cast.actors[Role.MECHANIC]
    keeper, cashier = cast.actors[Role.STOREKEEPER], cast.actors[Role.CASHIER]
    wo = s.workorders.open(sa, cast.vehicle_ids[0], ["Servis berkala 10.000 km", "Rem depan berdecit"],
                           odometer_km=10_250, bay="Bay 1")
    wo = s.workorders.move(mech, wo.id, WOStatus.DIAGNOSING)
    job1 = s.workorders.add_job(mech, wo.id, cast.labour_ids["service"], [mech.user_id])
    job2 = s.workorders.add_job(mech, wo.id, cast.labour_ids["brake"], [mech.user_id])
    lines = [s.workorders.add_part(mech, wo.id, cast.part_ids[k], q) for k, q in
             (("oil", 1), ("filter", 1), ("pads", 1))]
    s.estimates.decide_pending(sa, wo.id, Approval.APPROVED, "Budi Santoso", Via.IN_PERSON)
    s.workorders.move(mech, wo.id, WOStatus.WORKING)
    s.workorders.move(mech, wo.id, WOStatus.WAITING_PARTS)
    for line in lines:
        s.workorders.dispense(keeper, wo.id, line.id, cast.warehouse_id)
    s.workorders.move(mech, wo.id, WOStatus.WORKING)
    for job in (job1, job2):
        s.workorders.set_job_status(mech, wo.id, job.id, "STARTED")
        s.workorders.set_job_status(mech, wo.id, job.id, "FINISHED")
    s.workorders.move(mech, wo.id, WOStatus.QC_TEST)
    s.workorders.move(sa, wo.id, WOStatus.COMPLETED)
    invoice = s.billing.create_invoice(cashier, wo.id, discount=50_000)
    card = 1_000_000
    cash_due = invoice.total - card
    invoice = s.billing.pay(cashier, invoice.id, [
        PaymentIn(method="card", amount=card, card_label="BCA DEBIT", masked_pan="************4321",
                  approval_code="A1B2C3", reference="RRN000000001"),
        PaymentIn(method="cash", amount=cash_due, tendered=-(-cash_due // 50_000) * 50_000),
    ])
    branch = s.catalogue.branch()
    return DayResult(invoice=invoice, wo_number=wo.number, branch_name=branch.name or "",
                     branch_address=branch.address or "", npwp=branch.npwp or "", cashier_name=cashier.name)
