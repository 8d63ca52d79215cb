"""Rules for HQ master data an admin authors by hand: tax rules with effective dates, warehouses.

Pure checks (no Qt, no I/O): each `*_op` validates one record against the ones already there and
returns the master-data operation to publish as cloud-authored data (`POST /v1/admin/master`), or
raises `ValidationError` with a one-line reason and a code; nothing is published then.

Tax rules: a rule named N takes effect on `valid_from` and lasts until the next rule of the same
name takes effect, so two rules of one name may not share an effective date (their periods would
overlap). The PPN rate is a fraction in (0, 1] (0 < rate <= 100 %), the DPP factor (the share of
the price taxed, e.g. 11/12) in (0, 1].
"""

from __future__ import annotations

import hashlib

import re
import uuid
from collections.abc import Iterable, Mapping
from datetime import date
from fractions import Fraction
from typing import Any

from app.errors import ValidationError

_NAMESPACE = uuid.UUID("0d4c2f7e-58a1-4b43-9c7a-3f6e2b1d9a10")
_CODE = re.compile(r"[A-Z0-9][A-Z0-9._-]{0,15}")
_FRACTION = re.compile(r"\s*([0-9]{1,6})\s*(?:/\s*([0-9]{1,6}))?\s*")
MAX_DENOMINATOR = 1_000_000


def uuid5_hex(namespace: uuid.UUID, name: str) -> str:
    """`uuid.uuid5(namespace, name).hex`, without building a UUID object (a third of a 100,000-row
    import's checking time went there): SHA-1 of namespace + name, version 5, RFC 4122 variant."""
    raw = bytearray(hashlib.sha1(namespace.bytes + name.encode()).digest()[:16])
    raw[6] = (raw[6] & 0x0F) | 0x50
    raw[8] = (raw[8] & 0x3F) | 0x80
    return raw.hex()


def master_id(table: str, key: str) -> str:
    """The id of a record keyed by name/code, stable across imports and stations."""
    return uuid5_hex(_NAMESPACE, f"{table}/{key}")


def parse_fraction(text: str, what: str) -> Fraction:
    """"11/12", "12" (a percent when no slash: 12 -> 12/100) or "11%"; bounds (0, 1]."""
    raw = text.strip()
    percent = raw.endswith("%")
    match = _FRACTION.fullmatch(raw.rstrip("%"))
    if not match:
        raise ValidationError(f"{what}: not a fraction or percent ({text!r})", "master.fraction")
    num, den = int(match.group(1)), match.group(2)
    if den is None:
        value = Fraction(num, 100)
    elif percent:
        raise ValidationError(f"{what}: a fraction has no % sign", "master.fraction")
    elif int(den) == 0:
        raise ValidationError(f"{what}: the denominator is 0", "master.fraction")
    else:
        value = Fraction(num, int(den))
    if not (0 < value <= 1):
        raise ValidationError(f"{what} must be above 0 and at most 100%", "master.rate_bounds")
    if value.denominator > MAX_DENOMINATOR:
        raise ValidationError(f"{what}: the denominator is too large", "master.fraction")
    return value


def _date(text: str) -> str:
    try:
        return date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise ValidationError(f"effective date is not YYYY-MM-DD ({text!r})", "master.date") from None


def _name(text: str, what: str, max_len: int = 60) -> str:
    name = " ".join(text.split())
    if not name:
        raise ValidationError(f"{what} is empty", "master.required")
    if len(name) > max_len:
        raise ValidationError(f"{what} is longer than {max_len} characters", "master.too_long")
    return name


def tax_rule_op(name: str, rate: str, dpp: str, valid_from: str,
                existing: Iterable[Mapping[str, Any]] = (), *, rule_id: str | None = None) -> dict[str, Any]:
    """Check one tax rule against `existing` rows (`id`, `name`, `valid_from`) and give its upsert.
    `rule_id` edits that rule (its own row is not a clash)."""
    clean = _name(name, "tax rule name")
    rate_f = parse_fraction(rate, "PPN rate")
    dpp_f = parse_fraction(dpp, "DPP factor")
    start = _date(valid_from)
    new_id = rule_id or master_id("tax_rules", f"{clean.casefold()}/{start}")
    for row in existing:
        if row.get("id") == new_id:
            continue
        if str(row.get("name", "")).casefold() == clean.casefold() and row.get("valid_from") == start:
            raise ValidationError(f"{clean} already has a rule taking effect on {start}: the periods would"
                                  " overlap", "master.tax_overlap")
    return {"op": "upsert", "table": "tax_rules", "id": new_id,
            "fields": {"name": clean, "rate_num": rate_f.numerator, "rate_den": rate_f.denominator,
                       "dpp_num": dpp_f.numerator, "dpp_den": dpp_f.denominator, "valid_from": start}}


def rule_in_force(rules: Iterable[Mapping[str, Any]], name: str, on: str) -> Mapping[str, Any] | None:
    """The rule named `name` in force on date `on`: the latest `valid_from` not after it."""
    day = _date(on)
    best: Mapping[str, Any] | None = None
    for row in rules:
        if str(row.get("name", "")).casefold() == name.casefold() and str(row.get("valid_from")) <= day:
            if best is None or str(row["valid_from"]) > str(best["valid_from"]):
                best = row
    return best


def warehouse_op(branch_id: str, code: str, name: str, existing: Iterable[Mapping[str, Any]] = (),
                 *, warehouse_id: str | None = None) -> dict[str, Any]:
    """One warehouse of a branch; its code is unique in the branch."""
    if not branch_id:
        raise ValidationError("choose the branch", "master.required")
    clean_code = code.strip().upper()
    if not _CODE.fullmatch(clean_code):
        raise ValidationError("warehouse code: letters, digits, . _ - (at most 16)", "master.code")
    clean = _name(name, "warehouse name")
    new_id = warehouse_id or master_id("warehouses", f"{branch_id}/{clean_code}")
    for row in existing:
        if row.get("id") != new_id and row.get("branch_id") == branch_id and row.get("code") == clean_code:
            raise ValidationError(f"warehouse {clean_code} already exists in this branch", "master.duplicate")
    return {"op": "upsert", "table": "warehouses", "id": new_id,
            "fields": {"branch_id": branch_id, "code": clean_code, "name": clean}}


def branch_fields(code: str, name: str) -> dict[str, str]:
    """A new branch's code (letters, digits, . _ -, at most 16) and name, as the cloud takes them."""
    clean_code = code.strip().upper()
    if not _CODE.fullmatch(clean_code):
        raise ValidationError("branch code: letters, digits, . _ - (at most 16)", "master.code")
    return {"code": clean_code, "name": _name(name, "branch name")}


def station_code(code: str) -> str:
    clean = code.strip().upper()
    if not _CODE.fullmatch(clean):
        raise ValidationError("station code: letters, digits, . _ - (at most 16)", "master.code")
    return clean
