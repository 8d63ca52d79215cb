"""HQ master data from CSV: the parts and labour catalogues, checked whole, then published all at once.

`read_parts(path)` / `read_labour(path)` check every row first and return the master-data
operations plus the rejected rows (line number and reason). Only a file with no rejected row is
published: `publish(http, ops)` stages it on the cloud in batches of 500 and commits, so every
station gets the whole catalogue as cloud-authored master data (which the merge rules rank
above a branch's edits), or nothing.

Parts CSV: `sku,name,unit_price[,unit][,barcode][,has_expiry]` (header row; any order; unit
defaults to pcs). Labour CSV: `code,name,flat_hours,rate_per_hour`. Money is whole Rupiah
(`125000` or `125.000`); hours take a decimal point or comma (`1.5`, `1,5`). A row's id comes
from its SKU or code, so importing the same file again updates the same rows.

Price-list CSV (`prices`): `kind,code,price,valid_from[,branch_code]`: `kind` part or labour,
`code` the part's SKU or the labour code (the item as the catalogue import keyed it), `price`
whole Rupiah (labour: per hour), `valid_from` YYYY-MM-DD, `branch_code` one branch (empty: every
branch; codes are looked up on the cloud). The same kind, code, branch and date again edits that row.
"""

from __future__ import annotations

import csv
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.master_rules import uuid5_hex

BATCH = 500
MAX_RUPIAH = 10**12
_NAMESPACE = uuid.UUID("6b1f5a8e-2a7c-4f0e-9d51-5e3c8f1a7b20")
_RUPIAH = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+")
_CODE = re.compile(r"[A-Z0-9][A-Z0-9._/-]{0,63}")
_BARCODE = re.compile(r"[A-Za-z0-9-]{1,64}")
_HOURS = re.compile(r"([0-9]{1,3})(?:[.,]([0-9]{1,2}))?")
_TEXT_BAD = re.compile(r"[\x00-\x1f\x7f]")
_YES = {"1", "y", "yes", "ya", "true", "t"}
_NO = {"", "0", "n", "no", "tidak", "false", "f"}


class Rejected(ValueError):
    """One row's reason."""


@dataclass
class ImportFile:
    table: str
    ops: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)
    rows: int = 0

    @property
    def ok(self) -> bool:
        return not self.rejected and bool(self.ops)

    def report(self, limit: int = 50) -> str:
        lines = [f"line {line}: {why}" for line, why in self.rejected[:limit]]
        if len(self.rejected) > limit:
            lines.append(f"… and {len(self.rejected) - limit} more rejected rows")
        return "\n".join(lines)


def row_id(table: str, key: str) -> str:
    return uuid5_hex(_NAMESPACE, f"{table}/{key}")


def rupiah(text: str, what: str) -> int:
    text = text.strip().removeprefix("Rp").strip()
    if not _RUPIAH.fullmatch(text):
        raise Rejected(f"{what} {text!r} is not a whole Rupiah amount (e.g. 125000 or 125.000)")
    value = int(text.replace(".", ""))
    if value > MAX_RUPIAH:
        raise Rejected(f"{what} {text} is too large")
    return value


def _text(row: dict[str, str], name: str, max_len: int, *, required: bool = True) -> str:
    value = (row.get(name) or "").strip()
    if required and not value:
        raise Rejected(f"{name} is missing")
    if len(value) > max_len:
        raise Rejected(f"{name} is longer than {max_len} characters")
    if _TEXT_BAD.search(value):
        raise Rejected(f"{name} has control characters")
    return value


def _code(row: dict[str, str], name: str) -> str:
    value = _text(row, name, 64).upper()
    if not _CODE.fullmatch(value):
        raise Rejected(f"{name} {value!r} may hold only letters, digits and . _ / -")
    return value


def _rows(path: Path, required: set[str]) -> Iterator[tuple[int, dict[str, str]]]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.reader(handle)
        try:
            header = [h.strip().lower() for h in next(reader)]
        except StopIteration:
            raise Rejected("the file is empty") from None
        missing = required - set(header)
        if missing:
            raise Rejected(f"the header lacks {', '.join(sorted(missing))} (it has {', '.join(header)})")
        for values in reader:
            if not any(v.strip() for v in values):
                continue
            if len(values) != len(header):
                yield reader.line_num, {"__bad__": f"{len(values)} columns, the header has {len(header)}"}
                continue
            yield reader.line_num, dict(zip(header, values))


