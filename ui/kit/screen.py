"""The screen contract: what a role folder exports (`ScreenSpec`), what a screen is (`Screen`),
and what it is handed (`ViewContext`).

    # ui/cashier/__init__.py
    from ui.kit.screen import ScreenSpec
    from ui.cashier.checkout import CheckoutScreen

    SCREENS: list[ScreenSpec] = [
        ScreenSpec("cashier.checkout", QT_TRANSLATE_NOOP("Screens", "Checkout"), CheckoutScreen,
                   permission="invoice.create", icon="₨"),
    ]

The shell's navigator lists the specs of the user's role (and of every role for a supervisor
or admin), hides those whose permission the user lacks, and builds a screen the first time it
is opened.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.auth import Actor, allowed
from app.ports import StationDevices
from app.services import Services
from app.settings import Settings
from ui.kit.operations import TaskManager


@dataclass(frozen=True)
class ViewContext:
    """Handed to every screen's factory: the core, who is logged in, the lanes, devices, settings."""

    services: Services
    actor: Actor
    tasks: TaskManager
    devices: StationDevices
    settings: Settings
    tz: tzinfo

    def allowed(self, permission: str | None) -> bool:
        return allowed(self.actor, permission)


class Screen(QWidget):
    """Base of every screen. The shell shows its `title()` in the header.

    A subclass lays out its widgets, binds them to its view-model, re-sets translated texts in
    `retranslate()` and stops timers/watchers in `shutdown()` (logout, close). `origin` is the
    tag to give its `CommandOp`s and `ChangeWatcher` so it does not refresh twice for its own
    command."""

    title_changed = Signal(str)

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None, *, screen_id: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.screen_id = screen_id or type(self).__name__
        self.origin = f"{self.screen_id}@{id(self):x}"
        self.setObjectName(type(self).__name__)
        self.body_layout = QVBoxLayout(self)
        self.body_layout.setContentsMargins(16, 12, 16, 12)

    def title(self) -> str:
        return ""

    def retranslate(self) -> None:
        """Re-set translated texts; called on a language change."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.title_changed.emit(self.title())
        super().changeEvent(event)

    def shutdown(self) -> None:
        """Stop timers and watchers before the screen is dropped (logout, close)."""


ScreenFactory = Callable[[ViewContext, QWidget | None], Screen]


@dataclass(frozen=True)
class ScreenSpec:
    """One entry of a role's `SCREENS`.

    `title` is an English source string marked with `QT_TRANSLATE_NOOP("Screens", ...)`; the
    navigator translates it in context "Screens". `permission` None means every logged-in user.
    `icon` is a short glyph shown on the navigator button. The objectName of the navigator
    button is `Nav.<id>`."""

    id: str
    title: str
    factory: ScreenFactory
    permission: str | None = None
    icon: str = ""

    def translated_title(self) -> str:
        return QCoreApplication.translate("Screens", self.title)

    def visible_to(self, actor: Actor) -> bool:
        return allowed(actor, self.permission)
