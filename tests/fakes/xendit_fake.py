"""A fake of Xendit's QR Codes API, checking what Xendit checks.

`POST /qr_codes` needs basic auth (secret key, empty password), the `api-version` header, a
unique `reference_id`, `type` DYNAMIC or STATIC, `currency: "IDR"`, a whole `amount` from 1,500 to
10,000,000 and a future `expires_at`. `payment(reference_id)` builds the `qr.payment` callback
Xendit posts with the account's `x-callback-token`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from tests.fakes.basic_auth import parse


@dataclass
class XenditFake:
    secret_key: str = "xnd_development_test"
    callback_token: str = "xendit-callback-token"
    business_id: str = "5f27a14a9bf05c73dd040bc8"
    codes: dict[str, dict[str, Any]] = field(default_factory=dict)

    def app(self) -> FastAPI:
        app = FastAPI()

        def error(status: int, code: str, message: str) -> JSONResponse:
            return JSONResponse({"error_code": code, "message": message}, status_code=status)

        @app.post("/qr_codes")
        async def create(request: Request) -> JSONResponse:
            if parse(request.headers.get("authorization")) != (self.secret_key, ""):
                return error(401, "INVALID_API_KEY", "API key is not authorized for this API service")
            if request.headers.get("api-version") != "2022-07-31":
                return error(400, "API_VALIDATION_ERROR", "api-version header is required")
            try:
                body = await request.json()
            except ValueError:
                return error(400, "API_VALIDATION_ERROR", "body is not JSON")
            ref, amount = body.get("reference_id"), body.get("amount")
            if not isinstance(ref, str) or not 1 <= len(ref) <= 255:
                return error(400, "API_VALIDATION_ERROR", "reference_id is required")
            if body.get("type") not in ("DYNAMIC", "STATIC") or body.get("currency") != "IDR":
                return error(400, "API_VALIDATION_ERROR", "type must be DYNAMIC or STATIC and currency IDR")
            if type(amount) is not int or not 1500 <= amount <= 10_000_000:
                return error(400, "API_VALIDATION_ERROR", "amount must be between 1500 and 10000000")
            try:
                expires = datetime.fromisoformat(str(body.get("expires_at")).replace("Z", "+00:00"))
            except ValueError:
                return error(400, "API_VALIDATION_ERROR", "expires_at must be an ISO 8601 date")
            if expires <= datetime.now(timezone.utc):
                return error(400, "API_VALIDATION_ERROR", "expires_at must be in the future")
            if ref in self.codes:
                return error(409, "DUPLICATE_ERROR", "reference_id has been used before")
            now = datetime.now(timezone.utc).isoformat()
            code = {"id": f"qr_{uuid.uuid4()}", "reference_id": ref, "business_id": self.business_id,
                    "type": body["type"], "currency": "IDR", "amount": amount, "channel_code": "ID_DANA",
                    "status": "ACTIVE", "qr_string": f"00020101021226XND{ref}{amount}6304EF01",
                    "expires_at": body["expires_at"], "created": now, "updated": now, "metadata": None}
            self.codes[ref] = code
            return JSONResponse(code, status_code=201)

        return app

    def payment(self, reference_id: str, status: str = "SUCCEEDED") -> dict[str, Any]:
        code = self.codes[reference_id]
        now = datetime.now(timezone.utc).isoformat()
        return {"event": "qr.payment", "business_id": self.business_id, "created": now,
                "data": {"id": f"qrpy_{uuid.uuid4()}", "business_id": self.business_id, "currency": "IDR",
                         "amount": code["amount"], "status": status, "created": now, "qr_id": code["id"],
                         "qr_string": code["qr_string"], "reference_id": reference_id, "type": code["type"],
                         "channel_code": code["channel_code"], "expires_at": code["expires_at"],
                         "payment_detail": {"receipt_id": "000123", "source": "DANA"}}}
