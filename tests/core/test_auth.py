from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from app.auth import MAX_FAILURES, AuthService, LockedOut, WrongPin, hash_pin, verify_pin
from app.errors import PermissionDenied, ValidationError
from app.roles import Role


SECRET = bytes(range(32))


def test_pin_hash_is_slow_kdf_salted_and_keyed():
    a, b = hash_pin("1234", SECRET), hash_pin("1234", SECRET)
    assert a != b and a.startswith("pin2$") and "16384" not in a  # no parameters in the hash
    assert verify_pin("1234", a, SECRET) and not verify_pin("4321", a, SECRET)
    assert not verify_pin("1234", a, bytes(32))  # another branch's secret
    assert not verify_pin("1234", "garbage", SECRET)
    for bad in ("12", "123456789", "12a4", "", "1234\n", "١٢٣٤"):
        with pytest.raises(ValidationError):
            hash_pin(bad, SECRET)


def test_login_and_lockout(services, cast):
    clock = [datetime(2026, 11, 24, 8, 0, tzinfo=timezone.utc)]
    auth = AuthService(services.store, now=lambda: clock[0])
    cashier = cast.actors[Role.CASHIER]
    assert auth.login(cashier.user_id, "4444").role is Role.CASHIER
    for i in range(MAX_FAILURES - 1):
        with pytest.raises(WrongPin, match=f"{MAX_FAILURES - 1 - i} tries left") as wrong:
            auth.login(cashier.user_id, "0000")
        assert wrong.value.tries_left == MAX_FAILURES - 1 - i
    with pytest.raises(LockedOut) as locked:
        auth.login(cashier.user_id, "0000")
    assert locked.value.until == clock[0] + timedelta(minutes=5)
    with pytest.raises(LockedOut):  # even the right PIN, while locked
        auth.login(cashier.user_id, "4444")
    clock[0] += timedelta(minutes=6)
    assert auth.login(cashier.user_id, "4444").user_id == cashier.user_id
    with pytest.raises(WrongPin, match=f"{MAX_FAILURES - 1} tries left"):
        auth.login(cashier.user_id, "0000")  # the count started again
    failed = services.store.query("SELECT * FROM audit_log WHERE action = 'auth.failed'")
    assert len(failed) == MAX_FAILURES + 1


def test_supervisor_unlocks(services, cast):
    auth = services.auth
    mech = cast.actors[Role.MECHANIC]
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(WrongPin):
            auth.login(mech.user_id, "9999")
    with pytest.raises(LockedOut):
        auth.login(mech.user_id, "9999")
    with pytest.raises(PermissionDenied):
        auth.unlock(cast.actors[Role.CASHIER], mech.user_id)
    auth.unlock(cast.actors[Role.SUPERVISOR], mech.user_id)
    assert auth.login(mech.user_id, "2222").name == mech.name


def test_only_admins_add_users_and_first_admin_once(services, cast):
    with pytest.raises(PermissionDenied):
        services.auth.create_user(cast.actors[Role.CASHIER], "Eve", Role.ADMIN, "1234")
    with pytest.raises(PermissionDenied):
        services.auth.create_user(None, "Eve", Role.ADMIN, "1234")
    assert {u.role for u in services.auth.list_users()} == set(Role)
