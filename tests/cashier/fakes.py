"""A scripted card terminal for core tests (the real flow and simulator are in tests/hardware)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Outcome:
    status: str
    ecr_ref: str
    amount: int
    approval_code: str = ""
    masked_pan: str = "************4321"
    card_label: str = "BCA DEBIT"
    message: str = ""


@dataclass
class FakeTerminal:
    """Answers sales with `answers` in turn (default approved); remembers every call."""

    answers: list[str] = field(default_factory=list)
    sales: list[tuple[str, int]] = field(default_factory=list)
    voids: list[tuple[str, str, int]] = field(default_factory=list)
    void_answer: str = "approved"

    def sale(self, payment_id, amount, on_progress=None):
        self.sales.append((payment_id, amount))
        status = self.answers.pop(0) if self.answers else "approved"
        if on_progress:
            on_progress("sending")
        return Outcome(status=status, ecr_ref=f"REF{len(self.sales):09d}", amount=amount,
                       approval_code="A1B2C3" if status == "approved" else "",
                       message="" if status == "approved" else "Saldo tidak cukup")

    def void(self, payment_id, orig_ref, amount, on_progress=None):
        self.voids.append((payment_id, orig_ref, amount))
        return Outcome(status=self.void_answer, ecr_ref=f"VOID{len(self.voids):08d}", amount=amount,
                       approval_code="V00001" if self.void_answer == "approved" else "")
