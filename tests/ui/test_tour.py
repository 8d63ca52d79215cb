"""The tour plays through the real window offscreen: screenshots, tour.json, a named failure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.roles import Role
from tests.ui.conftest import Shop
from ui.tour import runner
from ui.tour.kit import Step, Tour


def test_the_tour_plays_and_reports(qapp: QApplication, shop: Shop, tmp_path: Path,  # noqa: ARG001
                                    capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "tour"
    assert runner.run_tour(shop.services, out, lang="id", theme="standard") == 0
    summary = json.loads((out / "tour.json").read_text(encoding="utf-8"))
    assert summary["ok"] is True
    steps = summary["steps"]
    assert [(s["n"], s["role"], s["name"]) for s in steps[:2]] == [(1, "advisor", "login"),
                                                                   (2, "advisor", "board-overview")]
    login = steps[0]
    assert login["taps"] == 1 + 4 + 1  # the name, four digits, OK
    assert login["keys"] == 0
    for step in steps:
        assert (out / step["screenshot"]).stat().st_size > 10_000
        assert step["min_target_mm"] is not None and step["min_target_mm"] > 0
    assert steps[1]["screenshot"] == "02-advisor-board-overview.png"
    printed = capsys.readouterr().out.strip().splitlines()[-1]
    assert json.loads(printed)["ok"] is True


def test_a_failing_step_stops_the_tour_with_its_name(qapp: QApplication, shop: Shop, tmp_path: Path,  # noqa: ARG001
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    def missing(t: Tour) -> None:
        t.login_as(Role.MECHANIC)
        t.expect_text("BoardSummary", "no such text", timeout_ms=300)

    steps = [Step("mechanic", "look-for-nothing", missing), Step("mechanic", "never-played", missing)]
    out = tmp_path / "tour"
    assert runner.run_tour(shop.services, out, lang="en", theme="glove", steps=steps) == 1
    summary = json.loads((out / "tour.json").read_text(encoding="utf-8"))
    assert summary["ok"] is False and summary["steps"] == []
    assert summary["failed"]["name"] == "look-for-nothing" and summary["failed"]["n"] == 1
    assert "no such text" in summary["failed"]["error"]
    assert (out / "01-mechanic-look-for-nothing.png").exists()
    assert "tour failed at step 1 mechanic/look-for-nothing" in capsys.readouterr().err
