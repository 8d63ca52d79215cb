"""The cloud API: `create_app(database_url, admin_token=…)` gives the FastAPI application.

Endpoints (all JSON; station calls carry `Authorization: Bearer <station token>`, admin calls
the admin token):
  GET  /v1/health                    liveness + database + schema version
  POST /v1/admin/branches            create a branch (admin)
  GET  /v1/admin/branches            every branch's id, code and name (admin)
  POST /v1/admin/enrolment-codes     one-time code for one station of one branch (admin)
  POST /v1/admin/master              publish master data as a cloud-authored event (admin)
  POST /v1/admin/master/imports      open a staged master-data import (admin); then
  POST /v1/admin/master/imports/{id}/batches   up to 500 ops per numbered batch, staged
  POST /v1/admin/master/imports/{id}/commit    publish every batch in one transaction
  POST /v1/enrol                     trade a one-time code for a station token bound to one branch
  GET  /v1/stations/me               who the token is, the acked seq, the clock report
  POST /v1/events                    push a batch of own events (idempotent; acked per station seq)
  GET  /v1/events?after=&limit=      pull events since a server cursor, paged
  GET  /v1/snapshot                  NDJSON: everything the branch sees, for a new/long-offline station
  GET  /v1/snapshot/compacted        NDJSON: the branch's rows as they stand, for a new station
  POST /v1/admin/compact             bring the compacted snapshots up to date (admin)
  GET  /v1/audit/heads               the audit-chain heads the cloud holds for this station, and its alarms
  GET  /v1/admin/audit/alarms        stations whose audit chain was rewritten, shrank or went unanswered (admin)
  GET  /openapi.json, /docs          the OpenAPI document
"""


import json
import os
import re
import zlib
from collections.abc import Iterator, Sequence
from itertools import chain
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Path, Query, Request, Security
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response, StreamingResponse
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BeforeValidator, ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from app.events.models import MAX_INT
from sync.cloud import audit_heads, db
from sync.cloud.integrations import attach
from sync.cloud.models import (MAX_BODY_BYTES, MAX_TIME_MS, AuditAlarmOut, AuditHeadsOut, BranchIn, BranchOut,
                               CompactIn, CompactOut, EnrolIn, EnrolmentCodeIn, EnrolmentCodeOut, EnrolOut, ErrorOut,
                               HealthOut, MasterBatchIn, MasterBatchOut, MasterCommitOut, MasterImportIn,
                               MasterImportOut, MasterIn, MasterOut, PullOut, PushIn, PushOut, RevokedOut, StationOut)
from sync.cloud.imports import ImportService
from sync.cloud.service import CloudError, CloudService, StationAuth
from sync.integrations.settings import IntegrationSettings
from sync.payments.qris import Providers

ADMIN_TOKEN_ENV = "SENTRA_CLOUD_ADMIN_TOKEN"
ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": ErrorOut} for code in (400, 401, 403, 404, 409, 413, 422)}
_FALLBACK = b'{"detail":"invalid request"}'


