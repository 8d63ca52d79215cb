"""The first admin of a branch, made on the first station right after its enrolment.

The branch secret came with the enrolment, so the PIN is hashed here, on the station (never
sent, shown or logged). The user is a set-up event (no actor): accepted by the cloud and the
other stations only while the branch has no user at all (docs/security.md), so this works once
per branch; later users are made by an admin on the users screen.
"""

from __future__ import annotations

from pathlib import Path

from app.auth import AuthService, User
from app.errors import ValidationError
from app.roles import Role
from app.storage.keys import load_key
from app.store import Store


def needs_first_admin(path: Path) -> bool:
    """True when the station's branch has no user yet (after the first sync)."""
    store = Store.open(path, load_key(path))
    try:
        return not AuthService(store).list_users(active_only=False)
    finally:
        store.close()


def create_first_admin(path: Path, name: str, pin: str, repeat: str) -> User:
    """The branch's first admin; refused when the two PINs differ or users exist already."""
    if pin != repeat:
        raise ValidationError("the two PINs differ", "pin_repeat")
    store = Store.open(path, load_key(path))
    try:
        return AuthService(store).create_user(None, name, Role.ADMIN, pin)
    finally:
        store.close()
