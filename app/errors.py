"""Domain errors: a stable code for the screens to translate, and a plain message."""

from __future__ import annotations


class DomainError(Exception):
    """A refused command. Nothing was changed."""

    code = "domain"

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        if code:
            self.code = code


class ValidationError(DomainError):
    code = "invalid"


class NotFoundError(DomainError):
    code = "not_found"


class PermissionDenied(DomainError):
    code = "forbidden"


class IllegalTransition(DomainError):
    code = "illegal_transition"


class SetupError(DomainError):
    """The machine is not ready to run the app (a missing system library, no screen, a second copy)."""

    code = "setup"
