"""The station's side of QRIS: ask the cloud for a charge, then poll it while the QR is shown.

Uses the station's token (from enrolment). The cashier's screen reaches it through the net lane;
without the cloud it raises `CloudOffline`, and the screen offers the other methods.
"""

from __future__ import annotations

from typing import Any

import httpx

from sync.client import CloudOffline, CloudRefused
from sync.payments.qris import QrisOut


class QrisClient:
    def __init__(self, base_url: str, token: str, *, timeout: float = 15.0, http: Any = None) -> None:
        self.base = base_url.rstrip("/")
        self.headers = {"Authorization": f"Bearer {token}"}
        self.http = http or httpx.Client(timeout=timeout)

    def _call(self, method: str, path: str, **kw: Any) -> QrisOut:
        try:
            resp = self.http.request(method, self.base + path, headers=self.headers, **kw)
        except httpx.HTTPError as exc:
            raise CloudOffline(f"cloud unreachable: {exc}") from exc
        if resp.status_code >= 400:
            try:
                detail = resp.json().get("detail")
            except ValueError:
                detail = resp.text[:300]
            raise CloudRefused(resp.status_code, str(detail))
        return QrisOut.model_validate_json(resp.content)

    def charge(self, invoice_id: str, amount: int, provider: str | None = None) -> QrisOut:
        body: dict[str, Any] = {"invoice_id": invoice_id, "amount": amount}
        if provider:
            body["provider"] = provider
        return self._call("POST", "/v1/payments/qris", json=body)

    def status(self, order_id: str) -> QrisOut:
        return self._call("GET", f"/v1/payments/qris/{order_id}")
