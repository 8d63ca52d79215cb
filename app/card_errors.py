"""What can go wrong with a card payment, in the core's words (the screens translate the codes).

The card terminal itself is a port (`app.ports.CardTerminal`); `hardware/edc` implements it with
the never-charge-twice flow.
"""

from __future__ import annotations

from app.errors import DomainError


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
