"""The mechanic's tour on the bay in the glove theme: the job clocked, paused for a part that the
storekeeper hands out from the queue, resumed, finished, sent to QC and passed by the supervisor."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.wo_states import WOStatus
from tests.ui.conftest import Shop
from ui.tour import mechanic, opening, runner


def test_the_mechanics_tour_plays_in_the_glove_theme(qapp: QApplication, shop: Shop, tmp_path: Path) -> None:  # noqa: ARG001
    working = next(c for c in shop.services.workorders.board() if c.status is WOStatus.WORKING)
    out = tmp_path / "tour"
    assert runner.run_tour(shop.services, out, lang="id", theme="glove", steps=[*opening.STEPS, *mechanic.STEPS]) == 0
    summary = json.loads((out / "tour.json").read_text(encoding="utf-8"))
    assert summary["ok"] is True, summary.get("failed")
    names = [s["name"] for s in summary["steps"] if s["name"] in {st.name for st in mechanic.STEPS}]
    assert names == [st.name for st in mechanic.STEPS]
    for step in summary["steps"]:
        assert step["min_target_mm"] is not None  # the smallest target on screen, reported per step
    wo = shop.services.workorders.get(working.id)
    assert wo.status is WOStatus.COMPLETED
    assert all(p.dispensed == p.qty for p in wo.parts) and [p.name for p in wo.parts] == ["Kampas Rem Depan"]
    assert [c.result for c in shop.services.qc.checks(working.id)] == ["PASSED"]
    clocked = {r["end_reason"] for j in wo.jobs for r in shop.services.clock.intervals(j.id)}
    assert clocked == {"WAITING_PARTS", "FINISHED"}
