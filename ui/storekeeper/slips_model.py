"""The pick-slip counter's state: the live queue, the open slip, what the last scan did, and the
substitutes on offer. A QObject without widgets (tested on its own)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.pickslips import Dispensed, OutOfStock, PickSlip, SlipLine, SlipSummary, SubstituteOffer
from ui.kit.changes import ChangeWatcher
from ui.kit.operations import CommandOp, QueryOp
from ui.kit.screen import ViewContext
from ui.storekeeper.common import SLIP_TABLES, beep, refusal


class SlipsModel(QObject):
    queue_changed = Signal(list)        # list[SlipSummary]
    slip_changed = Signal(object)       # PickSlip | None
    message = Signal(str, str)          # severity, text
    offers_changed = Signal(str, list)  # line id, list[SubstituteOffer] ("" and [] when none)
    qty_changed = Signal(int)           # the quantity the next scan hands out (or takes back)

    def __init__(self, ctx: ViewContext, owner: QObject, origin: str) -> None:
        super().__init__(owner)
        self.ctx = ctx
        self.origin = origin
        self.queue: list[SlipSummary] = []
        self.slip: PickSlip | None = None
        self.offers: list[SubstituteOffer] = []
        self.offer_line = ""
        self.return_mode = False
        self.next_qty = 1
        self.scans = 0
        self.last: Dispensed | None = None
        self._opening = False
        self._pending: list[str] = []
        self.watcher = ChangeWatcher(ctx.services.store, SLIP_TABLES, owner=owner if hasattr(owner, "isVisible") else None,
                                     origin=origin, parent=self)
        self.watcher.changed.connect(lambda _c: self.refresh())

    # -- reading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        slips = self.ctx.services.pickslips
        QueryOp(self, slips.queue, tasks=self.ctx.tasks).success(self._set_queue).run()
        if self.slip is not None:
            slip_id = self.slip.id
            QueryOp(self, lambda: slips.get(slip_id), tasks=self.ctx.tasks).success(self._set_slip).run()

    def _set_queue(self, queue: list[SlipSummary]) -> None:
        self.queue = queue
        self.queue_changed.emit(queue)

    def _set_slip(self, slip: PickSlip | None) -> None:
        self.slip = slip
        self.slip_changed.emit(slip)

    def open_slip(self, slip_id: str, then_scan: str | None = None) -> None:
        slips = self.ctx.services.pickslips
        self.return_mode = False
        if then_scan is None:
            self.set_next_qty(1)
        self._clear_offers()
        QueryOp(self, lambda: slips.get(slip_id), tasks=self.ctx.tasks) \
            .success(lambda slip: self._opened(slip, then_scan)) \
            .failure(lambda exc: self._refused(exc, "")).run()

    def _opened(self, slip: PickSlip, then_scan: str | None) -> None:
        self._opening = False
        self._set_slip(slip)
        waiting, self._pending = ([then_scan] if then_scan else []) + self._pending, []
        for code in waiting:
            self._scan(code)

    def close_slip(self) -> None:
        self._clear_offers()
        self._set_slip(None)
        self.refresh()

    def set_return_mode(self, on: bool) -> None:
        self.return_mode = on
        self.message.emit("info", self.tr("Returns: scan the parts coming back.") if on else
                          self.tr("Scan the parts of this slip."))

    # -- scanning ----------------------------------------------------------------------------
    def scan(self, code: str) -> None:
        """One scan: on an open slip it dispenses (or takes back, in return mode); on the queue it
        opens the oldest slip still waiting for that part and hands that part out."""
        self.scans += 1
        self._scan(code)

    def _scan(self, code: str) -> None:
        services, actor = self.ctx.services, self.ctx.actor
        if self.slip is None and self._opening:
            self._pending.append(code)  # a burst while the slip opens: kept in order
            return
        if self.slip is None:
            self._opening = True
            QueryOp(self, lambda: self._slip_waiting_for(code), tasks=self.ctx.tasks) \
                .success(lambda found: self._open_found(found, code)) \
                .failure(lambda exc: self._refused(exc, code)).run()
            return
        slip_id, qty = self.slip.id, self.next_qty
        if self.return_mode:
            CommandOp(self, lambda: services.pickslips.return_parts(actor, slip_id, code, qty), origin=self.origin,
                      tasks=self.ctx.tasks).success(self._returned).failure(lambda exc: self._refused(exc, code)).run()
            return
        CommandOp(self, lambda: services.pickslips.scan(actor, slip_id, code, qty), origin=self.origin,
                  tasks=self.ctx.tasks).success(self._dispensed).failure(lambda exc: self._refused(exc, code)).run()

    def _slip_waiting_for(self, code: str) -> str | None:
        """Store lane: the oldest open slip that still needs the scanned part (or has that number)."""
        services = self.ctx.services
        for summary in services.pickslips.queue():
            if summary.number == code.strip():
                return summary.id
        part = services.catalogue.part_by_code(code)
        for summary in services.pickslips.queue():
            if any(l.part_id == part.id and l.remaining for l in services.pickslips.get(summary.id).lines):
                return summary.id
        return None

    def _open_found(self, slip_id: str | None, code: str) -> None:
        if slip_id is None:
            self._opening = False
            self._pending.clear()
            beep()
            self.message.emit("warning", self.tr("No open pick-slip waits for %1.").replace("%1", code))
            return
        self.open_slip(slip_id, then_scan=code)  # the scan that found the slip counts too

    def set_next_qty(self, qty: int) -> None:
        """Typed on the keypad: the next scan hands out `qty` (4 litres of oil, one scan)."""
        self.next_qty = qty
        self.qty_changed.emit(qty)

    def _dispensed(self, got: Dispensed) -> None:
        self.set_next_qty(1)  # one scan used it: back to one per scan
        self.last = got
        self._clear_offers()
        lots = ", ".join(f"{t.lot or '-'}" + (f" ({t.expiry})" if t.expiry else "") for t in got.lots)
        text = self.tr("%1 × %2 handed out (lot %3); %4 still to go on this line.") \
            .replace("%1", str(got.qty)).replace("%2", got.name).replace("%3", lots).replace("%4", str(got.remaining))
        if got.substituted_for:
            text = self.tr("Substitute: ") + text
        if got.slip_status == "dispensed":
            text += " " + self.tr("Slip complete.")
        self.message.emit("ok", text)
        self.refresh()

    def _returned(self, line: SlipLine) -> None:
        self.set_next_qty(1)
        self.message.emit("ok", self.tr("%1 back on the shelf; %2 stays on the work order.")
                          .replace("%1", line.name).replace("%2", str(line.qty)))
        self.refresh()

    def _refused(self, exc: BaseException, code: str) -> None:
        beep()
        if isinstance(exc, OutOfStock):
            self.offers, self.offer_line = exc.substitutes, exc.line_id
            self.offers_changed.emit(exc.line_id, exc.substitutes)
            if not exc.substitutes:
                self.message.emit("error", self.tr("%1 is out of stock and has no substitute.")
                                  .replace("%1", getattr(exc, "detail", {}).get("name", code)))
                return
        self.message.emit("error", refusal(exc, code))

    # -- substitutes -------------------------------------------------------------------------
    def use_substitute(self, part_id: str) -> None:
        """EXACT: dispensed at once; MODIFIED: sent to the advisor for approval."""
        if self.slip is None or not self.offer_line:
            return
        services, actor = self.ctx.services, self.ctx.actor
        slip_id, line_id = self.slip.id, self.offer_line
        CommandOp(self, lambda: services.pickslips.substitute(actor, slip_id, line_id, part_id), origin=self.origin,
                  tasks=self.ctx.tasks).success(self._substituted).failure(lambda exc: self._refused(exc, "")).run()

    def _substituted(self, result: Dispensed | SlipLine) -> None:
        if isinstance(result, Dispensed):
            self._dispensed(result)
            return
        self._clear_offers()
        self.message.emit("info", self.tr("%1 waits for the advisor's approval.")
                          .replace("%1", result.proposed_name or ""))
        self.refresh()

    def _clear_offers(self) -> None:
        if self.offers or self.offer_line:
            self.offers, self.offer_line = [], ""
            self.offers_changed.emit("", [])

    def shutdown(self) -> None:
        self.watcher.close()
