"""The login screen: choose your name from big buttons, type your PIN, press OK.

Every service call (users, lock state, the PIN check itself, which is a slow scrypt) runs
through `ui.kit.operations`; the keypad is disabled while a check runs and while a user is
locked out.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (QButtonGroup, QFrame, QGridLayout, QHBoxLayout, QLabel,
                               QScrollArea, QSizePolicy, QVBoxLayout, QWidget)

from app.auth import Actor, AuthService, LockedOut, User, WrongPin
from app.errors import NotFoundError
from app.services import Services
from ui.kit.labels import clock_text, error_message
from ui.login.pin_pad import PinPad
from ui.login.user_button import UserButton
from ui.kit.operations import Operation, TaskManager


class LoginLocked(Exception):
    """The user is locked out; `until` is when the lock ends (None if unknown)."""

    def __init__(self, until: datetime | None, message: str) -> None:
        super().__init__(message)
        self.until = until


def attempt_login(auth: AuthService, user_id: str, pin: str) -> Actor:
    """Runs on the worker: the PIN check, with the lock's end time fetched on lockout."""
    try:
        return auth.login(user_id, pin)
    except LockedOut as exc:
        raise LoginLocked(exc.until, str(exc)) from exc


def _set_severity(label: QLabel, severity: str) -> None:
    label.setProperty("severity", severity)
    label.style().unpolish(label)
    label.style().polish(label)