def _read(path: Path, table: str, required: set[str], key_name: str,
          build: Callable[[dict[str, str]], tuple[str, dict[str, Any]]],
          make_id: Callable[[str, dict[str, Any]], str] | None = None) -> ImportFile:
    result = ImportFile(table)
    seen: dict[str, int] = {}
    try:
        for line, row in _rows(path, required):
            result.rows += 1
            try:
                if "__bad__" in row:
                    raise Rejected(row["__bad__"])
                key, fields = build(row)
                if key in seen:
                    raise Rejected(f"{key_name} {key} appears twice (first on line {seen[key]})")
                seen[key] = line
                op_id = make_id(key, fields) if make_id else row_id(table, key)
                result.ops.append({"op": "upsert", "table": table, "id": op_id, "fields": fields})
            except Rejected as exc:
                result.rejected.append((line, str(exc)))
    except Rejected as exc:
        result.rejected.append((1, str(exc)))
    except UnicodeDecodeError:
        result.rejected.append((0, "the file is not UTF-8 text"))
    return result


def _part(row: dict[str, str]) -> tuple[str, dict[str, Any]]:
    sku = _code(row, "sku")
    name = _text(row, "name", 200)
    unit = _text(row, "unit", 16, required=False) or "pcs"
    price = rupiah(row.get("unit_price") or "", "unit_price")
    barcode = (row.get("barcode") or "").strip() or None
    if barcode is not None and not _BARCODE.fullmatch(barcode):
        raise Rejected(f"barcode {barcode!r} may hold only letters, digits and -")
    expiry = (row.get("has_expiry") or "").strip().lower()
    if expiry not in _YES | _NO:
        raise Rejected(f"has_expiry {expiry!r} is not yes/no (ya/tidak, 1/0)")
    return sku, {"sku": sku, "name": name, "unit": unit, "unit_price": price, "barcode": barcode,
                 "has_expiry": int(expiry in _YES)}


def _labour(row: dict[str, str]) -> tuple[str, dict[str, Any]]:
    code = _code(row, "code")
    name = _text(row, "name", 200)
    hours = (row.get("flat_hours") or "").strip()
    match = _HOURS.fullmatch(hours)
    if not match:
        raise Rejected(f"flat_hours {hours!r} is not a number of hours (e.g. 1.5)")
    x100 = int(match[1]) * 100 + int((match[2] or "0").ljust(2, "0"))
    if not 0 < x100 <= 100_00:
        raise Rejected(f"flat_hours {hours} must be more than 0 and at most 100")
    rate = rupiah(row.get("rate_per_hour") or "", "rate_per_hour")
    return code, {"code": code, "name": name, "flat_hours_x100": x100, "rate_per_hour": rate}


def read_parts(path: Path) -> ImportFile:
    return _read(path, "parts", {"sku", "name", "unit_price"}, "SKU", _part)


def read_labour(path: Path) -> ImportFile:
    return _read(path, "labour_catalogue", {"code", "name", "flat_hours", "rate_per_hour"}, "code", _labour)


_KINDS = {"part": "part", "parts": "part", "labour": "labour", "jasa": "labour", "suku cadang": "part"}
_CATALOGUE = {"part": "parts", "labour": "labour_catalogue"}


def item_id(kind: str, code: str) -> str:
    """The id the catalogue import gives a part (by SKU) or a labour item (by code)."""
    return row_id(_CATALOGUE[kind], code.strip().upper())


def read_prices(path: Path, branches: Callable[[str], str | None]) -> ImportFile:
    """A price-list CSV; `branches(code)` gives a branch code's id (None: no such branch)."""
    from app.errors import ValidationError
    from app.price_lists import price_id, price_op

    def build(row: dict[str, str]) -> tuple[str, dict[str, Any]]:
        raw_kind = (row.get("kind") or "").strip().lower()
        if raw_kind not in _KINDS:
            raise Rejected(f"kind {raw_kind!r} is not part or labour")
        kind = _KINDS[raw_kind]
        code = _code(row, "code")
        branch_code = _text(row, "branch_code", 16, required=False).upper()
        branch = ""
        if branch_code:
            branch = branches(branch_code) or ""
            if not branch:
                raise Rejected(f"branch_code {branch_code} is not a branch")
        price = rupiah(row.get("price") or "", "price")
        try:
            op = price_op(branch, kind, item_id(kind, code), price, row.get("valid_from") or "")
        except ValidationError as exc:
            raise Rejected(str(exc)) from None
        return f"{kind} {code} for {branch_code or 'every branch'} from {op['fields']['valid_from']}", op["fields"]

    return _read(path, "price_list_items", {"kind", "code", "price", "valid_from"}, "the price of", build,
                 lambda _key, f: price_id(f["branch_id"], f["item_kind"], f["item_id"], f["valid_from"]))


