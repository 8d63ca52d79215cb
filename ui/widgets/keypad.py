"""A numeric keypad for quantities, kilometres and cash (not PINs: `ui.login.pin_pad` hides digits).

Keys are `KeypadKey` buttons with a `key` property ("0"…"9", "000"), actions `KeypadAction`
(`key` "back" / "clear"), the same styles as the PIN pad. It types into its `target` line edit
(or just emits `key_pressed`), and `submitted` on OK when `with_ok` is set.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget


class NumericKeypad(QWidget):
    key_pressed = Signal(str)
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None, *, target: QLineEdit | None = None,
                 with_thousands: bool = False, with_ok: bool = False, name: str = "NumericKeypad") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.target = target
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        for index, digit in enumerate("789456123"):
            grid.addWidget(self._key(digit, "KeypadKey", digit), index // 3, index % 3)
        grid.addWidget(self._key("0", "KeypadKey", "0"), 3, 1)
        if with_thousands:
            grid.addWidget(self._key("000", "KeypadKey", "000"), 3, 0)
        else:
            grid.addWidget(self._key("", "KeypadAction", "clear", self.clear), 3, 0)
        grid.addWidget(self._key("⌫", "KeypadAction", "back", self.backspace), 3, 2)
        if with_thousands:
            grid.addWidget(self._key("", "KeypadAction", "clear", self.clear), 4, 0, 1, 3 if not with_ok else 1)
        if with_ok:
            ok = self._key("", "KeypadOk", "ok", self.submitted.emit)
            grid.addWidget(ok, 4, 1 if with_thousands else 0, 1, 2 if with_thousands else 3)
        self.retranslate()

    def _key(self, text: str, name: str, key: str, action: Callable[[], None] | None = None) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setProperty("key", key)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if action is None:
            button.clicked.connect(lambda _=False, k=key: self.press(k))
        else:
            button.clicked.connect(lambda _=False: action())
        self.buttons[key] = button
        return button

    def press(self, key: str) -> None:
        if self.target is not None:
            self.target.insert(key)
        self.key_pressed.emit(key)

    def backspace(self) -> None:
        if self.target is not None:
            self.target.backspace()
        self.key_pressed.emit("back")

    def clear(self) -> None:
        if self.target is not None:
            self.target.clear()
        self.key_pressed.emit("clear")

    def retranslate(self) -> None:
        self.buttons["clear"].setText(self.tr("Clear"))
        self.buttons["back"].setToolTip(self.tr("Delete last digit"))
        if "ok" in self.buttons:
            self.buttons["ok"].setText(self.tr("OK"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
