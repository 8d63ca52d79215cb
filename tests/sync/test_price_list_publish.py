"""HQ price lists published from the cloud: `sentra admin price` and the `prices` CSV import against an
in-process cloud. Bad input is a clear message and nothing is published; a good price is one
cloud-authored event a station receives; a CSV is checked whole (rejected rows by line and reason)
and published all at once, branch codes resolved on the cloud."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from app.price_lists import price_on
from sync import cli as sync_cli
from sync.cloud import db
from sync.master_import import BranchLookup, import_csv, item_id, read_prices
from sync.worker import SyncWorker
from tests.sync.cloudkit import ADMIN, make_kit


class _Borrowed:
    """The kit's client as `httpx.Client(...)` for the CLI: entered and left without closing it."""

    def __init__(self, client: Any) -> None:
        self.client = client

    def __enter__(self) -> Any:  # noqa: ANN401
        return self.client

    def __exit__(self, *exc: object) -> None:
        return None


@pytest.fixture
def kit(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    kit = make_kit()
    monkeypatch.setenv("SENTRA_CLOUD_ADMIN_TOKEN", ADMIN)
    monkeypatch.setattr(httpx, "post", lambda url, timeout=None, **kw: kit.client.post(url, **kw))
    monkeypatch.setattr(httpx, "Client", lambda *a, **kw: _Borrowed(kit.client))
    return kit


def _events(kit) -> int:  # noqa: ANN001
    with kit.client.app.app.state.service.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(db.events)).scalar_one()


def _price(*argv: str) -> int:
    return sync_cli.main(["admin", "price", *argv, "--cloud", "http://testserver"])


@pytest.mark.parametrize(("argv", "message"), [
    (("--branch", "all", "--part", "OLI", "--price", "-5", "--from", "2027-01-01"), "not a whole Rupiah amount"),
    (("--branch", "all", "--part", "OLI", "--price", "12,5", "--from", "2027-01-01"), "not a whole Rupiah amount"),
    (("--branch", "all", "--labour", "SVC", "--price", "150000", "--from", "1/1/2027"), "not a date YYYY-MM-DD"),
    (("--branch", "all", "--part", " ", "--price", "1000", "--from", "2027-01-01"), "the item's code is empty"),
    (("--branch", "nobranch", "--part", "OLI", "--price", "1000", "--from", "2027-01-01"), "no branch nobranch"),
])
def test_bad_input_is_one_line_and_nothing_is_published(kit, capsys, argv, message) -> None:  # noqa: ANN001
    before = _events(kit)
    assert _price(*argv) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and message in err and err.count("\n") == 1
    assert _events(kit) == before


def test_either_a_part_or_a_labour_item(kit, capsys) -> None:  # noqa: ANN001
    with pytest.raises(SystemExit):
        _price("--branch", "all", "--part", "A", "--labour", "B", "--price", "1", "--from", "2027-01-01")
    assert "not allowed with argument" in capsys.readouterr().err


