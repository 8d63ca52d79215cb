"""The navigator: one big button per screen the user may open. Tabs across the top in the
standard theme, a side rail in the glove theme. Buttons are named `Nav.<screen id>`."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QButtonGroup, QFrame, QPushButton, QSizePolicy, QWidget

from ui.kit.screen import ScreenSpec


class Navigator(QFrame):
    """Emits `selected(screen_id)` when a button is tapped."""

    selected = Signal(str)

    def __init__(self, specs: list[ScreenSpec], *, rail: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Navigator")
        self.setProperty("rail", rail)
        self.rail = rail
        self.specs = {spec.id: spec for spec in specs}
        self.buttons: dict[str, QPushButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        direction = QBoxLayout.Direction.TopToBottom if rail else QBoxLayout.Direction.LeftToRight
        layout = QBoxLayout(direction, self)
        layout.setContentsMargins(8, 8, 8, 8) if rail else layout.setContentsMargins(12, 6, 12, 0)
        layout.setSpacing(8 if rail else 4)
        for spec in specs:
            button = QPushButton(self)
            button.setObjectName(f"Nav.{spec.id}")
            button.setProperty("navButton", True)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if rail:
                button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _checked=False, sid=spec.id: self.selected.emit(sid))
            self._group.addButton(button)
            self.buttons[spec.id] = button
            layout.addWidget(button)
        layout.addStretch(1)
        if rail:
            self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.retranslate()

    def set_current(self, screen_id: str) -> None:
        button = self.buttons.get(screen_id)
        if button is not None:
            button.setChecked(True)

    def retranslate(self) -> None:
        for screen_id, button in self.buttons.items():
            spec = self.specs[screen_id]
            title = spec.translated_title()
            sep = "\n" if self.rail else "  "
            button.setText(f"{spec.icon}{sep}{title}" if spec.icon else title)
            button.setToolTip(title)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
