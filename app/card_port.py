"""The card terminal as the checkout sees it (a port; `hardware/edc` implements it).

The checkout never imports `hardware/`: it charges and voids through any object with these
methods. `hardware.edc.card_port.EdcCardPort` adapts the EDC flow (never charges twice, journal
first) and turns its errors into the ones below, which the screens translate.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

from app.errors import DomainError

ProgressFn = Callable[[Any], None]  # the terminal's progress events, passed through to the screen


class CardOutcome(Protocol):
    """What became of one sale or void (the EDC flow's `PaymentOutcome` has these fields)."""

    status: str  # approved | declined | not_found | unknown
    ecr_ref: str
    amount: int
    approval_code: str
    masked_pan: str
    card_label: str
    # a `message` (the terminal's words for a decline) is shown when the outcome has one


@runtime_checkable
class CardTerminal(Protocol):
    def sale(self, payment_id: str, amount: int, on_progress: ProgressFn | None = None) -> CardOutcome: ...

    def void(self, payment_id: str, orig_ref: str, amount: int,
             on_progress: ProgressFn | None = None) -> CardOutcome: ...


class CardError(DomainError):
    code = "card"


class CardDeclined(CardError):
    """The terminal said no (or never got the sale): nothing was charged; choose another method."""

    code = "card_declined"


class CardUnresolved(CardError):
    """The terminal has not said what became of a sale yet: it may be charged. Nothing is recorded
    until it answers; the same payment asked again never charges twice."""

    code = "card_unresolved"


class CardTerminalBusy(CardError):
    """An earlier card sale is still unresolved: no new sale until the terminal says what became of it."""

    code = "card_busy"

    def __init__(self, message: str, ecr_ref: str = "") -> None:
        super().__init__(message)
        self.ecr_ref = ecr_ref


class CardTerminalOffline(CardError):
    """The terminal cannot be reached (cable, port, power); nothing was sent."""

    code = "card_offline"
