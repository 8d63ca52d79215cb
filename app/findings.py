"""What a mechanic found beyond the complaint, and the extra jobs they recommend.

A finding is a code from a pick list plus free text. A recommended extra job is a `wo_jobs` line
with `recommended_by` = the mechanic and no decision yet: the advisor's estimate shows it as a
proposed line for the customer to approve (per line); payroll pays an upsell incentive on
approved lines that carry a mechanic's id.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

from pydantic import BaseModel

from app.auth import Actor, require
from app.catalogue import CatalogueService
from app.errors import IllegalTransition, NotFoundError, ValidationError
from app.price_lists import listed_price
from app.store import Store, new_id
from app.wo_states import OPEN_STATES, JobStatus

# The pick list (English source text; the bay screens translate it).
FINDING_CODES: dict[str, str] = {
    "BRAKE_WORN": "Brake pads worn",
    "TYRE_WORN": "Tyres worn",
    "OIL_LEAK": "Oil leak",
    "COOLANT_LOW": "Coolant low or leaking",
    "BATTERY_WEAK": "Battery weak",
    "BELT_CRACKED": "Drive belt cracked",
    "WIPER_WORN": "Wiper blades worn",
    "AC_WEAK": "Air conditioning weak",
    "SUSPENSION": "Suspension noise or play",
    "OTHER": "Other",
}


class Finding(BaseModel):
    id: str
    wo_id: str
    job_id: str | None
    mechanic_id: str | None
    code: str
    text: str
    recorded_at: str
    recommended_job_id: str | None


class RecommendedJob(BaseModel):
    id: str
    wo_id: str
    description: str
    flat_hours_x100: int
    rate_per_hour: int
    recommended_by: str


class FindingsService:
    def __init__(self, store: Store, catalogue: CatalogueService,
                 now=lambda: datetime.now(timezone.utc)) -> None:
        self.store = store
        self.catalogue = catalogue
        self.now = now

    def record(self, actor: Actor, wo_id: str, code: str, text: str = "", job_id: str | None = None,
               recommend_labour_id: str | None = None) -> Finding:
        """A finding on a WO; with `recommend_labour_id`, also a proposed extra job carrying my id."""
        require(actor, "job.finding")
        if code not in FINDING_CODES:
            raise ValidationError(f"no finding {code!r} on the pick list", "code")
        text = (text or "").strip()[:1000]
        if code == "OTHER" and not text:
            raise ValidationError("say what you found", "text")
        labour = self.catalogue.labour(recommend_labour_id) if recommend_labour_id else None
        finding_id, job_line_id = new_id(), new_id() if labour else None
        with self.store.command("job.finding", actor.user_id) as cmd:
            wo = self.store.query_one("SELECT number, status FROM workorders WHERE id = ? AND _del IS NULL", (wo_id,))
            if wo is None or wo["number"] is None:
                raise NotFoundError(f"no work order {wo_id}")
            if wo["status"] not in OPEN_STATES:
                raise IllegalTransition(f"{wo['number']} is {wo['status']}: it can no longer be changed")
            if job_id is not None and self.store.query_one(
                    "SELECT 1 FROM wo_jobs WHERE id = ? AND wo_id = ? AND _del IS NULL", (job_id, wo_id)) is None:
                raise NotFoundError(f"no job {job_id} on {wo['number']}")
            if labour is not None:
                cmd.upsert("wo_jobs", job_line_id, wo_id=wo_id, labour_id=labour.id, description=labour.name,
                           flat_hours_x100=labour.flat_hours_x100,
                           rate_per_hour=listed_price(self.store, "labour", labour.id, self.store.identity.branch_id,
                                                      self.now(), labour.rate_per_hour),
                           mechanic_ids=json.dumps([]), status=JobStatus.PENDING.value,
                           recommended_by=actor.user_id)
            cmd.upsert("wo_findings", finding_id, wo_id=wo_id, job_id=job_id, mechanic_id=actor.user_id, code=code,
                       text=text, recorded_at=self.now().isoformat(), recommended_job_id=job_line_id)
            cmd.detail = {"wo": wo["number"], "code": code, "recommended": job_line_id}
        return next(f for f in self.for_wo(wo_id) if f.id == finding_id)

    def for_wo(self, wo_id: str) -> list[Finding]:
        return [Finding(**{**r, "text": r["text"] or ""}) for r in self.store.query(
            "SELECT id, wo_id, job_id, mechanic_id, code, text, recorded_at, recommended_job_id FROM wo_findings"
            " WHERE wo_id = ? AND _del IS NULL ORDER BY recorded_at, id", (wo_id,))]

    def recommended_jobs(self, wo_id: str) -> list[RecommendedJob]:
        """The lines the advisor proposes to the customer (approval per line is the advisor's)."""
        return [RecommendedJob(**{**r, "description": r["description"] or "", "flat_hours_x100": r["flat_hours_x100"] or 0,
                                  "rate_per_hour": r["rate_per_hour"] or 0}) for r in self.store.query(
            "SELECT id, wo_id, description, flat_hours_x100, rate_per_hour, recommended_by FROM wo_jobs"
            " WHERE wo_id = ? AND recommended_by IS NOT NULL AND _del IS NULL ORDER BY id", (wo_id,))]
