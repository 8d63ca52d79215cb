"""Everything the work-order editor shows, read in one go on the store lane."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel

from app.auth import User
from app.bays import bays
from app.estimates import Estimate
from app.queries.vehicles import WoLinks, warranty_links
from app.roles import Role
from app.services import Services
from app.sla import SlaClock, clock
from app.wo_states import OPEN_STATES
from app.workorders import WorkOrder


class EditorView(BaseModel):
    wo: WorkOrder
    estimate: Estimate
    sla: SlaClock | None
    links: WoLinks
    bays: list[str]
    mechanics: list[User]
    names: dict[str, str]  # user id -> name (advisor, mechanics, who recorded decisions)

    @property
    def editable(self) -> bool:
        return self.wo.status in OPEN_STATES


def editor_view(services: Services, wo_id: str, now: datetime) -> EditorView:
    users = services.auth.list_users(active_only=False)
    return EditorView(
        wo=services.workorders.get(wo_id), estimate=services.estimates.estimate(wo_id),
        sla=clock(services.store, wo_id, now), links=warranty_links(services.store, wo_id),
        bays=bays(services.store), mechanics=[u for u in users if u.role is Role.MECHANIC and u.active],
        names={u.id: u.name for u in users})
