"""Events and their operations, validated by pydantic at every boundary (local, LAN, cloud)."""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

from app.events.signing import HASH_PATTERN, SIG_PATTERN, StationKey, digest
from app.events.tables import INT_FIELDS, MASTER_TABLES, REPLICATED_FIELDS, STATUS_TABLES
from app.wo_states import MERGE_RANK

Id = Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")]
MAX_TEXT = 4000
# Field values: checked in pydantic's core (fast on a 20,000-event catch-up), not in Python.
Scalar = Union[None, bool, Annotated[int, Field(ge=-(2**63), lt=2**63)],
               Annotated[str, StringConstraints(max_length=MAX_TEXT)]]
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
    lot: Annotated[str, StringConstraints(max_length=64)] = ""
    expiry: Annotated[str, StringConstraints(max_length=10)] | None = None
    qty_delta: int = Field(ge=-1_000_000, le=1_000_000)
    kind: Literal["receive", "dispense", "return", "adjust", "transfer_out", "transfer_in"]
    ref: Annotated[str, StringConstraints(max_length=128)] | None = None
    user_id: Id | None = None


Op = Annotated[Union[UpsertOp, DeleteOp, StatusOp, StockOp], Field(discriminator="op")]


class Event(BaseModel):
    """Immutable, globally unique, stamped by the station that wrote it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    event_id: Id
    station_id: Id
    seq: int = Field(ge=1)
    hlc: Annotated[str, StringConstraints(pattern=r"^\d{13}\.\d{5}$")]  # HLC stamp, checked in pydantic's core
    authority: Literal[0, 1] = 0
    branch_id: Id
    schema_version: int = Field(ge=1)
    type: Annotated[str, StringConstraints(min_length=1, max_length=64)]
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
                if not isinstance(op, (UpsertOp, DeleteOp)) or op.table not in MASTER_TABLES:
                    raise ValueError("a cloud-authored (authority 1) event may only upsert or delete master data")
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
