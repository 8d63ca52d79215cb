"""Integration settings from the environment; an integration without credentials is off."""

from __future__ import annotations

import os

from pydantic import BaseModel

MIDTRANS_SANDBOX = "https://api.sandbox.midtrans.com"
XENDIT_API = "https://api.xendit.co"
TWILIO_API = "https://api.twilio.com"
AMQP_DEFAULT = "amqp://guest:guest@127.0.0.1:5672/"


class IntegrationSettings(BaseModel):
    midtrans_server_key: str | None = None
    midtrans_api_base: str = MIDTRANS_SANDBOX
    xendit_secret_key: str | None = None
    xendit_callback_token: str | None = None
    xendit_api_base: str = XENDIT_API
    twilio_account_sid: str | None = None
    twilio_auth_token: str | None = None
    twilio_from: str | None = None
    twilio_api_base: str = TWILIO_API
    amqp_url: str = AMQP_DEFAULT
    public_base_url: str | None = None  # where providers call back (Twilio status callbacks)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> "IntegrationSettings":
        env = os.environ if environ is None else environ
        names = {
            "midtrans_server_key": "SENTRA_MIDTRANS_SERVER_KEY", "midtrans_api_base": "SENTRA_MIDTRANS_API_BASE",
            "xendit_secret_key": "SENTRA_XENDIT_SECRET_KEY", "xendit_callback_token": "SENTRA_XENDIT_CALLBACK_TOKEN",
            "xendit_api_base": "SENTRA_XENDIT_API_BASE", "twilio_account_sid": "SENTRA_TWILIO_ACCOUNT_SID",
            "twilio_auth_token": "SENTRA_TWILIO_AUTH_TOKEN", "twilio_from": "SENTRA_TWILIO_FROM",
            "twilio_api_base": "SENTRA_TWILIO_API_BASE", "amqp_url": "SENTRA_AMQP_URL",
            "public_base_url": "SENTRA_PUBLIC_BASE_URL",
        }
        return cls(**{field: env[var] for field, var in names.items() if env.get(var)})

    @property
    def midtrans_on(self) -> bool:
        return bool(self.midtrans_server_key)

    @property
    def xendit_on(self) -> bool:
        return bool(self.xendit_secret_key and self.xendit_callback_token)

    @property
    def twilio_on(self) -> bool:
        return bool(self.twilio_account_sid and self.twilio_auth_token and self.twilio_from)

    def status(self) -> dict[str, str]:
        """For /v1/health: which integrations are on, without a word of their keys."""
        return {"midtrans": "on" if self.midtrans_on else "off (no SENTRA_MIDTRANS_SERVER_KEY)",
                "xendit": "on" if self.xendit_on else "off (no SENTRA_XENDIT_SECRET_KEY/CALLBACK_TOKEN)",
                "whatsapp": "on" if self.twilio_on else "off (no SENTRA_TWILIO_ACCOUNT_SID/AUTH_TOKEN/FROM)"}
