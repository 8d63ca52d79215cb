"""A realistic invoice for the printing tests and the screenshots."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from hardware.printing.receipt_model import ReceiptData, ReceiptLine, ReceiptPayment


def sample_receipt(**changes: object) -> ReceiptData:
    data = dict(
        branch_name="Sentra Auto Care Kelapa Gading",
        branch_address="Jl. Boulevard Raya Blok QJ 5 No. 12, Kelapa Gading, Jakarta Utara 14240",
        npwp="01.234.567.8-045.000",
        invoice_no="INV-KG01-K1-000123",
        wo_no="WO-KG01-SA1-000456",
        plate="B 1234 XYZ",
        issued_at=datetime(2025, 11, 24, 14, 5),
        cashier="Siti Rahma",
        lines=[
            ReceiptLine(description="Jasa ganti oli mesin", qty=Decimal(1), unit_price=75_000, amount=75_000),
            ReceiptLine(description="Oli Shell Helix HX7 10W-40 (liter)", qty=Decimal("3.5"), unit_price=120_000, amount=420_000),
            ReceiptLine(description="Filter oli Toyota Avanza 90915-YZZD2", qty=Decimal(1), unit_price=65_000, amount=65_000),
            ReceiptLine(description="Jasa spooring & balancing", qty=Decimal(1), unit_price=450_000, amount=450_000),
        ],
        subtotal=1_010_000,
        discount=10_000,
        dpp=916_667,
        ppn=110_000,
        ppn_label="PPN 12%",
        total=1_110_000,
        payments=[
            ReceiptPayment(method="edc", amount=750_000, card_label="VISA", masked_pan="************1234", approval_code="A1B2C3"),
            ReceiptPayment(method="tunai", amount=400_000),
        ],
        change=40_000,
    )
    data.update(changes)
    return ReceiptData.model_validate(data)
