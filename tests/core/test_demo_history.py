from __future__ import annotations

from app.demo_history import OTHER_BRANCH, add_history
from app.queries.vehicles import vehicle_card
from app.roles import Role


def test_history_gives_a_timeline_from_two_branches(services, cast):
    add_history(services, cast.vehicle_ids, cast.labour_ids, cast.actors[Role.ADVISOR], cast.actors[Role.SUPERVISOR])
    card = vehicle_card(services.store, cast.vehicle_ids[0])
    assert [t.branch for t in card.timeline] == ["SentraAuto Care Kelapa Gading", OTHER_BRANCH[1]]
    assert sorted(card.timeline[0].jobs) == ["Cek & Isi Freon AC", "Ganti Kampas Rem Depan"]
    assert card.last_odometer_km == 6_120 and card.open_wos == []
