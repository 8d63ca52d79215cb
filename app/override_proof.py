"""A supervisor's override carries a proof that every station of the branch checks at merge.

An `overrides` row names the supervisor who approved a discount, a void, a refund, a variance
or a credit-limit payment. Without a proof any event with a cashier's actor could name any
supervisor. The proof is an HMAC over the override's whole content (its id and every field),
keyed by `HMAC(branch secret, "sentra/override-proof/v1|" + supervisor id)`:

- it is written only by `app.overrides.record_in`, inside the command, with an `Approval` that
  `OverrideService.approve` made after checking the supervisor's PIN (or a supervisor working
  the till approving their own);
- every station of the branch holds the branch secret (installed at enrolment, station-local,
  never in an event) and checks the proof when the event merges (`app.events.authorize`): a
  missing or wrong proof, a changed amount or reason, a proof made for another supervisor or an
  override that names someone who may not approve — the event is set aside and changes nothing;
  a supervisor not known here yet makes it wait, as an unknown actor does;
- an override is written once, whole: a later partial upsert of an override is refused.

Why the branch secret and the supervisor's id, not the supervisor's PIN hash: both are held by
exactly the same stations (the branch's), so neither is stronger; a PIN hash changes with the
PIN, and an override approved before a PIN change would no longer verify on a station that
merges it after the change (it would be set aside with the void or payment it belongs to).

What it does not do: a station that holds the branch secret can make a proof. It stops events
from outside the branch (another branch's station, anything without the secret) and any
override not made through the PIN check on a station running this code; a proof only the
supervisor's PIN can make needs a per-supervisor public key (a follow-up: docs/cashier.md).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from typing import Any

from app.roles import PERMISSIONS

PROOF_FIELDS = ("branch_id", "kind", "ref_id", "cashier_id", "supervisor_id", "amount", "reason", "at")
PREFIX = "op1$"
KEY_LABEL = b"sentra/override-proof/v1|"
SECRET_META = "pin_secret"  # app.auth.PIN_SECRET_META (the core's auth module is not imported here)
UNKNOWN_SUPERVISOR = "supervisor not known here yet"


def _key(secret: bytes, supervisor_id: str) -> bytes:
    return hmac.new(secret, KEY_LABEL + supervisor_id.encode(), hashlib.sha256).digest()


def _content(override_id: str, fields: Mapping[str, Any]) -> bytes:
    return json.dumps([override_id, *(fields.get(k) for k in PROOF_FIELDS)], separators=(",", ":"),
                      ensure_ascii=False).encode()


def make_proof(secret: bytes, override_id: str, fields: Mapping[str, Any]) -> str:
    key = _key(secret, str(fields["supervisor_id"]))
    return PREFIX + hmac.new(key, _content(override_id, fields), hashlib.sha256).hexdigest()


def proof_ok(secret: bytes, override_id: str, fields: Mapping[str, Any]) -> bool:
    proof, supervisor = fields.get("proof"), fields.get("supervisor_id")
    if not isinstance(proof, str) or not isinstance(supervisor, str) or not supervisor:
        return False
    return hmac.compare_digest(proof, make_proof(secret, override_id, fields))


def secret_of(conn: Any) -> bytes | None:
    """The branch secret from the station-local meta table (None: this replica has none)."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (SECRET_META,)).fetchone()
    try:
        return bytes.fromhex(row[0]) if row and row[0] else None
    except ValueError:
        return None


class OverrideCheck:
    """The merge's check of `overrides` upserts (one per `Roles`, the secret read once)."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self._secret: bytes | None = None
        self._loaded = False

    def secret(self) -> bytes | None:
        if not self._loaded:
            self._secret, self._loaded = secret_of(self.conn), True
        return self._secret

    def refusal(self, op: Mapping[str, Any], role_of: Any, known: Any) -> str | None:
        """Why this override may not merge, or None; `UNKNOWN_SUPERVISOR`: wait for the user."""
        fields = op.get("fields") or {}
        missing = [k for k in (*PROOF_FIELDS, "proof") if k not in fields]
        if missing:
            return f"an override is written whole, with its supervisor's proof (missing {', '.join(missing)})"
        supervisor = fields["supervisor_id"]
        if not isinstance(supervisor, str) or not known(supervisor):
            return UNKNOWN_SUPERVISOR
        if role_of(supervisor) not in PERMISSIONS["override.approve"]:
            return f"the override names {supervisor}, who may not approve overrides"
        secret = self.secret()
        if secret is None or not proof_ok(secret, str(op.get("id")), fields):
            return "the override's supervisor proof does not verify"
        return None