class _BodyLimit:
    """Refuse request bodies over `limit` bytes with 413, however they are sent: a Content-Length
    over the limit is refused before reading; a chunked (or lying) body is read up to the limit,
    refused as soon as it passes it, and otherwise handed to the app as received."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.limit:
            await self._refuse(send)
            return
        messages: list[dict] = []
        seen = 0
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":  # the client went away: the app sees it
                break
            seen += len(message.get("body", b""))
            if seen > self.limit:
                await self._refuse(send)
                return
            if not message.get("more_body", False):
                break
        received = iter(messages)

        async def replay() -> dict:
            message = next(received, None)
            return message if message is not None else await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, send: Any) -> None:
        body = b'{"detail":"request body too large (limit %d bytes); send smaller batches"}' % self.limit
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})


def _allowed_methods(app: FastAPI, scope: dict) -> list[str]:
    methods: set[str] = set()
    for route in app.router.routes:
        match, _child = route.matches(scope)
        if match != Match.NONE:
            methods |= set(getattr(route, "methods", None) or ())
    return sorted(methods)


def _query_names(dependant: Any) -> set[str]:
    names = {param.alias for param in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def _known_query(request: Request) -> None:
    """Unknown query parameters are refused like unknown body keys, and a parameter given twice
    like an ambiguous one: a 422 naming them."""
    route = request.scope.get("route")
    allowed = _query_names(route.dependant) if isinstance(route, APIRoute) else set()
    names = [name for name, _value in request.query_params.multi_items()]
    errors = [{"type": "extra_forbidden", "loc": ("query", name), "msg": "Extra inputs are not permitted"}
              for name in sorted(set(names) - allowed)]
    errors += [{"type": "repeated", "loc": ("query", name), "msg": "given more than once"}
               for name in sorted({n for n in names if names.count(n) > 1} & allowed)]
    if errors:
        raise RequestValidationError(errors[:20])


def _decimal(value: Any) -> Any:
    """A whole number in a query or header is plain decimal digits: no `+5`, ` 5`, `5_0` or `0.0`."""
    if isinstance(value, str) and not _DECIMAL.fullmatch(value):
        raise ValueError("a whole number in decimal digits")
    return value


_DECIMAL = re.compile(r"0|[1-9][0-9]*")
Decimal = BeforeValidator(_decimal)


def _printable(value: Any, limit: int = 300) -> str:
    """Text safe to put in a UTF-8 JSON answer: lone surrogates escaped, cut to `limit`."""
    text = value if isinstance(value, str) else repr(value)
    return text.encode("utf-8", "backslashreplace").decode("utf-8")[:limit]


def validation_body(errors: Sequence[Any]) -> bytes:
    """The 422 body: type, location and message of each error (never the input, which may be
    megabytes or not UTF-8). It cannot fail: anything odd gives a fixed body."""
    try:
        items = []
        for err in list(errors)[:20]:
            loc = [part if type(part) is int else _printable(part, 100) for part in err.get("loc", ())]
            items.append({"type": _printable(err.get("type", "")), "loc": loc, "msg": _printable(err.get("msg", ""))})
        return json.dumps({"detail": items}, ensure_ascii=False).encode("utf-8")
    except Exception:  # noqa: BLE001 - the error answer itself must never become a server error
        return _FALLBACK


# Bearer tokens, declared as OpenAPI security schemes (so clients and fuzzers know which calls
# need which token); a missing or malformed header reaches the service as None and gets its 401.
_ADMIN_TOKEN = HTTPBearer(scheme_name="admin", auto_error=False, description="the admin token")
_STATION_TOKEN = HTTPBearer(scheme_name="station", auto_error=False, description="a station token from /v1/enrol")
Bearer = HTTPAuthorizationCredentials | None


def _token(credentials: Bearer) -> str | None:
    return credentials.credentials.strip() or None if credentials else None


def _gzip(chunks: Iterator[bytes], level: int = 3) -> Iterator[bytes]:
    packer = zlib.compressobj(level, zlib.DEFLATED, 31)  # wbits 31: the gzip format
    for chunk in chunks:
        out = packer.compress(chunk)
        if out:
            yield out
    yield packer.flush()


def create_app(database_url: str = "sqlite:///sentra-cloud.db", *, admin_token: str | None = None,
               service: CloudService | None = None, integrations: "IntegrationSettings | None" = None,
               providers: "Providers | None" = None, background: bool = False) -> FastAPI:
    """The ASGI app. The admin token comes from the argument or `SENTRA_CLOUD_ADMIN_TOKEN`."""
    if service is None:
        engine = db.make_engine(database_url)
        db.migrate(engine)
        service = CloudService(engine, admin_token or os.environ.get(ADMIN_TOKEN_ENV))
    svc = service
    app = FastAPI(title="SentraAuto Care cloud", version="1", description=__doc__,
                  dependencies=[Depends(_known_query)])
    app.state.service = svc

    @app.exception_handler(CloudError)
    async def _cloud_error(_request: Request, exc: CloudError) -> JSONResponse:
        return JSONResponse({"detail": _printable(exc.detail, 2000)}, status_code=exc.status)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        headers = dict(exc.headers or {})
        if exc.status_code == 405:  # Allow: every method of the path, not only those of one route
            headers["Allow"] = ", ".join(_allowed_methods(app, request.scope))
        return JSONResponse({"detail": _printable(exc.detail)}, status_code=exc.status_code, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> Response:
        try:
            errors = exc.errors()
        except Exception:  # noqa: BLE001
            errors = []
        return Response(validation_body(errors), status_code=422, media_type="application/json")

    def admin(credentials: Annotated[Bearer, Security(_ADMIN_TOKEN)]) -> None:
        svc.check_admin(_token(credentials))

    def station(credentials: Annotated[Bearer, Security(_STATION_TOKEN)]) -> StationAuth:
        return svc.station(_token(credentials))

    # optional, but an integer when sent (documented without `null`: a header has no null)
    ClientTime = Annotated[int, Header(alias="X-Client-Time-Ms", ge=0, le=MAX_TIME_MS,
                                       description="the station's wall clock, ms since the epoch"), Decimal]

    @app.get("/v1/health", response_model=HealthOut)
    def health() -> dict:
        return svc.health()

    @app.post("/v1/admin/branches", response_model=BranchOut, status_code=201, responses=ERRORS,
              dependencies=[Depends(admin)])
    def create_branch(body: BranchIn) -> BranchOut:
        return svc.create_branch(body)

    @app.get("/v1/admin/branches", response_model=list[BranchOut], responses=ERRORS, dependencies=[Depends(admin)])
    def list_branches() -> list[BranchOut]:
        """Every branch's id, code and name (a price-list CSV names branches by code)."""
        from sqlalchemy import select

        with svc.engine.connect() as conn:
            rows = conn.execute(select(db.branches.c.id, db.branches.c.code, db.branches.c.name)
                                .order_by(db.branches.c.code)).all()
        return [BranchOut(id=r.id, code=r.code, name=r.name) for r in rows]

    @app.post("/v1/admin/enrolment-codes", response_model=EnrolmentCodeOut, status_code=201, responses=ERRORS,
              dependencies=[Depends(admin)])
    def create_code(body: EnrolmentCodeIn) -> EnrolmentCodeOut:
        return svc.create_enrolment_code(body)

    @app.post("/v1/admin/master", response_model=MasterOut, status_code=201, responses=ERRORS,
              dependencies=[Depends(admin)])
    def publish_master(body: MasterIn) -> MasterOut:
        return svc.publish_master(body)

    @app.post("/v1/admin/compact", response_model=CompactOut, responses=ERRORS, dependencies=[Depends(admin)])
    def compact(body: CompactIn) -> CompactOut:
        return CompactOut(branches=svc.compact(body.branch_id))

    imports = ImportService(svc)
    ImportId = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9]+$")]

    @app.post("/v1/admin/master/imports", response_model=MasterImportOut, status_code=201, responses=ERRORS,
              dependencies=[Depends(admin)])
    def open_import(body: MasterImportIn) -> MasterImportOut:
        return imports.open(body)

    @app.post("/v1/admin/master/imports/{import_id}/batches", response_model=MasterBatchOut, status_code=201,
              responses=ERRORS, dependencies=[Depends(admin)])
    def import_batch(import_id: ImportId, body: MasterBatchIn) -> MasterBatchOut:
        return imports.add_batch(import_id, body)

    @app.post("/v1/admin/master/imports/{import_id}/commit", response_model=MasterCommitOut, responses=ERRORS,
              dependencies=[Depends(admin)])
    def commit_import(import_id: ImportId) -> MasterCommitOut:
        return imports.commit(import_id)

    @app.post("/v1/admin/stations/{station_id}/revoke", response_model=RevokedOut, responses=ERRORS,
              dependencies=[Depends(admin)])
    def revoke_station(station_id: Annotated[str, Path(min_length=1, max_length=64,
                                                       pattern=r"^[A-Za-z0-9_.:-]+$")]) -> RevokedOut:
        return svc.revoke_station(station_id)

    @app.post("/v1/enrol", response_model=EnrolOut, status_code=201, responses=ERRORS)
    def enrol(body: EnrolIn) -> EnrolOut:
        return svc.enrol(body)

    @app.get("/v1/stations/me", response_model=StationOut, responses=ERRORS)
    def whoami(auth: Annotated[StationAuth, Depends(station)],
               client_time: ClientTime = None) -> StationOut:  # type: ignore[assignment]
        return svc.whoami(auth, client_time)

    push_schema = PushIn.model_json_schema(ref_template="#/components/schemas/{model}")
    push_defs = push_schema.pop("$defs", {})

    @app.post("/v1/events", response_model=PushOut, responses=ERRORS, openapi_extra={"requestBody": {
        "required": True, "content": {"application/json": {"schema": push_schema}}}})
    async def push(request: Request, auth: Annotated[StationAuth, Depends(station)]) -> PushOut:
        # parsed and validated in pydantic's core straight from the bytes (~5x faster than
        # FastAPI's dict route), then stored, in one worker-thread hop
        raw = await request.body()
        return await run_in_threadpool(_push_bytes, auth, raw)

    def _push_bytes(auth: StationAuth, raw: bytes) -> PushOut:
        try:
            body = PushIn.model_validate_json(raw)
        except ValidationError as exc:
            raise RequestValidationError(exc.errors(include_url=False, include_input=False)) from None
        return svc.push(auth, body)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, description=app.description,
                                 routes=app.routes)
            schema.setdefault("components", {}).setdefault("schemas", {}).update(push_defs)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]

    @app.get("/v1/events", response_model=PullOut, responses=ERRORS)
    def pull(auth: Annotated[StationAuth, Depends(station)],
             after: Annotated[int, Query(ge=0, le=MAX_INT), Decimal] = 0,
             limit: Annotated[int, Query(ge=1, le=2000), Decimal] = 500,
             client_time: ClientTime = None) -> Response:  # type: ignore[assignment]
        return Response(svc.pull(auth, after, limit, client_time), media_type="application/json")

    @app.get("/v1/snapshot", responses={**ERRORS, 200: {"content": {"application/x-ndjson": {}}}})
    def snapshot(auth: Annotated[StationAuth, Depends(station)],
                 own_upto: Annotated[int, Query(ge=0, le=MAX_INT, description="leave out own events with seq <= "
                                                "this (the station already holds them)"), Decimal] = 0,
                 ) -> StreamingResponse:
        # the header line is read before the answer starts: a failure there is a clean error
        # answer, not a stream cut after a 200
        lines = svc.snapshot(auth, own_upto)
        first = next(lines)
        return StreamingResponse(chain((first,), lines), media_type="application/x-ndjson")

    @app.get("/v1/snapshot/compacted", responses={**ERRORS, 200: {"content": {"application/x-ndjson": {}}}})
    def snapshot_compacted(auth: Annotated[StationAuth, Depends(station)]) -> StreamingResponse:
        lines = svc.snapshot_compacted(auth)
        first = next(lines)  # the replica is brought up to date before the answer starts
        # gzip (level 3): the rows' merge clocks repeat, a branch's snapshot shrinks about tenfold
        return StreamingResponse(_gzip(chain((first,), lines)), media_type="application/x-ndjson",
                                 headers={"Content-Encoding": "gzip"})

    @app.get("/v1/audit/heads", response_model=AuditHeadsOut, responses=ERRORS)
    def audit_chain_heads(auth: Annotated[StationAuth, Depends(station)]) -> AuditHeadsOut:
        return audit_heads.heads(svc.engine, auth.station_id)

    @app.get("/v1/admin/audit/alarms", response_model=list[AuditAlarmOut], responses=ERRORS,
             dependencies=[Depends(admin)])
    def audit_alarms() -> list[AuditAlarmOut]:
        return audit_heads.alarms(svc.engine)

    attach(app, svc, integrations or IntegrationSettings.from_env(), providers=providers, background=background,
           errors=ERRORS)
    return _BodyLimit(app, MAX_BODY_BYTES)  # type: ignore[return-value]
