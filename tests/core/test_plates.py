from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.plates import normalize_plate, normalize_vin


@pytest.mark.parametrize("raw,plate", [
    ("B1234XYZ", "B 1234 XYZ"), ("b 1234 xyz", "B 1234 XYZ"), ("  b-1234-xyz ", "B 1234 XYZ"),
    ("DK890QR", "DK 890 QR"), ("AB 77 UV", "AB 77 UV"), ("L 2020", "L 2020"), ("d.4567.abc", "D 4567 ABC"),
])
def test_plates_normalise(raw, plate):
    assert normalize_plate(raw) == plate


@pytest.mark.parametrize("raw", ["", "1234", "B", "BCD 123 X", "B 12345 X", "B 123 WXYZ", "B 0123 X", "B 12@3"])
def test_bad_plates_refused(raw):
    with pytest.raises(ValidationError, match="plate"):
        normalize_plate(raw)


letters = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=2)
suffix = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", max_size=3)


@given(letters, st.integers(min_value=1, max_value=9999), suffix, st.sampled_from(["", " ", "-", "  "]))
def test_plate_property(region, number, tail, sep):
    raw = sep.join(p for p in (region.lower(), str(number), tail) if p)
    plate = normalize_plate(raw)
    assert plate == " ".join(p for p in (region, str(number), tail) if p)
    assert normalize_plate(plate) == plate


@given(st.text(max_size=20))
def test_plate_parser_never_crashes(raw):
    try:
        normalize_plate(raw)
    except ValidationError:
        pass


def test_vin():
    assert normalize_vin("mhf ab3fs0 k0123456") == "MHFAB3FS0K0123456"
    for bad in ("MHFAB3FS0K012345", "MHFAB3FS0K01234567", "MHFAB3FSOK0123456", "IHFAB3FS0K0123456",
                "QHFAB3FS0K0123456", "MHFAB3FS0K012345!"):
        with pytest.raises(ValidationError, match="VIN"):
            normalize_vin(bad)


def test_full_width_digits_are_refused():
    with pytest.raises(ValidationError):
        normalize_plate("B １２３４ XYZ")
