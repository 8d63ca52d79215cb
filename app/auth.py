"""Users, PINs (scrypt, a slow KDF) and lockout after repeated failures."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from datetime import datetime, timedelta, timezone

from pydantic import BaseModel

from app.errors import DomainError, NotFoundError, PermissionDenied, ValidationError
from app.roles import PERMISSIONS, Role
from app.store import Store, new_id

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=5)
_PIN = re.compile(r"^\d{4,8}$")


class Actor(BaseModel):
    """Who runs a command."""

    user_id: str
    name: str
    role: Role


class User(BaseModel):
    id: str
    name: str
    role: Role
    active: bool


class LockedOut(DomainError):
    code = "locked_out"

    def __init__(self, message: str, until: datetime) -> None:
        super().__init__(message)
        self.until = until


class WrongPin(DomainError):
    code = "wrong_pin"

    def __init__(self, message: str, tries_left: int) -> None:
        super().__init__(message)
        self.tries_left = tries_left


def hash_pin(pin: str) -> str:
    if not _PIN.match(pin or ""):
        raise ValidationError("PIN must be 4 to 8 digits", "pin")
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        got = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32)
    except (ValueError, AttributeError):
        return False
    return hmac.compare_digest(got.hex(), digest)


def allowed(actor: Actor, permission: str | None) -> bool:
    """May `actor` do `permission`? (None: any logged-in user.) For enabling buttons and
    listing screens; services still call `require`. An unknown permission is a bug: KeyError."""
    return permission is None or actor.role in PERMISSIONS[permission]


def require(actor: Actor, permission: str) -> None:
    if not allowed(actor, permission):
        raise PermissionDenied(f"{actor.name} ({actor.role}) may not do {permission}")


class AuthService:
    def __init__(self, store: Store, now=lambda: datetime.now(timezone.utc)) -> None:
        self.store = store
        self.now = now

    def create_user(self, actor: Actor | None, name: str, role: Role | str, pin: str) -> User:
        """`actor` None only while provisioning an empty station (its first admin)."""
        if actor is not None:
            require(actor, "user.admin")
        elif self.list_users():
            raise PermissionDenied("users exist already; an admin must add new ones")
        name = (name or "").strip()
        if not name:
            raise ValidationError("a user needs a name", "name")
        role = Role(role)
        pin_hash = hash_pin(pin)
        user_id = new_id()
        with self.store.command("user.create", actor.user_id if actor else None) as cmd:
            cmd.upsert("users", user_id, branch_id=self.store.identity.branch_id, name=name,
                       role=role.value, pin_hash=pin_hash, active=1)
            cmd.detail = {"user": user_id, "role": role.value}
        return User(id=user_id, name=name, role=role, active=True)

    def list_users(self, active_only: bool = True) -> list[User]:
        rows = self.store.query(
            "SELECT id, name, role, active FROM users WHERE _del IS NULL AND name IS NOT NULL"
            + (" AND active = 1" if active_only else "") + " ORDER BY name"
        )
        return [User(id=r["id"], name=r["name"], role=r["role"], active=bool(r["active"])) for r in rows]

    def locked_until(self, user_id: str) -> datetime | None:
        row = self.store.query_one("SELECT locked_until FROM login_attempts WHERE user_id = ?", (user_id,))
        if row and row["locked_until"]:
            until = datetime.fromisoformat(row["locked_until"])
            if until > self.now():
                return until
        return None

    def login(self, user_id: str, pin: str) -> Actor:
        row = self.store.query_one(
            "SELECT id, name, role, pin_hash, active FROM users WHERE id = ? AND _del IS NULL", (user_id,)
        )
        if row is None or not row["active"]:
            raise NotFoundError("no such active user")
        until = self.locked_until(user_id)
        if until is not None:
            raise LockedOut(f"locked until {until.astimezone().strftime('%H:%M')} after {MAX_FAILURES} wrong PINs",
                            until)
        if verify_pin(pin or "", row["pin_hash"] or ""):
            with self.store.local_transaction() as conn:
                conn.execute("DELETE FROM login_attempts WHERE user_id = ?", (user_id,))
            self.store.audit_only("auth.login", user_id, {})
            return Actor(user_id=row["id"], name=row["name"], role=row["role"])
        failures = self._record_failure(user_id)
        self.store.audit_only("auth.failed", user_id, {"failures": failures})
        if failures >= MAX_FAILURES:
            raise LockedOut(f"{MAX_FAILURES} wrong PINs: locked for {int(LOCKOUT.total_seconds() // 60)} minutes",
                            self.now() + LOCKOUT)
        raise WrongPin(f"wrong PIN ({MAX_FAILURES - failures} tries left)", MAX_FAILURES - failures)

    def _record_failure(self, user_id: str) -> int:
        with self.store.local_transaction() as conn:
            row = conn.execute(
                "SELECT failures, locked_until FROM login_attempts WHERE user_id = ?", (user_id,)
            ).fetchone()
            expired = row is not None and row[1] is not None and datetime.fromisoformat(row[1]) <= self.now()
            failures = (0 if row is None or expired else row[0]) + 1
            locked = (self.now() + LOCKOUT).isoformat() if failures >= MAX_FAILURES else None
            conn.execute(
                "INSERT INTO login_attempts (user_id, failures, locked_until) VALUES (?, ?, ?)"
                " ON CONFLICT (user_id) DO UPDATE SET failures = excluded.failures,"
                " locked_until = excluded.locked_until",
                (user_id, failures, locked),
            )
        return failures

    def unlock(self, actor: Actor, user_id: str) -> None:
        require(actor, "user.admin")
        with self.store.local_transaction() as conn:
            conn.execute("DELETE FROM login_attempts WHERE user_id = ?", (user_id,))
        self.store.audit_only("auth.unlock", actor.user_id, {"user": user_id})
