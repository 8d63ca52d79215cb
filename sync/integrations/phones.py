"""Indonesian phone numbers in E.164: `0812-3456-789`, `62812…` and `+62 812…` are one number."""

from __future__ import annotations

import re

_E164 = re.compile(r"^\+[1-9]\d{7,14}$")


class PhoneError(ValueError):
    pass


def to_e164(raw: str, country: str = "62") -> str:
    """`0812 3456 7890` → `+6281234567890`; a number already in `+CC…` form keeps its country."""
    text = (raw or "").strip()
    if not text:
        raise PhoneError("no phone number")
    plus = text.startswith("+")
    digits = re.sub(r"[\s().\-/]", "", text.lstrip("+"))
    if not digits.isdigit():
        raise PhoneError(f"{raw!r} is not a phone number")
    if plus:
        number = "+" + digits
    elif digits.startswith("00"):
        number = "+" + digits[2:]
    elif digits.startswith("0"):
        number = "+" + country + digits[1:]
    elif digits.startswith(country):
        number = "+" + digits
    else:
        number = "+" + country + digits
    if not _E164.match(number):
        raise PhoneError(f"{raw!r} is not a valid phone number")
    return number


def whatsapp_address(raw: str) -> str:
    return "whatsapp:" + to_e164(raw)
