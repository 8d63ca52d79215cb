"""Station settings: embedded defaults, overridden by `SENTRA_*` environment variables."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
from pathlib import Path
from typing import Literal

import platformdirs
from pydantic import BaseModel, Field

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


class Settings(BaseModel):
    db_path: Path = Field(default_factory=lambda: data_dir() / "station.db")
    lang: Literal["id", "en"] = "id"
    theme: Literal["standard", "glove"] = "standard"
    mqtt_url: str = "mqtt://127.0.0.1:1883"
    cloud_url: str | None = None
    tz: Literal["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"] = "Asia/Jakarta"

    @classmethod
    def from_env(cls) -> "Settings":
        env = {
            "db_path": os.environ.get("SENTRA_DB_PATH"),
            "lang": os.environ.get("SENTRA_LANG"),
            "theme": os.environ.get("SENTRA_THEME"),
            "mqtt_url": os.environ.get("SENTRA_MQTT_URL"),
            "cloud_url": os.environ.get("SENTRA_CLOUD_URL"),
            "tz": os.environ.get("SENTRA_TZ"),
        }
        return cls(**{k: v for k, v in env.items() if v})
