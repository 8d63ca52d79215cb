"""WhatsApp through Twilio's Messages API, and the check of Twilio's request signature.

Send: `POST {base}/2010-04-01/Accounts/{AccountSid}/Messages.json`, HTTP basic auth (Account SID,
auth token), form fields `From=whatsapp:+…`, `To=whatsapp:+62…` and either `Body` (inside the
customer's 24-hour window) or `ContentSid` + `ContentVariables` (an approved template, which a
business-initiated message outside that window must use), optional `StatusCallback`.

Status callbacks carry `X-Twilio-Signature`: base64 HMAC-SHA1, keyed with the auth token, of the
full callback URL followed by every POST field name and value, sorted by name.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass

import httpx

from sync.integrations.http import call


@dataclass(frozen=True)
class SentMessage:
    sid: str
    status: str


class TwilioClient:
    def __init__(self, base: str, account_sid: str, auth_token: str, from_number: str, *,
                 client: httpx.Client | None = None) -> None:
        self.base = base.rstrip("/")
        self.account_sid = account_sid
        self.from_address = from_number if from_number.startswith("whatsapp:") else f"whatsapp:{from_number}"
        self.http = client or httpx.Client(timeout=15, auth=(account_sid, auth_token))

    def send_whatsapp(self, to_address: str, *, body: str | None = None, content_sid: str | None = None,
                      content_variables: Mapping[str, str] | None = None,
                      status_callback: str | None = None) -> SentMessage:
        if (body is None) == (content_sid is None):
            raise ValueError("a message has either a body or a template (ContentSid)")
        form: dict[str, str] = {"From": self.from_address, "To": to_address}
        if body is not None:
            form["Body"] = body
        else:
            form["ContentSid"] = content_sid or ""
            form["ContentVariables"] = json.dumps(dict(content_variables or {}), ensure_ascii=False)
        if status_callback:
            form["StatusCallback"] = status_callback
        out = call(self.http, "twilio", "POST", f"{self.base}/2010-04-01/Accounts/{self.account_sid}/Messages.json",
                   data=form)
        return SentMessage(sid=str(out.get("sid", "")), status=str(out.get("status", "")))

    def close(self) -> None:
        self.http.close()


def signature(auth_token: str, url: str, params: Mapping[str, str]) -> str:
    data = url + "".join(f"{k}{params[k]}" for k in sorted(params))
    digest = hmac.new(auth_token.encode(), data.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


def valid_signature(auth_token: str, url: str, params: Mapping[str, str], given: str | None) -> bool:
    return bool(given) and hmac.compare_digest(signature(auth_token, url, params), given or "")
