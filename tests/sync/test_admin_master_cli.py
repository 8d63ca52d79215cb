"""`sentra admin tax-rule` / `admin warehouse` against an in-process cloud: a bad record is one line
on stderr and nothing published; a good one is one cloud-authored event a station then receives;
the same name and date (or code) again edits the same row."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from sync import cli as sync_cli
from sync.worker import SyncWorker
from tests.sync.cloudkit import ADMIN, make_kit


@pytest.fixture
def kit(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    kit = make_kit()
    monkeypatch.setenv("SENTRA_CLOUD_ADMIN_TOKEN", ADMIN)
    monkeypatch.setattr(httpx, "post", lambda url, timeout=None, **kw: kit.client.post(url, **kw))
    return kit


def _run(*argv: str) -> int:
    return sync_cli.main(["admin", *argv, "--cloud", "http://testserver"])


def test_a_rate_out_of_bounds_publishes_nothing(kit, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001
    assert _run("tax-rule", "--name", "PPN", "--rate", "120", "--from", "2026-01-01") != 0
    assert "100%" in capsys.readouterr().err


def test_tax_rules_and_warehouses_reach_a_station(kit, tmp_path: Path,  # noqa: ANN001
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert _run("tax-rule", "--name", "PPN", "--rate", "11", "--from", "2022-04-01") == 0
    assert _run("tax-rule", "--name", "PPN", "--rate", "12", "--dpp", "11/12", "--from", "2025-01-01") == 0
    assert _run("tax-rule", "--name", "PPN", "--rate", "12", "--dpp", "11/12", "--from", "2025-01-01") == 0
    assert _run("warehouse", "--branch-id", kit.branch_id, "--code", "gd-1", "--name", "Gudang Utama") == 0
    assert _run("warehouse", "--branch-id", kit.branch_id, "--code", "GD-1", "--name", "Gudang Depan") == 0
    printed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert printed[1]["id"] == printed[2]["id"] and printed[3]["id"] == printed[4]["id"]
    store, cloud = kit.station(tmp_path, "k1")
    SyncWorker(store, cloud).sync_once()
    rules = store.query("SELECT name, rate_num, rate_den, dpp_num, dpp_den, valid_from FROM tax_rules"
                        " WHERE name = 'PPN' ORDER BY valid_from")
    assert [(r["rate_num"], r["rate_den"], r["dpp_num"], r["dpp_den"], r["valid_from"]) for r in rules] == [
        (11, 100, 1, 1, "2022-04-01"), (3, 25, 11, 12, "2025-01-01")]
    houses = store.query("SELECT code, name FROM warehouses WHERE branch_id = ?", (kit.branch_id,))
    assert [(h["code"], h["name"]) for h in houses] == [("GD-1", "Gudang Depan")]
    store.close()
