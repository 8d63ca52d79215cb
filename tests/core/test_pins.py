"""PINs keyed with the branch secret, fixed KDF parameters, 6-digit manager PINs, and the
lockout: escalating (5 min, 15 min, 1 h, then a supervisor) and shared by the branch."""

from __future__ import annotations

import hashlib
import random
from datetime import datetime, timedelta, timezone

import pytest

from app.events.signing import KnownStation
from hypothesis import given, settings
from hypothesis import strategies as st

from app import auth
from app.auth import AuthService, LockedOut, WrongPin, branch_secret, install_branch_secret, verify_pin
from app.auth_lockout import LOCKOUTS, MAX_FAILURES, lock_state
from app.errors import PermissionDenied, ValidationError
from app.events.log import iter_events
from app.events.replicate import apply_batch
from app.events.state_hash import state_hash
from app.roles import Role
from app.services import Services
from app.store import Store

KEY = "ab" * 32
T0 = datetime(2026, 11, 24, 8, 0, tzinfo=timezone.utc)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def _fail(auth_: AuthService, user_id: str, times: int) -> None:
    for _ in range(times):
        with pytest.raises((WrongPin, LockedOut)):
            auth_.login(user_id, "0000")


# -- the hash ------------------------------------------------------------------------------

def test_a_crafted_hash_with_its_own_cost_is_refused_without_running_the_kdf(monkeypatch):
    """The old check read N, r, p from the hash: p=1000 made one login take 42 s. Now the code's
    parameters are the only ones, and a hash of any other shape is refused before scrypt runs."""
    calls: list[dict] = []
    real = hashlib.scrypt

    def spy(password, **kw):  # type: ignore[no-untyped-def]
        calls.append(kw)
        return real(password, **kw)

    monkeypatch.setattr(auth.hashlib, "scrypt", spy)
    salt, digest = "00" * 16, "00" * 32
    crafted = [f"scrypt$16384$8$1000${salt}${digest}", f"scrypt$1048576$8$1${salt}${digest}",
               f"pin2${'00' * 4096}${digest}", f"scrypt$16384$8$1${'00' * 4096}${digest}", "pin2$$", ""]
    for stored in crafted:
        assert not verify_pin("1234", stored, b"s" * 32)
    assert calls == []
    good = auth.hash_pin("1234", b"s" * 32)
    assert verify_pin("1234", good, b"s" * 32)
    assert all((c["n"], c["r"], c["p"]) == (2**14, 8, 1) for c in calls) and len(calls) == 2
    # an unkeyed hash of the old form is refused even when it is right: anyone can make one
    legacy = f"scrypt$16384$8$1${salt}${real(b'1234', salt=bytes(16), n=2**14, r=8, p=1, dklen=32).hex()}"
    assert not verify_pin("1234", legacy, b"s" * 32)


def test_supervisors_and_admins_need_six_digits(services, cast):
    admin = cast.actors[Role.ADMIN]
    for role in (Role.SUPERVISOR, Role.ADMIN):
        for pin in ("9999", "12345", "1234567", "12345a"):
            with pytest.raises(ValidationError, match="6 digits"):
                services.auth.create_user(admin, "Bos", role, pin)
    boss = services.auth.create_user(admin, "Bos Baru", Role.SUPERVISOR, "246810")
    assert services.auth.login(boss.id, "246810").role is Role.SUPERVISOR
    clerk = services.auth.create_user(admin, "Kasir Baru", Role.CASHIER, "1357")
    assert services.auth.login(clerk.id, "1357").role is Role.CASHIER
    assert services.auth.login(cast.actors[Role.ADMIN].user_id, "000000").role is Role.ADMIN
    assert services.auth.login(cast.actors[Role.SUPERVISOR].user_id, "999999").role is Role.SUPERVISOR


