"""Pick-slips: a mechanic asks the warehouse for parts of a work order; the storekeeper scans them out.

Each slip line is a `wo_parts` line (what the customer is billed for); what was handed out is the
sum of the stock movements whose ref is that wo_parts line (dispense −, return +), so the WO sheet,
billing and the slip read one truth. A slip is *requested*, *partly dispensed* or *dispensed*
(derived from its lines, never stored, so stations cannot disagree about it).

Scanning: each scan is matched to a line of the open slip; lots go first-expiry-first-out; more
than a line asks for is refused; an unknown or wrong code is refused with a clear message and
changes nothing. A part out of stock offers its substitutes: an EXACT one is dispensed at once, a
MODIFIED one goes back to the advisor for approval (the line's `approval` flag). Unused parts come
back as returns and leave the customer's bill.

While a slip waits, its work order is WAITING_PARTS; when every slip of it is dispensed the work
order goes back to WORKING.
"""

from __future__ import annotations

import hashlib

from datetime import datetime, timezone
from typing import Literal

from pydantic import BaseModel, Field

from app.auth import Actor, require
from app.catalogue import CatalogueService, Part, Substitute
from app.errors import IllegalTransition, NotFoundError, ValidationError
from app.price_lists import listed_price
from app.stock_ledger import StockLedger, TakenLot
from app.store import Command, Store, new_id
from app.wo_states import OPEN_STATES, WOStatus

SlipStatus = Literal["requested", "partly dispensed", "dispensed", "cancelled"]
Approval = Literal["PENDING", "APPROVED", "REJECTED"]


# A line's approval: the advisor's decision while it names the storekeeper's current offer, else
# PENDING; lines offered before schema 13 (no `proposal_rev`) keep their old `approval` column.
_APPROVAL = ("(CASE WHEN l.proposed_part_id IS NULL THEN NULL WHEN l.proposal_rev IS NULL THEN l.approval"
             " WHEN l.decision_rev = l.proposal_rev AND l.decision IN ('APPROVED', 'REJECTED') THEN l.decision"
             " ELSE 'PENDING' END)")


class OutOfStock(ValidationError):
    """The matched line's part is not on hand; `substitutes` lists what could go instead."""

    code = "stock_short"

    def __init__(self, message: str, line_id: str, substitutes: list["SubstituteOffer"]) -> None:
        super().__init__(message)
        self.line_id = line_id
        self.substitutes = substitutes


class WrongCode(ValidationError):
    code = "wrong_part"


def refused(exc: ValidationError, **detail: object) -> ValidationError:
    """Attach what the screens need to say it in the user's language (part name, quantities)."""
    exc.detail = detail  # type: ignore[attr-defined]
    return exc


class RequestLine(BaseModel):
    part_id: str
    qty: int = Field(gt=0, le=10_000)


class SlipLine(BaseModel):
    id: str
    wo_part_id: str
    part_id: str
    sku: str
    name: str
    unit: str
    qty: int
    dispensed: int
    position: int
    replaces_part_id: str | None = None
    proposed_part_id: str | None = None
    proposed_name: str | None = None
    approval: Approval | None = None
    decision_reason: str | None = None

    @property
    def remaining(self) -> int:
        return max(0, self.qty - self.dispensed)


class PickSlip(BaseModel):
    id: str
    number: str
    wo_id: str
    wo_number: str
    plate: str
    bay: str | None
    warehouse_id: str
    requested_by: str | None
    requested_by_name: str | None
    requested_at: str
    status: SlipStatus
    lines: list[SlipLine]


class SlipSummary(BaseModel):
    id: str
    number: str
    wo_number: str
    plate: str
    bay: str | None
    requested_at: str
    requested_by_name: str | None
    lines: int
    remaining: int
    status: SlipStatus
    waiting_approval: bool


class SubstituteOffer(BaseModel):
    part_id: str
    sku: str
    name: str
    kind: str
    on_hand: int
    note: str | None = None


