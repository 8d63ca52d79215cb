"""Tax and rounding, in one place. The PPN rule is data (a `tax_rules` row), not code.

From 2025: PPN 12% on a DPP of 11/12 of the price (11% effective). For a price P (labour +
parts − discount): DPP = round(P × 11/12); PPN = round(DPP × 12/100); total = P + PPN,
with `app.money.round_half_up` as the only rounding.
"""

from __future__ import annotations

from fractions import Fraction

from pydantic import BaseModel, Field

from app.errors import ValidationError
from app.money import round_half_up


class TaxRule(BaseModel):
    id: str = "ppn-2025"
    name: str = "PPN 12% x DPP 11/12"
    rate_num: int = Field(12, ge=0)
    rate_den: int = Field(100, gt=0)
    dpp_num: int = Field(11, ge=0)
    dpp_den: int = Field(12, gt=0)
    valid_from: str = "2025-01-01"

    @property
    def rate(self) -> Fraction:
        return Fraction(self.rate_num, self.rate_den)

    @property
    def dpp_factor(self) -> Fraction:
        return Fraction(self.dpp_num, self.dpp_den)


DEFAULT_RULE = TaxRule()


class TaxedTotal(BaseModel):
    labour: int
    parts: int
    discount: int
    price: int
    dpp: int
    ppn: int
    total: int


def compute(labour: int, parts: int, discount: int, rule: TaxRule = DEFAULT_RULE) -> TaxedTotal:
    for name, value in (("labour", labour), ("parts", parts), ("discount", discount)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ValidationError(f"{name} must be a whole, non-negative Rupiah amount", "money")
    if discount > labour + parts:
        raise ValidationError("discount is larger than labour and parts together", "discount")
    price = labour + parts - discount
    dpp = round_half_up(price * rule.dpp_factor)
    ppn = round_half_up(dpp * rule.rate)
    return TaxedTotal(labour=labour, parts=parts, discount=discount, price=price, dpp=dpp, ppn=ppn, total=price + ppn)


def line_amount(qty: int, unit_price: int) -> int:
    return qty * unit_price


def labour_amount(flat_hours_x100: int, rate_per_hour: int) -> int:
    """Flat-rate hours are stored ×100 (1.5 h = 150); the line is rounded once, here."""
    return round_half_up(Fraction(flat_hours_x100 * rate_per_hour, 100))


def percent_text(value: Fraction) -> str:
    """`12/100` -> `12%`, `25/1000` -> `2,5%` (Indonesian decimal comma, at most two places)."""
    pct = value * 100
    if pct.denominator == 1:
        return f"{pct.numerator}%"
    return f"{float(pct):.2f}".rstrip("0").replace(".", ",") + "%"


def ppn_label(rule: TaxRule) -> str:
    """The receipt's PPN line for an invoice made under `rule`, e.g. `PPN 12%`."""
    return f"PPN {percent_text(rule.rate)}"


def dpp_label(rule: TaxRule) -> str:
    """The DPP line, naming its fraction when it is not the whole price (`DPP 11/12`)."""
    factor = rule.dpp_factor
    return "DPP" if factor == 1 else f"DPP {factor.numerator}/{factor.denominator}"