def test_a_new_pin_is_set_by_a_supervisor_only(services, cast):
    mech = cast.actors[Role.MECHANIC]
    with pytest.raises(PermissionDenied):
        services.auth.set_pin(cast.actors[Role.CASHIER], mech.user_id, "5678")
    with pytest.raises(ValidationError):
        services.auth.set_pin(cast.actors[Role.ADMIN], cast.actors[Role.ADMIN].user_id, "5678")
    services.auth.set_pin(cast.actors[Role.SUPERVISOR], mech.user_id, "5678")
    assert services.auth.login(mech.user_id, "5678").user_id == mech.user_id
    with pytest.raises(WrongPin):
        services.auth.login(mech.user_id, "2222")


def test_the_branch_secret_is_in_no_event(services, cast):
    secret = branch_secret(services.store).hex()
    with services.store.read() as conn:
        payloads = [r[0] for r in conn.execute("SELECT payload FROM sync_event_logs")]
        hashes = [r[0] for r in conn.execute("SELECT pin_hash FROM users")]
    assert payloads and all(secret not in p for p in payloads)
    assert hashes and all(h.startswith("pin2$") for h in hashes)


# -- escalation ------------------------------------------------------------------------------

def test_lockout_escalates_5_15_60_minutes_then_only_a_supervisor(services, cast):
    clock = Clock()
    a = AuthService(services.store, now=clock)
    mech = cast.actors[Role.MECHANIC].user_id
    for minutes in (5, 15, 60):
        _fail(a, mech, MAX_FAILURES - 1)
        with pytest.raises(LockedOut) as locked:
            a.login(mech, "0000")
        assert locked.value.until == clock.now + timedelta(minutes=minutes)
        clock.now += timedelta(minutes=minutes) - timedelta(seconds=1)
        with pytest.raises(LockedOut):  # the right PIN too, one second before the end
            a.login(mech, "2222")
        clock.now += timedelta(seconds=1)
        assert a.lock(mech) is None
    _fail(a, mech, MAX_FAILURES - 1)
    with pytest.raises(LockedOut, match="supervisor") as locked:
        a.login(mech, "0000")
    assert locked.value.until is None
    clock.now += timedelta(days=3)
    with pytest.raises(LockedOut):
        a.login(mech, "2222")
    assert a.lock(mech).until is None
    with pytest.raises(PermissionDenied):
        a.unlock(cast.actors[Role.CASHIER], mech)
    a.unlock(cast.actors[Role.SUPERVISOR], mech)
    assert a.login(mech, "2222").user_id == mech
    # unlocked, the escalation starts again from 5 minutes
    clock.now += timedelta(minutes=1)
    _fail(a, mech, MAX_FAILURES)
    assert a.lock(mech).until == clock.now + timedelta(minutes=5)


def test_a_good_login_forgets_the_wrong_pins_before_it(services, cast):
    clock = Clock()
    a = AuthService(services.store, now=clock)
    cashier = cast.actors[Role.CASHIER].user_id
    _fail(a, cashier, MAX_FAILURES - 1)
    a.login(cashier, "4444")
    with pytest.raises(WrongPin, match=f"{MAX_FAILURES - 1} tries left"):
        a.login(cashier, "0000")


# -- shared by the branch ----------------------------------------------------------------------

def _deliver(src: Store, dst: Store) -> None:
    with src.read() as conn:
        events = list(iter_events(conn))
    apply_batch(dst, events)


@pytest.fixture
def branch(tmp_path, services, cast):
    """The seeded station and a second station of the same branch holding its events and secret."""
    ident = services.store.identity
    other = Services.over(Store.create(tmp_path / "k2.db", KEY, branch_code=ident.branch_code, station_code="K2",
                                       branch_id=ident.branch_id))
    keys = {s.identity.station_id: KnownStation(s.signing_key.public) for s in (services.store, other.store)}
    for store in (services.store, other.store):  # the two stations know each other's keys (no pinned users)
        store.pinned_keys = keys.get
    install_branch_secret(other.store, branch_secret(services.store).hex())
    _deliver(services.store, other.store)
    yield services, other
    other.close()


