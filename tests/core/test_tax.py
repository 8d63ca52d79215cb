"""Tax and rounding: PPN 12% on a DPP of 11/12, integer Rupiah, one rounding rule."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app import tax
from app.errors import ValidationError
from app.money import format_rupiah, round_half_up

rupiah = st.integers(min_value=0, max_value=10**11)


@given(rupiah, rupiah, st.data())
def test_totals_add_up_and_ppn_is_eleven_percent(labour, parts, data):
    discount = data.draw(st.integers(min_value=0, max_value=labour + parts))
    t = tax.compute(labour, parts, discount)
    assert all(isinstance(v, int) for v in t.model_dump().values())
    assert t.price == labour + parts - discount
    assert t.total == t.labour + t.parts - t.discount + t.ppn
    assert abs(t.dpp - Fraction(t.price * 11, 12)) <= Fraction(1, 2)
    assert abs(t.ppn - Fraction(t.dpp * 12, 100)) <= Fraction(1, 2)
    assert abs(t.ppn - Fraction(t.price * 11, 100)) <= 1  # 11% effective, within one Rupiah


@given(st.integers(min_value=-10**12, max_value=10**12), st.integers(min_value=1, max_value=10**6))
def test_round_half_up_is_nearest_with_halves_away_from_zero(num, den):
    r = round_half_up(Fraction(num, den))
    exact = Fraction(num, den)
    assert abs(r - exact) <= Fraction(1, 2)
    if abs(r - exact) == Fraction(1, 2):
        assert abs(r) > abs(exact)


def test_known_invoice():
    t = tax.compute(500_000, 900_000, 50_000)
    assert (t.price, t.dpp, t.ppn, t.total) == (1_350_000, 1_237_500, 148_500, 1_498_500)


def test_rule_is_data():
    old = tax.TaxRule(id="ppn-2022", rate_num=11, rate_den=100, dpp_num=1, dpp_den=1, valid_from="2022-04-01")
    assert tax.compute(1_000_000, 0, 0, old).ppn == 110_000
    assert tax.compute(1_000_000, 0, 0).ppn == 110_000  # 12% x 11/12 gives the same 11%
    assert tax.compute(1_000_000, 0, 0, tax.TaxRule(rate_num=12, dpp_num=1, dpp_den=1)).ppn == 120_000


@pytest.mark.parametrize("args", [(-1, 0, 0), (0, 0, 1), (1.5, 0, 0), (10, 10, 21)])
def test_bad_amounts_refused(args):
    with pytest.raises(ValidationError):
        tax.compute(*args)


def test_labour_amount_rounds_once():
    assert tax.labour_amount(150, 200_000) == 300_000
    assert tax.labour_amount(75, 199_999) == 149_999  # 149 999.25
    assert tax.labour_amount(50, 3) == 2  # 1.5 rounds half up


def test_rupiah_format():
    assert format_rupiah(1_250_000) == "Rp 1.250.000"
    assert format_rupiah(0) == "Rp 0"
    assert format_rupiah(-5_000) == "-Rp 5.000"
    with pytest.raises(TypeError):
        format_rupiah(1.5)  # type: ignore[arg-type]
