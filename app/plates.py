"""Indonesian plates (`B 1234 XYZ`) and VINs."""

from __future__ import annotations

import re

from app.errors import ValidationError

_PLATE = re.compile(r"^([A-Z]{1,2})([0-9]{1,4})([A-Z]{0,3})$")  # ASCII only: no full-width digits
_VIN = re.compile(r"^[A-HJ-NPR-Z0-9]{17}$")


def normalize_plate(raw: str) -> str:
    """`b-1234xyz`, `B1234XYZ`, ` b 1234  xyz ` -> `B 1234 XYZ`; anything else is refused."""
    if not isinstance(raw, str):
        raise ValidationError("plate must be text", "plate")
    compact = re.sub(r"[\s.\-]+", "", raw.upper())
    m = _PLATE.match(compact)
    if not m or m.group(2).startswith("0"):
        raise ValidationError(
            f"not an Indonesian plate: {raw!r} (expected region letters, 1-4 digits, up to 3 letters,"
            " e.g. B 1234 XYZ)", "plate",
        )
    return " ".join(part for part in m.groups() if part)


def normalize_vin(raw: str) -> str:
    """17 characters, letters and digits, never I, O or Q."""
    vin = re.sub(r"\s+", "", str(raw)).upper()
    if len(vin) != 17:
        raise ValidationError(f"VIN must be 17 characters, got {len(vin)}", "vin")
    if not _VIN.match(vin):
        raise ValidationError("VIN may hold only letters and digits, never I, O or Q", "vin")
    return vin
