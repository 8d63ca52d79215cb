"""Barcode labels for parts (gudang): name, part number as CODE128, price and bin location."""

from __future__ import annotations

from pydantic import BaseModel, Field, field_validator

from app.money import format_rupiah
from hardware.printing.receipt import Barcode, Cut, Op, TextLine, ascii_only, columns_for, ops_bytes


class PartLabel(BaseModel):
    part_no: str = Field(min_length=1, max_length=40)
    name: str = Field(min_length=1)
    price: int | None = Field(None, ge=0, description="integer Rupiah")
    bin_location: str = ""
    copies: int = Field(1, ge=1, le=100)

    @field_validator("part_no")
    @classmethod
    def _printable_ascii(cls, value: str) -> str:
        if not value.isascii() or not value.isprintable():
            raise ValueError("part number must be printable ASCII to become a CODE128 barcode")
        return value


def build_label(label: PartLabel, paper_mm: int) -> list[Op]:
    width = columns_for(paper_mm)
    ops: list[Op] = []
    for _ in range(label.copies):
        ops.append(TextLine(ascii_only(label.name)[:width], "center", bold=True))
        ops.append(Barcode(label.part_no))
        ops.append(TextLine(label.part_no, "center"))
        details = []
        if label.price is not None:
            details.append(format_rupiah(label.price))
        if label.bin_location:
            details.append(f"Rak {ascii_only(label.bin_location)}")
        if details:
            ops.append(TextLine("  ".join(details)[:width], "center"))
        ops.append(Cut())
    return ops


def label_bytes(label: PartLabel, paper_mm: int) -> bytes:
    return ops_bytes(build_label(label, paper_mm), paper_mm)


def label_for_part(sku: str, name: str, barcode: str | None, price: int | None, bin_location: str | None,
                   copies: int = 1) -> PartLabel:
    """A shelf label for a catalogue part: its barcode when it has a printable one (what the scanner
    reads back to the same part), otherwise its SKU."""
    code = barcode if barcode and barcode.isascii() and barcode.isprintable() else sku
    return PartLabel(part_no=code, name=name, price=price, bin_location=bin_location or "", copies=copies)
