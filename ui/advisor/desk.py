"""The service desk: find a vehicle as typed, its card and timeline, open a WO in a few taps,
register a new customer from an unknown plate. One screen, three pages (search, card, register).
"""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget

from app.auth import Actor
from app.errors import DomainError
from app.queries.vehicles import VehicleCard
from app.workorders import WorkOrder
from ui.advisor.desk_model import DeskModel
from ui.advisor.register_page import RegisterPage
from ui.advisor.search_page import SearchPage
from ui.advisor.vehicle_card import VehicleCardPage
from ui.kit.screen import Screen, ViewContext
from ui.widgets.supervisor_pin import SupervisorPinPrompt


class DeskScreen(Screen):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, screen_id="advisor.desk")
        self.model = DeskModel(ctx, self, origin=self.origin)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("Advisor.DeskPages")
        self.search = SearchPage(self.model, self.pages)
        self.card = VehicleCardPage(ctx.tz, self.pages)
        self.register = RegisterPage(self.pages)
        for page in (self.search, self.card, self.register):
            self.pages.addWidget(page)
        self.body_layout.addWidget(self.pages)
        self.prompt: SupervisorPinPrompt | None = None
        # search
        self.search.vehicle_chosen.connect(self.model.load_card)
        self.search.register_requested.connect(self.start_register)
        self.search.customer_without_vehicle.connect(self.start_vehicle_for)
        # card
        self.model.card_loaded.connect(self.show_card)
        self.model.card_refreshed.connect(self.card.show_card)
        self.card.back_requested.connect(self.back_to_search)
        self.card.workorder_requested.connect(lambda wo_id: self.item_requested.emit("workorder", wo_id))
        self.card.panel.open_requested.connect(self._open)
        self.card.panel.supervisor_needed.connect(self._ask_supervisor)
        self.model.wo_opened.connect(self._opened)
        self.model.open_failed.connect(self._open_failed)
        self.model.busy_changed.connect(self.card.panel.set_busy)
        self.model.busy_changed.connect(self.register.set_busy)
        # register
        self.register.save_requested.connect(self.model.register)
        self.register.cancelled.connect(self.back_to_search)
        self.model.register_failed.connect(self.register.refused)

    def title(self) -> str:
        return self.tr("SA desk")

    def show_card(self, card: VehicleCard) -> None:
        self.card.show_card(card)
        self.pages.setCurrentWidget(self.card)
        if self.card.panel.km.isVisible():
            self.card.panel.km.setFocus()

    def back_to_search(self) -> None:
        self.search.box.clear()  # a fresh search: the last one is one Enter away in any case
        self.model.set_results(None)
        self.pages.setCurrentWidget(self.search)
        self.search.focus_search()

    def start_register(self, plate: str) -> None:
        self.register.start(plate)
        self.pages.setCurrentWidget(self.register)

    def start_vehicle_for(self, customer_id: str) -> None:
        """A registered customer without a car on file: their new car, not a second customer."""
        result = self.model.result
        hit = next((h for h in (result.hits if result else []) if h.customer_id == customer_id), None)
        if hit is not None:
            self.register.start("", (hit.customer_id, hit.customer_name, hit.phone or ""))
            self.pages.setCurrentWidget(self.register)

    def _open(self, vehicle_id: str, km: int | None, complaints: list[str], reason: str, rework_of: str) -> None:
        if rework_of:
            self.model.open_warranty(rework_of, complaints)
        else:
            self.model.open_wo(vehicle_id, km, complaints, None, reason or None)

    def _ask_supervisor(self, reason: str) -> None:
        self.prompt = SupervisorPinPrompt(self.ctx, reason, self)
        self.prompt.approved.connect(self._supervisor_approved)
        self.prompt.open()

    def _supervisor_approved(self, supervisor: Actor) -> None:
        vehicle_id, km, complaints, reason, boss = self.card.panel.confirmed_by(supervisor)
        self.model.open_wo(vehicle_id, km, complaints, boss, reason)

    def _open_failed(self, exc: DomainError) -> None:
        self.card.panel.failed(exc)

    def _opened(self, wo: WorkOrder) -> None:
        self.item_requested.emit("workorder", wo.id)
        self.model.reload_card()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.pages.currentWidget() is self.search:
            self.search.focus_search()

    def shutdown(self) -> None:
        self.model.shutdown()
