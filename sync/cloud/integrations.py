"""The cloud's routes and background work for the outside world, attached to the API app.

  PUT  /v1/admin/branches/{id}/payment-accounts   a branch's own merchant keys (admin; never echoed)
  POST /v1/payments/qris                 a QRIS charge for an invoice (station)
  GET  /v1/payments/qris/{order_id}      its state; the station polls while the QR is shown
  POST /v1/payments/midtrans/notification   Midtrans HTTP notification (signature_key checked)
  POST /v1/payments/xendit/callback         Xendit QR payment callback (x-callback-token checked)
  POST /v1/whatsapp/status               Twilio status callback (X-Twilio-Signature checked)
  POST /v1/whatsapp/inbound              a customer's WhatsApp reply: STOP / BERHENTI opts out

Every push records its domain events in the outbox (same transaction); with `background=True`
(as `sentra serve-cloud` runs it) each worker process also runs the outbox publisher and the
reminder scheduler, which are safe to run in several processes at once.
"""


import logging
import threading
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response

from sync.cloud.ratelimit import hit
from sync.cloud.service import CloudError, CloudService, StationAuth
from sync.integrations.settings import IntegrationSettings
from sync.integrations.twilio import valid_signature
from sync.notify.handler import record_inbound, record_status
from sync.notify.publisher import OutboxPublisher
from sync.notify.record import record_push
from sync.notify.scheduler import publish_due
from sync.payments.qris import PaymentAccountsIn, PaymentAccountsOut, Providers, QrisIn, QrisOut, QrisService

log = logging.getLogger(__name__)
WEBHOOK_BODY_LIMIT = 64 * 1024
WEBHOOK_PER_MINUTE = 600  # per path and caller address, across every worker
QRIS_PER_MINUTE = 30  # per station


def attach(app: FastAPI, svc: CloudService, settings: IntegrationSettings, *, providers: Providers | None = None,
           background: bool = False, errors: dict[int | str, dict[str, Any]] | None = None) -> None:
    svc.push_hooks.append(record_push)
    publisher = OutboxPublisher(svc.engine, settings.amqp_url, clock=svc.clock)
    svc.health_parts.append(lambda: {"integrations": settings.status(), "outbox": publisher.status()})
    qris = QrisService(svc, settings, providers or Providers.from_settings(settings))
    errs = errors or {}

    def limited(key: str, limit: int, window_s: int = 60) -> None:
        if not hit(svc.engine, key, limit, window_s, svc.clock()):
            raise CloudError(429, "too many requests; try again in a minute")

    def webhook_limit(request: Request) -> None:
        limited(f"hook:{request.url.path}:{request.client.host if request.client else '?'}", WEBHOOK_PER_MINUTE)

    def station(authorization: Annotated[str | None, Header()] = None) -> StationAuth:
        token = authorization[7:].strip() if authorization and authorization.lower().startswith("bearer ") else None
        return svc.station(token or None)

    def admin(authorization: Annotated[str | None, Header()] = None) -> None:
        svc.check_admin(authorization[7:].strip() if authorization and authorization.lower().startswith("bearer ")
                        else None)

    @app.put("/v1/admin/branches/{branch_id}/payment-accounts", response_model=PaymentAccountsOut, responses=errs,
             dependencies=[Depends(admin)])
    def set_payment_accounts(branch_id: str, body: PaymentAccountsIn) -> PaymentAccountsOut:
        return qris.set_accounts(branch_id[:64], body)

    @app.post("/v1/payments/qris", response_model=QrisOut, status_code=201, responses={**errs, 424: {}, 429: {}})
    def create_qris(body: QrisIn, auth: Annotated[StationAuth, Depends(station)]) -> QrisOut:
        limited(f"qris:{auth.station_id}", QRIS_PER_MINUTE)
        return qris.create(auth, body)

    @app.get("/v1/payments/qris/{order_id}", response_model=QrisOut, responses=errs)
    def qris_status(order_id: str, auth: Annotated[StationAuth, Depends(station)]) -> QrisOut:
        return qris.status(auth, order_id[:50])

    async def _json(request: Request) -> dict[str, Any]:
        raw = await request.body()
        if len(raw) > WEBHOOK_BODY_LIMIT:
            raise CloudError(413, "notification too large")
        try:
            import json

            body = json.loads(raw)
        except ValueError as exc:
            raise CloudError(400, "the notification is not JSON") from exc
        if not isinstance(body, dict):
            raise CloudError(400, "the notification is not a JSON object")
        return body

    @app.post("/v1/payments/midtrans/notification", responses=errs, dependencies=[Depends(webhook_limit)])
    async def midtrans_notification(request: Request) -> dict[str, str]:
        body = await _json(request)
        return await run_in_threadpool(qris.midtrans_notification, body)

    @app.post("/v1/payments/xendit/callback", responses=errs, dependencies=[Depends(webhook_limit)])
    async def xendit_callback(request: Request,
                              x_callback_token: Annotated[str | None, Header()] = None) -> dict[str, str]:
        body = await _json(request)
        return await run_in_threadpool(qris.xendit_callback, x_callback_token, body)

    async def _twilio_form(request: Request, signature: str | None) -> dict[str, str]:
        if not settings.twilio_on:
            raise CloudError(404, "WhatsApp is not configured on this cloud")
        form = {k: str(v) for k, v in (await request.form()).items()}
        url = (settings.public_base_url.rstrip("/") + request.url.path) if settings.public_base_url \
            else str(request.url)
        if not valid_signature(settings.twilio_auth_token or "", url, form, signature):
            raise CloudError(401, "X-Twilio-Signature does not verify")
        return form

    @app.post("/v1/whatsapp/status", responses=errs, dependencies=[Depends(webhook_limit)])
    async def whatsapp_status(request: Request,
                              x_twilio_signature: Annotated[str | None, Header()] = None) -> Response:
        form = await _twilio_form(request, x_twilio_signature)
        if form.get("MessageSid") and form.get("MessageStatus"):
            await run_in_threadpool(record_status, svc.engine, form["MessageSid"], form["MessageStatus"], svc.clock())
        return Response(status_code=204)

    @app.post("/v1/whatsapp/inbound", responses=errs, dependencies=[Depends(webhook_limit)])
    async def whatsapp_inbound(request: Request,
                               x_twilio_signature: Annotated[str | None, Header()] = None) -> JSONResponse:
        form = await _twilio_form(request, x_twilio_signature)
        result = await run_in_threadpool(record_inbound, svc.engine, form.get("From", ""), form.get("Body", ""),
                                         svc.clock())
        return JSONResponse({"result": result or "ignored"})

    if background:
        stop = threading.Event()
        previous = app.router.lifespan_context

        @asynccontextmanager
        async def lifespan(a: FastAPI):  # type: ignore[no-untyped-def]
            threads = [threading.Thread(target=publisher.run, args=(stop,), name="outbox", daemon=True),
                       threading.Thread(target=_scheduler, args=(svc, stop), name="reminders", daemon=True)]
            for th in threads:
                th.start()
            async with previous(a):
                yield
            stop.set()
            for th in threads:
                th.join(10)

        app.router.lifespan_context = lifespan


def _scheduler(svc: CloudService, stop: threading.Event, interval_s: float = 60.0) -> None:
    while not stop.is_set():
        try:
            publish_due(svc.engine, svc.clock())
        except Exception:  # noqa: BLE001 - the loop outlives one bad round
            log.exception("reminder round failed")
        stop.wait(interval_s)
