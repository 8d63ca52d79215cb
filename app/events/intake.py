"""What arrives from a peer or the cloud, made ready to apply: hold rules and validation.

Everything here is pure Python over the received items, with no database, so a page can be
prepared while the page before it commits (`replicate.apply_pages`).
`prepare` sorts a page into
- held: events from a newer schema (until the app is upgraded) or stamped more than 5 minutes
  ahead of this station's clock (until time catches up), each with a sound envelope;
- ready: validated records (log columns, payload text, ops as dicts), in page order;
- rejected: one line per refused event, in the Event model's own words.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Annotated, Any, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, TypeAdapter, ValidationError
from pydantic_core import to_json
from typing_extensions import NotRequired, TypedDict

from app.events.hlc import MAX_COUNTER, STAMP_RE, format_stamp
from app.events.signing import HASH_PATTERN, SIG_PATTERN, KeyDirectory, mark_verified
from app.events.models import (MAX_OPS, MAX_QTY, Authority, DeleteOp, Event, Expiry, Id, Lot, Name, Ref, SchemaVersion,
                               Seq, Stamp, StatusOp, StockOp, Text, UpsertOp, Whole)
from app.events.tables import CLOUD_WRITES, INT_FIELDS, MASTER_TABLES, REPLICATED_FIELDS
from app.storage.migrations import SCHEMA_VERSION
from app.wo_states import MERGE_RANK

FUTURE_HOLD_MS = 5 * 60 * 1000  # events stamped further ahead than this wait
CLOCK_WARN_MS = 300 * 1000  # a station this far from the cloud's clock is told so
_EVENT = TypeAdapter(Event)


# -- the remote-apply fast path: the Event model's schema, validated in pydantic's core into plain
# dicts (no model instances). Upserts are checked per table — a tagged union on `table` whose
# `fields` allow only that table's replicated fields, each with its one type (INT_FIELDS whole
# numbers, the rest text) — so what is left to `_check` is the authority scope and empty upserts.
# Envelope and op field order and defaults are the models' own; upsert fields come out in name order.
_FORBID = ConfigDict(extra="forbid")
_Text = Optional[Text]
_Whole = Optional[Union[bool, Whole]]  # bool: as the model's Scalar


def _upsert_schema(table: str) -> Any:
    ints = INT_FIELDS.get(table, frozenset())
    fields: Any = TypedDict(f"_{table}_fields",  # type: ignore[operator]
                            {name: _Whole if name in ints else _Text for name in sorted(REPLICATED_FIELDS[table])},
                            total=False)
    fields.__pydantic_config__ = _FORBID
    op: Any = TypedDict(f"_upsert_{table}",  # type: ignore[operator]
                        {"op": Literal["upsert"], "table": Literal[table], "id": Id, "fields": fields})
    op.__pydantic_config__ = _FORBID
    return op


_UpsertD = Annotated[Union[tuple(_upsert_schema(t) for t in sorted(REPLICATED_FIELDS))],  # type: ignore[misc]
                     Field(discriminator="table")]


class _DeleteD(TypedDict):
    __pydantic_config__ = _FORBID  # type: ignore[misc]
    op: Literal["delete"]
    table: Literal[tuple(sorted(REPLICATED_FIELDS))]  # type: ignore[valid-type]
    id: Id


class _StatusD(TypedDict):
    __pydantic_config__ = _FORBID  # type: ignore[misc]
    op: Literal["status"]
    table: NotRequired[Annotated[Literal["workorders"], Field(default="workorders")]]
    id: Id
    status: Literal[tuple(MERGE_RANK)]  # type: ignore[valid-type]


class _StockD(TypedDict):
    __pydantic_config__ = _FORBID  # type: ignore[misc]
    op: Literal["stock"]
    id: Id
    part_id: Id
    warehouse_id: Id
    lot: NotRequired[Annotated[Lot, Field(default="")]]
    expiry: NotRequired[Annotated[Union[Expiry, None], Field(default=None)]]
    qty_delta: Annotated[int, Field(strict=True, ge=-MAX_QTY, le=MAX_QTY)]
    kind: Literal["receive", "dispense", "return", "adjust", "transfer_out", "transfer_in"]
    ref: NotRequired[Annotated[Union[Ref, None], Field(default=None)]]
    user_id: NotRequired[Annotated[Union[Id, None], Field(default=None)]]


class _EventD(TypedDict):
    __pydantic_config__ = _FORBID  # type: ignore[misc]
    event_id: Id
    station_id: Id
    seq: Seq
    hlc: Stamp
    authority: NotRequired[Annotated[Authority, Field(default=0)]]
    branch_id: Id
    schema_version: SchemaVersion
    type: Name
    actor_id: NotRequired[Annotated[Union[Id, None], Field(default=None)]]
    prev: NotRequired[Annotated[Union[Annotated[str, StringConstraints(pattern=HASH_PATTERN)], None],
                                Field(default=None)]]
    sig: NotRequired[Annotated[Union[Annotated[str, StringConstraints(pattern=SIG_PATTERN)], None],
                               Field(default=None)]]
    ops: Annotated[list[Annotated[Union[_UpsertD, _DeleteD, _StatusD, _StockD], Field(discriminator="op")]],
                   Field(min_length=1, max_length=MAX_OPS)]


_RAW_EVENT = TypeAdapter(_EventD)
_RAW_EVENTS = TypeAdapter(list[_EventD])
_OP_MODELS = {"upsert": UpsertOp, "delete": DeleteOp, "status": StatusOp, "stock": StockOp}


_SPLIT = '},{"ops":['


def _payloads(ops_lists: list[list[dict[str, Any]]]) -> list[str]:
    """`{"ops":[…]}` per event, the text `Event.payload_json` gives for the same ops, from one
    encoder call for the page. The page's JSON splits exactly at `},{"ops":[`: no op holds a list or an "ops" key, and
    inside a JSON string every `"` is escaped, so the text can occur nowhere else."""
    if not ops_lists:
        return []
    parts = to_json([{"ops": ops} for ops in ops_lists]).decode()[1:-1].split(_SPLIT)
    if len(parts) != len(ops_lists):  # cannot happen (see above); be safe anyway
        return [to_json({"ops": ops}).decode() for ops in ops_lists]
    # each split point closed one payload (`}`) and opened the next (`{"ops":[`)
    last = len(parts) - 1
    return [("" if i == 0 else '{"ops":[') + p + ("" if i == last else "}") for i, p in enumerate(parts)]


def _check(event: dict[str, Any]) -> bool:
    """What the schema above leaves to Python: no empty upsert, and the authority scope (the
    cloud writes only master data, and only the cloud deletes it)."""
    if event["authority"] == 1:
        return all(op["op"] in ("upsert", "delete") and op["table"] in CLOUD_WRITES and (op["op"] == "delete"
                   or op["fields"]) for op in event["ops"])
    for op in event["ops"]:
        kind = op["op"]
        if (kind == "upsert" and not op["fields"]) or (kind == "delete" and op["table"] in MASTER_TABLES):
            return False
    return True


_new_model = object.__setattr__


def _model(cls: type[BaseModel], values: dict[str, Any]) -> Any:
    """What `cls.model_construct(**values)` builds, for values already validated that hold every
    field (so every field counts as set), without model_construct's per-field default and alias
    handling, which costs more than the rest of an event's merge."""
    m = cls.__new__(cls)
    _new_model(m, "__dict__", values)
    _new_model(m, "__pydantic_fields_set__", set(values))
    _new_model(m, "__pydantic_extra__", None)
    _new_model(m, "__pydantic_private__", None)
    return m


