"""HQ master data from CSV, against a real in-process cloud: a file is checked whole (rejected rows
by line and reason, nothing published), a clean one is staged and published all at once, and a
station receives it through sync; an upload that dies before the commit publishes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.catalogue import CatalogueService
from sync import cli as sync_cli
from sync.master_import import BATCH, PublishError, publish, read_labour, read_parts, row_id
from sync.worker import SyncWorker
from tests.sync.cloudkit import ADMIN, make_kit

PARTS = """sku,name,unit_price,unit,barcode,has_expiry
OLI-10W40,Oli Mesin 10W-40 1L,85.000,btl,8991234567890,tidak
FLT-OLI-AV,Filter Oli Avanza,45000,pcs,,
KMP-REM-D,Kampas Rem Depan,"210.000",set,8990000000011,ya
"""

BAD_PARTS = """sku,name,unit_price,unit,barcode,has_expiry
OLI-10W40,Oli Mesin 10W-40 1L,85.000,btl,8991234567890,tidak
,Tanpa SKU,1000,pcs,,
FLT-1,Filter,12,5,pcs
FLT-2,Filter,-500,pcs,,
oli-10w40,Oli lagi,85000,btl,,
FLT-3,Filter,1000,pcs,89 91,
FLT-4,Filter,1000,pcs,,kadang
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _cloud_events(kit) -> int:  # noqa: ANN001
    from sqlalchemy import func, select

    from sync.cloud import db

    with kit.client.app.app.state.service.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(db.events)).scalar_one()


