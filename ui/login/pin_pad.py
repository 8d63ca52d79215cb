"""A large numeric keypad with masked PIN dots, usable with work gloves.

Keys are plain QPushButtons named for the themes (`KeypadKey`, `KeypadAction`, `KeypadOk`);
the glove theme makes every key at least 64 px. A physical keyboard works too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

MIN_PIN = 4
MAX_PIN = 8


class PinDots(QWidget):
    """Filled dots for typed digits, hollow ones for the rest of a 4–8 digit PIN."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PinDots")
        self._count = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

    def set_count(self, count: int) -> None:
        self._count = count
        self.update()

    def count(self) -> int:
        return self._count

    def _diameter(self) -> int:
        return max(16, self.fontMetrics().height())

    def sizeHint(self) -> QSize:
        d = self._diameter()
        return QSize(MAX_PIN * d * 2, d * 2)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        d = self._diameter()
        slots = max(MIN_PIN, self._count)
        gap = d * 0.7
        width = slots * d + (slots - 1) * gap
        x = (self.width() - width) / 2
        y = (self.height() - d) / 2
        ink = self.palette().windowText().color()
        for i in range(slots):
            rect = QRectF(x + i * (d + gap), y, d, d)
            painter.setPen(ink)
            painter.setBrush(ink if i < self._count else QColor(0, 0, 0, 0))
            painter.drawEllipse(rect.adjusted(1.5, 1.5, -1.5, -1.5))


class PinPad(QWidget):
    """Digits 0–9, clear, backspace and OK; emits `submitted(pin)`."""

    submitted = Signal(str)
    changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PinPad")
        self._pin = ""
        self.dots = PinDots(self)
        grid = QGridLayout()
        grid.setSpacing(4)
        self.digit_buttons: dict[str, QPushButton] = {}
        for index, digit in enumerate("123456789"):
            button = self._key(digit, "KeypadKey")
            grid.addWidget(button, index // 3, index % 3)
            self.digit_buttons[digit] = button
        self.clear_button = self._key("", "KeypadAction", self.clear)
        zero = self._key("0", "KeypadKey")
        self.digit_buttons["0"] = zero
        self.back_button = self._key("⌫", "KeypadAction", self.backspace)
        grid.addWidget(self.clear_button, 3, 0)
        grid.addWidget(zero, 3, 1)
        grid.addWidget(self.back_button, 3, 2)
        self.ok_button = QPushButton(self)
        self.ok_button.setObjectName("KeypadOk")
        self.ok_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.ok_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ok_button.clicked.connect(self.submit)
        grid.addWidget(self.ok_button, 4, 0, 1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.dots)
        layout.addLayout(grid, 1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.retranslate()
        self._sync()

    def _key(self, text: str, name: str, action: Callable[[], None] | None = None) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setProperty("key", text)  # which key, for automation (docs/ui-automation.md)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoRepeat(False)
        if action is None:
            button.clicked.connect(lambda _=False, t=text: self.press(t))
        else:
            button.clicked.connect(lambda _=False: action())
        return button

    def retranslate(self) -> None:
        self.clear_button.setText(self.tr("Clear"))
        self.back_button.setToolTip(self.tr("Delete last digit"))
        self.ok_button.setText(self.tr("OK"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- state -----------------------------------------------------------------------------
    def pin(self) -> str:
        return self._pin

    def press(self, digit: str) -> None:
        if self.isEnabled() and digit.isdigit() and len(self._pin) < MAX_PIN:
            self._pin += digit
            self._sync()

    def backspace(self) -> None:
        if self._pin:
            self._pin = self._pin[:-1]
            self._sync()

    def clear(self) -> None:
        if self._pin:
            self._pin = ""
        self._sync()

    def submit(self) -> None:
        if self.isEnabled() and len(self._pin) >= MIN_PIN:
            self.submitted.emit(self._pin)

    def _sync(self) -> None:
        self.dots.set_count(len(self._pin))
        self.ok_button.setEnabled(len(self._pin) >= MIN_PIN)
        self.changed.emit(len(self._pin))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self.press(event.text() or str(key - Qt.Key.Key_0))
        elif key == Qt.Key.Key_Backspace:
            self.backspace()
        elif key == Qt.Key.Key_Escape:
            self.clear()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        else:
            super().keyPressEvent(event)
