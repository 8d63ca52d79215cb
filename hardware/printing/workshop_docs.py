"""Workshop documents for the advisor: the job sheet (SPK) for the bay and the customer's estimate.

Document models (pydantic, money in integer Rupiah) and one layout each for 58 mm (32 columns)
and 80 mm (48 columns) paper, in Bahasa Indonesia, built from the receipt's ops so the same
ESC/POS emitter, text renderer and PNG preview serve them.
"""

from __future__ import annotations

import textwrap
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.money import format_rupiah
from hardware.printing.receipt import (
    Align,
    Barcode,
    Cut,
    Op,
    TextLine,
    ascii_only,
    columns_for,
    ops_bytes,
    ops_to_text,
    two_cols,
)

LineState = Literal["approved", "declined", "proposed"]
STATE_LABELS: dict[str, str] = {"approved": "Disetujui", "declined": "DITOLAK", "proposed": "Menunggu"}


class _Doc(BaseModel):
    model_config = ConfigDict(frozen=True)


class SheetJob(_Doc):
    description: str = Field(min_length=1)
    hours: str  # "1,5"
    bay: str = ""
    mechanics: list[str] = []
    state: LineState = "proposed"


class SheetPart(_Doc):
    name: str = Field(min_length=1)
    qty: int = Field(gt=0)
    sku: str = ""
    state: LineState = "proposed"


class JobSheetData(_Doc):
    """The SPK the bay works from: what to do, with which parts, by when. No prices."""

    branch_name: str = Field(min_length=1)
    wo_no: str = Field(min_length=1)
    plate: str = Field(min_length=1)
    vehicle: str = ""
    customer: str = ""
    opened_at: datetime
    due_at: datetime | None = None
    odometer_km: int | None = None
    advisor: str = ""
    rework_of: str = ""  # the work order this one reworks under warranty
    complaints: list[str] = []
    jobs: list[SheetJob] = []
    parts: list[SheetPart] = []


class EstimateDocLine(_Doc):
    kind: Literal["job", "part"]
    description: str = Field(min_length=1)
    qty: int = Field(gt=0)
    unit_price: int
    amount: int
    state: LineState = "proposed"


class EstimateDocData(_Doc):
    """The estimate the customer approves line by line; declined lines are shown, not counted."""

    branch_name: str = Field(min_length=1)
    branch_phone: str = ""
    wo_no: str = Field(min_length=1)
    plate: str = Field(min_length=1)
    vehicle: str = ""
    customer: str = ""
    issued_at: datetime
    lines: list[EstimateDocLine] = Field(min_length=1)
    labour: int
    parts: int
    dpp: int
    ppn: int = Field(ge=0)
    ppn_label: str = "PPN 12%"
    total: int = Field(ge=0)
    approved_total: int = Field(0, ge=0)

    @model_validator(mode="after")
    def _sums(self) -> "EstimateDocData":
        counted = [li for li in self.lines if li.state != "declined"]
        labour = sum(li.amount for li in counted if li.kind == "job")
        parts = sum(li.amount for li in counted if li.kind == "part")
        if (labour, parts) != (self.labour, self.parts):
            raise ValueError(f"labour {self.labour} / parts {self.parts} are not the sums of the lines not declined"
                             f" ({labour} / {parts})")
        if self.labour + self.parts + self.ppn != self.total:
            raise ValueError(f"labour + parts + PPN is not the total {self.total}")
        return self


class _Layout:
    def __init__(self, paper_mm: int) -> None:
        self.width = columns_for(paper_mm)
        self.ops: list[Op] = []

    def wrap(self, text: str, align: Align = "left", indent: str = "", first: str = "", **kw: Any) -> None:
        lines = textwrap.wrap(ascii_only(text), self.width, initial_indent=first, subsequent_indent=indent) or [""]
        for part in lines:
            self.ops.append(TextLine(part, align, **kw))

    def rule(self, char: str = "-") -> None:
        self.ops.append(TextLine(char * self.width))

    def field(self, label: str, value: str, label_w: int = 10) -> None:
        if value:
            self.wrap(f"{label.ljust(label_w - 2)}: {value}", indent=" " * label_w)

    def doc_no(self, label: str, value: str, label_w: int = 10) -> None:
        """A document number is never broken mid-way: too long for the line, it gets its own."""
        if label_w + len(value) <= self.width:
            self.field(label, value, label_w)
        else:
            self.ops.append(TextLine(f"{label.ljust(label_w - 2)}:"))
            self.wrap(value, "right")

    def pair(self, left: str, right: str, **kw: Any) -> None:
        self.ops.append(TextLine(two_cols(ascii_only(left), ascii_only(right), self.width), **kw))


def _when(moment: datetime) -> str:
    return moment.strftime("%d/%m/%Y %H:%M")


