"""QRIS through the Midtrans Core API.

Charge: `POST {base}/v2/charge` with `payment_type: "qris"`, `transaction_details.order_id` and
`gross_amount` (integer Rupiah), HTTP basic auth with the server key as user and no password;
the answer holds `qr_string` and `expiry_time`. Status: `GET {base}/v2/{order_id}/status`.
Notifications are trusted only when `signature_key` is the SHA-512 hex of order_id + status_code +
gross_amount + server key (gross_amount as Midtrans sends it, e.g. "150000.00").
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from typing import Any

import httpx

from sync.integrations.http import ProviderError, call

PAID = frozenset({"settlement", "capture"})
FAILED = frozenset({"expire", "cancel", "deny", "failure"})


@dataclass(frozen=True)
class QrCharge:
    order_id: str
    qr_string: str
    expires_at: str | None
    provider_ref: str


class MidtransClient:
    def __init__(self, base: str, server_key: str, *, client: httpx.Client | None = None) -> None:
        self.base = base.rstrip("/")
        self.server_key = server_key
        self.http = client or httpx.Client(timeout=15, auth=(server_key, ""),
                                           headers={"Accept": "application/json"})

    def charge_qris(self, order_id: str, gross_amount: int) -> QrCharge:
        if not isinstance(gross_amount, int) or gross_amount <= 0:
            raise ValueError("gross_amount is a positive whole number of Rupiah")
        out = call(self.http, "midtrans", "POST", f"{self.base}/v2/charge", json={
            "payment_type": "qris",
            "transaction_details": {"order_id": order_id, "gross_amount": gross_amount},
        })
        if str(out.get("status_code")) not in ("200", "201") or not out.get("qr_string"):
            raise ProviderError("midtrans", int(out.get("status_code") or 502), str(out.get("status_message")))
        return QrCharge(order_id=order_id, qr_string=str(out["qr_string"]), expires_at=out.get("expiry_time"),
                        provider_ref=str(out.get("transaction_id", "")))

    def status(self, order_id: str) -> dict[str, Any]:
        return call(self.http, "midtrans", "GET", f"{self.base}/v2/{order_id}/status")

    def close(self) -> None:
        self.http.close()


def notification_signature(order_id: str, status_code: str, gross_amount: str, server_key: str) -> str:
    return hashlib.sha512(f"{order_id}{status_code}{gross_amount}{server_key}".encode()).hexdigest()


def valid_notification(body: dict[str, Any], server_key: str) -> bool:
    try:
        expected = notification_signature(str(body["order_id"]), str(body["status_code"]),
                                          str(body["gross_amount"]), server_key)
    except KeyError:
        return False
    return hmac.compare_digest(expected, str(body.get("signature_key", "")))


def whole_rupiah(gross_amount: str | int) -> int:
    """Midtrans writes amounts as "150000.00"; anything with real cents is refused."""
    text = str(gross_amount)
    whole, _, cents = text.partition(".")
    if not whole.isdigit() or (cents and set(cents) != {"0"}):
        raise ValueError(f"not a whole Rupiah amount: {text!r}")
    return int(whole)