def test_wrong_pins_on_two_stations_add_up_and_the_lock_reaches_both(branch, cast):
    one, two = branch
    clock = Clock()
    a, b = AuthService(one.store, now=clock), AuthService(two.store, now=clock)
    mech = cast.actors[Role.MECHANIC].user_id
    assert b.login(mech, "2222").user_id == mech  # the PIN works on the second station
    _fail(a, mech, 3)
    _fail(b, mech, 1)
    _deliver(one.store, two.store)
    with pytest.raises(LockedOut) as locked:  # 3 + 1 on the two stations, this is the 5th
        b.login(mech, "0000")
    assert locked.value.until == T0 + timedelta(minutes=5)
    _deliver(two.store, one.store)
    assert a.lock(mech) is not None
    with pytest.raises(LockedOut):
        a.login(mech, "2222")
    # a supervisor's unlock on station two is an event: station one hears of it and lets them in
    b.unlock(cast.actors[Role.SUPERVISOR], mech)
    assert a.lock(mech) is not None
    _deliver(two.store, one.store)
    assert a.lock(mech) is None and a.login(mech, "2222").user_id == mech
    _deliver(one.store, two.store)
    with one.store.read() as c1, two.store.read() as c2:
        assert state_hash(c1) == state_hash(c2)


def test_failure_records_converge_whatever_the_delivery_order(tmp_path, branch, cast):
    one, two = branch
    clock = Clock()
    mech = cast.actors[Role.MECHANIC].user_id
    for i, svc in enumerate((one, two, one, two, one, one, two)):
        clock.now = T0 + timedelta(seconds=i)
        _fail(AuthService(svc.store, now=clock), mech, 1)
    AuthService(two.store, now=clock).unlock(cast.actors[Role.SUPERVISOR], mech)
    _deliver(two.store, one.store)
    clock.now += timedelta(seconds=1)
    _fail(AuthService(one.store, now=clock), mech, 2)
    events = []
    for svc in (one, two):
        with svc.store.read() as conn:
            events += [e for e in iter_events(conn) if e.type.startswith("auth.")]
    hashes, locks = set(), set()
    for seed in range(3):
        order = events + random.Random(seed).sample(events, len(events) // 2)  # duplicates too
        random.Random(seed).shuffle(order)
        store = Store.create(tmp_path / f"r{seed}.db", KEY, branch_code="JKT01", station_code=f"R{seed}",
                             branch_id=one.store.identity.branch_id)
        store.pinned_keys = one.store.pinned_keys  # knows both stations' keys
        store.pinned_roles = {cast.actors[Role.SUPERVISOR].user_id: "supervisor"}
        for i in range(0, len(order), 3):
            apply_batch(store, order[i:i + 3])
        with store.read() as conn:
            hashes.add(state_hash(conn))
        lock = AuthService(store, now=clock).lock_state(mech)
        locks.add(lock.model_dump_json())
        store.close()
    assert len(hashes) == 1 and len(locks) == 1
    # 7 wrong PINs (a 5-minute lock), the unlock, then 2 more: 2 in the current round, no lock
    assert (lock.failures, lock.level, lock.until_ms) == (2, 0, None)


_rows = st.lists(st.tuples(st.integers(0, 10_000_000), st.sampled_from(["failed"] * 6 + ["login", "unlock"])),
                 max_size=40)


@settings(max_examples=200, deadline=None)
@given(rows=_rows, seed=st.integers(0, 2**32))
def test_the_lock_is_a_function_of_the_set_of_records(rows, seed):
    records = [(at, f"id{i:03d}", kind) for i, (at, kind) in enumerate(rows)]
    shuffled = records + records[: len(records) // 3]
    random.Random(seed).shuffle(shuffled)
    assert lock_state(shuffled) == lock_state(records)
    state = lock_state(records)
    fails_since_reset = 0
    for _at, _id, kind in sorted(records):
        fails_since_reset = 0 if kind != "failed" else fails_since_reset + 1
    assert state.supervisor == (fails_since_reset >= MAX_FAILURES * (len(LOCKOUTS) + 1))
    assert state.level == min(fails_since_reset // MAX_FAILURES, len(LOCKOUTS) + 1) or state.supervisor
