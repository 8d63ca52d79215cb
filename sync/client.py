"""Talking to the cloud: one interface, two transports.

`HttpCloud` is the real one (httpx). `LocalCloud` calls a `CloudService` in-process, with a
switch to cut the link, for fast simulation tests. Both raise `CloudOffline` when the cloud
cannot be reached (network down, timeout, 5xx) and `CloudRefused` when it answers with a 4xx.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx
from pydantic import BaseModel, ValidationError

from app.events.models import Event
from sync.cloud.models import AuditHeadsOut, EnrolIn, EnrolOut, PushIn, PushOut, StationOut


class CloudOffline(Exception):
    """The cloud cannot be reached right now; try again later."""


class CloudRefused(Exception):
    """The cloud answered and said no (4xx); retrying the same request will not help."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(f"cloud refused ({status}): {detail}")
        self.status = status
        self.detail = detail


@dataclass
class PullPage:
    events: list[Event] | list[dict[str, Any]]  # validated events, or raw dicts when a page needs apply_batch's care
    cursor: int
    has_more: bool
    clock: dict[str, Any] = field(default_factory=dict)


def now_ms() -> int:
    return time.time_ns() // 1_000_000


class Cloud(Protocol):
    def whoami(self) -> StationOut: ...
    def push(self, events: list[Event], audit: dict[str, Any] | None = None) -> PushOut: ...
    def pull(self, after: int, limit: int) -> PullPage: ...
    def snapshot(self, own_upto: int = 0) -> Iterator[dict[str, Any]]: ...

    def snapshot_compacted(self) -> Iterator[dict[str, Any]]: ...


class _Page(BaseModel):
    """A pull page parsed and validated in one pass in pydantic's core, straight from the bytes."""

    cursor: int
    has_more: bool
    server_time_ms: int | None = None
    clock_skew_ms: int | None = None
    clock_warning: str | None = None
    events: list[Event]


