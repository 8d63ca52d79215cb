"""The job sheet and the estimate of an app work order: maps the core's models onto the documents."""

from __future__ import annotations

from datetime import datetime

from app import sla
from app.catalogue import Branch
from app.estimates import Estimate
from app.queries.vehicles import VehicleCard, vehicle_card, warranty_links
from app.services import Services
from app.settings import local_time
from app.workorders import WorkOrder
from hardware.printing.workshop_docs import EstimateDocData, EstimateDocLine, JobSheetData, SheetJob, SheetPart


def _vehicle(card: VehicleCard) -> str:
    return " ".join(str(x) for x in (card.make, card.model, card.year) if x)


def _hours(x100: int) -> str:
    whole, rest = divmod(x100, 100)
    return f"{whole}" if not rest else f"{whole},{rest:02d}".rstrip("0")


def job_sheet_from(wo: WorkOrder, estimate: Estimate, card: VehicleCard, branch: Branch,
                   names: dict[str, str], due: datetime | None = None, rework_of: str = "") -> JobSheetData:
    """`names`: user id -> name, for the advisor and the mechanics."""
    return JobSheetData(
        branch_name=branch.name or branch.code or "SentraAuto Care", wo_no=wo.number, plate=wo.plate,
        vehicle=_vehicle(card), customer=wo.customer_name, opened_at=local_time(wo.opened_at),
        due_at=local_time(due.isoformat()) if due else None, odometer_km=wo.odometer_km,
        advisor=names.get(wo.advisor_id or "", ""), rework_of=rework_of, complaints=wo.complaints,
        jobs=[SheetJob(description=li.description, hours=_hours(li.flat_hours_x100), bay=li.bay or "",
                       mechanics=[names.get(m, m) for m in li.mechanic_ids], state=li.approval.value)
              for li in estimate.lines if li.kind == "job"],
        parts=[SheetPart(name=li.description, qty=li.qty, state=li.approval.value)
               for li in estimate.lines if li.kind == "part"],
    )


def estimate_doc_from(wo: WorkOrder, estimate: Estimate, card: VehicleCard, branch: Branch,
                      issued_at: datetime, ppn_label: str = "PPN 12%") -> EstimateDocData:
    totals = estimate.estimate
    return EstimateDocData(
        branch_name=branch.name or branch.code or "SentraAuto Care", branch_phone=branch.phone or "",
        wo_no=wo.number, plate=wo.plate, vehicle=_vehicle(card), customer=wo.customer_name,
        issued_at=local_time(issued_at.isoformat()),
        lines=[EstimateDocLine(kind=li.kind, description=li.description, qty=li.qty, unit_price=li.unit_price,
                               amount=li.amount, state=li.approval.value) for li in estimate.lines],
        labour=totals.labour, parts=totals.parts, dpp=totals.dpp, ppn=totals.ppn, ppn_label=ppn_label,
        total=totals.total, approved_total=estimate.approved.total,
    )


def job_sheet_for(services: Services, wo_id: str, now: datetime) -> JobSheetData:
    """Everything the job sheet of `wo_id` shows, read through the services."""
    wo = services.workorders.get(wo_id)
    names = {u.id: u.name for u in services.auth.list_users(active_only=False)}
    clock = sla.clock(services.store, wo_id, now)
    links = warranty_links(services.store, wo_id)
    return job_sheet_from(wo, services.estimates.estimate(wo_id), vehicle_card(services.store, wo.vehicle_id),
                          services.catalogue.branch(), names, clock.due if clock else None,
                          links.parent.number if links.parent else "")


def estimate_for(services: Services, wo_id: str, now: datetime) -> EstimateDocData:
    wo = services.workorders.get(wo_id)
    rule = services.billing.tax_rule()
    label = f"PPN {rule.rate_num * 100 // rule.rate_den}%" if rule.rate_den else "PPN"
    return estimate_doc_from(wo, services.estimates.estimate(wo_id), vehicle_card(services.store, wo.vehicle_id),
                             services.catalogue.branch(), now, label)