def _as_event(rec: tuple) -> Event:
    """The Event for a record validated on the fast path (already checked: no second validation)."""
    (event_id, station_id, seq, hlc, authority, branch_id, schema_version, type_, actor_id, prev, sig, _p, ops,
     _e, _v) = rec
    return _model(Event, {
        "event_id": event_id, "station_id": station_id, "seq": seq, "hlc": hlc, "authority": authority,
        "branch_id": branch_id, "schema_version": schema_version, "type": type_, "actor_id": actor_id,
        "prev": prev, "sig": sig, "ops": [_model(_OP_MODELS[op["op"]], op) for op in ops]})


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HeldEnvelope(BaseModel):
    """What must hold for an event to be kept for later: a sound envelope. Its ops may use
    tables or fields of a newer schema, so they are checked only when the event is released."""

    model_config = ConfigDict(extra="allow")

    event_id: Id
    station_id: Id
    seq: Seq
    hlc: Stamp
    authority: Authority = 0
    branch_id: Id
    schema_version: SchemaVersion
    type: Name
    actor_id: Optional[Id] = None
    prev: Optional[Annotated[str, StringConstraints(pattern=HASH_PATTERN)]] = None
    sig: Optional[Annotated[str, StringConstraints(pattern=SIG_PATTERN)]] = None
    ops: list[dict[str, Any]] = Field(min_length=1, max_length=MAX_OPS)


