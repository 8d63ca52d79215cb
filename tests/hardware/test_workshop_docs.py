"""The job sheet (SPK) and the estimate, 58 and 80 mm, read back from their ESC/POS bytes."""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

import pytest
from pydantic import ValidationError

from app import demo
from app.approval import Approval, Via
from app.roles import Role
from app.services import Services
from app.store import Store
from hardware.printing.escpos_decode import PrintedBarcode, PrintedCut, PrintedLine, decode_escpos, printed_text
from hardware.printing.from_workorder import estimate_for, job_sheet_for
from hardware.printing.preview import render_escpos_png
from hardware.printing.receipt import COLUMNS
from hardware.printing.spool import PrintStation
from hardware.printing.workshop_docs import (
    EstimateDocData,
    EstimateDocLine,
    estimate_bytes,
    job_sheet_bytes,
)

NOW = datetime(2026, 12, 4, 3, 0, tzinfo=timezone.utc)
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def workshop(tmp_path_factory):
    """A WO with two jobs (one declined, one approved for Bay 2 and a mechanic) and two parts."""
    services = Services.over(Store.create(tmp_path_factory.mktemp("docs") / "s.db", "ab" * 32,
                                          branch_code="JKT01", station_code="K1"))
    cast = demo.seed(services)
    sa, mech = cast.actors[Role.ADVISOR], cast.actors[Role.MECHANIC]
    services.workorders.now = lambda: NOW
    wo = services.workorders.open(sa, cast.vehicle_ids[0], ["Servis berkala 20.000 km", "Rem depan berdecit"],
                                  odometer_km=20_150)
    service = services.workorders.add_job(sa, wo.id, cast.labour_ids["service"])
    ac = services.workorders.add_job(sa, wo.id, cast.labour_ids["ac"])
    services.workorders.add_part(sa, wo.id, cast.part_ids["oil"], 1)
    pads = services.workorders.add_part(sa, wo.id, cast.part_ids["pads"], 1)
    services.estimates.decide(sa, wo.id, [ac.id], Approval.DECLINED, "Budi Santoso", Via.WHATSAPP)
    services.estimates.decide(sa, wo.id, [service.id, pads.id], Approval.APPROVED, "Budi Santoso", Via.IN_PERSON)
    services.estimates.assign_job(sa, wo.id, service.id, [mech.user_id], "Bay 2")
    yield services, wo.id
    services.close()


@pytest.mark.parametrize("paper", [58, 80])
def test_job_sheet_tells_the_bay_what_to_do(workshop, paper):
    services, wo_id = workshop
    data = job_sheet_for(services, wo_id, NOW)
    items = decode_escpos(job_sheet_bytes(data, paper))
    text = " ".join(printed_text(items).split())  # words, whatever the paper's line breaks
    lines = [i for i in items if isinstance(i, PrintedLine)]
    assert all(len(li.text) <= COLUMNS[paper] for li in lines)
    assert "PERINTAH KERJA (SPK)" in text and "B 1234 XYZ" in text and "Toyota Avanza 2019" in text
    assert [b.data for b in items if isinstance(b, PrintedBarcode)] == [data.wo_no]
    assert "1. Servis Berkala 10.000 km" in text and "1,5 jam | Bay 2 | Joko (Mekanik)" in text
    assert "1 x Kampas Rem Depan" in text and "1 x Oli Mesin 10W-40 4L *" in text  # * not approved yet
    assert "Ditolak pelanggan (JANGAN dikerjakan):" in text and "- Cek & Isi Freon AC" in text
    assert "Rem depan berdecit" in text and "20.150" in text and "Masuk" in text
    # opened 03:00 UTC, printed in WIB; due after 2 h margin + 1,5 h (the declined AC job does not count)
    assert "Masuk : 04/12/2026 10:00" in text and "Target : 04/12/2026 13:30" in text
    assert "Rp" not in text  # the bay sees no prices
    assert isinstance(items[-1], PrintedCut)


@pytest.mark.parametrize("paper", [58, 80])
def test_estimate_shows_each_line_decision_and_counts_only_what_is_not_declined(workshop, paper):
    services, wo_id = workshop
    data = estimate_for(services, wo_id, NOW)
    text = " ".join(printed_text(decode_escpos(estimate_bytes(data, paper))).split())
    assert "ESTIMASI BIAYA" in text and data.wo_no in text
    assert "(ditolak)" in text and "[DITOLAK]" in text and "[Disetujui]" in text and "[Menunggu]" in text
    est = services.estimates.estimate(wo_id)
    assert data.total == est.estimate.total and data.approved_total == est.approved.total
    assert f"Rp {data.total:,}".replace(",", ".") in text and "Sudah disetujui" in text
    assert "PPN 12%" in text and "DPP" in text
    assert "1 x Rp 150.000 (ditolak)" in text and "Jasa Rp 300.000" in text  # the declined AC job is not counted


def test_estimate_model_checks_its_sums():
    line = EstimateDocLine(kind="part", description="Filter", qty=1, unit_price=65_000, amount=65_000)
    base = dict(branch_name="B", wo_no="WO/1", plate="B 1 A", issued_at=NOW, lines=[line], labour=0, parts=65_000,
                dpp=59_583, ppn=7_150, total=72_150)
    EstimateDocData(**base)
    with pytest.raises(ValidationError, match="sums"):
        EstimateDocData(**{**base, "parts": 1})
    with pytest.raises(ValidationError, match="total"):
        EstimateDocData(**{**base, "total": 1})
    with pytest.raises(ValidationError):
        EstimateDocData(**{**base, "lines": [line.model_copy(update={"state": "declined"})]})


def test_job_sheet_goes_to_the_preview_printer_and_the_screenshots(workshop, tmp_path):
    services, wo_id = workshop
    station = PrintStation("preview:", paper_mm=80)
    job = station.submit("SPK", job_sheet_bytes(job_sheet_for(services, wo_id, NOW), 80))
    assert station.last_preview is not None and station.last_preview.width > 500 and not station.queue
    assert job.attempts == 1
    shots = REPO / "docs" / "screenshots" if os.environ.get("SENTRA_SCREENSHOTS") else tmp_path
    shots.mkdir(parents=True, exist_ok=True)
    render_escpos_png(job_sheet_bytes(job_sheet_for(services, wo_id, NOW), 58), 58).save(shots / "jobsheet_58mm.png")
    render_escpos_png(estimate_bytes(estimate_for(services, wo_id, NOW), 80), 80).save(shots / "estimate_80mm.png")
