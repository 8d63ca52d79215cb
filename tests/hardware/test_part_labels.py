"""Shelf labels for catalogue parts: the printed barcode scans back to the same part; preview: renders a PNG."""

from __future__ import annotations

from hardware.printing.escpos_decode import PrintedBarcode, decode_escpos, printed_text
from hardware.printing.labels import label_bytes, label_for_part
from hardware.printing.spool import PrintStation


def test_label_carries_the_parts_barcode_or_its_sku() -> None:
    with_code = label_for_part("OLI-10W40-4L", "Oli Mesin 10W-40 4L", "8991234500012", 385_000, "A-01")
    without = label_for_part("FLT-OLI-TY", "Filter Oli Toyota", None, None, None, copies=2)
    odd = label_for_part("KMP-1", "Kampas", "ÄBC", None, None)
    items = decode_escpos(label_bytes(with_code, 58))
    assert [b.data for b in items if isinstance(b, PrintedBarcode)] == ["8991234500012"]
    assert "Rp 385.000  Rak A-01" in printed_text(items)
    assert [b.data for b in decode_escpos(label_bytes(without, 80)) if isinstance(b, PrintedBarcode)] == ["FLT-OLI-TY"] * 2
    assert odd.part_no == "KMP-1"  # a barcode CODE128 cannot carry falls back to the SKU


def test_label_to_preview_saves_a_png(tmp_path) -> None:
    out = tmp_path / "label.png"
    station = PrintStation(f"preview:{out}", paper_mm=58, check_status=False)
    station.print_label(label_for_part("OLI-10W40-4L", "Oli Mesin 10W-40 4L", "8991234500012", 385_000, "A-01"))
    assert out.exists() and station.last_preview.size[1] > 50
