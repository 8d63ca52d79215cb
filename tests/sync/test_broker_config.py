"""`sentra sync broker-config`: Mosquitto's password file format, an ACL per branch, owner-only secrets."""

from __future__ import annotations

import base64
import hashlib
import json
from urllib.parse import unquote, urlparse

from sync.cli import main


def test_broker_config_writes_mosquitto_files(tmp_path, capsys) -> None:
    out = tmp_path / "broker"
    assert main(["sync", "broker-config", "--branch-id", "b1", "--branch-id", "b2", "--out", str(out),
                 "--port", "1999", "--prefix", "sentra"]) == 0
    urls = json.loads(capsys.readouterr().out)["urls"]
    for name in ("passwd", "acl"):
        assert (out / name).stat().st_mode & 0o077 == 0  # secrets: owner only
    acl = (out / "acl").read_text()
    assert "user branch-b1\ntopic readwrite sentra/branch/b1/#\n" in acl
    assert "user branch-b2\ntopic readwrite sentra/branch/b2/#\n" in acl
    conf = (out / "mosquitto.conf").read_text()
    assert "allow_anonymous false" in conf and "listener 1999 127.0.0.1" in conf
    # Mosquitto's $7$ format: PBKDF2-SHA512, 101 iterations, 12-byte salt, in base64; it checks the URL's password
    url = urlparse(urls["b1"])
    line = next(ln for ln in (out / "passwd").read_text().splitlines() if ln.startswith(f"{url.username}:"))
    _, _, iterations, salt, digest = line.split(":", 1)[1].split("$")
    assert iterations == "101" and len(base64.b64decode(salt)) == 12
    expected = hashlib.pbkdf2_hmac("sha512", unquote(url.password or "").encode(), base64.b64decode(salt), 101, 64)
    assert base64.b64decode(digest) == expected
    assert urls["b1"] != urls["b2"]  # one password per branch


def test_one_password_for_several_branches_is_refused(tmp_path, capsys) -> None:
    assert main(["sync", "broker-config", "--branch-id", "b1", "--branch-id", "b2", "--password", "x",
                 "--out", str(tmp_path / "b")]) == 1
    assert "one branch" in capsys.readouterr().err and not (tmp_path / "b").exists()
