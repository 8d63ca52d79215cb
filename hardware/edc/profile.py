"""Bank ECR profiles: the fixed-width request/response layouts, as pydantic models.

A profile turns an :class:`EdcRequest` into the request DATA and response DATA into an
:class:`EdcResponse` (and back, for the simulator). Another bank's layout is another
:class:`FixedWidthProfile` with its own field tables and code tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from hardware.edc.frames import EdcError

MAX_RUPIAH = (10**12 - 1) // 100


class ProfileError(EdcError, ValueError):
    """DATA does not fit the profile's layout."""


class TransType(str, Enum):
    SALE = "01"
    VOID = "02"
    SETTLEMENT = "10"
    ECHO = "17"
    STATUS = "26"


Outcome = Literal["approved", "declined", "not_found", "unknown"]


def _check_ref(value: str) -> str:
    if len(value) > 12 or not value.isascii() or not value.isprintable():
        raise ValueError("a reference is at most 12 printable ASCII characters")
    return value


class EdcRequest(BaseModel):
    """What the POS asks the terminal."""

    model_config = ConfigDict(frozen=True)

    trans_type: TransType
    amount: int = Field(0, ge=0, le=MAX_RUPIAH, description="integer Rupiah")
    ecr_ref: str = Field(min_length=1, max_length=12)
    orig_ref: str = Field("", max_length=12)

    @field_validator("ecr_ref", "orig_ref")
    @classmethod
    def _refs_ascii(cls, value: str) -> str:
        return _check_ref(value)


class EdcResponse(BaseModel):
    """What the terminal answers. For a status (26) answer the fields are the original's."""

    model_config = ConfigDict(frozen=True)

    trans_type: TransType
    response_code: str = Field(min_length=2, max_length=2)
    amount: int = Field(0, ge=0, le=MAX_RUPIAH)
    ecr_ref: str = Field("", max_length=12)
    approval_code: str = Field("", max_length=6)
    rrn: str = Field("", max_length=12)
    masked_pan: str = Field("", max_length=19)
    card_label: str = Field("", max_length=10)
    tid: str = Field("", max_length=8)
    date: str = Field("", max_length=8, description="YYYYMMDD")
    time: str = Field("", max_length=6, description="HHMMSS")


@dataclass(frozen=True)
class FieldSpec:
    name: str
    width: int
    kind: Literal["code", "digits", "money", "text", "filler"] = "text"


