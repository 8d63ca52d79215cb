"""The CLI as a shop IT person uses it: one-line errors, non-zero exits, files left as they were."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys

from .conftest import KEY


def sentra(*args, key=KEY, **env):
    full_env = {**os.environ, "SENTRA_DB_KEY": key, **env}
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], capture_output=True, text=True,
                          env=full_env, timeout=120)


def test_init_check_and_wrong_key(tmp_path):
    db = tmp_path / "x.db"
    assert sentra("db", "init", "--path", db, "--branch-code", "JKT01", "--station-code", "K1").returncode == 0
    assert not db.read_bytes().startswith(b"SQLite format 3")
    ok = sentra("db", "check", "--path", db)
    assert ok.returncode == 0 and "audit chain intact" in ok.stdout
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    bad = sentra("db", "check", "--path", db, key="cd" * 32)
    assert bad.returncode != 0
    assert bad.stderr.count("\n") == 1 and "wrong key" in bad.stderr and "Traceback" not in bad.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    again = sentra("db", "init", "--path", db, "--branch-code", "JKT01", "--station-code", "K1")
    assert again.returncode != 0 and "already exists" in again.stderr


def test_backup_and_rekey(tmp_path):
    db, copy = tmp_path / "x.db", tmp_path / "copy.db"
    sentra("db", "init", "--path", db, "--branch-code", "JKT01", "--station-code", "K2")
    assert sentra("db", "backup", "--path", db, "--to", copy).returncode == 0
    assert sentra("db", "check", "--path", copy).returncode == 0
    refused = sentra("db", "rekey", "--path", copy)
    assert refused.returncode == 2 and "SENTRA_NEW_DB_KEY" in refused.stderr
    assert sentra("db", "rekey", "--path", copy, SENTRA_NEW_DB_KEY="cd" * 32).returncode == 0
    assert sentra("db", "check", "--path", copy).returncode != 0
    assert sentra("db", "check", "--path", copy, key="cd" * 32).returncode == 0


def test_missing_and_foreign_files(tmp_path):
    missing = sentra("db", "check", "--path", tmp_path / "nope.db")
    assert missing.returncode == 2 and "not found" in missing.stderr
    assert not (tmp_path / "nope.db").exists()
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(4096))
    before = junk.read_bytes()
    res = sentra("db", "check", "--path", junk)
    assert res.returncode == 2 and junk.read_bytes() == before


def test_headless_demo_receipt_adds_up(tmp_path):
    res = sentra("demo", "--headless", "--path", tmp_path / "demo.db")
    assert res.returncode == 0, res.stderr
    summary = json.loads(res.stdout.strip().splitlines()[-1])
    assert summary["balanced"] and summary["total"] == summary["paid"]

    def amount(label):
        m = re.search(rf"^{label}\s+(-?)Rp ([\d.]+)$", res.stdout, re.M)
        assert m, label
        return int(m.group(2).replace(".", "")) * (-1 if m.group(1) else 1)

    subtotal, discount, ppn, total = amount("Subtotal"), amount("Diskon"), amount("PPN 12%"), amount("TOTAL")
    cash, card, change = amount("Tunai"), amount(r"Kartu \(EDC\)"), amount("Kembalian")
    assert subtotal + discount + ppn == total == summary["total"]
    assert cash + card - change == total


def test_version():
    res = sentra("--version")
    assert res.returncode == 0 and "SentraAuto Care" in res.stdout


def test_a_bad_setting_from_the_environment_is_one_line(tmp_path):
    db = tmp_path / "s.db"
    assert sentra("db", "init", "--path", db, "--branch-code", "JKT01", "--station-code", "K1").returncode == 0
    for name, value, command in (("SENTRA_THEME", "Glove", ("demo",)), ("SENTRA_LANG", "en_US", ("run", "--path", db)),
                                 ("SENTRA_TZ", "Asia/Tokyo", ("demo", "--tour", tmp_path / "t"))):
        result = sentra(*command, **{name: value, "QT_QPA_PLATFORM": "offscreen"})
        assert result.returncode == 2, (name, result.stderr)
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
        assert result.stderr.startswith(f"sentra: error: {name}={value!r}: ")
