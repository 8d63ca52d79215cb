"""A fake of the Midtrans Core API for QRIS, checking what Midtrans checks.

`POST /v2/charge` (basic auth: server key, empty password; `payment_type: "qris"`; an `order_id`
of at most 50 of `A-Za-z0-9-_~.`, unique; a positive whole `gross_amount`) answers `status_code`
"201" with `qr_string` and `expiry_time`; `GET /v2/{order_id}/status`. `notification(order_id,
status)` builds the HTTP notification Midtrans sends, signed with SHA-512 as documented.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from sync.integrations.midtrans import notification_signature
from tests.fakes.basic_auth import parse

_ORDER_ID = re.compile(r"^[A-Za-z0-9\-_~.]{1,50}$")
JAKARTA = timezone(timedelta(hours=7))


@dataclass
class MidtransFake:
    server_key: str = "SB-Mid-server-test"
    orders: dict[str, dict[str, Any]] = field(default_factory=dict)

    def app(self) -> FastAPI:
        app = FastAPI()

        def answer(status_code: str, message: str, **extra: Any) -> JSONResponse:
            return JSONResponse({"status_code": status_code, "status_message": message, **extra})

        def authorised(request: Request) -> bool:
            return parse(request.headers.get("authorization")) == (self.server_key, "")

        @app.post("/v2/charge")
        async def charge(request: Request) -> JSONResponse:
            if not authorised(request):
                return JSONResponse({"status_code": "401", "status_message": "Unknown Merchant server_key/id"},
                                    status_code=401)
            try:
                body = await request.json()
                details = body["transaction_details"]
                order_id, gross = details["order_id"], details["gross_amount"]
            except (ValueError, KeyError, TypeError):
                return answer("400", "transaction_details.order_id and gross_amount are required")
            if body.get("payment_type") != "qris":
                return answer("400", "payment_type must be qris here")
            if not isinstance(order_id, str) or not _ORDER_ID.match(order_id):
                return answer("400", "transaction_details.order_id is invalid")
            if type(gross) is not int or gross <= 0:
                return answer("400", "transaction_details.gross_amount must be a positive whole number")
            if order_id in self.orders:
                return answer("406", "The request could not be completed due to a conflict with the current "
                                     "state of the target resource, please try again")
            now = datetime.now(JAKARTA)
            order = {"order_id": order_id, "gross_amount": f"{gross}.00", "transaction_id": str(uuid.uuid4()),
                     "transaction_status": "pending", "payment_type": "qris",
                     "transaction_time": now.strftime("%Y-%m-%d %H:%M:%S"),
                     "expiry_time": (now + timedelta(minutes=15)).strftime("%Y-%m-%d %H:%M:%S")}
            self.orders[order_id] = order
            return answer("201", "QRIS transaction is created", **order, fraud_status="accept", currency="IDR",
                          qr_string=f"00020101021226{order_id}5303360540{gross}6304ABCD", acquirer="gopay",
                          actions=[{"name": "generate-qr-code", "method": "GET",
                                    "url": f"https://api.sandbox.midtrans.com/v2/qris/{order['transaction_id']}/qr-code"}])

        @app.get("/v2/{order_id}/status")
        async def status(order_id: str, request: Request) -> JSONResponse:
            if not authorised(request):
                return JSONResponse({"status_code": "401", "status_message": "Unknown Merchant server_key/id"},
                                    status_code=401)
            order = self.orders.get(order_id)
            if order is None:
                return answer("404", "Transaction doesn't exist.")
            code = {"settlement": "200", "pending": "201", "expire": "407"}.get(order["transaction_status"], "202")
            return answer(code, "Success, transaction is found", **order)

        return app

    def notification(self, order_id: str, transaction_status: str = "settlement", *,
                     key: str | None = None) -> dict[str, Any]:
        """The notification body Midtrans posts when an order changes state (and records that state)."""
        order = self.orders[order_id]
        order["transaction_status"] = transaction_status
        status_code = {"settlement": "200", "capture": "200", "pending": "201", "expire": "407"}.get(
            transaction_status, "202")
        return {**order, "status_code": status_code, "status_message": "midtrans payment notification",
                "signature_key": notification_signature(order_id, status_code, order["gross_amount"],
                                                        key or self.server_key),
                "fraud_status": "accept", "currency": "IDR"}