@dataclass(frozen=True)
class FixedWidthProfile:
    """A fixed-width ASCII layout for requests and responses plus the meaning of response codes."""

    name: str
    request_fields: tuple[FieldSpec, ...]
    response_fields: tuple[FieldSpec, ...]
    approved_codes: frozenset[str]
    declined_codes: frozenset[str]
    not_found_codes: frozenset[str]
    code_messages: dict[str, str] = field(default_factory=dict)
    baudrate: int = 9600

    @property
    def request_len(self) -> int:
        return sum(f.width for f in self.request_fields)

    @property
    def response_len(self) -> int:
        return sum(f.width for f in self.response_fields)

    # -- codes -----------------------------------------------------------------
    def classify(self, code: str) -> Outcome:
        if code in self.approved_codes:
            return "approved"
        if code in self.not_found_codes:
            return "not_found"
        if code in self.declined_codes:
            return "declined"
        return "unknown"

    def message(self, code: str) -> str:
        return self.code_messages.get(code, f"kode {code!r} tidak dikenal")

    # -- layout ----------------------------------------------------------------
    @staticmethod
    def _pack(fields: tuple[FieldSpec, ...], values: dict[str, object]) -> bytes:
        out = []
        for spec in fields:
            value = values.get(spec.name)
            if spec.kind == "filler":
                text = " " * spec.width
            elif spec.kind == "money":
                text = f"{int(value or 0) * 100:0{spec.width}d}"  # Rupiah x 100
            elif spec.kind == "digits":
                text = f"{int(value or 0):0{spec.width}d}"
            else:
                text = str(value.value if isinstance(value, Enum) else (value or "")).ljust(spec.width)
            if len(text) != spec.width:
                raise ProfileError(f"{spec.name} does not fit in {spec.width} characters")
            out.append(text)
        try:
            return "".join(out).encode("ascii")
        except UnicodeEncodeError as exc:
            raise ProfileError("ECR DATA must be ASCII") from exc

    @staticmethod
    def _unpack(fields: tuple[FieldSpec, ...], data: bytes) -> dict[str, object]:
        width = sum(f.width for f in fields)
        if len(data) != width:
            raise ProfileError(f"DATA is {len(data)} characters, the layout needs {width}")
        try:
            text = data.decode("ascii")
        except UnicodeDecodeError as exc:
            raise ProfileError("DATA is not ASCII") from exc
        values: dict[str, object] = {}
        pos = 0
        for spec in fields:
            chunk = text[pos : pos + spec.width]
            pos += spec.width
            if spec.kind == "filler":
                continue
            if spec.kind in ("money", "digits"):
                if not chunk.isdigit():
                    raise ProfileError(f"{spec.name} is not digits: {chunk!r}")
                number = int(chunk)
                if spec.kind == "money":
                    if number % 100:
                        raise ProfileError(f"{spec.name} has sen, Rupiah expected: {chunk!r}")
                    number //= 100
                values[spec.name] = number
            else:
                values[spec.name] = chunk.rstrip(" ")
        return values

    def encode_request(self, request: EdcRequest) -> bytes:
        return self._pack(self.request_fields, request.model_dump())

    def decode_request(self, data: bytes) -> EdcRequest:
        values = self._unpack(self.request_fields, data)
        try:
            return EdcRequest.model_validate(values)
        except ValueError as exc:
            raise ProfileError(f"bad request DATA: {exc}") from exc

    def encode_response(self, response: EdcResponse) -> bytes:
        return self._pack(self.response_fields, response.model_dump())

    def decode_response(self, data: bytes) -> EdcResponse:
        values = self._unpack(self.response_fields, data)
        try:
            return EdcResponse.model_validate(values)
        except ValueError as exc:
            raise ProfileError(f"bad response DATA: {exc}") from exc


STANDARD_CODE_MESSAGES: dict[str, str] = {
    "00": "Disetujui",
    "05": "Ditolak bank (do not honor)",
    "51": "Saldo tidak cukup",
    "54": "Kartu kedaluwarsa",
    "55": "PIN salah",
    "68": "Bank tidak menjawab (timeout)",
    "91": "Penerbit kartu tidak tersedia",
    "TO": "Kartu tidak ditempelkan/dimasukkan",
    "CN": "Dibatalkan di terminal",
    "NF": "Transaksi tidak ditemukan",
    "BS": "Lakukan settlement terlebih dahulu",
}

#: The layout shipped first (50-character request, 100-character response).
STANDARD_PROFILE = FixedWidthProfile(
    name="standard-ecr-v1",
    request_fields=(
        FieldSpec("trans_type", 2, "code"),
        FieldSpec("amount", 12, "money"),
        FieldSpec("ecr_ref", 12),
        FieldSpec("orig_ref", 12),
        FieldSpec("reserved", 12, "filler"),
    ),
    response_fields=(
        FieldSpec("trans_type", 2, "code"),
        FieldSpec("response_code", 2, "code"),
        FieldSpec("amount", 12, "money"),
        FieldSpec("ecr_ref", 12),
        FieldSpec("approval_code", 6),
        FieldSpec("rrn", 12),
        FieldSpec("masked_pan", 19),
        FieldSpec("card_label", 10),
        FieldSpec("tid", 8),
        FieldSpec("date", 8),
        FieldSpec("time", 6),
        FieldSpec("reserved", 3, "filler"),
    ),
    approved_codes=frozenset({"00"}),
    # Every definite "not charged" answer of the terminal. 68/91 are final answers of the
    # terminal (it reverses on its own), TO/CN never reached the bank, BS refused up front.
    declined_codes=frozenset({"05", "51", "54", "55", "68", "91", "TO", "CN", "BS"}),
    not_found_codes=frozenset({"NF"}),
    code_messages=STANDARD_CODE_MESSAGES,
)

PROFILES: dict[str, FixedWidthProfile] = {STANDARD_PROFILE.name: STANDARD_PROFILE}


def get_profile(name: str) -> FixedWidthProfile:
    try:
        return PROFILES[name]
    except KeyError:
        raise ProfileError(f"unknown EDC profile {name!r}; known: {', '.join(PROFILES)}") from None