def test_prices_reach_the_stations_of_their_branch(kit, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    other = kit.admin("POST", "/v1/admin/branches", json={"code": "SBY01", "name": "Surabaya"}).json()["id"]
    assert _price("--branch", "all", "--part", "oli-10w40", "--price", "85.000", "--from", "2027-01-01") == 0
    assert _price("--branch", kit.branch_id, "--part", "OLI-10W40", "--price", "90000", "--from", "2027-03-01") == 0
    assert _price("--branch", other, "--part", "OLI-10W40", "--price", "70000", "--from", "2027-01-01") == 0
    assert _price("--branch", "all", "--labour", "SVC-10K", "--price", "150000", "--from", "2027-01-01") == 0
    assert _price("--branch", "ALL", "--labour", "SVC-10K", "--price", "160000", "--from", "2027-01-01") == 0
    printed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert printed[0]["item_id"] == item_id("part", "OLI-10W40") and printed[0]["branch_id"] == ""
    assert printed[3]["id"] == printed[4]["id"]  # the same branch, item and date: an edit
    store, cloud = kit.station(tmp_path, "k1")
    SyncWorker(store, cloud).sync_once()
    oil, svc = item_id("part", "OLI-10W40"), item_id("labour", "SVC-10K")
    assert store.query_one("SELECT count(*) AS n FROM price_list_items")["n"] == 3  # not the other branch's
    assert price_on(store.conn, "part", oil, kit.branch_id, "2027-02-01") == 85_000
    assert price_on(store.conn, "part", oil, kit.branch_id, "2027-03-01") == 90_000
    assert price_on(store.conn, "labour", svc, kit.branch_id, "2027-01-01") == 160_000
    assert price_on(store.conn, "part", oil, kit.branch_id, "2026-12-31") is None
    store.close()


PRICES = """kind,code,branch_code,price,valid_from
part,OLI-10W40,,85.000,2027-01-01
part,oli-10w40,jkt01,Rp 90000,2027-01-01
labour,SVC-10K,,150000,2027-01-01
"""

BAD_PRICES = """kind,code,branch_code,price,valid_from
part,OLI-10W40,,85.000,2027-01-01
oil,OLI-10W40,,85000,2027-01-01
part,OLI-10W40,NOPE,85000,2027-01-01
part,FLT-1,,-1,2027-01-01
labour,SVC-10K,,150000,2027-02-30
part,oli-10w40,,86000,2027-01-01
part,,,1000,2027-01-01
part,FLT-2,,1000
"""


def test_a_bad_price_file_is_reported_by_line_and_nothing_is_published(kit, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    path = tmp_path / "bad.csv"
    path.write_text(BAD_PRICES, encoding="utf-8")
    parsed = read_prices(path, BranchLookup(kit.client, ADMIN))
    assert parsed.rows == 8 and not parsed.ok
    assert parsed.rejected == [
        (3, "kind 'oil' is not part or labour"),
        (4, "branch_code NOPE is not a branch"),
        (5, "price '-1' is not a whole Rupiah amount (e.g. 125000 or 125.000)"),
        (6, "valid_from is not a date YYYY-MM-DD ('2027-02-30')"),
        (7, "the price of part OLI-10W40 for every branch from 2027-01-01 appears twice (first on line 2)"),
        (8, "code is missing"),
        (9, "4 columns, the header has 5"),
    ]
    before = _events(kit)
    code = sync_cli.main(["admin", "import-prices", "--cloud", "http://testserver", "--csv", str(path)])
    err = capsys.readouterr().err
    assert code == 1 and "7 of 8 rows rejected; nothing published" in err
    assert "line 4: branch_code NOPE is not a branch" in err
    assert _events(kit) == before
    no_header = tmp_path / "h.csv"
    no_header.write_text("kind,code,price\npart,A,1\n", encoding="utf-8")
    assert read_prices(no_header, lambda code: None).rejected == [
        (1, "the header lacks valid_from (it has kind, code, price)")]


def test_a_price_file_without_branch_codes_is_checked_without_the_cloud(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch,
                                                                        capsys) -> None:  # noqa: ANN001
    monkeypatch.delenv("SENTRA_CLOUD_ADMIN_TOKEN", raising=False)
    path = tmp_path / "p.csv"
    path.write_text("kind,code,price,valid_from\npart,A,1000,2027-01-01\n", encoding="utf-8")
    code = sync_cli.main(["admin", "import-prices", "--cloud", "http://127.0.0.1:9", "--csv", str(path), "--check"])
    assert code == 0 and json.loads(capsys.readouterr().out) == {"rows": 1, "rejected": 0, "published": False}
    path.write_text("kind,code,branch_code,price,valid_from\npart,A,JKT01,1000,2027-01-01\n", encoding="utf-8")
    assert sync_cli.main(["admin", "import-prices", "--cloud", "http://127.0.0.1:9", "--csv", str(path)]) == 1
    assert "SENTRA_CLOUD_ADMIN_TOKEN" in capsys.readouterr().err


def test_a_clean_price_file_is_published_whole_and_reaches_a_station(kit, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    path = tmp_path / "prices.csv"
    path.write_text(PRICES.replace("jkt01", kit.branch_code.lower()), encoding="utf-8")
    before = _events(kit)
    code = sync_cli.main(["admin", "import-prices", "--cloud", "http://testserver", "--csv", str(path)])
    assert code == 0, capsys.readouterr().err
    out = json.loads(capsys.readouterr().out)
    assert out["rows"] == 3 and out["published"] and out["ops"] == 3
    assert _events(kit) == before + 1  # one staged import: one event
    store, cloud = kit.station(tmp_path, "k1")
    SyncWorker(store, cloud).sync_once()
    oil = item_id("part", "OLI-10W40")
    assert price_on(store.conn, "part", oil, kit.branch_id, "2027-01-01") == 90_000
    assert price_on(store.conn, "part", oil, "another", "2027-01-01") == 85_000
    # the same file through the admin screen's path: the same rows again, edited in place
    outcome = import_csv(kit.client, ADMIN, "prices", path)
    assert outcome.published == 3 and not outcome.rejected
    SyncWorker(store, cloud).sync_once()
    assert store.query_one("SELECT count(*) AS n FROM price_list_items")["n"] == 3
    store.close()


def test_the_branch_list_wants_the_admin_token(kit) -> None:  # noqa: ANN001
    assert kit.client.get("/v1/admin/branches").status_code in (401, 403)
    branches = kit.admin("GET", "/v1/admin/branches").json()
    assert [(b["id"], b["code"]) for b in branches] == [(kit.branch_id, kit.branch_code)]