class LoginView(QWidget):
    """Emits `logged_in(Actor)` after a correct PIN."""

    logged_in = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None, *,
                 tasks: TaskManager | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LoginView")
        self.services = services
        self.tasks = tasks
        self.users: list[User] = []
        self.user_buttons: dict[str, UserButton] = {}
        self.selected: User | None = None
        self.locked = False
        self.busy = False
        self._message_key: tuple[str, tuple[str, ...]] = ("choose", ())
        self._branch_name = ""
        self._build()
        self._clock = QTimer(self)
        self._clock.setInterval(15_000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self._unlock_timer = QTimer(self)
        self._unlock_timer.setSingleShot(True)
        self._unlock_timer.timeout.connect(self._recheck_lock)
        self.retranslate()
        self._sync()
        self.reload()

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        top = QFrame(self)
        top.setObjectName("AppHeader")
        self.brand = QLabel("SentraAuto Care", top)
        self.brand.setObjectName("Brand")
        self.branch_label = QLabel(top)
        self.branch_label.setObjectName("HeaderDetail")
        self.branch_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.clock_label = QLabel(top)
        self.clock_label.setObjectName("HeaderClock")
        top_layout = QHBoxLayout(top)
        top_layout.addWidget(self.brand)
        top_layout.addSpacing(16)
        top_layout.addWidget(self.branch_label, 1)
        top_layout.addWidget(self.clock_label)

        users_panel = QFrame(self)
        users_panel.setObjectName("Panel")
        self.users_title = QLabel(users_panel)
        self.users_title.setObjectName("PanelTitle")
        self.users_hint = QLabel(users_panel)
        self.users_hint.setObjectName("PanelHint")
        self.user_grid_host = QWidget()
        self.user_grid_host.setObjectName("UserGrid")
        self.user_grid = QGridLayout(self.user_grid_host)
        self.user_grid.setSpacing(12)
        self.user_grid.setContentsMargins(0, 0, 0, 0)
        self.user_group = QButtonGroup(self)
        self.user_group.setExclusive(True)
        scroll = QScrollArea(users_panel)
        scroll.setObjectName("UserScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.user_grid_host)
        users_layout = QVBoxLayout(users_panel)
        users_layout.setSpacing(8)
        users_layout.addWidget(self.users_title)
        users_layout.addWidget(self.users_hint)
        users_layout.addSpacing(8)
        users_layout.addWidget(scroll, 1)

        pin_panel = QFrame(self)
        pin_panel.setObjectName("Panel")
        self.selected_label = QLabel(pin_panel)  # the panel's title: whose PIN this is
        self.selected_label.setObjectName("PanelTitle")
        self.message = QLabel(pin_panel)
        self.message.setObjectName("LoginMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.pad = PinPad(pin_panel)
        self.pad.submitted.connect(self.submit)
        pin_layout = QVBoxLayout(pin_panel)
        pin_layout.setSpacing(10)
        pin_layout.addWidget(self.selected_label)
        pin_layout.addWidget(self.message)
        pin_layout.addWidget(self.pad, 1)

        body = QHBoxLayout()
        body.setContentsMargins(24, 20, 24, 24)
        body.setSpacing(24)
        body.addWidget(users_panel, 5)
        body.addWidget(pin_panel, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(top)
        layout.addLayout(body, 1)

    def retranslate(self) -> None:
        self.users_title.setText(self.tr("Who is on duty?"))
        self.users_hint.setText(self.tr("Tap your name, then type your PIN."))
        for button in self.user_buttons.values():
            button.retranslate()
        self._show_selected()
        self._render_message()
        self._tick()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _tick(self) -> None:
        self.clock_label.setText(QLocale().toString(QDateTime.currentDateTime(), "ddd, d MMM yyyy  HH:mm"))
        ident = self.services.store.identity
        detail = self.tr("Branch %1 · Station %2").replace("%1", ident.branch_code).replace("%2", ident.station_code)
        self.branch_label.setText(f"{self._branch_name} · {detail}" if self._branch_name else detail)

    # -- messages (kept as keys so a language change re-renders them) ---------------------
    def _say(self, key: str, *args: str) -> None:
        self._message_key = (key, args)
        self._render_message()

    def _render_message(self) -> None:
        key, args = self._message_key
        severity = "info"
        if key == "choose":
            text = self.tr("Choose your name first.")
        elif key == "hello":
            text = self.tr("Hello, %1. Type your PIN and press OK.")
        elif key == "checking":
            text = self.tr("Checking PIN…")
        elif key == "wrong":
            text = self.tr("Wrong PIN. Tries left: %1") if args else self.tr("Wrong PIN.")
            severity = "error"
        elif key == "locked_until":
            text = self.tr("Locked: too many wrong PINs. Try again at %1, or ask the supervisor to unlock.")
            severity = "locked"
        elif key == "locked":
            text = self.tr("Locked: too many wrong PINs. Ask the supervisor to unlock.")
            severity = "locked"
        elif key == "inactive":
            text = self.tr("This user is not active any more.")
            severity = "error"
        elif key == "no_users":
            text = self.tr("No users on this station yet: ask IT to set it up.")
            severity = "error"
        else:
            text = args[0] if args else ""
            severity = "error"
        for i, arg in enumerate(args, start=1):
            text = text.replace(f"%{i}", arg)
        self.message.setText(text)
        _set_severity(self.message, severity)

    def message_text(self) -> str:
        return self.message.text()

    # -- state -----------------------------------------------------------------------------
    def _sync(self) -> None:
        ready = self.selected is not None and not self.locked and not self.busy
        self.pad.setEnabled(ready)
        self.user_grid_host.setEnabled(not self.busy)
        if ready:
            self.pad.setFocus()

    def _show_selected(self) -> None:
        if self.selected is None:
            self.selected_label.setText(self.tr("Enter your PIN"))
        else:
            self.selected_label.setText(self.tr("PIN for %1").replace("%1", self.selected.name))

    def reset(self, *, reload: bool = True) -> None:
        """Back to a clean screen (after login, and again at logout with a fresh user list)."""
        self._unlock_timer.stop()
        self.selected = None
        self.locked = False
        self.pad.clear()
        checked = self.user_group.checkedButton()
        if checked is not None:
            self.user_group.setExclusive(False)
            checked.setChecked(False)
            self.user_group.setExclusive(True)
        self._show_selected()
        self._say("choose")
        self._sync()
        if reload:
            self.reload()

    def reload(self) -> None:
        auth, catalogue = self.services.auth, self.services.catalogue
        Operation(self, lambda: (auth.list_users(), catalogue.branch().name or ""), tasks=self.tasks) \
            .success(self._set_users).failure(lambda exc: self._say("error", error_message(exc))) \
            .run_in_background()

    def _set_users(self, result: tuple[list[User], str]) -> None:
        users, self._branch_name = result
        self._tick()
        for button in self.user_buttons.values():
            self.user_group.removeButton(button)
            button.deleteLater()
        self.user_buttons.clear()
        self.users = users
        columns = 2
        for index, user in enumerate(users):
            button = UserButton(user, self.user_grid_host)
            button.clicked.connect(lambda _=False, u=user: self.choose(u))
            self.user_group.addButton(button)
            self.user_grid.addWidget(button, index // columns, index % columns)
            self.user_buttons[user.id] = button
            if self.selected is not None and self.selected.id == user.id:
                button.setChecked(True)
        if not users:
            self._say("no_users")

    def choose(self, user: User) -> None:
        self.selected = user
        self.locked = False
        self._unlock_timer.stop()
        button = self.user_buttons.get(user.id)
        if button is not None and not button.isChecked():
            button.setChecked(True)
        self.pad.clear()
        self._show_selected()
        self._say("hello", user.name)
        self._sync()
        auth = self.services.auth
        Operation(self, lambda: auth.locked_until(user.id), tasks=self.tasks) \
            .success(lambda until, u=user: self._lock_checked(u, until)) \
            .run_in_background()

    def _lock_checked(self, user: User, until: datetime | None) -> None:
        if self.selected is not None and self.selected.id == user.id and until is not None:
            self._show_locked(until)

    def _recheck_lock(self) -> None:
        if self.selected is not None:
            self.choose(self.selected)

    def _show_locked(self, until: datetime | None) -> None:
        self.locked = True
        self.pad.clear()
        if until is not None:
            self._say("locked_until", clock_text(until))
            remaining = int((until - datetime.now(until.tzinfo)).total_seconds() * 1000) + 1000
            self._unlock_timer.start(max(1000, min(remaining, 3_600_000)))
        else:
            self._say("locked")
        self._sync()

    def submit(self, pin: str) -> None:
        if self.selected is None or self.locked or self.busy:
            return
        user = self.selected
        self.busy = True
        self._say("checking")
        self._sync()
        auth = self.services.auth
        Operation(self, lambda: attempt_login(auth, user.id, pin), tasks=self.tasks) \
            .success(self._succeeded).failure(self._failed).finally_(self._idle) \
            .run_in_background()

    def _idle(self) -> None:
        self.busy = False
        self._sync()

    def _succeeded(self, actor: Actor) -> None:
        self.reset(reload=False)
        self.logged_in.emit(actor)

    def _failed(self, exc: BaseException) -> None:
        self.pad.clear()
        if isinstance(exc, WrongPin):
            left = exc.tries_left
            self._say("wrong", *([str(left)] if left is not None else []))
        elif isinstance(exc, LoginLocked):
            self._show_locked(exc.until)
        elif isinstance(exc, NotFoundError):
            self._say("inactive")
            self.selected = None
            self.reload()
        else:
            self._say("error", error_message(exc))
