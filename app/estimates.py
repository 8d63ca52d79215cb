"""The estimate of a work order, approved or declined per line by the customer.

The running estimate (DPP, PPN, total through the one tax rule) counts every line the customer
has not declined; `approved` counts only approved lines, which is what gets worked and billed.
Decisions and edits follow the rule in `app/approval.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

from pydantic import BaseModel

from app import tax
from app.approval import Approval, Via
from app.auth import Actor, require
from app.bays import bays
from app.errors import IllegalTransition, NotFoundError, ValidationError
from app.queries.stock_levels import WarehouseStock, on_hand
from app.store import Store, new_id
from app.workorders import WorkOrder, WorkOrderService

MAX_QTY = 10_000


class Decision(BaseModel):
    approval: Approval
    by: str | None = None  # who decided: the customer, or whoever they sent
    via: Via | None = None
    at: str | None = None


class EstimateLine(BaseModel):
    id: str
    kind: str  # "job" | "part"
    description: str
    qty: int
    unit_price: int
    amount: int
    decision: Decision
    flat_hours_x100: int = 0
    mechanic_ids: list[str] = []
    bay: str | None = None
    status: str | None = None  # a job's clock state
    part_id: str | None = None
    dispensed: int = 0
    stock: list[WarehouseStock] = []

    @property
    def approval(self) -> Approval:
        return self.decision.approval


class Estimate(BaseModel):
    wo_id: str
    number: str
    lines: list[EstimateLine]
    estimate: tax.TaxedTotal  # every line not declined
    approved: tax.TaxedTotal  # approved lines only: what is worked and billed

    @property
    def pending(self) -> int:
        return sum(1 for line in self.lines if line.approval is Approval.PROPOSED)

    @property
    def declined(self) -> int:
        return sum(1 for line in self.lines if line.approval is Approval.DECLINED)


def _totals(lines: list[EstimateLine], rule: tax.TaxRule) -> tax.TaxedTotal:
    return tax.compute(sum(line.amount for line in lines if line.kind == "job"),
                       sum(line.amount for line in lines if line.kind == "part"), 0, rule)


class EstimateService:
    def __init__(self, store: Store, workorders: WorkOrderService, tax_rule: Callable[[], tax.TaxRule],
                 now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)) -> None:
        self.store = store
        self.workorders = workorders
        self.tax_rule = tax_rule
        self.now = now

    # -- reading ---------------------------------------------------------------------------
    def estimate(self, wo_id: str) -> Estimate:
        wo = self.workorders.get(wo_id)
        decisions = self._decisions(wo)
        stock = on_hand(self.store, [p.part_id for p in wo.parts])
        lines = [EstimateLine(id=j.id, kind="job", description=j.description, qty=1, unit_price=j.amount,
                              amount=j.amount, decision=decisions[j.id], flat_hours_x100=j.flat_hours_x100,
                              mechanic_ids=j.mechanic_ids, bay=j.bay, status=j.status) for j in wo.jobs]
        lines += [EstimateLine(id=p.id, kind="part", description=p.name, qty=p.qty, unit_price=p.unit_price,
                               amount=tax.line_amount(p.qty, p.unit_price), decision=decisions[p.id],
                               part_id=p.part_id, dispensed=p.dispensed, stock=stock.get(p.part_id, []))
                  for p in wo.parts]
        rule = self.tax_rule()
        return Estimate(wo_id=wo.id, number=wo.number, lines=lines,
                        estimate=_totals([li for li in lines if li.approval is not Approval.DECLINED], rule),
                        approved=_totals([li for li in lines if li.approval is Approval.APPROVED], rule))

    def _decisions(self, wo: WorkOrder) -> dict[str, Decision]:
        out: dict[str, Decision] = {}
        approvals = {j.id: j.approval for j in wo.jobs} | {p.id: p.approval for p in wo.parts}
        for table in ("wo_jobs", "wo_parts"):
            for r in self.store.query(
                    f"SELECT id, decided_by, decided_via, decided_at FROM {table} WHERE wo_id = ? AND _del IS NULL",
                    (wo.id,)):
                approval = approvals.get(r["id"])
                if approval is None:
                    continue
                if approval is Approval.PROPOSED:
                    out[r["id"]] = Decision(approval=approval)
                else:
                    via = r["decided_via"] if r["decided_via"] in Via.__members__.values() else None
                    out[r["id"]] = Decision(approval=approval, by=r["decided_by"], via=via, at=r["decided_at"])
        return out

    # -- commands --------------------------------------------------------------------------
    def decide(self, actor: Actor, wo_id: str, line_ids: list[str], approval: Approval | str,
               by: str, via: Via | str) -> Estimate:
        """Record the customer's decision on lines of the estimate (one event for all of them)."""
        require(actor, "estimate.decide")
        try:
            approval = Approval(approval)
        except ValueError:
            approval = Approval.PROPOSED
        if approval is Approval.PROPOSED:
            raise ValidationError("a decision is approved or declined", "decision")
        try:
            via = Via(via)
        except ValueError:
            raise ValidationError(f"how the customer decided must be one of {', '.join(Via)}", "via") from None
        by = (by or "").strip()
        if not by:
            raise ValidationError("say who decided (the customer's name)", "decided_by")
        if not line_ids:
            raise ValidationError("no line chosen", "lines")
        now = self.now().isoformat()
        with self.store.command("estimate.decide", actor.user_id) as cmd:
            wo = self._open_wo(wo_id)  # inside the transaction: the lines and their terms as they are now
            lines = {j.id: ("wo_jobs", j.terms_rev, j.status, 0) for j in wo.jobs}
            lines |= {p.id: ("wo_parts", p.terms_rev, None, p.dispensed) for p in wo.parts}
            for line_id in dict.fromkeys(line_ids):
                if line_id not in lines:
                    raise NotFoundError(f"no line {line_id} on {wo.number}")
                table, terms_rev, status, dispensed = lines[line_id]
                if approval is Approval.DECLINED and (status not in (None, "PENDING") or dispensed > 0):
                    raise IllegalTransition(
                        f"{wo.number}: a line already worked or handed out cannot be declined", "line_worked")
                cmd.upsert(table, line_id, decision=approval.value, decision_rev=terms_rev or line_id,
                           decided_by=by[:120], decided_via=via.value, decided_at=now, decided_user_id=actor.user_id)
            cmd.detail = {"wo": wo.number, "lines": list(line_ids), "decision": approval.value, "via": via.value}
        return self.estimate(wo_id)

    def decide_pending(self, actor: Actor, wo_id: str, approval: Approval | str, by: str,
                       via: Via | str) -> Estimate:
        """Approve (or decline) every line still waiting for the customer."""
        pending = [li.id for li in self.estimate(wo_id).lines if li.approval is Approval.PROPOSED]
        if not pending:
            raise ValidationError("no line is waiting for the customer's decision", "lines")
        return self.decide(actor, wo_id, pending, approval, by, via)

    def set_part_qty(self, actor: Actor, wo_id: str, line_id: str, qty: int) -> Estimate:
        """A new quantity is new terms: the line goes back to proposed until the customer decides again."""
        require(actor, "wo.edit")
        if not isinstance(qty, int) or isinstance(qty, bool) or not 1 <= qty <= MAX_QTY:
            raise ValidationError(f"quantity must be a whole number from 1 to {MAX_QTY}, got {qty!r}", "qty")
        with self.store.command("wo.part_qty", actor.user_id) as cmd:
            wo = self._open_wo(wo_id)
            line = next((p for p in wo.parts if p.id == line_id), None)
            if line is None:
                raise NotFoundError(f"no part line {line_id} on {wo.number}")
            if qty < line.dispensed:
                raise ValidationError(f"{line.dispensed} already handed out: the quantity cannot go below it", "qty")
            if qty == line.qty:
                raise ValidationError(f"{line.name} is already {qty}", "qty")
            # the whole terms tuple with its new version, so the terms always come from one edit
            cmd.upsert("wo_parts", line_id, qty=qty, unit_price=line.unit_price, terms_rev=new_id())
            cmd.detail = {"wo": wo.number, "line": line_id, "qty": qty, "was": line.qty}
        return self.estimate(wo_id)

    def remove_line(self, actor: Actor, wo_id: str, line_id: str) -> Estimate:
        """Take a proposed line off (a mistake). A decided line stays for the record: decline it instead."""
        require(actor, "wo.edit")
        with self.store.command("wo.remove_line", actor.user_id) as cmd:
            wo = self._open_wo(wo_id)
            job = next((j for j in wo.jobs if j.id == line_id), None)
            part = next((p for p in wo.parts if p.id == line_id), None)
            if job is None and part is None:
                raise NotFoundError(f"no line {line_id} on {wo.number}")
            approval = job.approval if job else part.approval  # type: ignore[union-attr]
            if approval is not Approval.PROPOSED:
                raise IllegalTransition(f"{wo.number}: the customer decided this line; it stays on the work order",
                                        "line_decided")
            if (job and job.status != "PENDING") or (part and part.dispensed > 0):
                raise IllegalTransition(f"{wo.number}: the line is already worked or handed out", "line_worked")
            cmd.delete("wo_jobs" if job else "wo_parts", line_id)
            cmd.detail = {"wo": wo.number, "line": line_id}
        return self.estimate(wo_id)

    def assign_job(self, actor: Actor, wo_id: str, job_id: str, mechanic_ids: list[str], bay: str) -> Estimate:
        """One or more mechanics and a bay for one job."""
        if bay not in bays(self.store):
            raise ValidationError(f"unknown bay {bay!r}", "bay")
        self.workorders.assign(actor, wo_id, job_id, mechanic_ids, bay=bay)
        return self.estimate(wo_id)

    def _open_wo(self, wo_id: str) -> WorkOrder:
        return self.workorders._open_wo(wo_id)
