"""The EDC terminal as the checkout's card port (`app.card_port.CardTerminal`).

Passes sales and voids to the never-charge-twice flow and turns its errors into the core's:
an unresolved earlier sale (`PaymentPendingError`) becomes `CardTerminalBusy`, a port that cannot
be opened or a link that fails before anything was journaled becomes `CardTerminalOffline`.
"""

from __future__ import annotations

from app.card_port import CardTerminalBusy, CardTerminalOffline, ProgressFn
from hardware.edc.ecr_link import EcrLinkError
from hardware.edc.interface import EdcTerminal
from hardware.edc.payment import PaymentOutcome, PaymentPendingError


class EdcCardPort:
    def __init__(self, terminal: EdcTerminal) -> None:
        self.terminal = terminal

    def sale(self, payment_id: str, amount: int, on_progress: ProgressFn | None = None) -> PaymentOutcome:
        try:
            return self.terminal.sale(payment_id, amount, on_progress)
        except PaymentPendingError as exc:
            raise CardTerminalBusy(
                f"an earlier card sale ({exc.ecr_ref}) is still unresolved: the terminal must say what became of it "
                "before a new card sale starts", exc.ecr_ref) from exc
        except EcrLinkError as exc:
            raise CardTerminalOffline(f"the card terminal cannot be reached: {exc}") from exc

    def void(self, payment_id: str, orig_ref: str, amount: int,
             on_progress: ProgressFn | None = None) -> PaymentOutcome:
        try:
            return self.terminal.void(payment_id, orig_ref, amount, on_progress)
        except EcrLinkError as exc:
            raise CardTerminalOffline(f"the card terminal cannot be reached: {exc}") from exc
