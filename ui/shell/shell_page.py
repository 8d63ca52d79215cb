"""What a logged-in user sees: the header, the navigator and the open screen.

Screens are built the first time they are opened and kept until logout, so switching back is
instant and a hidden screen's watcher holds its changes until it is shown again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from ui.kit.screen import Screen, ScreenSpec, ViewContext
from ui.shell.header import HeaderBar
from ui.shell.navigator import Navigator


class ShellPage(QWidget):
    """Emits `logout_requested`; `screen_opened(screen_id)` after a screen is shown."""

    logout_requested = Signal()
    screen_opened = Signal(str)

    def __init__(self, ctx: ViewContext, specs: list[ScreenSpec], *, rail: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ShellPage")
        self.ctx = ctx
        self.specs = {spec.id: spec for spec in specs}
        self.screens: dict[str, Screen] = {}
        self.current_id: str | None = None
        self.header = HeaderBar(ctx.actor, ctx.tz, self)
        self.header.logout_clicked.connect(self.logout_requested)
        self.navigator = Navigator(specs, rail=rail, parent=self)
        self.navigator.selected.connect(self.open)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("ScreenStack")
        body = QBoxLayout(QBoxLayout.Direction.LeftToRight if rail else QBoxLayout.Direction.TopToBottom)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.navigator)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addLayout(body, 1)
        if specs:
            self.open(specs[0].id)

    def open(self, screen_id: str) -> Screen:
        """Show a screen the user may open (KeyError for one they may not)."""
        spec = self.specs[screen_id]
        screen = self.screens.get(screen_id)
        if screen is None:
            screen = spec.factory(self.ctx, self.stack)
            screen.screen_id = spec.id
            screen.title_changed.connect(lambda _t, sid=screen_id: self._title(sid))
            self.screens[screen_id] = screen
            self.stack.addWidget(screen)
        self.current_id = screen_id
        self.stack.setCurrentWidget(screen)
        self.navigator.set_current(screen_id)
        self._title(screen_id)
        self.screen_opened.emit(screen_id)
        return screen

    def current(self) -> Screen | None:
        return self.screens.get(self.current_id) if self.current_id else None

    def _title(self, screen_id: str) -> None:
        if screen_id == self.current_id:
            screen = self.screens[screen_id]
            self.header.set_title(screen.title() or self.specs[screen_id].translated_title())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and self.current_id:
            self._title(self.current_id)
        super().changeEvent(event)

    def shutdown(self) -> None:
        for screen in self.screens.values():
            screen.shutdown()
