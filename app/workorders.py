"""Work orders (SPK): complaints, labour jobs, part lines, mechanics, states, SLA, warranty rework."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from pydantic import BaseModel

from app import sla as sla_clock
from app.approval import Approval, effective
from app.auth import Actor, require
from app.catalogue import CatalogueService
from app.customers import CustomerService
from app.errors import IllegalTransition, NotFoundError, ValidationError
from app.price_lists import listed_price
from app.roles import Role
from app.stock_ledger import StockLedger
from app.store import Store, new_id
from app.tax import labour_amount
from app.wo_states import JOB_TRANSITIONS, OPEN_STATES, JobStatus, WOStatus, can_move


class Job(BaseModel):
    id: str
    labour_id: str | None
    description: str
    flat_hours_x100: int
    rate_per_hour: int
    mechanic_ids: list[str]
    status: JobStatus
    amount: int
    bay: str | None = None
    terms_rev: str | None = None
    approval: Approval = Approval.PROPOSED


class PartLine(BaseModel):
    id: str
    part_id: str
    name: str
    qty: int
    unit_price: int
    dispensed: int
    terms_rev: str | None = None
    approval: Approval = Approval.PROPOSED


class WorkOrder(BaseModel):
    id: str
    number: str
    status: WOStatus
    vehicle_id: str
    customer_id: str
    plate: str
    customer_name: str
    advisor_id: str | None
    bay: str | None
    sla_due: str | None
    opened_at: str
    parent_wo_id: str | None
    odometer_km: int | None
    note: str | None
    complaints: list[str] = []
    jobs: list[Job] = []
    parts: list[PartLine] = []


class BoardCard(BaseModel):
    id: str
    number: str
    status: WOStatus
    plate: str
    customer_name: str
    bay: str | None
    sla_due: str | None
    overdue: bool
    bays: list[str] = []  # the WO's bay and its jobs' bays
    mechanic_ids: list[str] = []  # every mechanic on one of its jobs


class WorkOrderService:
    def __init__(self, store: Store, customers: CustomerService, catalogue: CatalogueService,
                 stock: StockLedger, now=lambda: datetime.now(timezone.utc)) -> None:
        self.store = store
        self.customers = customers
        self.catalogue = catalogue
        self.stock = stock
        self.now = now

    # -- reading ---------------------------------------------------------------------------
    def get(self, wo_id: str) -> WorkOrder:
        row = self.store.query_one(
            "SELECT w.id, w.number, w.status, w.vehicle_id, w.customer_id, v.plate, c.name AS customer_name,"
            " w.advisor_id, w.bay, w.sla_due, w.opened_at, w.parent_wo_id, w.odometer_km, w.note"
            " FROM workorders w LEFT JOIN vehicles v ON v.id = w.vehicle_id"
            " LEFT JOIN customers c ON c.id = w.customer_id WHERE w.id = ? AND w._del IS NULL",
            (wo_id,),
        )
        if row is None or row["number"] is None:
            raise NotFoundError(f"no work order {wo_id}")
        complaints = [r["text"] for r in self.store.query(
            "SELECT text FROM wo_complaints WHERE wo_id = ? AND _del IS NULL ORDER BY id", (wo_id,))]
        jobs = [
            Job(id=r["id"], labour_id=r["labour_id"], description=r["description"] or "",
                flat_hours_x100=r["flat_hours_x100"] or 0, rate_per_hour=r["rate_per_hour"] or 0,
                mechanic_ids=json.loads(r["mechanic_ids"] or "[]"), status=r["status"] or "PENDING",
                amount=labour_amount(r["flat_hours_x100"] or 0, r["rate_per_hour"] or 0), bay=r["bay"],
                terms_rev=r["terms_rev"], approval=effective(r["id"], r["terms_rev"], r["decision"], r["decision_rev"]))
            for r in self.store.query("SELECT * FROM wo_jobs WHERE wo_id = ? AND _del IS NULL ORDER BY id", (wo_id,))
        ]
        parts = [
            PartLine(id=r["id"], part_id=r["part_id"], name=r["name"] or "?", qty=r["qty"] or 0,
                     unit_price=r["unit_price"] or 0, dispensed=-(r["dispensed"] or 0), terms_rev=r["terms_rev"],
                     approval=effective(r["id"], r["terms_rev"], r["decision"], r["decision_rev"]))
            for r in self.store.query(
                "SELECT l.id, l.part_id, p.name, l.qty, l.unit_price, l.terms_rev, l.decision, l.decision_rev,"
                " (SELECT sum(qty_delta) FROM stock_movements m WHERE m.ref = l.id) AS dispensed"
                " FROM wo_parts l LEFT JOIN parts p ON p.id = l.part_id WHERE l.wo_id = ? AND l._del IS NULL"
                " ORDER BY l.id", (wo_id,))
        ]
        return WorkOrder(**{**row, "customer_name": row["customer_name"] or "", "plate": row["plate"] or ""},
                         complaints=complaints, jobs=jobs, parts=parts)

    def board(self) -> list[BoardCard]:
        rows = self.store.query(
            "SELECT w.id, w.number, w.status, v.plate, c.name AS customer_name, w.bay, w.sla_due"
            " FROM workorders w LEFT JOIN vehicles v ON v.id = w.vehicle_id"
            " LEFT JOIN customers c ON c.id = w.customer_id"
            f" WHERE w._del IS NULL AND w.number IS NOT NULL AND w.status IN ({','.join('?' * len(OPEN_STATES))})"
            " ORDER BY w.sla_due, w.number",
            sorted(OPEN_STATES),
        )
        ids = [r["id"] for r in rows]
        clocks = sla_clock.clocks(self.store, ids, self.now())
        bays: dict[str, set[str]] = {r["id"]: {r["bay"]} if r["bay"] else set() for r in rows}
        mechanics: dict[str, set[str]] = {i: set() for i in ids}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for j in self.store.query(f"SELECT wo_id, bay, mechanic_ids FROM wo_jobs WHERE _del IS NULL"
                                      f" AND wo_id IN ({','.join('?' * len(chunk))})", chunk):
                if j["bay"]:
                    bays[j["wo_id"]].add(j["bay"])
                mechanics[j["wo_id"]].update(json.loads(j["mechanic_ids"] or "[]"))
        cards = [BoardCard(**{**r, "plate": r["plate"] or "", "customer_name": r["customer_name"] or "",
                              "sla_due": clocks[r["id"]].due.isoformat()}, overdue=clocks[r["id"]].overdue,
                           bays=sorted(bays[r["id"]]), mechanic_ids=sorted(mechanics[r["id"]]))
                 for r in rows]
        return sorted(cards, key=lambda c: (c.sla_due or "", c.number))

    def _open_wo(self, wo_id: str) -> WorkOrder:
        wo = self.get(wo_id)
        if wo.status not in OPEN_STATES:
            raise IllegalTransition(f"{wo.number} is {wo.status.value}: it can no longer be changed")
        return wo

    # -- commands --------------------------------------------------------------------------
    def open(self, actor: Actor, vehicle_id: str, complaints: list[str], odometer_km: int | None = None,
             bay: str | None = None, sla: timedelta | None = None, note: str | None = None,
             parent_wo_id: str | None = None, odometer_by: Actor | None = None,
             odometer_reason: str | None = None) -> WorkOrder:
        """`odometer_by`: the supervisor who confirmed a reading below the last one (with a reason)."""
        require(actor, "wo.open")
        vehicle = self.customers.vehicle(vehicle_id)
        complaints = [c.strip() for c in complaints if c and c.strip()]
        if not complaints:
            raise ValidationError("a work order needs at least one complaint (keluhan)", "complaints")
        now = self.now()
        wo_id = new_id()
        with self.store.command("wo.open", actor.user_id) as cmd:
            number = cmd.next_number("WO", now.strftime("%y%m"))
            cmd.upsert("workorders", wo_id, number=number, branch_id=self.store.identity.branch_id,
                       vehicle_id=vehicle_id, customer_id=vehicle.customer_id, advisor_id=actor.user_id,
                       bay=bay, sla_due=(now + (sla if sla is not None else sla_clock.margin(self.store))).isoformat(),
                       odometer_km=odometer_km,
                       parent_wo_id=parent_wo_id, opened_at=now.isoformat(), note=note)
            if odometer_km is not None:  # the reading and the WO: one event, both or neither
                self.customers.odometer_in(cmd, odometer_by or actor, vehicle_id, odometer_km, odometer_reason)
            cmd.status(wo_id, WOStatus.INTAKE.value)
            for text in complaints:
                cmd.upsert("wo_complaints", new_id(), wo_id=wo_id, text=text[:1000])
            cmd.detail = {"wo": number, "plate": vehicle.plate}
        return self.get(wo_id)

    def open_warranty(self, actor: Actor, original_wo_id: str, complaints: list[str]) -> WorkOrder:
        """Warranty rework: a new work order linked to the completed original."""
        original = self.get(original_wo_id)
        if original.status is not WOStatus.COMPLETED:
            raise ValidationError(f"{original.number} is not completed: no warranty rework yet", "warranty")
        return self.open(actor, original.vehicle_id, complaints, parent_wo_id=original.id,
                         note=f"Garansi / warranty: {original.number}")

    def move(self, actor: Actor, wo_id: str, target: WOStatus | str) -> WorkOrder:
        target = WOStatus(target)
        require(actor, "wo.cancel" if target is WOStatus.CANCELLED else "wo.move")
        with self.store.command("wo.move", actor.user_id) as cmd:
            wo = self.get(wo_id)  # inside the writer's transaction: the state cannot change under us
            if not can_move(wo.status, target):
                raise IllegalTransition(f"{wo.number}: {wo.status.value} cannot go to {target.value}")
            jobs = [j for j in wo.jobs if j.approval is not Approval.DECLINED]  # declined: not worked
            parts = [p for p in wo.parts if p.approval is not Approval.DECLINED]
            if target is WOStatus.QC_TEST and any(j.status is not JobStatus.FINISHED for j in jobs):
                raise IllegalTransition(f"{wo.number}: finish every job before QC")
            if target is WOStatus.COMPLETED and not (jobs or parts):
                raise IllegalTransition(f"{wo.number} has no jobs or parts to complete")
            if target is WOStatus.COMPLETED and any(p.dispensed < p.qty for p in parts):
                raise IllegalTransition(f"{wo.number}: parts still waiting at the warehouse")
            sla_clock.record_wait(cmd, wo_id, wo.status, target, self.now())
            cmd.status(wo_id, target.value)
            cmd.detail = {"wo": wo.number, "from": wo.status.value, "to": target.value}
        return self.get(wo_id)

    def add_complaint(self, actor: Actor, wo_id: str, text: str) -> None:
        require(actor, "wo.edit")
        if not (text or "").strip():
            raise ValidationError("empty complaint", "complaints")
        with self.store.command("wo.complaint", actor.user_id) as cmd:
            self._open_wo(wo_id)  # inside the writer's transaction, like every "still open" check
            cmd.upsert("wo_complaints", new_id(), wo_id=wo_id, text=text.strip()[:1000])

    def add_job(self, actor: Actor, wo_id: str, labour_id: str, mechanic_ids: list[str] | None = None) -> Job:
        require(actor, "wo.edit")
        item = self.catalogue.labour(labour_id)
        mechanics = self._mechanics(mechanic_ids or [])
        job_id = new_id()
        with self.store.command("wo.job", actor.user_id) as cmd:
            self._open_wo(wo_id)
            rate = self.listed("labour", item.id, item.rate_per_hour)
            cmd.upsert("wo_jobs", job_id, wo_id=wo_id, labour_id=item.id, description=item.name,
                       flat_hours_x100=item.flat_hours_x100, rate_per_hour=rate,
                       mechanic_ids=json.dumps(mechanics), status=JobStatus.PENDING.value, terms_rev=new_id())
        return next(j for j in self.get(wo_id).jobs if j.id == job_id)

    def listed(self, kind: str, item_id: str, catalogue_price: int) -> int:
        """A new line's price: the HQ price list's for this branch today (branch time), else the
        catalogue's. Lines already on a work order keep the price they were added with."""
        return listed_price(self.store, kind, item_id, self.store.identity.branch_id, self.now(), catalogue_price)

    def _mechanics(self, ids: list[str]) -> list[str]:
        for uid in ids:
            row = self.store.query_one("SELECT role FROM users WHERE id = ? AND _del IS NULL", (uid,))
            if row is None or row["role"] != Role.MECHANIC.value:
                raise ValidationError(f"{uid} is not a mechanic", "mechanic")
        return sorted(set(ids))

    def assign(self, actor: Actor, wo_id: str, job_id: str, mechanic_ids: list[str], bay: str | None = None) -> None:
        require(actor, "wo.edit")
        mechanics = self._mechanics(mechanic_ids)
        if not mechanics:
            raise ValidationError("assign at least one mechanic", "mechanic")
        with self.store.command("wo.assign", actor.user_id) as cmd:
            wo = self._open_wo(wo_id)
            if job_id not in {j.id for j in wo.jobs}:
                raise NotFoundError(f"no job {job_id} on {wo.number}")
            cmd.upsert("wo_jobs", job_id, mechanic_ids=json.dumps(mechanics))
            if bay is not None:
                cmd.upsert("wo_jobs", job_id, bay=bay)
                cmd.upsert("workorders", wo_id, bay=bay)

    def set_job_status(self, actor: Actor, wo_id: str, job_id: str, status: JobStatus | str) -> None:
        """Mechanic's clock: PENDING → STARTED ⇄ PAUSED, STARTED → FINISHED."""
        require(actor, "wo.edit")
        try:
            status = JobStatus(status)
        except ValueError:
            raise ValidationError(f"no job state {status!r}", "job_status") from None
        with self.store.command("wo.job_status", actor.user_id) as cmd:
            wo = self._open_wo(wo_id)  # inside the transaction: two bays cannot both move one clock
            job = next((j for j in wo.jobs if j.id == job_id), None)
            if job is None:
                raise NotFoundError(f"no job {job_id} on {wo.number}")
            if job.approval is Approval.DECLINED:
                raise IllegalTransition(f"job {job.description}: the customer declined it")
            if status not in JOB_TRANSITIONS[job.status]:
                raise IllegalTransition(f"job {job.description}: {job.status.value} cannot go to {status.value}")
            if status is JobStatus.STARTED and wo.status not in (WOStatus.WORKING, WOStatus.DIAGNOSING):
                raise IllegalTransition(f"{wo.number} is {wo.status.value}: start work first")
            cmd.upsert("wo_jobs", job_id, status=status.value)
            cmd.detail = {"wo": wo.number, "job": job_id, "status": status.value}

    def add_part(self, actor: Actor, wo_id: str, part_id: str, qty: int) -> PartLine:
        require(actor, "wo.edit")
        part = self.catalogue.part(part_id)
        if not isinstance(qty, int) or qty <= 0 or qty > 10_000:
            raise ValidationError(f"quantity must be a whole number from 1, got {qty!r}", "qty")
        line_id = new_id()
        with self.store.command("wo.part", actor.user_id) as cmd:
            self._open_wo(wo_id)
            price = self.listed("part", part.id, part.unit_price)
            cmd.upsert("wo_parts", line_id, wo_id=wo_id, part_id=part.id, qty=qty, unit_price=price,
                       terms_rev=new_id())
        return next(p for p in self.get(wo_id).parts if p.id == line_id)

    def dispense(self, actor: Actor, wo_id: str, line_id: str, warehouse_id: str) -> PartLine:
        """The storekeeper hands out what a part line still needs (pick-slip)."""
        require(actor, "stock.move")
        with self.store.command("wo.dispense", actor.user_id) as cmd:
            wo = self._open_wo(wo_id)  # inside the transaction: a line is never handed out twice
            line = next((p for p in wo.parts if p.id == line_id), None)
            if line is None:
                raise NotFoundError(f"no part line {line_id} on {wo.number}")
            if line.approval is Approval.DECLINED:
                raise ValidationError(f"{line.name} for {wo.number}: the customer declined it", "declined")
            missing = line.qty - line.dispensed
            if missing <= 0:
                raise ValidationError(f"{line.name} for {wo.number} is already dispensed", "dispensed")
            self.stock.dispense_in(cmd, actor, line.part_id, warehouse_id, missing, ref=line.id)
            cmd.detail = {"wo": wo.number, "part": line.part_id, "qty": missing}
        return next(p for p in self.get(wo_id).parts if p.id == line_id)