MAX_HELD_BYTES = 256 * 1024


def hold_reason(schema_version: Any, hlc: Any, now_ms: int, _limit: str | None = None) -> str | None:
    """Why an event must wait, or None when it can be applied now."""
    if isinstance(schema_version, int) and schema_version > SCHEMA_VERSION:
        return f"schema {schema_version} is newer than this app ({SCHEMA_VERSION})"
    limit = _limit or format_stamp(now_ms + FUTURE_HOLD_MS, MAX_COUNTER)
    if isinstance(hlc, str) and hlc > limit and STAMP_RE.match(hlc):  # stamps sort as strings
        return "stamped more than 5 minutes in the future"
    return None


def event_json(event: Event) -> dict[str, Any]:
    return event.model_dump(mode="json")


@dataclass
class Prepared:
    """A page sorted for applying. A ready record is a list: the log columns event_id, station_id,
    seq, hlc, authority, branch_id, schema_version, type, actor_id, prev, sig and payload (0-11),
    then the ops as dicts (12), the Event model when one came in (13; None for a raw event), and
    whether its station's signature is already verified (14, `signing.mark_verified`)."""

    ready: list[list[Any]] = field(default_factory=list)
    held: list[tuple] = field(default_factory=list)  # rows for sync_held_events
    rejected: list[str] = field(default_factory=list)


def prepare(items: Iterable[Event | dict[str, Any]], *, now_ms: Callable[[], int] = wall_ms,
            accept_authority: bool = True, keys: KeyDirectory | None = None) -> Prepared:
    """Hold, validate and encode a page; touches no database. With `keys`, the stations'
    signatures are verified here too (CPU work that overlaps the previous page's COMMIT)."""
    result = _prepare(items, now_ms, accept_authority)
    if keys is not None:
        mark_verified(result.ready, keys)
    return result


def _prepare(items: Iterable[Event | dict[str, Any]], now_ms: Callable[[], int], accept_authority: bool) -> Prepared:
    result = Prepared()
    ready = result.ready
    now = now_ms()
    limit = format_stamp(now + FUTURE_HOLD_MS, MAX_COUNTER)
    items = list(items)
    if all(type(i) is dict for i in items):  # a page off the wire: the common case, in bulk
        try:
            if not any(i["hlc"] > limit or i["schema_version"] > SCHEMA_VERSION for i in items):
                valid = _RAW_EVENTS.validate_python(items, strict=True)
                if all(map(_check, valid)) and (accept_authority or not any(d["authority"] for d in valid)):
                    ready += [[d["event_id"], d["station_id"], d["seq"], d["hlc"], d["authority"], d["branch_id"],
                               d["schema_version"], d["type"], d["actor_id"], d["prev"], d["sig"], None, d["ops"], None,
                               False]
                              for d in valid]
                    _fill_payloads(ready)
                    return result
        except (KeyError, TypeError, ValidationError):
            pass  # something on this page needs a closer look: event by event below
    _prepare_each(items, result, now, limit, accept_authority)
    _fill_payloads(ready)
    return result