class BranchLookup:
    """Branch code -> id from the cloud (`GET /v1/admin/branches`), fetched once, on the first code."""

    def __init__(self, http: Any, token: str) -> None:
        self.http, self.token = http, token
        self.codes: dict[str, str] | None = None

    def __call__(self, code: str) -> str | None:
        if self.codes is None:
            r = self.http.get("/v1/admin/branches", headers={"Authorization": f"Bearer {self.token}"})
            if r.status_code >= 400:
                raise PublishError(f"cloud refused /v1/admin/branches ({r.status_code}): {r.text[:300]}")
            self.codes = {b["code"].upper(): b["id"] for b in r.json()}
        return self.codes.get(code.upper())


class PublishError(Exception):
    pass


def publish(http: Any, token: str, ops: list[dict[str, Any]], *, branch_id: str | None = None,
            type_: str = "master.import", progress: Callable[[int, int], None] | None = None) -> dict[str, Any]:
    """Stage `ops` on the cloud in batches of 500 and commit them as one import. `http` is an
    httpx.Client whose base URL is the cloud. Nothing is published unless the commit succeeds."""
    headers = {"Authorization": f"Bearer {token}"}

    def post(path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        r = http.post(path, json=body, headers=headers)
        if r.status_code >= 400:
            raise PublishError(f"cloud refused {path} ({r.status_code}): {r.text[:300]}")
        return r.json()

    opened = post("/v1/admin/master/imports", {"branch_id": branch_id, "type": type_})
    base = f"/v1/admin/master/imports/{opened['import_id']}"
    for n, start in enumerate(range(0, len(ops), BATCH)):
        post(f"{base}/batches", {"n": n, "ops": ops[start:start + BATCH]})
        if progress is not None:
            progress(min(start + BATCH, len(ops)), len(ops))
    return post(f"{base}/commit")


READERS: dict[str, Callable[[Path], ImportFile]] = {"parts": read_parts, "labour": read_labour}


@dataclass
class ImportOutcome:
    """What an import did: `rejected` rows (nothing published) or the number of rows published."""

    table: str
    rows: int
    rejected: list[tuple[int, str]]
    published: int = 0


def import_csv(http: Any, token: str, kind: str, path: Path, *, branch_id: str | None = None,
               progress: Callable[[int, int], None] | None = None) -> ImportOutcome:
    """Check a parts, labour or price-list CSV whole; publish it (staged, one commit) only when no row is rejected.
    A missing token or an unreadable file raises `PublishError`; the cloud refusing raises it too."""
    if not token.strip():
        raise PublishError("enter the HQ admin token")
    if kind not in READERS and kind != "prices":
        raise PublishError(f"not a catalogue: {kind}")
    try:
        if kind == "prices":
            checked = read_prices(Path(path), BranchLookup(http, token.strip()))
        else:
            checked = READERS[kind](Path(path))
    except (OSError, UnicodeDecodeError) as exc:
        raise PublishError(f"cannot read {Path(path).name}: {exc.__class__.__name__}") from None
    if checked.rejected or not checked.ops:
        return ImportOutcome(checked.table, checked.rows, checked.rejected or [(0, "the file has no rows")])
    publish(http, token.strip(), checked.ops, branch_id=branch_id, progress=progress)
    return ImportOutcome(checked.table, checked.rows, [], len(checked.ops))


def publish_ops(http: Any, token: str, ops: list[dict[str, Any]], *, branch_id: str | None = None,
                type_: str = "master.publish") -> dict[str, Any]:
    """Publish a few hand-made master-data ops (a tax rule, a warehouse) as one cloud-authored event."""
    if not token.strip():
        raise PublishError("enter the HQ admin token")
    r = http.post("/v1/admin/master", json={"ops": ops, "branch_id": branch_id, "type": type_},
                  headers={"Authorization": f"Bearer {token.strip()}"})
    if r.status_code >= 400:
        raise PublishError(f"cloud refused /v1/admin/master ({r.status_code}): {r.text[:300]}")
    return r.json()


def cloud_http(url: str) -> Any:
    """An httpx client for the cloud at `url` (the caller closes it)."""
    import httpx

    if not url:
        raise PublishError("this station has no cloud address (station settings: cloud_url)")
    return httpx.Client(base_url=url, timeout=30.0)


def admin_post(http: Any, token: str, path: str, body: dict[str, Any]) -> dict[str, Any]:
    """One admin call (a new branch, an enrolment code) with the HQ token."""
    if not token.strip():
        raise PublishError("enter the HQ admin token")
    r = http.post(path, json=body, headers={"Authorization": f"Bearer {token.strip()}"})
    if r.status_code >= 400:
        raise PublishError(f"cloud refused {path} ({r.status_code}): {r.text[:300]}")
    return r.json()
