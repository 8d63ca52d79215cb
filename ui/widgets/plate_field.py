"""A number-plate field: any spacing or case in, `B 1234 XYZ` out (the core's rule).

`plate()` is the normalised plate or "" while what is typed is not a plate; `valid` is a
dynamic property the themes colour. Editing finished (Enter, focus out) rewrites the text in the
normal form.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from app.errors import ValidationError
from app.plates import normalize_plate


class PlateField(QLineEdit):
    plate_changed = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setMaxLength(16)
        self._plate = ""
        self.textChanged.connect(self._check)
        self.editingFinished.connect(self._tidy)
        self._check("")

    def plate(self) -> str:
        return self._plate

    def _check(self, text: str) -> None:
        try:
            plate = normalize_plate(text) if text.strip() else ""
        except ValidationError:
            plate = ""
        valid = bool(plate) or not text.strip()
        if self.property("valid") != valid:
            self.setProperty("valid", valid)
            self.style().unpolish(self)
            self.style().polish(self)
        if plate != self._plate:
            self._plate = plate
            self.plate_changed.emit(plate)

    def _tidy(self) -> None:
        if self._plate and self.text() != self._plate:
            self.setText(self._plate)