def test_a_bad_file_is_reported_by_line_and_nothing_is_published(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    parsed = read_parts(_write(tmp_path, "bad.csv", BAD_PARTS))
    assert parsed.rows == 7 and not parsed.ok
    assert parsed.rejected == [
        (3, "sku is missing"),
        (4, "5 columns, the header has 6"),
        (5, "unit_price '-500' is not a whole Rupiah amount (e.g. 125000 or 125.000)"),
        (6, "SKU OLI-10W40 appears twice (first on line 2)"),
        (7, "barcode '89 91' may hold only letters, digits and -"),
        (8, "has_expiry 'kadang' is not yes/no (ya/tidak, 1/0)"),
    ]
    # the command line: the report, exit 1, and no cloud contacted (the URL is unreachable)
    code = sync_cli.main(["admin", "import-parts", "--cloud", "http://127.0.0.1:9", "--csv",
                          str(tmp_path / "bad.csv")])
    err = capsys.readouterr().err
    assert code == 1
    assert "6 of 7 rows rejected; nothing published" in err and "line 6: SKU OLI-10W40 appears twice" in err


def test_labour_hours_and_a_missing_header(tmp_path: Path) -> None:
    labour = read_labour(_write(tmp_path, "labour.csv", "code,name,flat_hours,rate_per_hour\n"
                                "svc-10k,Servis berkala 10.000 km,1.5,150.000\n"
                                "SPOORING,Spooring,\"0,75\",150000\n"
                                "X,Nol jam,0,1000\n"))
    assert labour.rejected == [(4, "flat_hours 0 must be more than 0 and at most 100")]
    assert [op["fields"]["flat_hours_x100"] for op in labour.ops] == [150, 75]
    assert labour.ops[0]["fields"]["code"] == "SVC-10K" and labour.ops[0]["fields"]["rate_per_hour"] == 150_000
    no_price = read_parts(_write(tmp_path, "p.csv", "sku,name\nA,B\n"))
    assert no_price.rejected == [(1, "the header lacks unit_price (it has sku, name)")]


def test_a_clean_file_reaches_a_station_as_cloud_master_data(tmp_path: Path) -> None:
    kit = make_kit()
    parsed = read_parts(_write(tmp_path, "parts.csv", PARTS))
    assert parsed.ok and len(parsed.ops) == 3
    seen: list[tuple[int, int]] = []
    out = publish(kit.client, ADMIN, parsed.ops, progress=lambda done, total: seen.append((done, total)))
    assert out["events"] == 1 and out["ops"] == 3 and seen == [(3, 3)]
    from sqlalchemy import select

    from app.events.models import Event
    from sync.cloud import db

    with kit.client.app.app.state.service.engine.connect() as conn:
        [body] = conn.execute(select(db.events.c.body).where(db.events.c.station_id == "cloud")).scalars()
    event = Event.model_validate_json(body)  # the spliced body is exactly what Event writes
    assert event.model_dump_json() == body and event.authority == 1 and event.branch_id == "global"
    assert len(event.ops) == 3 and event.type == "master.import"
    store, cloud = kit.station(tmp_path, "k1")
    SyncWorker(store, cloud).sync_once()
    parts = {p.sku: p for p in CatalogueService(store).parts()}
    assert parts["OLI-10W40"].unit_price == 85_000 and parts["OLI-10W40"].barcode == "8991234567890"
    assert parts["KMP-REM-D"].has_expiry and not parts["FLT-OLI-AV"].has_expiry
    assert parts["FLT-OLI-AV"].id == row_id("parts", "FLT-OLI-AV")
    # the same file again with a new price updates the same row, and the cloud's word wins
    publish(kit.client, ADMIN, read_parts(_write(tmp_path, "p2.csv", PARTS.replace("45000", "47500"))).ops)
    SyncWorker(store, cloud).sync_once()
    parts = {p.sku: p for p in CatalogueService(store).parts()}
    assert len(parts) == 3 and parts["FLT-OLI-AV"].unit_price == 47_500
    store.close()


def test_an_upload_that_dies_before_the_commit_publishes_nothing(tmp_path: Path) -> None:
    kit = make_kit()
    rows = "".join(f"P{i:05d},Part {i},{1000 + i}\n" for i in range(BATCH * 2 + 10))
    parsed = read_parts(_write(tmp_path, "many.csv", "sku,name,unit_price\n" + rows))
    assert parsed.ok and len(parsed.ops) == BATCH * 2 + 10
    before = _cloud_events(kit)

    class DiesOnThirdBatch:
        def __init__(self) -> None:
            self.calls = 0

        def post(self, path: str, **kw):  # noqa: ANN003, ANN201
            self.calls += 1
            if path.endswith("/batches") and kw["json"]["n"] == 2:
                return kit.client.post(path.replace("/batches", "x/batches"), **kw)  # a 404: the link broke
            return kit.client.post(path, **kw)

    with pytest.raises(PublishError):
        publish(DiesOnThirdBatch(), ADMIN, parsed.ops)
    assert _cloud_events(kit) == before  # two batches staged, none published
    out = publish(kit.client, ADMIN, parsed.ops)  # tried again: whole
    assert out == {**out, "events": 3, "ops": BATCH * 2 + 10}
    assert _cloud_events(kit) == before + 3


def test_the_import_endpoints_want_the_admin_token_and_refuse_bad_batches() -> None:
    kit = make_kit()
    assert kit.client.post("/v1/admin/master/imports", json={}).status_code in (401, 403)
    opened = kit.admin("POST", "/v1/admin/master/imports", json={}).json()["import_id"]
    base = f"/v1/admin/master/imports/{opened}"
    bad = {"n": 0, "ops": [{"op": "upsert", "table": "workorders", "id": "x", "fields": {"status": "OPEN"}}]}
    assert kit.admin("POST", f"{base}/batches", json=bad).status_code == 422
    user = {"n": 0, "ops": [{"op": "upsert", "table": "users", "id": "u", "fields": {"role": "admin"}}]}
    refused = kit.admin("POST", f"{base}/batches", json=user)
    assert refused.status_code == 422 and "not users" in refused.text  # users have their own path
    assert kit.admin("POST", f"{base}/commit").status_code == 409  # nothing staged
    assert kit.admin("POST", "/v1/admin/master/imports/nope/commit").status_code == 404
    assert kit.admin("POST", "/v1/admin/master/imports", json={"branch_id": "nobranch"}).status_code == 404
