"""The cashier's words for the core's refusals (the core speaks English and codes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import DomainError
from ui.kit.labels import error_message


def _texts() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "card_declined": translate("Cashier", "The card was declined: choose another method."),
        "card_unresolved": translate(
            "Cashier", "Checking with the terminal: the sale is not known yet. It is never charged twice."),
        "card_busy": translate(
            "Cashier", "An earlier card sale is still being checked with the terminal: no new card sale until it "
                       "is known."),
        "card_offline": translate(
            "Cashier", "The card terminal cannot be reached: check its cable and power, or take another method."),
        "no_open_shift": translate("Cashier", "No shift is open on this till: open it with the float first."),
        "qris_unavailable": translate(
            "Cashier", "QRIS is paid through the cloud's QR, not entered here: choose QRIS to show the QR."),
        "no_account": translate(
            "Cashier", "This customer has no credit account (piutang): a supervisor opens one."),
        "account_closed": translate("Cashier", "This customer's credit account is closed."),
        "overpaid": translate("Cashier", "That is more than is due."),
        "shift_open": translate("Cashier", "A shift is already open on this till."),
    }


def cashier_error(exc: BaseException) -> str:
    code = getattr(exc, "code", "") if isinstance(exc, DomainError) else ""
    texts = _texts()
    if code in texts:
        return texts[code]
    if type(exc).__name__ == "PaymentPendingError":  # the EDC flow's refusal, as the frame passes it on
        return texts["card_busy"]
    return error_message(exc)


def approval_reason(kind: str) -> str:
    """What the supervisor's PIN prompt says it is for."""
    translate = QCoreApplication.translate
    return {
        "discount": translate("Cashier", "A discount above the branch's limit: a supervisor confirms it."),
        "credit_limit": translate("Cashier", "Over the customer's credit limit: a supervisor confirms it."),
        "variance": translate("Cashier", "The drawer is off by more than the branch allows: "
                                         "a supervisor confirms the close."),
        "void": translate("Cashier", "Voiding a paid invoice: a supervisor confirms it."),
        "refund": translate("Cashier", "A refund: a supervisor confirms it."),
    }.get(kind, "")
