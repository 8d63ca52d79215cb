"""Mosquitto per-branch credentials and ACL (`sentra sync broker-config`).

One broker user per branch, allowed only its own topics (`{prefix}/branch/{branch_id}/#`);
anonymous clients are refused. The password file uses Mosquitto's own format (`$7$`: PBKDF2-SHA512,
101 iterations, 12-byte salt), so `mosquitto_passwd` is not needed on the machine that makes it.
The stations get the URL with the credentials (`SENTRA_MQTT_URL=mqtt://user:password@host:port`).
Standard library only, so `python3 -m sync.broker_config …` runs before anything is installed (CI).
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import secrets
import sys
from pathlib import Path
from urllib.parse import quote

ITERATIONS = 101


def password_line(user: str, password: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(12)
    digest = hashlib.pbkdf2_hmac("sha512", password.encode(), salt, ITERATIONS, 64)
    return f"{user}:$7${ITERATIONS}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def branch_user(branch_id: str) -> str:
    return f"branch-{branch_id}"


def write_config(out: Path, branches: dict[str, str], *, prefix: str = "sentra", port: int = 1883,
                 host: str = "127.0.0.1") -> dict[str, object]:
    """Write `passwd`, `acl` and `mosquitto.conf` into `out` (mode 0600 for the secrets) for
    `branches` (branch id → password). Returns each branch's station URL."""
    out.mkdir(parents=True, exist_ok=True)
    passwd, acl = out / "passwd", out / "acl"
    lines, rules = [], ["# SentraAuto Care: each branch's user reaches only its own branch's topics"]
    urls = {}
    for branch_id, password in sorted(branches.items()):
        user = branch_user(branch_id)
        lines.append(password_line(user, password))
        rules += [f"user {user}", f"topic readwrite {prefix}/branch/{branch_id}/#", ""]
        urls[branch_id] = f"mqtt://{quote(user, safe='')}:{quote(password, safe='')}@{host}:{port}"
    for path, text in ((passwd, "\n".join(lines) + "\n"), (acl, "\n".join(rules))):
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
    (out / "mosquitto.conf").write_text(
        f"# made by `sentra sync broker-config`\nlistener {port} {host}\nallow_anonymous false\n"
        f"password_file {passwd.resolve()}\nacl_file {acl.resolve()}\n"
        "# TLS (optional, recommended where the LAN is shared): give the broker a certificate and\n"
        "# use mqtts:// on the stations\n# certfile /etc/mosquitto/certs/broker.crt\n"
        "# keyfile /etc/mosquitto/certs/broker.key\n", encoding="utf-8")
    return {"config": str((out / "mosquitto.conf").resolve()), "urls": urls}


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--branch-id", required=True, action="append", help="repeat for several branches")
    p.add_argument("--password", help="the branch's broker password (default: a new random one); one branch only")
    p.add_argument("--out", required=True, type=Path, help="folder to write the password file, ACL and config to")
    p.add_argument("--port", type=int, default=1883, help="the broker's port (default: 1883)")
    p.add_argument("--host", default="127.0.0.1", help="the broker's listen address (default: 127.0.0.1)")
    p.add_argument("--prefix", default="sentra", help="MQTT topic prefix the stations use")


def run(args: argparse.Namespace) -> dict[str, object]:
    if args.password and len(args.branch_id) > 1:
        raise ValueError("--password sets one branch's password; give one --branch-id with it")
    branches = {b: args.password or secrets.token_urlsafe(24) for b in args.branch_id}
    return write_config(args.out, branches, prefix=args.prefix, port=args.port, host=args.host)


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="sentra sync broker-config", description=__doc__.splitlines()[0])
    add_arguments(p)
    try:
        print(json.dumps(run(p.parse_args(argv))))
    except (ValueError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