def build_job_sheet(data: JobSheetData, paper_mm: int) -> list[Op]:
    lay = _Layout(paper_mm)
    lay.wrap(data.branch_name, "center", bold=True)
    lay.wrap("PERINTAH KERJA (SPK)", "center", bold=True, big=True)
    lay.ops.append(Barcode(data.wo_no))
    lay.wrap(data.wo_no, "center")
    lay.rule()
    lay.field("Nopol", data.plate)
    lay.field("Mobil", data.vehicle)
    lay.field("Pemilik", data.customer)
    lay.field("KM", f"{data.odometer_km:,}".replace(",", ".") if data.odometer_km is not None else "")
    lay.field("Masuk", _when(data.opened_at))
    lay.field("Target", _when(data.due_at) if data.due_at else "")
    lay.field("SA", data.advisor)
    if data.rework_of:
        lay.wrap(f"GARANSI - rework dari {data.rework_of}", bold=True)
    lay.rule()
    lay.wrap("Keluhan:", bold=True)
    for n, text in enumerate(data.complaints, 1):
        lay.wrap(text, first=f"{n}. ", indent="   ")
    lay.rule()
    lay.wrap("Pekerjaan:", bold=True)
    worked = [j for j in data.jobs if j.state != "declined"]
    for n, job in enumerate(worked, 1):
        lay.wrap(job.description, first=f"{n}. ", indent="   ", bold=True)
        details = [f"{job.hours} jam"] + ([job.bay] if job.bay else []) + ([", ".join(job.mechanics)] if job.mechanics else [])
        lay.wrap(" | ".join(details), first="   ", indent="   ")
        if job.state == "proposed":
            lay.wrap("[belum disetujui pelanggan]", first="   ", indent="   ")
        lay.wrap("Mulai ____  Selesai ____  [ ]", first="   ", indent="   ")
    if not worked:
        lay.wrap("(belum ada pekerjaan)")
    parts = [p for p in data.parts if p.state != "declined"]
    if parts:
        lay.rule()
        lay.wrap("Sparepart:", bold=True)
        for part in parts:
            mark = " *" if part.state == "proposed" else ""
            lay.wrap(f"{part.qty} x {part.name}{mark}", indent="    ")
        if any(p.state == "proposed" for p in parts):
            lay.wrap("* belum disetujui pelanggan")
    declined = [j.description for j in data.jobs if j.state == "declined"]
    declined += [p.name for p in data.parts if p.state == "declined"]
    if declined:
        lay.rule()
        lay.wrap("Ditolak pelanggan (JANGAN dikerjakan):", bold=True)
        for text in declined:
            lay.wrap(text, first="- ", indent="  ")
    lay.rule()
    lay.ops.append(TextLine("Mekanik: ______________"))
    lay.ops.append(TextLine("QC     : ______________"))
    lay.ops.append(Cut())
    return lay.ops


def build_estimate(data: EstimateDocData, paper_mm: int) -> list[Op]:
    lay = _Layout(paper_mm)
    lay.wrap(data.branch_name, "center", bold=True)
    if data.branch_phone:
        lay.wrap(f"Telp. {data.branch_phone}", "center")
    lay.wrap("ESTIMASI BIAYA", "center", bold=True, big=True)
    lay.rule()
    lay.doc_no("No. SPK", data.wo_no)
    lay.field("Nopol", data.plate)
    lay.field("Mobil", data.vehicle)
    lay.field("Pemilik", data.customer)
    lay.field("Tanggal", _when(data.issued_at))
    lay.rule()
    for kind, title in (("job", "Jasa:"), ("part", "Sparepart:")):
        lines = [li for li in data.lines if li.kind == kind]
        if not lines:
            continue
        lay.wrap(title, bold=True)
        for li in lines:
            lay.wrap(li.description)
            qty = f"  {li.qty} x {format_rupiah(li.unit_price)}"
            amount = "(ditolak)" if li.state == "declined" else format_rupiah(li.amount)
            lay.pair(qty, amount)
            lay.ops.append(TextLine(f"  [{STATE_LABELS[li.state]}]", "left", bold=li.state == "declined"))
    lay.rule()
    lay.pair("Jasa", format_rupiah(data.labour))
    lay.pair("Sparepart", format_rupiah(data.parts))
    lay.pair("DPP", format_rupiah(data.dpp))
    lay.pair(data.ppn_label, format_rupiah(data.ppn))
    lay.pair("TOTAL", format_rupiah(data.total), bold=True, big=True)
    if data.approved_total != data.total:
        lay.pair("Sudah disetujui", format_rupiah(data.approved_total))
    lay.rule()
    lay.wrap("Baris yang ditolak tidak dikerjakan dan tidak ditagih. Estimasi dapat berubah bila ditemukan"
             " kerusakan lain; pekerjaan tambahan dikerjakan setelah disetujui.")
    lay.ops.append(TextLine(""))
    lay.ops.append(TextLine("Disetujui pelanggan:"))
    lay.ops.append(TextLine(""))
    lay.ops.append(TextLine("(______________________)"))
    lay.ops.append(Cut())
    return lay.ops


def job_sheet_bytes(data: JobSheetData, paper_mm: int) -> bytes:
    return ops_bytes(build_job_sheet(data, paper_mm), paper_mm)


def estimate_bytes(data: EstimateDocData, paper_mm: int) -> bytes:
    return ops_bytes(build_estimate(data, paper_mm), paper_mm)


def job_sheet_text(data: JobSheetData, paper_mm: int) -> str:
    return ops_to_text(build_job_sheet(data, paper_mm), columns_for(paper_mm))


def estimate_text(data: EstimateDocData, paper_mm: int) -> str:
    return ops_to_text(build_estimate(data, paper_mm), columns_for(paper_mm))
