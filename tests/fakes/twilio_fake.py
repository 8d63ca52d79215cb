"""A fake of Twilio's Messages API for WhatsApp, checking what Twilio checks.

`POST /2010-04-01/Accounts/{AccountSid}/Messages.json`: basic auth with that Account SID and its
auth token; `From` and `To` as `whatsapp:+E164`; exactly one of `Body` or `ContentSid` (`HX` + 32
hex) with `ContentVariables` a JSON object of strings; a `From` the account owns. Errors come as
Twilio's JSON (`code`, `message`, `status`). `deliver(sid, status)` posts the signed status
callback Twilio would.
"""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import dataclass, field

import httpx
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from sync.integrations.twilio import signature
from tests.fakes.basic_auth import parse

_ADDRESS = re.compile(r"^whatsapp:\+[1-9]\d{7,14}$")
_CONTENT_SID = re.compile(r"^HX[0-9a-f]{32}$")


@dataclass
class TwilioFake:
    account_sid: str = "AC" + "1" * 32
    auth_token: str = "twilio-token"
    sender: str = "whatsapp:+14155238886"
    sent: list[dict[str, str]] = field(default_factory=list)
    fail_next: int = 0  # answer 503 to the next N sends (a Twilio outage)

    def app(self) -> FastAPI:
        app = FastAPI()

        def error(status: int, code: int, message: str) -> JSONResponse:
            return JSONResponse({"code": code, "message": message, "status": status}, status_code=status)

        @app.post("/2010-04-01/Accounts/{sid}/Messages.json")
        async def send(sid: str, request: Request) -> JSONResponse:
            if parse(request.headers.get("authorization")) != (self.account_sid, self.auth_token) \
                    or sid != self.account_sid:
                return error(401, 20003, "Authenticate")
            if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
                return error(400, 20001, "form-encoded body required")
            form = {k: str(v) for k, v in (await request.form()).items()}
            if self.fail_next:
                self.fail_next -= 1
                return error(503, 20500, "Service unavailable")
            for name in ("From", "To"):
                if not _ADDRESS.match(form.get(name, "")):
                    return error(400, 21211, f"Invalid '{name}' Phone Number")
            if form["From"] != self.sender:
                return error(400, 63007, "Twilio could not find a Channel with the specified From address")
            if ("Body" in form) == ("ContentSid" in form):
                return error(400, 21619, "A text message body or content SID is required (one of them)")
            if "ContentSid" in form:
                if not _CONTENT_SID.match(form["ContentSid"]):
                    return error(400, 21656, "The ContentSid is Invalid")
                try:
                    variables = json.loads(form.get("ContentVariables", "{}"))
                except ValueError:
                    return error(400, 21656, "ContentVariables is not valid JSON")
                if not isinstance(variables, dict) or not all(isinstance(v, str) for v in variables.values()):
                    return error(400, 21656, "ContentVariables must be a JSON object of strings")
            sid_out = "SM" + secrets.token_hex(16)
            self.sent.append({**form, "sid": sid_out})
            return JSONResponse({"sid": sid_out, "status": "queued", "to": form["To"], "from": form["From"],
                                 "account_sid": self.account_sid, "body": form.get("Body", "")}, status_code=201)

        return app

    def deliver(self, sid: str, status: str = "delivered", *, token: str | None = None) -> httpx.Response:
        """Post the status callback for a sent message, signed like Twilio (or with another token)."""
        message = next(m for m in self.sent if m["sid"] == sid)
        url = message["StatusCallback"]
        params = {"MessageSid": sid, "MessageStatus": status, "AccountSid": self.account_sid,
                  "To": message["To"], "From": message["From"]}
        sig = signature(token or self.auth_token, url, params)
        return httpx.post(url, data=params, headers={"X-Twilio-Signature": sig}, timeout=10)
