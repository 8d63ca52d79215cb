"""Request and response bodies of the cloud API (pydantic at the boundary)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from app.events.hlc import MAX_COUNTER, format_stamp
from app.events.intake import FUTURE_HOLD_MS
from app.events.models import NO_NUL, DeleteOp, Event, Id, Name, UpsertOp
from app.events.signing import KEY_PATTERN

MAX_PUSH_EVENTS = 1000
MAX_BODY_BYTES = 8 * 1024 * 1024
MAX_TIME_MS = 9_999_999_999_999  # wall clocks in ms: 13 digits, as in an HLC stamp (until the year 2286)
GLOBAL_BRANCH = "global"  # branch_id of master data published to every branch
CLOUD_STATION = "cloud"  # station_id of cloud-authored events

Code = Annotated[str, StringConstraints(min_length=1, max_length=16, pattern=r"^[A-Za-z0-9_-]+$")]
TimeMs = Annotated[int, Field(strict=True, ge=0, le=MAX_TIME_MS)]


class _Body(BaseModel):
    """Request bodies: unknown keys refused, JSON's own types only (no "11" for a number)."""

    model_config = ConfigDict(extra="forbid", strict=True)


class BranchIn(_Body):
    code: Code
    name: Annotated[str, StringConstraints(min_length=1, max_length=200, pattern=NO_NUL)]


class CompactIn(_Body):
    branch_id: Id | None = None  # None: every branch


class CompactOut(BaseModel):
    branches: dict[str, dict[str, int]]  # branch id -> {"cursor", "merged"}


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
    code: Annotated[str, StringConstraints(min_length=8, max_length=64, pattern=NO_NUL)]
    station_id: Id
    station_code: Code
    branch_id: Id | None = None  # the local database's branch, when it already has one
    pubkey: Annotated[str, StringConstraints(pattern=KEY_PATTERN)]  # the station's Ed25519 public key (base64url)


class EnrolOut(BaseModel):
    token: str
    station_id: str
    station_code: str
    branch_id: str
    branch_code: str
    pin_secret: str  # the branch's key for PIN hashes; the station keeps it, never replicates it


MAX_AUDIT_ID = 2**63 - 1
AUDIT_PROBES = 16  # hashes a push may answer (the cloud asks about at most 8)


class AuditEntry(_Body):
    """One entry of the station's hash-chained audit log: its id and its hash (lowercase hex)."""

    id: Annotated[int, Field(strict=True, ge=1, le=MAX_AUDIT_ID)]
    hash: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class PushIn(_Body):
    events: list[Event] = Field(min_length=1, max_length=MAX_PUSH_EVENTS)
    client_time_ms: TimeMs | None = None
    # the audit chain's last entry, and the station's hashes at the ids the cloud asked about in its
    # last answer (`PushOut.audit_probe`); both optional: an older station sends neither
    audit_head: AuditEntry | None = None
    audit_probes: list[AuditEntry] = Field(default_factory=list, max_length=AUDIT_PROBES)


class ClockReport(BaseModel):
    server_time_ms: int
    clock_skew_ms: int | None = None
    clock_warning: str | None = None


class PushOut(ClockReport):
    acked_seq: int
    accepted: int
    duplicates: int
    audit_probe: list[int] | None = None  # audit ids whose hashes the next push should send (newest first)
    audit_warning: str | None = None  # the cloud found this station's audit chain rewritten (or not vouched for)
    relayed: int = 0  # other stations' events this push brought that the cloud did not hold
    relay_skipped: int = 0  # other stations' events it could not take yet (a gap before them) or refused
    relay_notes: list[str] = Field(default_factory=list)  # why, one line per station (at most 20)


class AuditHeadOut(BaseModel):
    id: int
    hash: str
    received_at_ms: int


class AuditAlarmOut(BaseModel):
    station_id: str
    kind: str  # rewritten | shrank | unanswered
    audit_id: int
    detail: str
    at_ms: int


class AuditHeadsOut(BaseModel):
    """GET /v1/audit/heads: the audit-chain heads the cloud holds for the calling station."""

    station_id: str
    total: int
    heads: list[AuditHeadOut]  # the newest (at most 1000), newest first
    alarms: list[AuditAlarmOut]


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
    branch_acked: dict[str, int] = Field(default_factory=dict)  # every station of the branch: the seq held up to


class MasterIn(_Body):
    ops: list[Annotated[UpsertOp | DeleteOp, Field(discriminator="op")]] = Field(min_length=1, max_length=500)
    branch_id: Id | None = None  # None: every branch
    type: Name = "master.publish"


class MasterImportIn(_Body):
    """Open a staged import: batches follow, nothing is published until the commit."""

    branch_id: Id | None = None  # None: every branch
    type: Name = "master.import"


class MasterImportOut(BaseModel):
    import_id: str


class MasterBatchIn(_Body):
    n: int = Field(ge=0, le=100_000)  # the batch's number: sending the same number again replaces it
    ops: list[Annotated[UpsertOp | DeleteOp, Field(discriminator="op")]] = Field(min_length=1, max_length=500)


class MasterBatchOut(BaseModel):
    import_id: str
    n: int
    ops: int


class MasterCommitOut(BaseModel):
    import_id: str
    events: int
    ops: int
    cursor: int  # the cursor of the last event published


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


def stamped_ahead(events: list[Event], now_ms: int) -> str | None:
    """Why a push is refused when an event is stamped more than 5 minutes ahead of the cloud's
    clock (a station with a wrong clock would otherwise win every last-writer-wins merge), or None.
    Stations hold such events from the LAN until their clock catches up; the cloud refuses them."""
    limit = format_stamp(now_ms + FUTURE_HOLD_MS, MAX_COUNTER)
    for e in events:
        if e.hlc > limit:
            ahead = (int(e.hlc[:13]) - now_ms) // 1000
            return (f"event {e.event_id} (seq {e.seq}) is stamped {ahead} s ahead of the cloud's clock (more than"
                    f" {FUTURE_HOLD_MS // 1000} s); set this station's date and time, then sync again; nothing stored")
    return None