def _fill_payloads(ready: list[list[Any]]) -> None:
    for rec, payload in zip(ready, _payloads([r[12] for r in ready])):
        rec[11] = payload


def _prepare_each(items: list[Any], result: Prepared, now: int, limit: str, accept_authority: bool) -> None:
    """Event by event: holds, then one validation call, then per event where that fails."""
    ready, held = result.ready, result.held
    candidates: list[Any] = []
    for item in items:
        if isinstance(item, dict):
            sv, hlc = item.get("schema_version"), item.get("hlc")
        else:
            sv, hlc = item.schema_version, item.hlc
        # hold_reason, only for an event that might have one: a newer schema or a stamp past the limit
        if (isinstance(sv, int) and sv > SCHEMA_VERSION) or (isinstance(hlc, str) and hlc > limit):
            reason = hold_reason(sv, hlc, now, limit)
            if reason is not None:
                body = item if isinstance(item, dict) else event_json(item)
                try:
                    env = HeldEnvelope.model_validate(body)
                    text = json.dumps(body, separators=(",", ":"))
                    if len(text) > MAX_HELD_BYTES:
                        raise ValueError(f"{len(text)} bytes is over the {MAX_HELD_BYTES}-byte limit")
                except (ValidationError, TypeError, ValueError) as exc:
                    result.rejected.append(f"held event without a usable envelope ({str(exc).splitlines()[0]}):"
                                           f" {str(body)[:120]}")
                    continue
                held.append((env.event_id, env.station_id, env.seq, env.hlc, env.schema_version, reason, text,
                             datetime.now(timezone.utc).isoformat()))
                continue
        candidates.append(item)
    # One call validates every raw event of the page in pydantic's core, strictly (JSON's own types:
    # what came over the wire needs no coercion); on a failure, per event, and an event strict mode
    # refuses goes through the Event model, which takes what it always took or says why.
    raw = [c for c in candidates if not isinstance(c, Event)]
    try:
        valid: list[Any] = _RAW_EVENTS.validate_python(raw, strict=True) if raw else []
    except ValidationError:
        valid = []
        for cand in raw:
            try:
                valid.append(_RAW_EVENT.validate_python(cand, strict=True))
            except ValidationError:
                valid.append(cand)  # refused below, with the model's own words
    it = iter(valid)
    for cand in candidates:
        if isinstance(cand, Event):
            event: Any = cand
        else:
            d = next(it)
            if d is not cand and _check(d):
                if d["authority"] == 1 and not accept_authority:
                    result.rejected.append(f"event {d['event_id']}: authority 1 accepted only from the cloud")
                    continue
                ready.append([d["event_id"], d["station_id"], d["seq"], d["hlc"], d["authority"], d["branch_id"],
                              d["schema_version"], d["type"], d["actor_id"], d["prev"], d["sig"], None, d["ops"], None,
                              False])
                continue
            try:  # refused: let the model say why, word for word
                event = _EVENT.validate_python(cand)
            except ValidationError as exc:
                result.rejected.append(f"event {cand.get('event_id')!r}: {exc.errors()[0]['msg']}")
                continue
        if event.authority == 1 and not accept_authority:
            result.rejected.append(f"event {event.event_id}: authority 1 accepted only from the cloud")
            continue
        ready.append([event.event_id, event.station_id, event.seq, event.hlc, event.authority, event.branch_id,
                      event.schema_version, event.type, event.actor_id, event.prev, event.sig, None,
                      [vars(op) for op in event.ops], event, False])
