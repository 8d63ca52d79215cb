"""Find a vehicle as the advisor types it: plate (any spacing or case), VIN, phone or customer name.

One function, `search(store, text)`, cheap enough to run on every keystroke over tens of
thousands of customers: the typed text is read into a few prefixes, and each is one range scan
over an index of a generated search column (schema v7), so the keys are right whoever wrote the
row — this station, a LAN peer or the cloud.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel

from app.errors import ValidationError
from app.plates import normalize_plate
from app.store import Store

Matched = Literal["plate", "vin", "phone", "name"]
_RANK: dict[str, int] = {"plate": 0, "vin": 1, "phone": 2, "name": 3}
_PLATE_PREFIX = re.compile(r"^[A-Z]{1,2}([1-9][0-9]{0,3}[A-Z]{0,3})?$")
_VIN_PREFIX = re.compile(r"^[A-HJ-NPR-Z0-9]{6,17}$")
_PHONE = re.compile(r"^\+?[0-9][0-9 .\-()]*$")


class SearchHit(BaseModel):
    customer_id: str
    customer_name: str
    phone: str | None = None
    vehicle_id: str | None = None
    plate: str | None = None
    vin: str | None = None
    make: str | None = None
    model: str | None = None
    year: int | None = None
    matched: Matched


class SearchResult(BaseModel):
    text: str
    hits: list[SearchHit]
    # the typed text as a complete plate (`B 1234 XYZ`) when it is one, and whether a vehicle has it:
    # a complete plate that no vehicle has is the cue to register a new customer and vehicle
    plate: str | None = None
    plate_known: bool = False


class Prefixes(BaseModel):
    """What the typed text may be the start of; None where it cannot be that."""

    plate: str | None = None  # compact, upper case: `B1234`
    plate_tail: str | None = None  # the digits an advisor types without the region: `1234`
    vin: str | None = None
    phone: str | None = None  # digits, 0 read as 62
    name: str | None = None  # lower case, single spaces


def phone_key(raw: str) -> str:
    """`0812-1111-2222`, `+62 812 1111 2222` and `812 1111 2222` all give `6281211112222`."""
    digits = "".join(ch for ch in raw if ch.isdigit())
    if digits.startswith("0"):
        return "62" + digits[1:]
    if digits.startswith("8"):
        return "62" + digits
    return digits


def prefixes(text: str) -> Prefixes:
    text = (text or "").strip()
    if not text:
        return Prefixes()
    compact = re.sub(r"[\s.\-]+", "", text.upper())
    out = Prefixes()
    if _PLATE_PREFIX.match(compact):
        out.plate = compact
    if compact.isdigit() and len(compact) <= 4 and not compact.startswith("0"):
        out.plate_tail = compact
    if _VIN_PREFIX.match(compact) and any(c.isdigit() for c in compact) and any(c.isalpha() for c in compact):
        out.vin = compact
    if _PHONE.match(text):
        key = phone_key(text)
        if len(key) >= 4:
            out.phone = key
    if not any(ch.isdigit() for ch in text):
        name = " ".join(text.lower().split())
        if name:
            out.name = name
    return out


def _upper_bound(prefix: str) -> str:
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


_VEHICLE_COLS = ("v.id AS vehicle_id, v.plate, v.vin, v.make, v.model, v.year, c.id AS customer_id,"
                 " c.name AS customer_name, c.phone")


def search(store: Store, text: str, limit: int = 20) -> SearchResult:
    """Hits for what is typed so far, best first: plate, VIN, phone, then name matches."""
    p = prefixes(text)
    found: list[tuple[int, str, dict]] = []
    with store.read() as conn:

        def vehicles_by(column: str, prefix: str, matched: str) -> None:
            rows = conn.execute(
                f"SELECT {_VEHICLE_COLS}, v.{column} FROM vehicles v JOIN customers c ON c.id = v.customer_id"
                f" WHERE v._del IS NULL AND v.{column} >= ? AND v.{column} < ? ORDER BY v.{column} LIMIT ?",
                (prefix, _upper_bound(prefix), limit)).fetchall()
            for r in rows:
                found.append((_RANK[matched], r[-1], {**_vehicle_row(r), "matched": matched}))

        def customers_by(column: str, prefix: str, matched: str) -> None:
            rows = conn.execute(
                f"SELECT id, name, phone, {column} FROM customers"
                f" WHERE _del IS NULL AND {column} >= ? AND {column} < ? ORDER BY {column} LIMIT ?",
                (prefix, _upper_bound(prefix), limit)).fetchall()
            if not rows:
                return
            ids = [r[0] for r in rows]
            owned: dict[str, list[dict]] = {}
            for v in conn.execute(
                    f"SELECT {_VEHICLE_COLS} FROM vehicles v JOIN customers c ON c.id = v.customer_id"
                    f" WHERE v._del IS NULL AND v.customer_id IN ({','.join('?' * len(ids))}) ORDER BY v.plate",
                    ids).fetchall():
                row = _vehicle_row(v)
                owned.setdefault(row["customer_id"], []).append(row)
            for cid, name, phone, key in rows:
                for row in owned.get(cid) or [{"customer_id": cid, "customer_name": name or "", "phone": phone}]:
                    found.append((_RANK[matched], key or "", {**row, "matched": matched}))

        if p.plate:
            vehicles_by("plate_key", p.plate, "plate")
        if p.plate_tail:
            vehicles_by("plate_tail", p.plate_tail, "plate")
        if p.vin:
            vehicles_by("vin_key", p.vin, "vin")
        if p.phone:
            customers_by("phone_key", p.phone, "phone")
        if p.name:
            for column in ("name_key", "name_key2", "name_key3"):
                customers_by(column, p.name, "name")
        plate, known = None, False
        try:
            plate = normalize_plate(text)
        except ValidationError:
            pass
        else:
            known = conn.execute("SELECT 1 FROM vehicles WHERE _del IS NULL AND plate_key = ? LIMIT 1",
                                 (plate.replace(" ", ""),)).fetchone() is not None
    exact = plate.replace(" ", "") if plate else None
    found.sort(key=lambda f: (f[2].get("plate") is None or (f[2]["plate"] or "").replace(" ", "") != exact,
                              f[0], f[1], f[2]["customer_name"].lower(), f[2].get("plate") or ""))
    hits: list[SearchHit] = []
    seen: set[tuple[str, str | None]] = set()
    for _rank, _key, row in found:
        ident = (row["customer_id"], row.get("vehicle_id"))
        if ident in seen:
            continue
        seen.add(ident)
        hits.append(SearchHit(**row))
        if len(hits) >= limit:
            break
    return SearchResult(text=text, hits=hits, plate=plate, plate_known=known)


def _vehicle_row(r: tuple) -> dict:
    return {"vehicle_id": r[0], "plate": r[1], "vin": r[2], "make": r[3], "model": r[4], "year": r[5],
            "customer_id": r[6], "customer_name": r[7] or "", "phone": r[8]}
