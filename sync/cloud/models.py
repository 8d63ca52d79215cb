"""Request and response bodies of the cloud API (pydantic at the boundary)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from app.events.models import DeleteOp, Event, Id, UpsertOp

MAX_PUSH_EVENTS = 1000
MAX_BODY_BYTES = 8 * 1024 * 1024
GLOBAL_BRANCH = "global"  # branch_id of master data published to every branch
CLOUD_STATION = "cloud"  # station_id of cloud-authored events

Code = Annotated[str, StringConstraints(min_length=1, max_length=16, pattern=r"^[A-Za-z0-9_-]+$")]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class BranchIn(_Body):
    code: Code
    name: Annotated[str, StringConstraints(min_length=1, max_length=200)]


class BranchOut(BaseModel):
    id: str
    code: str
    name: str


class EnrolmentCodeIn(_Body):
    branch_id: Id
    station_code: Code
    ttl_minutes: int = Field(default=60 * 24, ge=1, le=60 * 24 * 14)


class EnrolmentCodeOut(BaseModel):
    code: str
    branch_id: str
    station_code: str
    expires_at_ms: int


class EnrolIn(_Body):
    code: Annotated[str, StringConstraints(min_length=8, max_length=64)]
    station_id: Id
    station_code: Code
    branch_id: Id | None = None  # the local database's branch, when it already has one


class EnrolOut(BaseModel):
    token: str
    station_id: str
    station_code: str
    branch_id: str
    branch_code: str


class PushIn(_Body):
    events: list[Event] = Field(min_length=1, max_length=MAX_PUSH_EVENTS)
    client_time_ms: int | None = None


class ClockReport(BaseModel):
    server_time_ms: int
    clock_skew_ms: int | None = None
    clock_warning: str | None = None


class PushOut(ClockReport):
    acked_seq: int
    accepted: int
    duplicates: int


class PullOut(ClockReport):
    """Documented shape of GET /v1/events (the server writes it without re-validating events)."""

    cursor: int
    has_more: bool
    events: list[dict[str, Any]]


class StationOut(ClockReport):
    station_id: str
    station_code: str
    branch_id: str
    branch_code: str
    acked_seq: int


class MasterIn(_Body):
    ops: list[Annotated[UpsertOp | DeleteOp, Field(discriminator="op")]] = Field(min_length=1, max_length=500)
    branch_id: Id | None = None  # None: every branch
    type: Annotated[str, StringConstraints(min_length=1, max_length=64)] = "master.publish"


class MasterOut(BaseModel):
    event_id: str
    seq: int
    hlc: str
    cursor: int


class RevokedOut(BaseModel):
    station_id: str
    station_code: str
    branch_id: str
    revoked: bool


class HealthOut(BaseModel):
    status: str
    database: str
    schema_version: int
    server_time_ms: int
    integrations: dict[str, str] | None = None
    outbox: dict[str, Any] | None = None


class ErrorOut(BaseModel):
    detail: Any
