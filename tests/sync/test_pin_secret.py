"""The branch secret PIN hashes are keyed with: delivered only by enrolment, in no event, pull or
snapshot, and a PIN hash handed out by the cloud cannot be brute-forced without it."""

from __future__ import annotations

import json

import pytest

from app import auth
from app.auth import AuthService, branch_secret, verify_pin
from app.events.pending import pending_events
from tests.sync.helpers import ACTOR
from app.events.replicate import apply_batch
from app.roles import Role
from tests.sync.cloudkit import make_kit

PIN = "4821"


@pytest.fixture
def cheap_kdf(monkeypatch):
    """The same construction at a tiny cost, so a whole 4-digit search runs in a test."""
    monkeypatch.setattr(auth, "SCRYPT_N", 2**4)
    monkeypatch.setattr(auth, "SCRYPT_R", 1)


def _search(pin_hash: str, secret: bytes) -> list[str]:
    return [pin for pin in (f"{i:04d}" for i in range(10_000)) if verify_pin(pin, pin_hash, secret)]


def test_a_pulled_pin_hash_does_not_fall_to_an_offline_search(tmp_path, cheap_kdf) -> None:
    kit = make_kit()
    one, cloud_one = kit.station(tmp_path, "k1")
    two, cloud_two = kit.station(tmp_path, "k2")
    secret = branch_secret(one)
    assert secret == branch_secret(two)  # one secret per branch, from the enrol response
    boss = auth.Actor(user_id=ACTOR, name="Kepala", role=Role.SUPERVISOR)  # a user the branch knows
    AuthService(one).create_user(boss, "Wakil Kepala", Role.SUPERVISOR, "135790")  # only an admin makes an admin
    AuthService(one).create_user(boss, "Kasir", Role.CASHIER, PIN)
    with one.read() as conn:
        cloud_one.push(pending_events(conn, one.identity.station_id, 1000))
    page = cloud_two.pull(0, 100)
    pulled = [e if isinstance(e, dict) else e.model_dump(mode="json") for e in page.events]
    snapshot = list(cloud_two.snapshot())
    hashes = [op["fields"]["pin_hash"] for e in pulled for op in e["ops"]
              if op.get("table") == "users" and "pin_hash" in op.get("fields", {})]
    assert len(hashes) == 2
    cashier_hash = hashes[1]
    # the attacker: every 4-digit PIN, the right algorithm, no secret (none, zeros, or unkeyed)
    for guess in (b"", bytes(32), b"\xff" * 32):
        assert _search(cashier_hash, guess) == []
    salt = bytes.fromhex(cashier_hash.split("$")[1])
    digest = cashier_hash.split("$")[2]
    assert not any(auth._scrypt(f"{i:04d}", salt).hex() == digest for i in range(10_000))
    # the same search with the branch secret finds it: the test can tell the difference
    assert _search(cashier_hash, secret) == [PIN]
    # and the secret is nowhere the cloud hands events out
    wire = json.dumps(pulled) + json.dumps(snapshot)
    assert secret.hex() not in wire and "pin_secret" not in wire
    # the second station, holding the branch secret from its own enrolment, lets the cashier in
    apply_batch(two, page.events)
    cashier = next(u for u in AuthService(two).list_users() if u.role is Role.CASHIER)
    assert AuthService(two).login(cashier.id, PIN).user_id == cashier.id
    one.close()
    two.close()


def test_branches_get_different_secrets_and_the_cloud_logs_none(tmp_path) -> None:
    kit = make_kit()
    r = kit.admin("POST", "/v1/admin/branches", json={"code": "BDG", "name": "Bandung"})
    other_branch = r.json()["id"]
    a = kit.enrolment("s1", "K1")
    b = kit.enrolment("s2", "K2")
    c = kit.enrolment("s3", "K1", branch_id=other_branch)
    assert a["pin_secret"] == b["pin_secret"] != c["pin_secret"]
    assert len(bytes.fromhex(a["pin_secret"])) == 32


