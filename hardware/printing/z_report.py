"""The Z-report (laporan tutup shift) on the receipt printer: 58 mm (32 columns) or 80 mm (48).

Printed from the `app.shifts.ZReport` kept on the closed shift, so a reprint says the same. No
drawer kick: the drawer is counted, not opened, at close.
"""

from __future__ import annotations

from app.money import format_rupiah
from app.settings import local_time
from app.shifts import ZReport
from hardware.printing.receipt import METHOD_LABELS, Cut, Op, TextLine, ascii_only, columns_for, ops_bytes, two_cols


def _when(iso: str) -> str:
    return local_time(iso).strftime("%d/%m/%Y %H:%M")


def build_z_report(z: ZReport, paper_mm: int, *, reprint: bool = False) -> list[Op]:
    width = columns_for(paper_mm)
    rule = TextLine("-" * width)
    ops: list[Op] = []

    def row(label: str, amount: int, bold: bool = False) -> None:
        ops.append(TextLine(two_cols(ascii_only(label), format_rupiah(amount), width), bold=bold))

    if reprint:
        ops.append(TextLine("** CETAK ULANG / COPY **", "center", bold=True))
    ops.append(TextLine(ascii_only(z.branch_name)[:width], "center", bold=True))
    ops.append(TextLine("LAPORAN Z / TUTUP SHIFT", "center", bold=True, big=True))
    ops.append(TextLine(z.z_number if len(z.z_number) <= width else z.z_number[-width:], "center"))
    ops.append(rule)
    for label, value in (("Kasir", z.station_code), ("Hari", z.business_day), ("Buka", _when(z.opened_at)),
                         ("Tutup", _when(z.closed_at)), ("Dibuka", z.opened_by), ("Ditutup", z.closed_by)):
        ops.append(TextLine(ascii_only(f"{label.ljust(8)}: {value}")[:width]))
    ops.append(rule)
    ops.append(TextLine(f"Penjualan ({z.sales_count} faktur)", bold=True))
    for method, amount in sorted(z.sales_by_method.items()):
        row("  " + METHOD_LABELS.get(method, method), amount)
    row("  Jumlah", sum(z.sales_by_method.values()), bold=True)
    if z.collections_by_method:
        ops.append(TextLine("Pelunasan piutang", bold=True))
        for method, amount in sorted(z.collections_by_method.items()):
            row("  " + METHOD_LABELS.get(method, method), amount)
    for label, amount in (("Refund", z.refunds), ("Void", z.voids), ("Kas masuk", z.pay_in), ("Kas keluar", z.pay_out)):
        if amount:
            row(label, amount)
    ops.append(rule)
    ops.append(TextLine("Hitung kas", bold=True))
    for line in z.counts:
        if line.count:
            label = f"  {format_rupiah(line.denomination)}{' koin' if line.coin else ''} x {line.count}"
            row(label, line.amount)
    ops.append(rule)
    row("Modal awal", z.opening_float)
    row("Kas seharusnya", z.expected_cash)
    row("Kas dihitung", z.counted_cash)
    row("SELISIH", z.variance, bold=True)
    if z.variance_approved_by:
        ops.append(TextLine(ascii_only(f"Disetujui: {z.variance_approved_by}")[:width]))
    ops.append(Cut())
    return ops


def z_report_text(z: ZReport, paper_mm: int) -> str:
    from hardware.printing.receipt import ops_to_text

    return ops_to_text(build_z_report(z, paper_mm), columns_for(paper_mm))


def z_report_bytes(z: ZReport, paper_mm: int, *, reprint: bool = False) -> bytes:
    return ops_bytes(build_z_report(z, paper_mm, reprint=reprint), paper_mm)
