"""Printouts of the cashier's station as the printer gets them: receipts and Z-reports as ESC/POS
bytes (`hardware/printing`), and an on-screen preview of the same bytes as a QImage."""

from __future__ import annotations

from PySide6.QtGui import QImage

from app.billing import Invoice
from app.catalogue import Branch
from app.shifts import ZReport
from app.tax import TaxRule
from hardware.printing.from_invoice import receipt_from_invoice
from hardware.printing.preview import render_escpos_png
from hardware.printing.receipt import receipt_bytes
from hardware.printing.z_report import z_report_bytes


def receipt(invoice: Invoice, branch: Branch, cashier_name: str, rule: TaxRule, paper_mm: int, *,
            reprint: bool = False) -> bytes:
    """The struk of `invoice` (no drawer kick: the print queue sends that after it, cash only)."""
    return receipt_bytes(receipt_from_invoice(invoice, branch, cashier_name, rule, reprint=reprint), paper_mm)


def z_report(report: ZReport, paper_mm: int, *, reprint: bool = False) -> bytes:
    return z_report_bytes(report, paper_mm, reprint=reprint)


def preview(data: bytes, paper_mm: int) -> QImage:
    """The bytes drawn as the thermal printer would print them (call off the GUI thread)."""
    image = render_escpos_png(data, paper_mm).convert("RGBA")
    raw = image.tobytes("raw", "RGBA")
    return QImage(raw, image.width, image.height, image.width * 4, QImage.Format.Format_RGBA8888).copy()
