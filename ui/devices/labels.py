"""Shelf labels for parts as ESC/POS bytes for the print queue (the label layout lives in
`hardware/printing/labels.py`)."""

from __future__ import annotations

from hardware.printing.labels import label_bytes, label_for_part


def part_label_bytes(sku: str, name: str, barcode: str | None, price: int | None, bin_location: str | None,
                     paper_mm: int = 80, copies: int = 1) -> bytes:
    return label_bytes(label_for_part(sku, name, barcode, price, bin_location, copies), paper_mm)
