"""Estimate approval per line: the customer approves or declines each job and part line.

A line's priced terms carry a version (`terms_rev`, a fresh id on every edit). A decision is
written whole in one op (decision, who, how, when, the user who recorded it, and the
`terms_rev` it decided), so per-field last-writer-wins keeps each register consistent: the
decision fields always come from one decision, the terms from one edit. The line's approval is
a pure function of the two registers: the decision while it names the current terms, otherwise
"proposed". Two stations that approve and decline the same line offline end with the later
decision (merge key); a decision and a concurrent edit end "proposed" (the customer has not seen
the new terms), on every station, in any delivery order.
"""

from __future__ import annotations

from enum import StrEnum


class Approval(StrEnum):
    PROPOSED = "proposed"
    APPROVED = "approved"
    DECLINED = "declined"


class Via(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    WHATSAPP = "whatsapp"


VIA_LABELS_ID = {Via.IN_PERSON: "langsung", Via.PHONE: "telepon", Via.WHATSAPP: "WhatsApp"}


def effective(line_id: str, terms_rev: str | None, decision: str | None, decision_rev: str | None) -> Approval:
    """The line's approval now. Lines written before schema 7 have no `terms_rev`: their id stands in."""
    if decision in (Approval.APPROVED, Approval.DECLINED) and decision_rev == (terms_rev or line_id):
        return Approval(decision)
    return Approval.PROPOSED
