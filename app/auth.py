"""Users, PINs (scrypt keyed with the branch secret) and the branch-wide lockout (auth_lockout)."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from datetime import datetime, timezone

from pydantic import BaseModel

from app.auth_lockout import LOCKOUTS, MAX_FAILURES, LockState, lock_state, to_ms
from app.errors import DomainError, NotFoundError, PermissionDenied, ValidationError
from app.roles import MANAGERS, PERMISSIONS, Role
from app.storage.errors import StoreError
from app.store import Store, new_id

# Fixed here, never read from a stored hash: a crafted hash cannot make a check cost more.
SCRYPT_N, SCRYPT_R, SCRYPT_P, SCRYPT_LEN = 2**14, 8, 1, 32
SALT_BYTES = 16
PIN_SCHEME = "pin2"  # pin2$<salt hex>$<HMAC-SHA256(branch secret, scrypt(pin, salt)) hex>
_PIN = re.compile(r"[0-9]{4,8}")  # always fullmatch: no trailing newline, no non-ASCII digits
_MANAGER_PIN = re.compile(r"[0-9]{6}")
_KEYED = re.compile(r"pin2\$([0-9a-f]{32})\$([0-9a-f]{64})")
PIN_SECRET_META = "pin_secret"


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


class UserStatus(User):
    """A user as the user-management screen lists them: locked now or not."""

    locked: bool


class Lock(BaseModel):
    """A user's lock: `until` None means only a supervisor or admin can end it."""

    until: datetime | None


class LockedOut(DomainError):
    code = "locked_out"

    def __init__(self, message: str, until: datetime | None) -> None:
        super().__init__(message)
        self.until = until


class WrongPin(DomainError):
    code = "wrong_pin"

    def __init__(self, message: str, tries_left: int) -> None:
        super().__init__(message)
        self.tries_left = tries_left


def check_pin(pin: str, role: Role | str) -> None:
    """Supervisors and admins: exactly 6 digits; every other role: 4 to 8 digits."""
    if Role(role) in MANAGERS:
        if not _MANAGER_PIN.fullmatch(pin or ""):
            raise ValidationError("a supervisor's or admin's PIN must be 6 digits", "pin")
    elif not _PIN.fullmatch(pin or ""):
        raise ValidationError("PIN must be 4 to 8 digits", "pin")


def _scrypt(pin: str, salt: bytes) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=SCRYPT_LEN)


def _keyed(secret: bytes, digest: bytes) -> str:
    return hmac.new(secret, digest, hashlib.sha256).hexdigest()


def hash_pin(pin: str, secret: bytes) -> str:
    """A salted scrypt digest of the PIN, keyed with the branch secret: without the secret a hash
    taken from an event, a pull or a backup verifies nothing, so it cannot be brute-forced."""
    if not _PIN.fullmatch(pin or ""):
        raise ValidationError("PIN must be 4 to 8 digits", "pin")
    if len(secret) < 16:
        raise ValueError("the branch secret is too short")
    salt = secrets.token_bytes(SALT_BYTES)
    return f"{PIN_SCHEME}${salt.hex()}${_keyed(secret, _scrypt(pin, salt))}"


def verify_pin(pin: str, stored: str, secret: bytes) -> bool:
    """The PIN against a stored hash, with the code's fixed KDF parameters; anything not in the
    exact expected shape is refused before any work is done. A hash without the branch secret's
    key (the old `scrypt$N$r$p$…` form included) never verifies: anyone could make one."""
    if not isinstance(pin, str) or not _PIN.fullmatch(pin) or not isinstance(stored, str):
        return False
    keyed = _KEYED.fullmatch(stored)
    if keyed is None:  # an unkeyed hash (from before the branch secret, or forged) never verifies
        return False
    got = _keyed(secret, _scrypt(pin, bytes.fromhex(keyed[1])))
    return hmac.compare_digest(got, keyed[2])


def branch_secret(store: Store) -> bytes:
    """The branch secret PIN hashes are keyed with: station-local, never in an event."""
    row = store.query_one("SELECT value FROM meta WHERE key = ?", (PIN_SECRET_META,))
    if row is None:
        raise StoreError(f"{store.path} has no branch secret for PINs; enrol the station again")
    return bytes.fromhex(row["value"])


