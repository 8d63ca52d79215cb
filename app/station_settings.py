"""This station's settings, kept in its own database (`station_settings`, never replicated).

`load()` gives the settings in force (defaults, then stored, then `SENTRA_*` variables);
`save()` (supervisor or admin) validates the whole result first — including device settings
through the `check` the caller provides (the printer URL is parsed by `hardware/`) — and writes
nothing when anything is wrong. Changes take effect at the next start of the station app (or
when a screen re-reads them); no reinstall.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from app.auth import Actor, require
from app.errors import DomainError, ValidationError
from app.settings import ENV_NAMES, STATION_KEYS, Settings, SettingsError
from app.store import Store

DeviceCheck = Callable[[Settings], None]


class StationSettingsService:
    def __init__(self, store: Store, check: DeviceCheck | None = None) -> None:
        self.store = store
        self.check = check

    def stored(self) -> dict[str, str]:
        rows = self.store.query("SELECT key, value FROM station_settings")
        return {r["key"]: r["value"] for r in rows if r["key"] in STATION_KEYS}

    def load(self, *, environ: dict[str, str] | None = None) -> Settings:
        """The settings in force; a bad stored value or variable raises `SettingsError` (one line)."""
        return Settings.from_env(self.stored(), environ)

    def overridden(self, environ: dict[str, str] | None = None) -> set[str]:
        """Keys the environment overrides (a settings screen shows them read-only)."""
        import os

        env = os.environ if environ is None else environ
        return {key for key in STATION_KEYS if env.get(ENV_NAMES[key])}

    def save(self, actor: Actor, **changes: object) -> Settings:
        """Store `changes` (keys of `STATION_KEYS`; None or "" clears one) after validating them."""
        require(actor, "station.configure")
        unknown = set(changes) - set(STATION_KEYS)
        if unknown:
            raise ValidationError(f"not a station setting: {', '.join(sorted(unknown))}", "settings")
        merged: dict[str, object] = dict(self.stored())
        for key, value in changes.items():
            if value is None or value == "":
                merged.pop(key, None)
            else:
                merged[key] = value
        try:
            settings = Settings.build(merged)
        except SettingsError as exc:
            raise ValidationError(str(exc), exc.code) from None
        if self.check is not None:
            try:
                self.check(settings)
            except DomainError as exc:
                raise ValidationError(str(exc), exc.code) from None
        now = datetime.now(timezone.utc).isoformat()
        values = settings.station_values()
        with self.store.local_transaction() as conn:
            for key in changes:
                if key in merged:
                    conn.execute(
                        "INSERT INTO station_settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)"
                        " ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at,"
                        " updated_by = excluded.updated_by", (key, str(values[key]), now, actor.user_id))
                else:
                    conn.execute("DELETE FROM station_settings WHERE key = ?", (key,))
        self.store.audit_only("station.settings", actor.user_id, {k: (None if k not in merged else str(values[k]))
                                                                   for k in changes})
        return settings


STATION_KIND_KEY = "station_kind"  # kept beside the STATION_KEYS rows; chosen once, in the first-run wizard


def station_kind(store: Store) -> str | None:
    """What this station is for (`app.catalogue.STATION_KINDS`), as chosen at first run; None if never."""
    row = store.query_one("SELECT value FROM station_settings WHERE key = ?", (STATION_KIND_KEY,))
    return row["value"] if row else None


def setup_station(path: Path, kind: str, cloud_url: str = "") -> None:
    """First run only, right after enrolment (no one is logged in yet): keep the station's kind, its
    cloud address, and the glove theme on a bay tablet. Refused once a kind is stored."""
    from app.catalogue import STATION_KINDS
    from app.storage.keys import load_key

    if kind not in STATION_KINDS:
        raise ValidationError(f"station kind must be one of {', '.join(STATION_KINDS)}", "station_kind")
    store = Store.open(path, load_key(path))
    try:
        if station_kind(store) is not None:
            raise ValidationError("this station's kind is already set", "station_kind")
        values = {STATION_KIND_KEY: kind}
        if cloud_url:
            values["cloud_url"] = Settings.build({"cloud_url": cloud_url}).cloud_url or ""
        if kind == "bay":
            values["theme"] = "glove"
        now = datetime.now(timezone.utc).isoformat()
        with store.local_transaction() as conn:
            for key, value in values.items():
                conn.execute("INSERT INTO station_settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, NULL)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value,"
                             " updated_at = excluded.updated_at", (key, value, now))
        store.audit_only("station.setup", None, values)
    finally:
        store.close()
