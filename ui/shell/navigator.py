"""The navigator: one big button per screen the user may open. Tabs across the top in the
standard theme, a side rail in the glove theme. Buttons are named `Nav.<screen id>`.

A supervisor or admin also gets the other roles' screens, each role under a caption
(`NavSection`, property `role`). When the buttons do not fit (some 25 screens on a 1024 px
tablet) the strip scrolls instead of squeezing or cutting them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (QBoxLayout, QButtonGroup, QFrame, QLabel, QPushButton, QScrollArea, QScroller, QSizePolicy,
                               QVBoxLayout, QWidget)

from app.roles import Role
from ui.kit.labels import role_label
from ui.kit.screen import ScreenSpec

Section = tuple[Role | None, list[ScreenSpec]]


class Navigator(QFrame):
    """Emits `selected(screen_id)` when a button is tapped."""

    selected = Signal(str)

    def __init__(self, sections: list[Section] | list[ScreenSpec], *, rail: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Navigator")
        self.setProperty("rail", rail)
        self.rail = rail
        if sections and isinstance(sections[0], ScreenSpec):
            sections = [(None, list(sections))]  # type: ignore[list-item]
        self.sections: list[Section] = list(sections)  # type: ignore[arg-type]
        self.specs = {spec.id: spec for _role, specs in self.sections for spec in specs}
        self.buttons: dict[str, QPushButton] = {}
        self.captions: dict[Role, QLabel] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        strip = QWidget(self)
        strip.setObjectName("NavStrip")
        direction = QBoxLayout.Direction.TopToBottom if rail else QBoxLayout.Direction.LeftToRight
        layout = QBoxLayout(direction, strip)
        layout.setContentsMargins(8, 8, 8, 8) if rail else layout.setContentsMargins(12, 6, 12, 0)
        layout.setSpacing(8 if rail else 4)
        for role, specs in self.sections:
            if role is not None and specs:
                caption = QLabel(strip)
                caption.setObjectName("NavSection")
                caption.setProperty("role", role.value)
                caption.setWordWrap(rail)
                caption.setAlignment(Qt.AlignmentFlag.AlignCenter if rail else
                                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
                self.captions[role] = caption
                layout.addWidget(caption)
            for spec in specs:
                layout.addWidget(self._button(spec, strip))
        layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("NavScroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(strip)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff if rail
                                                 else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # the rail flicks (a gloved finger, no bar to aim at): a bar would take the buttons' width
        # and, at 700 px high, sit over the screen beside it
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if rail:
            QScroller.grabGesture(self.scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self.strip = strip
        if rail:
            self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        else:
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.retranslate()

    def _button(self, spec: ScreenSpec, parent: QWidget) -> QPushButton:
        button = QPushButton(parent)
        button.setObjectName(f"Nav.{spec.id}")
        button.setProperty("navButton", True)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if self.rail:
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda _checked=False, sid=spec.id: self.selected.emit(sid))
        self._group.addButton(button)
        self.buttons[spec.id] = button
        return button

    def set_current(self, screen_id: str) -> None:
        button = self.buttons.get(screen_id)
        if button is not None:
            button.setChecked(True)
            self.scroll.ensureWidgetVisible(button)

    def retranslate(self) -> None:
        for screen_id, button in self.buttons.items():
            spec = self.specs[screen_id]
            title = spec.translated_title()
            shown = self._wrap(button, title) if self.rail else title
            sep = "\n" if self.rail else "  "
            button.setText(f"{spec.icon}{sep}{shown}" if spec.icon else shown)
            button.setToolTip(title)
            if not self.rail:  # a tab is never squeezed below its text: the strip scrolls instead
                button.setMinimumWidth(0)
                button.setMinimumWidth(button.sizeHint().width())
        for role, caption in self.captions.items():
            caption.setText(role_label(role))
        self._fit()

    @staticmethod
    def _wrap(button: QPushButton, title: str) -> str:
        """A rail button's title on as many lines as its width needs (a word too long is elided)."""
        button.ensurePolished()
        metrics = button.fontMetrics()
        width = max(40, min(button.maximumWidth(), 160) - 12)
        lines: list[str] = []
        for word in title.split():
            if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(metrics.elidedText(word, Qt.TextElideMode.ElideRight, width))
        return "\n".join(lines)

    def _fit(self) -> None:
        """The strip's own size along the cross axis, so the scroll area never cuts a button."""
        hint = self.strip.sizeHint()
        bar = self.scroll.horizontalScrollBar().sizeHint().height() if not self.rail else 0
        if self.rail:
            self.setFixedWidth(hint.width())
        else:
            self.setFixedHeight(hint.height() + (bar if self.strip.sizeHint().width() > self.width() else 0))

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().resizeEvent(event)
        if not self.rail:
            self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.StyleChange:
            # the buttons take the new style sheet after this widget: measure them once they have
            QTimer.singleShot(0, self, self.retranslate)
        super().changeEvent(event)
