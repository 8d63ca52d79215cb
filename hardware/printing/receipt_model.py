"""The invoice-shaped data a receipt is printed from. All money is integer Rupiah."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Rupiah = int


class ReceiptLine(BaseModel):
    model_config = ConfigDict(frozen=True)

    description: str = Field(min_length=1)
    qty: Decimal = Field(gt=0)
    unit_price: Rupiah
    amount: Rupiah


class ReceiptPayment(BaseModel):
    model_config = ConfigDict(frozen=True)

    method: str = Field(description="cash/tunai, card/edc/debit/kredit, qris, transfer, or free text")
    amount: Rupiah = Field(gt=0)
    card_label: str = ""
    masked_pan: str = ""
    approval_code: str = ""


class ReceiptData(BaseModel):
    """Everything a struk shows. Tax is computed by the app; this model only checks the sums."""

    model_config = ConfigDict(frozen=True)

    branch_name: str = Field(min_length=1)
    branch_address: str = ""
    npwp: str = ""
    invoice_no: str = Field(min_length=1)
    wo_no: str = ""
    plate: str = ""
    issued_at: datetime
    cashier: str = ""
    lines: list[ReceiptLine] = Field(min_length=1)
    subtotal: Rupiah
    discount: Rupiah = Field(0, ge=0)
    dpp: Rupiah
    ppn: Rupiah = Field(ge=0)
    ppn_label: str = "PPN"
    dpp_label: str = "DPP"
    total: Rupiah = Field(ge=0)
    payments: list[ReceiptPayment] = Field(default_factory=list)
    change: Rupiah = Field(0, ge=0)
    footer: str = "Terima kasih atas kunjungan Anda"
    reprint: bool = False  # a copy printed again from history

    @model_validator(mode="after")
    def _sums(self) -> "ReceiptData":
        lines_sum = sum(line.amount for line in self.lines)
        if lines_sum != self.subtotal:
            raise ValueError(f"subtotal {self.subtotal} is not the sum of the lines ({lines_sum})")
        if self.subtotal - self.discount + self.ppn != self.total:
            raise ValueError(
                f"subtotal {self.subtotal} - discount {self.discount} + PPN {self.ppn} is not the total {self.total}")
        if self.payments:
            paid = sum(p.amount for p in self.payments)
            if paid - self.change != self.total:
                raise ValueError(f"payments {paid} minus change {self.change} is not the total {self.total}")
        return self
