"""The cashier's words for the core's refusals (the core speaks English and codes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import DomainError
from ui.kit.labels import error_message


def _t(text: str) -> str:
    return QCoreApplication.translate("Cashier", text)


def cashier_error(exc: BaseException) -> str:
    code = getattr(exc, "code", "") if isinstance(exc, DomainError) else ""
    texts = {
        "card_declined": _t("The card was declined: choose another method."),
        "card_unresolved": _t("Checking with the terminal: the sale is not known yet. It is never charged twice."),
        "card_busy": _t("An earlier card sale is still being checked with the terminal: no new card sale until it "
                        "is known."),
        "card_offline": _t("The card terminal cannot be reached: check its cable and power, or take another method."),
        "no_open_shift": _t("No shift is open on this till: open it with the float first."),
        "qris_unavailable": _t("QRIS is waiting for the cloud's QRIS service: take cash, card or on account."),
        "no_account": _t("This customer has no credit account (piutang): a supervisor opens one."),
        "account_closed": _t("This customer's credit account is closed."),
        "overpaid": _t("That is more than is due."),
        "shift_open": _t("A shift is already open on this till."),
    }
    if code in texts:
        return texts[code]
    if type(exc).__name__ == "PaymentPendingError":  # the EDC flow's refusal, as the frame passes it on
        return texts["card_busy"]
    return error_message(exc)
