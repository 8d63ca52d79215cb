"""Events and their operations, validated by pydantic at every boundary (local, LAN, cloud)."""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

from app.events.signing import HASH_PATTERN, SIG_PATTERN, StationKey, digest
from app.events.tables import CLOUD_WRITES, INT_FIELDS, MASTER_TABLES, REPLICATED_FIELDS, STATUS_TABLES
from app.wo_states import MERGE_RANK

Id = Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")]
MAX_TEXT = 4000
MAX_INT = 2**63 - 1  # every whole number fits a signed 64-bit column (SQLite INTEGER, PostgreSQL BIGINT)
MAX_SCHEMA_VERSION = 32_767  # a schema number; far above any real one, inside every database's SMALLINT
MAX_QTY = 1_000_000
# Text holds no NUL (PostgreSQL refuses it; SQLite would store it); a constrained str also refuses
# lone surrogates (not UTF-8). Checked in pydantic's core, like every bound here.
NO_NUL = r"^[^\x00]*$"
HLC_PATTERN = r"^[0-9]{13}\.[0-9]{5}$"  # ASCII digits only (`\d` would take any script's digits)
Text = Annotated[str, StringConstraints(max_length=MAX_TEXT, pattern=NO_NUL)]
Name = Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=NO_NUL)]  # an event type
Lot = Annotated[str, StringConstraints(max_length=64, pattern=NO_NUL)]
Expiry = Annotated[str, StringConstraints(max_length=10, pattern=NO_NUL)]
Ref = Annotated[str, StringConstraints(max_length=128, pattern=NO_NUL)]
# Whole numbers are strict (JSON integers only: no "11", no 1e6), signed 64-bit at most.
Whole = Annotated[int, Field(strict=True, ge=-(2**63), le=MAX_INT)]
Seq = Annotated[int, Field(strict=True, ge=1, le=MAX_INT)]
SchemaVersion = Annotated[int, Field(strict=True, ge=1, le=MAX_SCHEMA_VERSION)]
Stamp = Annotated[str, StringConstraints(pattern=HLC_PATTERN)]
Authority = Annotated[int, Field(strict=True, ge=0, le=1)]  # 0 a station, 1 the cloud (no true, no 1.0)
# Field values: checked in pydantic's core (fast on a 20,000-event catch-up), not in Python.
Scalar = Union[None, Annotated[bool, Field(strict=True)], Whole, Text]
MAX_OPS = 500


class _Op(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class UpsertOp(_Op):
    """Set fields of a row; each field is last-writer-wins by merge key."""

    op: Literal["upsert"] = "upsert"
    table: str
    id: Id
    fields: dict[str, Scalar]

    @model_validator(mode="after")
    def _known_fields(self) -> "UpsertOp":
        allowed = REPLICATED_FIELDS.get(self.table)
        if allowed is None:
            raise ValueError(f"table {self.table!r} does not replicate")
        if not self.fields.keys() <= allowed:
            raise ValueError(f"{self.table} has no replicated field(s) {sorted(set(self.fields) - allowed)}")
        if not self.fields:
            raise ValueError("upsert with no fields")
        ints = INT_FIELDS.get(self.table, frozenset())
        for name, value in self.fields.items():  # the hot loop of a catch-up: one test per field
            if value is not None and (type(value) is str) == (name in ints):
                kind = "a whole number" if name in ints else "text"
                raise ValueError(f"{self.table}.{name} must be {kind}, got {value!r}")
        return self


class DeleteOp(_Op):
    """Tombstone a row: remove-wins, so no later or earlier upsert brings it back."""

    op: Literal["delete"] = "delete"
    table: str
    id: Id

    @field_validator("table")
    @classmethod
    def _known_table(cls, table: str) -> str:
        if table not in REPLICATED_FIELDS:
            raise ValueError(f"table {table!r} does not replicate")
        return table


class StatusOp(_Op):
    """Move a row's state register (work orders); the highest (rank, merge key) wins."""

    op: Literal["status"] = "status"
    table: Literal["workorders"] = "workorders"
    id: Id
    status: str

    @model_validator(mode="after")
    def _known_status(self) -> "StatusOp":
        if self.table not in STATUS_TABLES or self.status not in MERGE_RANK:
            raise ValueError(f"unknown status {self.status!r}")
        return self


class StockOp(_Op):
    """One stock movement: a counter delta, counted once whatever the delivery order."""

    op: Literal["stock"] = "stock"
    id: Id
    part_id: Id
    warehouse_id: Id
    lot: Lot = ""
    expiry: Expiry | None = None
    qty_delta: int = Field(strict=True, ge=-MAX_QTY, le=MAX_QTY)
    kind: Literal["receive", "dispense", "return", "adjust", "transfer_out", "transfer_in"]
    ref: Ref | None = None
    user_id: Id | None = None


Op = Annotated[Union[UpsertOp, DeleteOp, StatusOp, StockOp], Field(discriminator="op")]


class Event(BaseModel):
    """Immutable, globally unique, stamped by the station that wrote it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    event_id: Id
    station_id: Id
    seq: Seq
    hlc: Stamp  # HLC stamp, checked in pydantic's core
    authority: Authority = 0
    branch_id: Id
    schema_version: SchemaVersion
    type: Name
    actor_id: Id | None = None
    prev: Annotated[str, StringConstraints(pattern=HASH_PATTERN)] | None = None  # digest of the station's seq - 1
    sig: Annotated[str, StringConstraints(pattern=SIG_PATTERN)] | None = None  # the station's signature
    ops: list[Op] = Field(min_length=1, max_length=MAX_OPS)

    @model_validator(mode="after")
    def _authority_scope(self) -> "Event":
        """Authority 1 (the cloud) writes master data only; it never moves branch data. A branch may
        edit master data (the cloud's later word still wins) but never delete it: a tombstone is
        final, so a branch delete would outrank the cloud for good. Branches retire master rows
        through a field (`active`)."""
        for op in self.ops:
            if self.authority == 1:
                if not isinstance(op, (UpsertOp, DeleteOp)) or op.table not in CLOUD_WRITES:
                    raise ValueError("a cloud-authored (authority 1) event may only upsert or delete master data"
                                     " (or record a payment it settled)")
            elif isinstance(op, DeleteOp) and op.table in MASTER_TABLES:
                raise ValueError(f"{op.table} is master data: only the cloud deletes it")
        return self

    def payload_json(self) -> str:
        return Event.__pydantic_serializer__.to_json(self, include={"ops"}).decode()

    def digest(self) -> bytes:
        """What the station signs (app/events/signing.py); `sig` itself is not part of it."""
        return digest(self.event_id, self.station_id, self.seq, self.hlc, self.authority, self.branch_id,
                      self.schema_version, self.type, self.actor_id, self.prev, self.payload_json())

    def signed_by(self, key: StationKey) -> "Event":
        return self.model_copy(update={"sig": key.sign_digest(self.digest())})