def install_branch_secret(store: Store, secret_hex: str) -> None:
    """Keep the branch's secret (from the enrol response) in the station-local meta table."""
    if not re.fullmatch(r"[0-9a-f]{64}", secret_hex or ""):
        raise ValidationError("a branch secret is 64 hex characters", "pin_secret")
    with store.local_transaction() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET"
                     " value = excluded.value", (PIN_SECRET_META, secret_hex))


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
            self._may_manage(actor, Role(role))
        elif self.list_users():
            raise PermissionDenied("users exist already; an admin must add new ones")
        name = (name or "").strip()
        if not name:
            raise ValidationError("a user needs a name", "name")
        role = Role(role)
        check_pin(pin, role)
        pin_hash = hash_pin(pin, branch_secret(self.store))
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

    def roster(self, actor: Actor) -> list[UserStatus]:
        """Every user of the branch, active ones first, each with whether they are locked now."""
        require(actor, "user.admin")
        now_ms = to_ms(self.now())
        users = sorted(self.list_users(active_only=False), key=lambda u: (not u.active, u.name.casefold()))
        return [UserStatus(**u.model_dump(), locked=u.active and self.lock_state(u.id).locked(now_ms))
                for u in users]

    def lock_state(self, user_id: str) -> LockState:
        rows = self.store.query(
            "SELECT at_ms, id, kind FROM login_failures WHERE user_id = ? AND _del IS NULL AND at_ms IS NOT NULL",
            (user_id,))
        return lock_state((r["at_ms"], r["id"], r["kind"]) for r in rows)

    def lock(self, user_id: str) -> Lock | None:
        """The user's lock now, None when the user may try a PIN."""
        state = self.lock_state(user_id)
        return Lock(until=state.until()) if state.locked(to_ms(self.now())) else None

    def _locked_out(self, state: LockState) -> LockedOut:
        until = state.until()
        if until is None:
            return LockedOut(f"locked after {MAX_FAILURES * (len(LOCKOUTS) + 1)} wrong PINs: a supervisor must"
                             " unlock", None)
        return LockedOut(f"{MAX_FAILURES} wrong PINs: locked until {until.astimezone().strftime('%H:%M')}", until)

    def login(self, user_id: str, pin: str) -> Actor:
        row = self.store.query_one(
            "SELECT id, name, role, pin_hash, active FROM users WHERE id = ? AND _del IS NULL", (user_id,)
        )
        if row is None or not row["active"]:
            raise NotFoundError("no such active user")
        state = self.lock_state(user_id)
        now_ms = to_ms(self.now())
        if state.locked(now_ms):
            raise self._locked_out(state)
        if verify_pin(pin or "", row["pin_hash"] or "", branch_secret(self.store)):
            if state.failures or state.level:  # the wrong PINs before are forgiven on every station
                self._record(user_id, "login", max(now_ms, state.last_ms + 1), user_id, "auth.login")
            else:
                self.store.audit_only("auth.login", user_id, {})
            return Actor(user_id=row["id"], name=row["name"], role=row["role"])
        self._record(user_id, "failed", max(now_ms, state.reset_ms + 1), None, "auth.failed")
        state = self.lock_state(user_id)
        if state.locked(now_ms):
            raise self._locked_out(state)
        raise WrongPin(f"wrong PIN ({state.tries_left()} tries left)", state.tries_left())

    def _record(self, user_id: str, kind: str, at_ms: int, by_user: str | None, action: str) -> None:
        record_id = new_id()
        with self.store.command(action, by_user) as cmd:
            cmd.upsert("login_failures", record_id, user_id=user_id, station_id=self.store.identity.station_id,
                       kind=kind, at_ms=at_ms, by_user=by_user)
            cmd.detail = {"user": user_id, "kind": kind}

    def _may_manage(self, actor: Actor, role: Role) -> None:
        """Only an admin creates or changes an admin: a supervisor cannot raise anyone (or
        themselves, through a new user) above a supervisor."""
        if role is Role.ADMIN and actor.role is not Role.ADMIN:
            raise PermissionDenied(f"{actor.name} ({actor.role}) may not manage an admin")

    def _managed(self, actor: Actor, user_id: str) -> Role:
        """The role of the user `actor` means to change, after the checks every change makes."""
        require(actor, "user.admin")
        row = self.store.query_one("SELECT role FROM users WHERE id = ? AND _del IS NULL", (user_id,))
        if row is None or row["role"] is None:
            raise NotFoundError("no such user")
        role = Role(row["role"])
        self._may_manage(actor, role)
        return role

    def deactivate(self, actor: Actor, user_id: str) -> None:
        """A supervisor or admin ends a user's access on every station (an event; the user row
        and its history stay). Nobody deactivates themselves, so (only an admin
        deactivating an admin) a branch always keeps an active admin."""
        role = self._managed(actor, user_id)
        if user_id == actor.user_id:
            raise ValidationError("you cannot deactivate yourself", "user")
        with self.store.command("user.deactivate", actor.user_id) as cmd:
            row = self.store.query_one("SELECT active FROM users WHERE id = ?", (user_id,))
            if not row or not row["active"]:
                raise ValidationError("this user is already inactive", "user")
            cmd.upsert("users", user_id, active=0)
            cmd.detail = {"user": user_id, "role": role.value}

    def unlock(self, actor: Actor, user_id: str) -> None:
        """A supervisor or admin ends a user's lock on every station of the branch (an event)."""
        self._managed(actor, user_id)
        state = self.lock_state(user_id)
        self._record(user_id, "unlock", max(to_ms(self.now()), state.last_ms + 1), actor.user_id, "auth.unlock")

    def set_pin(self, actor: Actor, user_id: str, pin: str) -> None:
        """A supervisor or admin gives a user a new PIN (keyed with this branch's secret)."""
        role = self._managed(actor, user_id)
        check_pin(pin, role)
        pin_hash = hash_pin(pin, branch_secret(self.store))
        with self.store.command("user.set_pin", actor.user_id) as cmd:
            cmd.upsert("users", user_id, pin_hash=pin_hash)
            cmd.detail = {"user": user_id}
