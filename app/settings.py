"""Station settings: embedded defaults, then what the station stored (`app.station_settings`),
then `SENTRA_*` environment variables. A value that does not parse is one line, not a traceback."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic import ValidationError as PydanticValidationError

from app.errors import DomainError

APP_NAME = "SentraAutoCare"


def data_dir() -> Path:
    return Path(os.environ.get("SENTRA_DATA_DIR") or platformdirs.user_data_dir(APP_NAME, appauthor=False))


def local_time(iso_utc: str, zone: str | None = None) -> datetime:
    """A stored UTC time in the branch's zone (`SENTRA_TZ`, default Asia/Jakarta, WIB)."""
    moment = datetime.fromisoformat(iso_utc)
    try:
        return moment.astimezone(ZoneInfo(zone or os.environ.get("SENTRA_TZ") or "Asia/Jakarta"))
    except ZoneInfoNotFoundError:
        return moment.astimezone(timezone(timedelta(hours=7), "WIB"))


Zone = Literal["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"]
ZONES: dict[str, str] = {"Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}

# The settings a station keeps in its own database (`station_settings`, migration 11), and the
# environment variables that override them (the environment wins: deployment and support).
STATION_KEYS: tuple[str, ...] = ("lang", "theme", "tz", "mqtt_url", "cloud_url", "edc_port", "printer_url",
                                 "paper_mm", "scanner_port")
ENV_NAMES: dict[str, str] = {
    "db_path": "SENTRA_DB_PATH", "lang": "SENTRA_LANG", "theme": "SENTRA_THEME", "tz": "SENTRA_TZ",
    "mqtt_url": "SENTRA_MQTT_URL", "cloud_url": "SENTRA_CLOUD_URL", "edc_port": "SENTRA_EDC_PORT",
    "printer_url": "SENTRA_PRINTER_URL", "paper_mm": "SENTRA_PAPER_MM", "scanner_port": "SENTRA_SCANNER_PORT",
}


class SettingsError(DomainError):
    """A setting that does not parse; the message is one line naming where it came from."""

    code = "settings"


class Settings(BaseModel):
    """One station's settings. `None` for a device means "not set up on this station"."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    db_path: Path = Field(default_factory=lambda: data_dir() / "station.db")
    lang: Literal["id", "en"] = "id"
    theme: Literal["standard", "glove"] = "standard"
    tz: Zone = "Asia/Jakarta"
    mqtt_url: str = "mqtt://127.0.0.1:1883"
    cloud_url: str | None = None
    edc_port: str | None = None
    printer_url: str | None = None
    paper_mm: int = 80
    scanner_port: str | None = None

    @field_validator("cloud_url", "edc_port", "printer_url", "scanner_port", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        if isinstance(value, str):
            value = value.strip()
            return value or None
        return value

    @field_validator("mqtt_url")
    @classmethod
    def _mqtt(cls, value: str) -> str:
        value = value.strip()
        if value != "off" and urlsplit(value).scheme not in ("mqtt", "mqtts", "tcp"):
            raise ValueError("an MQTT broker is mqtt://host[:port] (or 'off')")
        return value

    @field_validator("paper_mm")
    @classmethod
    def _paper(cls, value: int) -> int:
        if value not in (58, 80):
            raise ValueError("paper is 58 or 80 mm wide")
        return value

    @field_validator("cloud_url")
    @classmethod
    def _cloud(cls, value: str | None) -> str | None:
        if value is not None and (urlsplit(value).scheme not in ("http", "https") or not urlsplit(value).netloc):
            raise ValueError("the cloud is an http:// or https:// address")
        return value

    @property
    def zone_abbreviation(self) -> str:
        return ZONES[self.tz]

    def station_values(self) -> dict[str, object]:
        return {key: getattr(self, key) for key in STATION_KEYS}

    @classmethod
    def build(cls, values: dict[str, object], sources: dict[str, str] | None = None) -> "Settings":
        """Validate `values`; a bad one raises `SettingsError` naming its source (e.g. the
        environment variable) in one line, never a pydantic traceback."""
        try:
            return cls(**values)
        except PydanticValidationError as exc:
            first = exc.errors()[0]
            key = str(first["loc"][0]) if first["loc"] else "?"
            where = (sources or {}).get(key, key)
            why = str(first["msg"]).removeprefix("Value error, ")
            raise SettingsError(f"{where}={values.get(key)!r}: {why}", key) from None

    @classmethod
    def from_env(cls, stored: dict[str, object] | None = None,
                 environ: "os._Environ[str] | dict[str, str] | None" = None) -> "Settings":
        """Defaults, then the station's stored settings, then `SENTRA_*` variables."""
        env = os.environ if environ is None else environ
        values: dict[str, object] = dict(stored or {})
        sources = {key: f"stored setting {key}" for key in values}
        for key, name in ENV_NAMES.items():
            raw = env.get(name)
            if raw:
                values[key] = raw
                sources[key] = name
        return cls.build(values, sources)
