"""Supervisor overrides: a supervisor's PIN entered on the cashier's screen approves one thing.

`OverrideService.approve` checks the PIN through `AuthService` (wrong PINs count towards the
supervisor's lockout) and the supervisor's right to approve; the returned `Approval` is handed to
the command that needs it, which records it with `record_in` in its own transaction: a row in
`overrides` (replicated, so HQ sees every override) and both users in the audit entry.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Literal

from pydantic import BaseModel

from app.auth import Actor, AuthService
from app.errors import DomainError, PermissionDenied
from app.override_proof import make_proof, secret_of
from app.roles import PERMISSIONS
from app.store import Command, new_id

OverrideKind = Literal["discount", "void", "refund", "variance", "credit_limit"]

KIND_TEXT: dict[str, str] = {
    "discount": "a discount above the branch's threshold",
    "void": "voiding a paid invoice",
    "refund": "a refund",
    "variance": "closing a shift with a cash variance above the threshold",
    "credit_limit": "an on-account payment over the customer's credit limit",
}


class ApprovalRequired(DomainError):
    """The command needs a supervisor's PIN; nothing was changed. `kind` says which override."""

    code = "supervisor_required"

    def __init__(self, message: str, kind: OverrideKind) -> None:
        super().__init__(message)
        self.kind = kind


class Approval(BaseModel):
    """A supervisor's yes to one kind of override, made by `OverrideService.approve` only."""

    kind: OverrideKind
    supervisor: Actor


def check(approval: Approval | None, kind: OverrideKind, actor: Actor, why: str) -> Approval:
    """The approval for `kind`, or ApprovalRequired naming why one is needed.

    A supervisor working the till approves their own override (the audit names them twice).
    """
    if approval is None and actor.role in PERMISSIONS["override.approve"]:
        return Approval(kind=kind, supervisor=actor)
    if approval is None:
        raise ApprovalRequired(f"{why}: {KIND_TEXT[kind]} needs a supervisor's PIN", kind)
    if approval.kind != kind:
        raise ApprovalRequired(f"the supervisor approved {approval.kind}, not {kind}", kind)
    return approval


def record_in(cmd: Command, approval: Approval, actor: Actor, ref_id: str, amount: int = 0,
              reason: str = "") -> None:
    """Write the override, with its proof (app/override_proof.py), and name both users in the
    command's audit entry."""
    override_id = new_id()
    fields = {"branch_id": cmd.store.identity.branch_id, "kind": approval.kind, "ref_id": ref_id,
              "cashier_id": actor.user_id, "supervisor_id": approval.supervisor.user_id, "amount": amount,
              "reason": reason[:500], "at": datetime.now(timezone.utc).isoformat()}
    secret = secret_of(cmd.conn)
    if secret is None:
        raise PermissionDenied("this station has no branch secret to prove the supervisor's approval with;"
                               " enrol it again", "no_branch_secret")
    cmd.upsert("overrides", override_id, **fields, proof=make_proof(secret, override_id, fields))
    overrides = cmd.detail.setdefault("overrides", [])
    overrides.append({"kind": approval.kind, "supervisor": approval.supervisor.user_id,
                      "supervisor_name": approval.supervisor.name, "cashier": actor.user_id, "amount": amount})


def approval_of(supervisor: Actor, kind: OverrideKind) -> Approval:
    """The approval of a supervisor who has just proved their PIN (the screens' PIN prompt logs
    them in through `AuthService`); refused for a user who may not approve."""
    if supervisor.role not in PERMISSIONS["override.approve"]:
        raise PermissionDenied(f"{supervisor.name} is not a supervisor and cannot approve {KIND_TEXT[kind]}",
                               "not_supervisor")
    return Approval(kind=kind, supervisor=supervisor)


class OverrideService:
    def __init__(self, auth: AuthService) -> None:
        self.auth = auth

    def supervisors(self) -> list[Actor]:
        """Who may approve (for the PIN prompt's list)."""
        return [Actor(user_id=u.id, name=u.name, role=u.role) for u in self.auth.list_users()
                if u.role in PERMISSIONS["override.approve"]]

    def approve(self, supervisor_id: str, pin: str, kind: OverrideKind) -> Approval:
        """Check the supervisor's PIN (WrongPin / LockedOut as at login) and right to approve."""
        return approval_of(self.auth.login(supervisor_id, pin), kind)