def parse_page(raw: bytes | str) -> PullPage:
    """Events come back validated (`apply_batch` then does not validate them again). A page with
    an event this version cannot validate (a newer schema, a bad event) comes back as raw dicts,
    so `apply_batch` holds or refuses just those and applies the rest."""
    try:
        p = _Page.model_validate_json(raw)
    except ValidationError:
        try:
            data = json.loads(raw)
        except ValueError as exc:
            raise CloudRefused(502, f"cloud sent a page that is not JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise CloudRefused(502, "malformed pull page from the cloud: not an object")
        return _page(data)
    return PullPage(events=p.events, cursor=p.cursor, has_more=p.has_more,
                    clock={"server_time_ms": p.server_time_ms, "clock_skew_ms": p.clock_skew_ms,
                           "clock_warning": p.clock_warning})


def _page(data: dict[str, Any]) -> PullPage:
    try:
        return PullPage(events=list(data["events"]), cursor=int(data["cursor"]), has_more=bool(data["has_more"]),
                        clock={k: data.get(k) for k in ("server_time_ms", "clock_skew_ms", "clock_warning")})
    except (KeyError, TypeError, ValueError) as exc:
        raise CloudRefused(502, f"malformed pull page from the cloud: {exc}") from exc


class HttpCloud:
    def __init__(self, base_url: str, token: str | None = None, *, timeout: float = 15.0,
                 client_time: Any = now_ms, http: httpx.Client | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.client_time = client_time
        self.http = http or httpx.Client(base_url=self.base_url, timeout=timeout)

    def close(self) -> None:
        self.http.close()

    def _headers(self) -> dict[str, str]:
        h = {"X-Client-Time-Ms": str(self.client_time())}
        if self.token:
            h["Authorization"] = f"Bearer {self.token}"
        return h

    def _call(self, method: str, path: str, **kw: Any) -> httpx.Response:
        kw.setdefault("headers", {**self._headers(), "Content-Type": "application/json"})
        try:
            resp = self.http.request(method, path, **kw)
        except httpx.HTTPError as exc:
            raise CloudOffline(f"cloud unreachable at {self.base_url}: {exc.__class__.__name__}: {exc}") from exc
        if resp.status_code >= 500:
            raise CloudOffline(f"cloud error {resp.status_code} at {self.base_url}{path}")
        if resp.status_code >= 400:
            try:
                detail = resp.json().get("detail")
            except ValueError:
                detail = resp.text[:300]
            raise CloudRefused(resp.status_code, detail if isinstance(detail, str) else json.dumps(detail)[:500])
        return resp

    def enrol(self, body: EnrolIn) -> EnrolOut:
        return EnrolOut.model_validate_json(self._call("POST", "/v1/enrol", content=body.model_dump_json()).content)

    def whoami(self) -> StationOut:
        return StationOut.model_validate_json(self._call("GET", "/v1/stations/me").content)

    def push(self, events: list[Event], audit: dict[str, Any] | None = None) -> PushOut:
        """`audit`: the optional PushIn fields `audit_head` and `audit_probes` (sync/audit_report.py)."""
        body = PushIn.model_construct(events=events, client_time_ms=self.client_time())
        raw = body.model_dump_json(include={"events", "client_time_ms"})
        if audit:
            raw = raw[:-1] + "," + json.dumps(audit, separators=(",", ":"))[1:]
        resp = self._call("POST", "/v1/events", content=raw.encode(),
                          headers={**self._headers(), "Content-Type": "application/json"})
        return PushOut.model_validate_json(resp.content)

    def push_json(self, events_json: list[str], audit: dict[str, Any] | None = None) -> PushOut:
        """Push events already serialised (spliced from the log): no model round trip."""
        extra = "," + json.dumps(audit, separators=(",", ":"))[1:-1] if audit else ""
        body = f'{{"events":[{",".join(events_json)}],"client_time_ms":{self.client_time()}{extra}}}'.encode()
        return PushOut.model_validate_json(self._call("POST", "/v1/events", content=body).content)

    def audit_heads(self) -> AuditHeadsOut:
        """The audit-chain heads the cloud holds for this station (`sentra db check --cloud`)."""
        return AuditHeadsOut.model_validate_json(self._call("GET", "/v1/audit/heads").content)

    def pull(self, after: int, limit: int) -> PullPage:
        return parse_page(self._call("GET", "/v1/events", params={"after": after, "limit": limit}).content)

    def snapshot(self, own_upto: int = 0) -> Iterator[dict[str, Any]]:
        """Yields the header dict first, then one raw event dict per line (own events with seq <=
        `own_upto` left out: the station already holds them)."""
        return self._ndjson("/v1/snapshot", {"own_upto": own_upto} if own_upto else None)

    def snapshot_compacted(self) -> Iterator[dict[str, Any]]:
        """Yields the compacted snapshot's header dict, then its chunks (app/events/compacted.py)."""
        return self._ndjson("/v1/snapshot/compacted", None)

    def _ndjson(self, path: str, params: dict[str, Any] | None) -> Iterator[dict[str, Any]]:
        try:
            with self.http.stream("GET", path, headers=self._headers(), params=params) as resp:
                if resp.status_code >= 400:
                    resp.read()
                    raise CloudRefused(resp.status_code, resp.text[:300])
                for line in resp.iter_lines():
                    if line:
                        yield json.loads(line)
        except httpx.HTTPError as exc:
            raise CloudOffline(f"snapshot interrupted: {exc}") from exc


class LocalCloud:
    """An in-process cloud link for simulations: `online = False` cuts it."""

    def __init__(self, service: Any, token: str, *, client_time: Any = now_ms) -> None:
        from sync.cloud.service import CloudService

        self.service: CloudService = service
        self.token = token
        self.online = True
        self.client_time = client_time

    def _run(self, fn: Any, *args: Any) -> Any:
        from sync.cloud.service import CloudError

        if not self.online:
            raise CloudOffline("link cut (simulated partition)")
        try:
            return fn(self.service.station(self.token), *args)
        except CloudError as exc:
            raise CloudRefused(exc.status, exc.detail) from exc

    def whoami(self) -> StationOut:
        return self._run(lambda auth: self.service.whoami(auth, self.client_time()))

    def push(self, events: list[Event], audit: dict[str, Any] | None = None) -> PushOut:
        try:
            body = PushIn(events=[e.model_dump() for e in events], client_time_ms=self.client_time(), **(audit or {}))
        except ValidationError as exc:
            raise CloudRefused(422, str(exc)) from exc
        return self._run(lambda auth: self.service.push(auth, body))

    def audit_heads(self) -> AuditHeadsOut:
        from sync.cloud import audit_heads

        return self._run(lambda auth: audit_heads.heads(self.service.engine, auth.station_id))

    def pull(self, after: int, limit: int) -> PullPage:
        return parse_page(self._run(lambda auth: self.service.pull(auth, after, limit, self.client_time())))

    def snapshot(self, own_upto: int = 0) -> Iterator[dict[str, Any]]:
        return self._lines(self._run(lambda auth: list(self.service.snapshot(auth, own_upto))))

    def snapshot_compacted(self) -> Iterator[dict[str, Any]]:
        return self._lines(self._run(lambda auth: list(self.service.snapshot_compacted(auth))))

    @staticmethod
    def _lines(chunks: list[bytes]) -> Iterator[dict[str, Any]]:
        for chunk in chunks:
            for line in chunk.decode().splitlines():
                if line:
                    yield json.loads(line)