class Dispensed(BaseModel):
    """What a scan did: the line, the quantity, the lots it came from, and what is left."""

    slip_id: str
    line_id: str
    part_id: str
    name: str
    qty: int
    lots: list[TakenLot]
    remaining: int
    slip_status: SlipStatus
    substituted_for: str | None = None


def slip_status(lines: list[SlipLine], cancelled: bool) -> SlipStatus:
    if cancelled:
        return "cancelled"
    if all(line.remaining == 0 for line in lines):
        return "dispensed"
    if any(line.dispensed > 0 for line in lines):
        return "partly dispensed"
    return "requested"


def _split_ids(line_id: str, rev: str) -> tuple[str, str]:
    """The ids of the line (and its work-order part) an approved substitute splits off a partly
    handed-out line: the same on every station for one offer, so a rejection can name them too."""
    digest = hashlib.sha256(f"sentra/substitute-split|{line_id}|{rev}".encode()).hexdigest()
    return digest[:32], digest[32:64]


class PickSlipService:
    def __init__(self, store: Store, catalogue: CatalogueService, stock: StockLedger,
                 now=lambda: datetime.now(timezone.utc)) -> None:
        self.store = store
        self.catalogue = catalogue
        self.stock = stock
        self.now = now

    # -- reading ---------------------------------------------------------------------------
    def get(self, slip_id: str) -> PickSlip:
        row = self.store.query_one(
            "SELECT s.id, s.number, s.wo_id, w.number AS wo_number, v.plate, w.bay, s.warehouse_id, s.requested_by,"
            " u.name AS requested_by_name, s.requested_at, s.cancelled_at FROM pick_slips s"
            " LEFT JOIN workorders w ON w.id = s.wo_id LEFT JOIN vehicles v ON v.id = w.vehicle_id"
            " LEFT JOIN users u ON u.id = s.requested_by WHERE s.id = ? AND s._del IS NULL AND s.number IS NOT NULL",
            (slip_id,))
        if row is None:
            raise NotFoundError(f"no pick-slip {slip_id}", "no_slip")
        lines = [SlipLine(**{**r, "sku": r["sku"] or "?", "name": r["name"] or "?", "unit": r["unit"] or "pcs",
                             "qty": r["qty"] or 0, "dispensed": -(r["moved"] or 0), "position": r["position"] or 0})
                 for r in self.store.query(
            "SELECT l.id, l.wo_part_id, l.part_id, p.sku, p.name, p.unit, l.qty, l.position, l.replaces_part_id,"
            " l.proposed_part_id, q.name AS proposed_name, " + _APPROVAL + " AS approval, l.decision_reason,"
            " (SELECT sum(m.qty_delta) FROM stock_movements m WHERE m.ref = l.wo_part_id) AS moved"
            " FROM pick_slip_lines l LEFT JOIN parts p ON p.id = l.part_id LEFT JOIN parts q ON q.id = l.proposed_part_id"
            " WHERE l.slip_id = ? AND l._del IS NULL AND l.part_id IS NOT NULL ORDER BY l.position, l.id", (slip_id,))]
        cancelled = row.pop("cancelled_at") is not None
        return PickSlip(**{**row, "wo_number": row["wo_number"] or "?", "plate": row["plate"] or ""},
                        status=slip_status(lines, cancelled), lines=lines)

    def queue(self, include_done: bool = False, warehouse_id: str | None = None) -> list[SlipSummary]:
        """Open slips, oldest request first (the order the bays asked in)."""
        rows = self.store.query(
            "SELECT s.id, s.number, w.number AS wo_number, v.plate, w.bay, s.requested_at, u.name AS requested_by_name,"
            " s.cancelled_at, s.warehouse_id,"
            " (SELECT count(*) FROM pick_slip_lines l WHERE l.slip_id = s.id AND l._del IS NULL) AS lines,"
            " (SELECT coalesce(sum(max(0, l.qty + coalesce((SELECT sum(m.qty_delta) FROM stock_movements m"
            "   WHERE m.ref = l.wo_part_id), 0))), 0) FROM pick_slip_lines l WHERE l.slip_id = s.id AND l._del IS NULL)"
            "   AS remaining,"
            " (SELECT sum(m.qty_delta) FROM stock_movements m JOIN pick_slip_lines l ON m.ref = l.wo_part_id"
            "   WHERE l.slip_id = s.id AND l._del IS NULL) AS moved,"
            " EXISTS (SELECT 1 FROM pick_slip_lines l WHERE l.slip_id = s.id AND " + _APPROVAL + " = 'PENDING'"
            "   AND l._del IS NULL) AS waiting_approval"
            " FROM pick_slips s LEFT JOIN workorders w ON w.id = s.wo_id LEFT JOIN vehicles v ON v.id = w.vehicle_id"
            " LEFT JOIN users u ON u.id = s.requested_by WHERE s._del IS NULL AND s.number IS NOT NULL"
            " ORDER BY s.requested_at, s.number")
        out = []
        for r in rows:
            if warehouse_id and r["warehouse_id"] != warehouse_id:
                continue
            status: SlipStatus = ("cancelled" if r["cancelled_at"] else "dispensed" if r["remaining"] == 0
                                  else "partly dispensed" if (r["moved"] or 0) < 0 else "requested")
            if not include_done and status in ("dispensed", "cancelled"):
                continue
            out.append(SlipSummary(id=r["id"], number=r["number"], wo_number=r["wo_number"] or "?",
                                   plate=r["plate"] or "", bay=r["bay"], requested_at=r["requested_at"] or "",
                                   requested_by_name=r["requested_by_name"], lines=r["lines"],
                                   remaining=r["remaining"], status=status,
                                   waiting_approval=bool(r["waiting_approval"])))
        return out

    def for_work_order(self, wo_id: str) -> list[PickSlip]:
        return [self.get(r["id"]) for r in self.store.query(
            "SELECT id FROM pick_slips WHERE wo_id = ? AND _del IS NULL ORDER BY requested_at", (wo_id,))]

    def offers(self, part_id: str, warehouse_id: str) -> list[SubstituteOffer]:
        """The part's substitutes with what is on hand of each, EXACT first."""
        out = []
        for sub in self.catalogue.substitutes(part_id):
            part = self.catalogue.part(sub.substitute_id)
            out.append(SubstituteOffer(part_id=part.id, sku=part.sku, name=part.name, kind=sub.kind, note=sub.note,
                                       on_hand=self.stock.on_hand(part.id, warehouse_id)))
        return out

    # -- commands --------------------------------------------------------------------------
    def _wo(self, wo_id: str) -> dict:
        wo = self.store.query_one("SELECT id, number, status FROM workorders WHERE id = ? AND _del IS NULL", (wo_id,))
        if wo is None or wo["number"] is None:
            raise NotFoundError(f"no work order {wo_id}")
        if wo["status"] not in OPEN_STATES:
            raise IllegalTransition(f"{wo['number']} is {wo['status']}: it can no longer be changed")
        return wo

    def _warehouse(self, warehouse_id: str | None) -> str:
        if warehouse_id:
            self.stock._warehouse(warehouse_id)
            return warehouse_id
        row = self.store.query_one("SELECT id FROM warehouses WHERE _del IS NULL AND code IS NOT NULL ORDER BY code")
        if row is None:
            raise NotFoundError("this branch has no warehouse yet", "no_warehouse")
        return row["id"]

    def request_parts(self, actor: Actor, wo_id: str, lines: list[RequestLine] | list[tuple[str, int]],
                      warehouse_id: str | None = None, note: str | None = None) -> PickSlip:
        """A pick-slip with its lines (each a part line on the work order); the WO waits for parts."""
        require(actor, "parts.request")
        wanted = [l if isinstance(l, RequestLine) else RequestLine(part_id=l[0], qty=l[1]) for l in lines]
        if not wanted:
            raise ValidationError("a pick-slip needs at least one part", "no_lines")
        parts = [self.catalogue.part(l.part_id) for l in wanted]
        warehouse_id = self._warehouse(warehouse_id)
        slip_id = new_id()
        now = self.now()
        with self.store.command("pickslip.request", actor.user_id) as cmd:
            wo = self._wo(wo_id)  # inside the writer's transaction
            number = cmd.next_number("PS", now.strftime("%y%m"))
            cmd.upsert("pick_slips", slip_id, number=number, wo_id=wo_id, warehouse_id=warehouse_id,
                       requested_by=actor.user_id, requested_at=now.isoformat(), note=(note or "").strip() or None)
            for pos, (line, part) in enumerate(zip(wanted, parts), start=1):
                wo_part_id = new_id()
                cmd.upsert("wo_parts", wo_part_id, wo_id=wo_id, part_id=part.id, qty=line.qty,
                           unit_price=self._price(part))
                cmd.upsert("pick_slip_lines", new_id(), slip_id=slip_id, wo_part_id=wo_part_id, part_id=part.id,
                           qty=line.qty, position=pos)
            if wo["status"] == WOStatus.WORKING.value:
                cmd.status(wo_id, WOStatus.WAITING_PARTS.value)
            cmd.detail = {"slip": number, "wo": wo["number"], "lines": len(wanted)}
        return self.get(slip_id)

    def scan(self, actor: Actor, slip_id: str, code: str, qty: int = 1) -> Dispensed:
        """One scan on an open slip: match, take FEFO, commit; or refuse and change nothing."""
        require(actor, "stock.move")
        part = self.catalogue.part_by_code(code)  # unknown code: NotFoundError('unknown_barcode')
        with self.store.command("pickslip.dispense", actor.user_id) as cmd:
            slip = self._open_slip(slip_id)
            line = next((l for l in slip.lines if l.part_id == part.id and l.remaining > 0), None)
            substituted = None
            if line is None:
                line = self._exact_substitute_line(slip, part)
                if line is None:
                    self._refuse(slip, part)
                substituted = line.part_id
                line = self._switch(cmd, slip, line, part, "EXACT")
            return self._dispense(cmd, actor, slip, line, qty, substituted)

    def dispense_line(self, actor: Actor, slip_id: str, line_id: str, qty: int) -> Dispensed:
        """Dispense a quantity typed on the keypad (a box of 20 need not be scanned 20 times)."""
        require(actor, "stock.move")
        with self.store.command("pickslip.dispense", actor.user_id) as cmd:
            slip = self._open_slip(slip_id)
            line = self._line(slip, line_id)
            return self._dispense(cmd, actor, slip, line, qty, None)

    def substitute(self, actor: Actor, slip_id: str, line_id: str, substitute_id: str, qty: int = 1) -> Dispensed | SlipLine:
        """Offer a substitute for a line: EXACT is switched and `qty` dispensed at once (returns
        Dispensed); MODIFIED is flagged for the advisor's approval (returns the flagged line)."""
        require(actor, "stock.move")
        sub = self._substitute_of(self._line(self.get(slip_id), line_id).part_id, substitute_id)
        part = self.catalogue.part(substitute_id)
        with self.store.command("pickslip.substitute", actor.user_id) as cmd:
            slip = self._open_slip(slip_id)
            line = self._line(slip, line_id)
            if line.remaining == 0:
                raise ValidationError(f"{line.name} is dispensed already", "over_dispense")
            if sub.kind == "EXACT":
                original = line.part_id
                line = self._switch(cmd, slip, line, part, "EXACT")
                return self._dispense(cmd, actor, slip, line, min(qty, line.remaining), original)
            cmd.upsert("pick_slip_lines", line.id, proposed_part_id=part.id, proposal_rev=new_id())
            cmd.detail = {"slip": slip.number, "line": line.id, "proposed": part.sku}
        return self._line(self.get(slip_id), line_id)

    def decide_substitute(self, actor: Actor, slip_id: str, line_id: str, approve: bool,
                          reason: str | None = None) -> PickSlip:
        """The advisor's answer (after asking the customer) to a MODIFIED substitute. Approved: the
        line becomes the substitute for what is still missing and the storekeeper can hand it out.
        Rejected: the line stays for the part asked for, with the reason shown on the slip."""
        require(actor, "parts.approve_substitute")
        reason = (reason or "").strip()[:200] or None
        with self.store.command("pickslip.approve" if approve else "pickslip.reject", actor.user_id) as cmd:
            slip = self._open_slip(slip_id)
            line = self._line(slip, line_id)
            if line.approval != "PENDING" or not line.proposed_part_id:
                raise ValidationError(f"{line.name}: no substitute waits for approval", "no_pending_substitute")
            rev = self.store.query_one("SELECT proposal_rev FROM pick_slip_lines WHERE id = ?", (line.id,))
            rev_id = (rev or {}).get("proposal_rev") or new_id()
            decision = {"decision": "APPROVED" if approve else "REJECTED", "decided_by": actor.user_id,
                        "decided_at": self.now().isoformat(), "decision_reason": reason}
            # Approve and reject write the same fields (the part switch and its undoing), so when the
            # two meet after being offline the later decision wins all of them, never a mix.
            split = _split_ids(line.id, rev_id)
            if approve:
                part = self.catalogue.part(line.proposed_part_id)
                new_line = self._switch(cmd, slip, line, part, "MODIFIED", split)
                if new_line.id != line.id:
                    cmd.upsert("pick_slip_lines", new_line.id, proposed_part_id=part.id, proposal_rev=rev_id,
                               decision_rev=rev_id, **decision)
            else:
                self._unswitch(cmd, line, split)
            cmd.upsert("pick_slip_lines", line.id, proposal_rev=rev_id, decision_rev=rev_id, **decision)
            cmd.detail = {"slip": slip.number, "line": line.id, "approved": approve, "reason": reason}
        return self.get(slip_id)

    def return_parts(self, actor: Actor, slip_id: str, code: str, qty: int = 1) -> SlipLine:
        """Unused parts back on the shelf (into the lot they came from); the customer is not billed for them."""
        require(actor, "stock.move")
        part = self.catalogue.part_by_code(code)
        if not isinstance(qty, int) or qty <= 0:
            raise ValidationError("return a whole number from 1", "qty")
        with self.store.command("pickslip.return", actor.user_id) as cmd:
            slip = self.get(slip_id)
            self._wo(slip.wo_id)
            line = next((l for l in slip.lines if l.part_id == part.id and l.dispensed >= qty), None)
            if line is None:
                given = sum(l.dispensed for l in slip.lines if l.part_id == part.id)
                raise refused(ValidationError(f"{part.name}: only {given} handed out on {slip.number}, {qty} returned",
                                              "over_return"), name=part.name)
            left = qty
            for lot in self._lots_out(line.wo_part_id):  # latest taken first
                back = min(left, lot.qty)
                cmd.stock(part_id=part.id, warehouse_id=slip.warehouse_id, lot=lot.lot, expiry=lot.expiry,
                          qty_delta=back, kind="return", ref=line.wo_part_id, user_id=actor.user_id)
                left -= back
                if not left:
                    break
            cmd.upsert("pick_slip_lines", line.id, qty=line.qty - qty)
            cmd.upsert("wo_parts", line.wo_part_id, qty=line.qty - qty)
            cmd.detail = {"slip": slip.number, "part": part.sku, "qty": qty}
        return self._line(self.get(slip_id), line.id)

    def cancel(self, actor: Actor, slip_id: str) -> PickSlip:
        """Withdraw what is still waiting (nothing handed out stays on the bill)."""
        require(actor, "parts.request")
        with self.store.command("pickslip.cancel", actor.user_id) as cmd:
            slip = self._open_slip(slip_id)
            for line in slip.lines:
                if line.remaining:
                    cmd.upsert("pick_slip_lines", line.id, qty=line.dispensed)
                    cmd.upsert("wo_parts", line.wo_part_id, qty=line.dispensed)
            cmd.upsert("pick_slips", slip_id, cancelled_at=self.now().isoformat())
            self._resume_work(cmd, slip.wo_id, slip_id)
        return self.get(slip_id)

    # -- inside a command ------------------------------------------------------------------
    def _open_slip(self, slip_id: str) -> PickSlip:
        slip = self.get(slip_id)
        if slip.status == "cancelled":
            raise IllegalTransition(f"{slip.number} was cancelled", "slip_closed")
        self._wo(slip.wo_id)
        return slip

    @staticmethod
    def _line(slip: PickSlip, line_id: str) -> SlipLine:
        line = next((l for l in slip.lines if l.id == line_id), None)
        if line is None:
            raise NotFoundError(f"no line {line_id} on {slip.number}")
        return line

    def _substitute_of(self, part_id: str, substitute_id: str) -> Substitute:
        sub = next((s for s in self.catalogue.substitutes(part_id) if s.substitute_id == substitute_id), None)
        if sub is None:
            raise ValidationError("that part is not a listed substitute", "not_substitute")
        return sub

    def _exact_substitute_line(self, slip: PickSlip, part: Part) -> SlipLine | None:
        for line in slip.lines:
            if line.remaining and any(s.substitute_id == part.id and s.kind == "EXACT"
                                      for s in self.catalogue.substitutes(line.part_id)):
                return line
        return None

    def _refuse(self, slip: PickSlip, part: Part) -> None:
        done = [l for l in slip.lines if l.part_id == part.id]
        if done:
            asked = sum(l.qty for l in done)
            raise refused(ValidationError(f"{part.name}: all {asked} asked on {slip.number} are dispensed already",
                                          "over_dispense"), name=part.name)
        raise refused(WrongCode(f"{part.name} ({part.sku}) is not on {slip.number}"), name=part.name)

    def _price(self, part: Part) -> int:
        """A new or switched part line's price: the HQ price list's today, else the catalogue's."""
        return listed_price(self.store, "part", part.id, self.store.identity.branch_id, self.now(), part.unit_price)

    def _unswitch(self, cmd: Command, line: SlipLine, split: tuple[str, str]) -> None:
        """A rejection writes back what an approval of the same offer would switch: the line's part
        and quantity, its work-order part, and (when part was handed out) nothing left on the line
        the approval would have split off."""
        cmd.upsert("pick_slip_lines", line.id, part_id=line.part_id, replaces_part_id=line.replaces_part_id,
                   qty=line.qty)
        wo_part = self.store.query_one("SELECT part_id, qty, unit_price FROM wo_parts WHERE id = ?", (line.wo_part_id,))
        if wo_part is not None:  # as it stands here (unswitched: the offer is still pending on this station)
            cmd.upsert("wo_parts", line.wo_part_id, **wo_part)
        if line.dispensed:
            new_line, wo_part_id = split
            cmd.upsert("pick_slip_lines", new_line, qty=0)
            cmd.upsert("wo_parts", wo_part_id, qty=0)

    def _switch(self, cmd: Command, slip: PickSlip, line: SlipLine, part: Part, kind: str,
                split: tuple[str, str] | None = None) -> SlipLine:
        """Put `part` in place of a line's part for what is still missing: the line itself when nothing
        was handed out yet, else a new line for the rest (what was handed out stays as it was); `split`
        names that new line and its work-order part (random ids when not given)."""
        if line.dispensed == 0:
            cmd.upsert("pick_slip_lines", line.id, part_id=part.id, replaces_part_id=line.part_id)
            cmd.upsert("wo_parts", line.wo_part_id, part_id=part.id, unit_price=self._price(part))
            return line.model_copy(update={"part_id": part.id, "name": part.name, "sku": part.sku,
                                           "replaces_part_id": line.part_id})
        rest = line.remaining
        cmd.upsert("pick_slip_lines", line.id, qty=line.dispensed)
        cmd.upsert("wo_parts", line.wo_part_id, qty=line.dispensed)
        new_line, wo_part_id = split or (new_id(), new_id())
        position = max(l.position for l in slip.lines) + 1
        cmd.upsert("wo_parts", wo_part_id, wo_id=slip.wo_id, part_id=part.id, qty=rest,
                   unit_price=self._price(part))
        cmd.upsert("pick_slip_lines", new_line, slip_id=slip.id, wo_part_id=wo_part_id, part_id=part.id, qty=rest,
                   position=position, replaces_part_id=line.part_id)
        return SlipLine(id=new_line, wo_part_id=wo_part_id, part_id=part.id, sku=part.sku, name=part.name,
                        unit=part.unit, qty=rest, dispensed=0, position=position, replaces_part_id=line.part_id)

    def _dispense(self, cmd: Command, actor: Actor, slip: PickSlip, line: SlipLine, qty: int,
                  substituted_for: str | None) -> Dispensed:
        if not isinstance(qty, int) or isinstance(qty, bool) or qty <= 0:
            raise ValidationError(f"quantity must be a whole number from 1, got {qty!r}", "qty")
        if qty > line.remaining:
            raise refused(ValidationError(f"{line.name}: {line.remaining} still to hand out on {slip.number}, not {qty}",
                                          "over_dispense"), name=line.name)
        on_hand = self.stock.on_hand(line.part_id, slip.warehouse_id)
        if on_hand < qty:
            raise refused(OutOfStock(f"{line.name}: {on_hand} on hand, {qty} needed", line.id,
                                     self.offers(line.part_id, slip.warehouse_id)), name=line.name, on_hand=on_hand)
        lots = self.stock.dispense_in(cmd, actor, line.part_id, slip.warehouse_id, qty, ref=line.wo_part_id)
        done = [l.model_copy(update={"dispensed": l.dispensed + qty}) if l.id == line.id else l for l in slip.lines]
        if line.id not in {l.id for l in slip.lines}:
            done.append(line.model_copy(update={"dispensed": qty}))
        status = slip_status(done, False)
        if status == "dispensed":
            self._resume_work(cmd, slip.wo_id, slip.id)
        cmd.detail = {"slip": slip.number, "part": line.part_id, "qty": qty}
        return Dispensed(slip_id=slip.id, line_id=line.id, part_id=line.part_id, name=line.name, qty=qty, lots=lots,
                         remaining=line.remaining - qty, slip_status=status, substituted_for=substituted_for)

    def _resume_work(self, cmd: Command, wo_id: str, done_slip: str) -> None:
        """The last waiting slip of a work order is done: it goes back to WORKING."""
        wo = self.store.query_one("SELECT status FROM workorders WHERE id = ?", (wo_id,))
        if wo is None or wo["status"] != WOStatus.WAITING_PARTS.value:
            return
        others = [r["id"] for r in self.store.query(
            "SELECT id FROM pick_slips WHERE wo_id = ? AND id != ? AND _del IS NULL AND cancelled_at IS NULL",
            (wo_id, done_slip))]
        if all(self.get(i).status == "dispensed" for i in others):
            cmd.status(wo_id, WOStatus.WORKING.value)

    def _lots_out(self, wo_part_id: str) -> list[TakenLot]:
        """Per lot, what is out on a line now (dispensed minus returned), the latest expiry first."""
        rows = self.store.query(
            "SELECT lot, max(expiry) AS expiry, -sum(qty_delta) AS qty FROM stock_movements WHERE ref = ?"
            " GROUP BY lot HAVING -sum(qty_delta) > 0 ORDER BY coalesce(max(expiry), '9999') DESC, lot DESC",
            (wo_part_id,))
        return [TakenLot(**r) for r in rows]
