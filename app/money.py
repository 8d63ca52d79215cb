"""Money is integer Rupiah. Formatting and the single rounding rule live here."""

from __future__ import annotations

from fractions import Fraction


def format_rupiah(amount: int) -> str:
    """`1250000` -> `Rp 1.250.000`; negatives as `-Rp 5.000`."""
    if not isinstance(amount, int) or isinstance(amount, bool):
        raise TypeError("money is integer Rupiah")
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp {abs(amount):,}".replace(",", ".")


def round_half_up(value: Fraction | int) -> int:
    """The one rounding rule for money: to the nearest Rupiah, halves away from zero."""
    value = Fraction(value)
    if value < 0:
        return -round_half_up(-value)
    whole, rest = divmod(value.numerator, value.denominator)
    return whole + (1 if 2 * rest >= value.denominator else 0)
