from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from app.auth import MAX_FAILURES, AuthService, LockedOut, WrongPin, hash_pin, verify_pin
from app.errors import NotFoundError, PermissionDenied, ValidationError
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


def _audit(services, action):
    return services.store.query("SELECT actor_id, detail FROM audit_log WHERE action = ?", (action,))


def test_supervisor_deactivates_a_user_who_then_cannot_log_in(services, cast):
    auth = services.auth
    sup, mech = cast.actors[Role.SUPERVISOR], cast.actors[Role.MECHANIC]
    with pytest.raises(PermissionDenied):
        auth.deactivate(cast.actors[Role.CASHIER], mech.user_id)
    auth.deactivate(sup, mech.user_id)
    assert mech.user_id not in {u.id for u in auth.list_users()}
    assert not {u.id: u for u in auth.list_users(active_only=False)}[mech.user_id].active
    with pytest.raises(NotFoundError):
        auth.login(mech.user_id, "2222")
    with pytest.raises(ValidationError, match="already inactive"):
        auth.deactivate(sup, mech.user_id)
    [entry] = _audit(services, "user.deactivate")
    assert entry["actor_id"] == sup.user_id and mech.user_id in entry["detail"]


def test_nobody_deactivates_themselves_so_an_admin_always_remains(services, cast):
    auth = services.auth
    sup, admin = cast.actors[Role.SUPERVISOR], cast.actors[Role.ADMIN]
    with pytest.raises(ValidationError, match="yourself"):
        auth.deactivate(sup, sup.user_id)
    other = auth.create_user(admin, "Admin Dua", Role.ADMIN, "123456")
    auth.deactivate(admin, other.id)
    with pytest.raises(ValidationError, match="yourself"):
        auth.deactivate(admin, admin.user_id)
    assert [u.id for u in auth.list_users() if u.role is Role.ADMIN] == [admin.user_id]


def test_a_supervisor_cannot_make_or_change_an_admin(services, cast):
    auth = services.auth
    sup, admin = cast.actors[Role.SUPERVISOR], cast.actors[Role.ADMIN]
    with pytest.raises(PermissionDenied, match="admin"):
        auth.create_user(sup, "Naik Pangkat", Role.ADMIN, "123456")
    for change in (lambda: auth.set_pin(sup, admin.user_id, "111111"),
                   lambda: auth.deactivate(sup, admin.user_id),
                   lambda: auth.unlock(sup, admin.user_id)):
        with pytest.raises(PermissionDenied):
            change()
    assert auth.login(admin.user_id, "000000").role is Role.ADMIN
    assert _audit(services, "user.set_pin") == []


def test_reset_pin_and_create_are_audited_without_the_pin(services, cast):
    auth = services.auth
    sup = cast.actors[Role.SUPERVISOR]
    user = auth.create_user(sup, "Agus Mekanik", Role.MECHANIC, "8642")
    auth.set_pin(sup, user.id, "97531")
    assert auth.login(user.id, "97531").name == "Agus Mekanik"
    for action in ("user.create", "user.set_pin"):
        [entry] = [e for e in _audit(services, action) if user.id in e["detail"]]
        assert entry["actor_id"] == sup.user_id
        assert "8642" not in entry["detail"] and "97531" not in entry["detail"]