def test_a_pin_hash_forged_without_the_secret_lets_no_one_in(tmp_path) -> None:
    """The attack as it was made: a holder of a station token (not the station, so not its branch
    secret) pushes a new hash for the admin and tries the PIN it chose, once the victim has merged
    it. Whatever form the forged hash takes, it does not verify on the victim."""
    import hashlib
    import os
    import time

    from tests.sync.helpers import event

    kit = make_kit()
    victim, _ = kit.station(tmp_path, "k1")
    admin = AuthService(victim).create_user(None, "Admin", Role.ADMIN, "135790")
    salt = os.urandom(16)
    digest = hashlib.scrypt(b"000000", salt=salt, n=2**14, r=8, p=1, dklen=32)
    forged = [f"scrypt$16384$8$1${salt.hex()}${digest.hex()}",  # the old unkeyed form
              f"pin2${salt.hex()}${digest.hex()}",  # the new form, no HMAC
              f"pin2${salt.hex()}${auth._keyed(bytes(32), digest)}",  # keyed with a guessed secret
              f"scrypt$16$1$1000${salt.hex()}${digest.hex()}"]  # a costly one
    for i, pin_hash in enumerate(forged, start=1):
        now_ms = time.time_ns() // 1_000_000
        apply_batch(victim, [event("evil", i, now_ms + 1000, branch=kit.branch_id, ops=[
            {"op": "upsert", "table": "users", "id": admin.id, "fields": {"pin_hash": pin_hash}}])])
        # (it wins LWW here; once events are authorized at merge it is set aside instead)
        with pytest.raises(auth.DomainError):  # WrongPin, or LockedOut after five
            AuthService(victim).login(admin.id, "000000")
    victim.close()


def test_sync_enrol_keeps_the_branch_secret_on_the_station(tmp_path, monkeypatch, capsys) -> None:
    """`sentra sync enrol`, for a new database and for one that exists already (with a secret of its
    own): both stations end with the branch's secret, so a PIN set on one works on the other."""
    import os
    import subprocess
    import sys
    import time

    import httpx

    from app.store import Store
    from sync.cli import main
    from sync.soak import free_port

    key = "cd" * 32
    monkeypatch.setenv("SENTRA_DB_KEY", key)
    monkeypatch.setenv("SENTRA_CLOUD_ADMIN_TOKEN", "adm-pin")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    proc = subprocess.Popen([sys.executable, "-m", "sync.cli", "serve-cloud", "--database",
                             f"sqlite:///{tmp_path / 'cloud.db'}", "--host", "127.0.0.1", "--port", str(port)],
                            cwd=root, env={**os.environ}, stderr=subprocess.PIPE)
    try:
        for _ in range(100):
            try:
                if httpx.get(url + "/v1/health", timeout=0.5).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        assert main(["sync", "admin-branch", "--cloud", url, "--code", "JKT", "--name", "Jakarta"]) == 0
        branch = json.loads(capsys.readouterr().out)["id"]
        secrets = []
        for station in ("K1", "K2"):
            db = tmp_path / f"{station}.db"
            if station == "K2":  # made before enrolment, with a secret of its own
                made = Store.create(db, key, branch_code="JKT", station_code=station, branch_id=branch)
                own = branch_secret(made)
                made.close()
            assert main(["sync", "admin-code", "--cloud", url, "--branch-id", branch, "--station-code",
                         station]) == 0
            code = json.loads(capsys.readouterr().out)["code"]
            assert main(["sync", "enrol", "--path", str(db), "--cloud", url, "--code", code, "--station-code",
                         station]) == 0, capsys.readouterr().err
            capsys.readouterr()
            store = Store.open(db, key)
            secrets.append(branch_secret(store))
            store.close()
        assert secrets[0] == secrets[1] != own
    finally:
        proc.terminate()
        proc.wait(10)
