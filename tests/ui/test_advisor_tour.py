"""The tour's advisor part through the real window: every step passes, opening a returning
customer's WO takes at most 4 taps after the typed plate, the job sheet goes to the preview."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.ui.conftest import Shop
from ui.tour import advisor, opening, runner


def test_the_advisor_steps_play_with_their_tap_counts(qapp: QApplication, shop: Shop, tmp_path: Path) -> None:  # noqa: ARG001
    out = tmp_path / "tour"
    assert runner.run_tour(shop.services, out, lang="id", theme="standard",
                           steps=[*opening.STEPS, *advisor.STEPS]) == 0
    steps = {s["name"]: s for s in json.loads((out / "tour.json").read_text(encoding="utf-8"))["steps"]}
    assert list(steps) == ["login", "board-overview", "service-desk", "open-wo-returning-customer", "add-job-and-part",
                           "record-approval", "assign-mechanic-and-bay", "print-job-sheet", "register-new-customer"]
    opened = steps["open-wo-returning-customer"]
    assert opened["taps"] <= 4 and opened["keys"] == len("b1234xyz") + len("12500")
    assert steps["register-new-customer"]["taps"] == 4  # desk, back, register, save
    for step in steps.values():
        assert (out / step["screenshot"]).stat().st_size > 10_000
        assert step["min_target_mm"] >= 6  # 40 px at the tablet's 150 dpi, nothing smaller to tap
    wos = shop.services.store.query("SELECT id FROM workorders WHERE odometer_km = 12500")
    assert len(wos) == 1
    wo = shop.services.workorders.get(wos[0]["id"])
    assert [(j.description, j.bay, j.approval.value) for j in wo.jobs] == [("Servis Berkala 10.000 km", "Bay 2", "approved")]
    assert [(p.name, p.approval.value) for p in wo.parts] == [("Oli Mesin 10W-40 4L", "approved")]
    assert shop.services.customers.find_by_plate("B 9999 ZZ") is not None
