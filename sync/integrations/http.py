"""What every provider client shares: one httpx client, errors that say who refused what."""

from __future__ import annotations

from typing import Any

import httpx


class ProviderError(Exception):
    """The provider refused or could not be reached; `status` is its HTTP status (0: no answer)."""

    def __init__(self, provider: str, status: int, detail: str) -> None:
        super().__init__(f"{provider}: {status} {detail}")
        self.provider = provider
        self.status = status
        self.detail = detail


def call(client: httpx.Client, provider: str, method: str, url: str, **kw: Any) -> dict[str, Any]:
    try:
        resp = client.request(method, url, **kw)
    except httpx.HTTPError as exc:
        raise ProviderError(provider, 0, f"unreachable: {exc}") from exc
    try:
        body = resp.json()
    except ValueError:
        body = {"raw": resp.text[:500]}
    if resp.status_code >= 400:
        message = body.get("message") or body.get("status_message") or body.get("error_code") or resp.text[:300]
        raise ProviderError(provider, resp.status_code, str(message))
    return body if isinstance(body, dict) else {"data": body}
