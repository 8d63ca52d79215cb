"""Rupiah shown as `Rp 1.250.000` (the core's one format), and a digits-only entry for amounts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.money import format_rupiah

MAX_RUPIAH = 999_999_999_999


class RupiahLabel(QLabel):
    def __init__(self, name: str, amount: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("money", True)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.amount = 0
        self.set_amount(amount)

    def set_amount(self, amount: int) -> None:
        self.amount = amount
        self.setText(format_rupiah(amount))


class RupiahEntry(QLineEdit):
    """Type digits; it shows `Rp 150.000` as you type; `amount()` is the integer."""

    amount_changed = Signal(int)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._amount = 0
        self.textEdited.connect(self._reformat)
        self.textChanged.connect(self._track)

    def amount(self) -> int:
        return self._amount

    def set_amount(self, amount: int) -> None:
        self._amount = max(0, min(int(amount), MAX_RUPIAH))
        self.setText(format_rupiah(self._amount) if self._amount else "")

    def insert(self, text: str) -> None:  # the keypad types here
        self.set_amount(int(f"{self._amount or ''}{''.join(c for c in text if c.isdigit())}" or 0))

    def backspace(self) -> None:
        self.set_amount(self._amount // 10)

    def clear(self) -> None:
        self.set_amount(0)

    def _reformat(self, text: str) -> None:
        digits = "".join(c for c in text if c.isdigit())
        self.set_amount(int(digits) if digits else 0)

    def _track(self, _text: str) -> None:
        self.amount_changed.emit(self._amount)
