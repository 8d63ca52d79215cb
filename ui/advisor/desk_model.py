"""The service desk's view-model: search results, the vehicle card, registering, opening a WO.

A QObject with the desk's state; every read and command runs as an operation on the store
lane, results come back as signals. Testable without widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.auth import Actor
from app.errors import DomainError
from app.queries.search import SearchResult, search
from app.queries.vehicles import VehicleCard, vehicle_card
from app.reception import FieldErrors, NewCustomer, Registered
from ui.kit.changes import ChangeWatcher
from ui.kit.operations import CommandOp, QueryOp
from ui.kit.screen import ViewContext

CARD_TABLES = frozenset({"vehicles", "customers", "workorders", "odometer_readings", "wo_jobs", "invoices"})


class DeskModel(QObject):
    results_changed = Signal(object)  # SearchResult | None
    card_loaded = Signal(object)  # VehicleCard, asked for: show it
    card_refreshed = Signal(object)  # VehicleCard, reloaded after a change: update it where it is
    card_failed = Signal(str)
    registered = Signal(object)  # Registered
    register_failed = Signal(object)  # dict field -> message, or {"": message}
    wo_opened = Signal(object)  # WorkOrder
    open_failed = Signal(object)  # the DomainError (code "odometer_back": a supervisor must confirm)
    busy_changed = Signal(bool)

    def __init__(self, ctx: ViewContext, parent: QObject | None = None, *, origin: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.origin = origin
        self.result: SearchResult | None = None
        self.card: VehicleCard | None = None
        self.busy = False
        self.watcher = ChangeWatcher(ctx.services.store, CARD_TABLES, owner=parent, origin=origin)
        self.watcher.changed.connect(lambda _c: self.reload_card())

    # -- search (the SearchBox runs `query` on the store lane) ------------------------------
    def query(self, text: str) -> SearchResult:
        return search(self.ctx.services.store, text)

    def set_results(self, result: SearchResult | None) -> None:
        self.result = result
        self.results_changed.emit(result)

    # -- the vehicle card --------------------------------------------------------------------
    def load_card(self, vehicle_id: str, *, refresh: bool = False) -> None:
        store = self.ctx.services.store
        QueryOp(self, lambda: vehicle_card(store, vehicle_id), tasks=self.ctx.tasks) \
            .success(lambda card: self._card(card, refresh)) \
            .failure(lambda exc: self.card_failed.emit(str(exc))).run()

    def reload_card(self) -> None:
        if self.card is not None:
            self.load_card(self.card.vehicle_id, refresh=True)

    def _card(self, card: VehicleCard, refresh: bool) -> None:
        if refresh and (self.card is None or self.card.vehicle_id != card.vehicle_id):
            return  # another vehicle was asked for meanwhile
        self.card = card
        (self.card_refreshed if refresh else self.card_loaded).emit(card)

    # -- commands ----------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_changed.emit(busy)

    def register(self, form: NewCustomer, customer_id: str = "") -> None:
        """A new customer with their vehicle, or (`customer_id`) another vehicle for a registered one."""
        if self.busy:
            return
        reception, actor = self.ctx.services.reception, self.ctx.actor
        self._set_busy(True)
        run = (lambda: reception.add_vehicle(actor, customer_id, form)) if customer_id else \
            (lambda: reception.register(actor, form))
        CommandOp(self, run, origin=self.origin, tasks=self.ctx.tasks) \
            .success(self._registered).failure(self._register_failed) \
            .finally_(lambda: self._set_busy(False)).run()

    def _registered(self, done: Registered) -> None:
        self.registered.emit(done)
        self.load_card(done.vehicle.id)

    def _register_failed(self, exc: BaseException) -> None:
        if isinstance(exc, FieldErrors):
            self.register_failed.emit(dict(exc.fields))
        else:
            self.register_failed.emit({"": exc})

    def open_wo(self, vehicle_id: str, km: int | None, complaints: list[str], supervisor: Actor | None = None,
                reason: str | None = None) -> None:
        if self.busy:
            return
        reception, actor = self.ctx.services.reception, self.ctx.actor
        self._set_busy(True)
        CommandOp(self, lambda: reception.open_wo(actor, vehicle_id, complaints, km, supervisor, reason),
                  origin=self.origin, tasks=self.ctx.tasks) \
            .success(self.wo_opened.emit).failure(self._open_failed) \
            .finally_(lambda: self._set_busy(False)).run()

    def _open_failed(self, exc: BaseException) -> None:
        self.open_failed.emit(exc if isinstance(exc, DomainError) else DomainError(f"{type(exc).__name__}: {exc}"))

    def open_warranty(self, original_wo_id: str, complaints: list[str]) -> None:
        if self.busy:
            return
        workorders, actor = self.ctx.services.workorders, self.ctx.actor
        self._set_busy(True)
        CommandOp(self, lambda: workorders.open_warranty(actor, original_wo_id, complaints),
                  origin=self.origin, tasks=self.ctx.tasks) \
            .success(self.wo_opened.emit).failure(self._open_failed) \
            .finally_(lambda: self._set_busy(False)).run()

    def shutdown(self) -> None:
        self.watcher.close()

