"""QRIS through Xendit's QR Codes API.

Create: `POST {base}/qr_codes` with the `api-version: 2022-07-31` header, HTTP basic auth with the
secret key as user and no password, body `reference_id`, `type: "DYNAMIC"`, `currency: "IDR"`,
`amount` and `expires_at`; the answer holds `id`, `qr_string`, `status` and `expires_at`.
Callbacks are trusted only with the account's `x-callback-token` header.
"""

from __future__ import annotations

import hmac
from datetime import datetime

import httpx

from sync.integrations.http import ProviderError, call
from sync.integrations.midtrans import QrCharge

API_VERSION = "2022-07-31"


class XenditClient:
    def __init__(self, base: str, secret_key: str, *, client: httpx.Client | None = None) -> None:
        self.base = base.rstrip("/")
        self.http = client or httpx.Client(timeout=15, auth=(secret_key, ""), headers={"api-version": API_VERSION})

    def create_qr(self, reference_id: str, amount: int, expires_at: datetime) -> QrCharge:
        if not isinstance(amount, int) or amount <= 0:
            raise ValueError("amount is a positive whole number of Rupiah")
        out = call(self.http, "xendit", "POST", f"{self.base}/qr_codes", json={
            "reference_id": reference_id, "type": "DYNAMIC", "currency": "IDR", "amount": amount,
            "expires_at": expires_at.isoformat().replace("+00:00", "Z"),
        })
        if not out.get("qr_string"):
            raise ProviderError("xendit", 502, "no qr_string in the answer")
        return QrCharge(order_id=reference_id, qr_string=str(out["qr_string"]), expires_at=out.get("expires_at"),
                        provider_ref=str(out.get("id", "")))

    def close(self) -> None:
        self.http.close()


def valid_callback_token(expected: str | None, given: str | None) -> bool:
    return bool(expected) and bool(given) and hmac.compare_digest(expected or "", given or "")
