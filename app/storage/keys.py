"""Database keys: from `SENTRA_DB_KEY` or the OS keyring, never from a plain file.

A key is either 64 hex characters (a raw 256-bit key, used as-is) or a passphrase
(stretched by SQLCipher's own PBKDF2). Provisioning makes a random raw key and stores it
in the keyring under the database's absolute path.
"""

from __future__ import annotations

import os
import re
import secrets
from pathlib import Path

from app.storage.errors import KeyUnavailableError

KEYRING_SERVICE = "sentra-auto-care"
ENV_KEY = "SENTRA_DB_KEY"
_RAW_KEY = re.compile(r"^[0-9a-fA-F]{64}$")


def new_key() -> str:
    return secrets.token_hex(32)


def key_pragma_value(key: str) -> str:
    """The literal for `PRAGMA key = …` / `ATTACH … KEY …`, safely quoted."""
    if not key:
        raise KeyUnavailableError("empty database key")
    if _RAW_KEY.match(key):
        return f"\"x'{key.lower()}'\""
    return "'" + key.replace("'", "''") + "'"


def _keyring_name(path: Path) -> str:
    return str(Path(path).resolve())


def load_key(path: Path) -> str:
    env = os.environ.get(ENV_KEY)
    if env:
        return env
    try:
        import keyring

        stored = keyring.get_password(KEYRING_SERVICE, _keyring_name(path))
    except Exception as exc:  # keyring backends raise their own types
        raise KeyUnavailableError(
            f"no key for {path}: OS keyring unavailable ({exc.__class__.__name__}); set {ENV_KEY}"
        ) from exc
    if not stored:
        raise KeyUnavailableError(
            f"no key for {path} in the OS keyring; provision the station or set {ENV_KEY}"
        )
    return stored


def store_key(path: Path, key: str) -> bool:
    """Save `key` in the OS keyring; False when there is no usable keyring (key stays in memory)."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, _keyring_name(path), key)
        return keyring.get_password(KEYRING_SERVICE, _keyring_name(path)) == key
    except Exception:
        return False


def provision_key(path: Path) -> str:
    """The key for a new database: `SENTRA_DB_KEY` if set, else a fresh one saved in the keyring."""
    env = os.environ.get(ENV_KEY)
    if env:
        return env
    key = new_key()
    if not store_key(path, key):
        raise KeyUnavailableError(
            f"cannot save a key for {path}: no usable OS keyring; set {ENV_KEY} instead"
        )
    return key
