"""Ask a supervisor (or admin) to confirm with their PIN: an odometer rollback, a void.

The prompt lists the station's supervisors and admins, takes the PIN on the real PIN pad,
checks it through the core's login on the store lane (so wrong PINs count towards lockout),
and emits `approved(Actor)`, the supervisor to run the guarded command as. Cancel emits
`rejected` (QDialog). Names: `SupervisorPin`, `SupervisorPin.User` (property `user_id`),
`SupervisorPin.Message`, `SupervisorPin.Cancel`, and the PIN pad's keys.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QButtonGroup, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.auth import Actor, User
from app.roles import MANAGERS
from ui.kit.labels import error_message
from ui.kit.operations import CommandOp, QueryOp
from ui.kit.screen import ViewContext
from ui.login.pin_pad import PinPad
from ui.widgets.message_strip import MessageStrip


class SupervisorPinPrompt(QDialog):
    approved = Signal(object)

    def __init__(self, ctx: ViewContext, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SupervisorPin")
        self.setModal(True)
        self.ctx = ctx
        self.chosen: User | None = None
        self.busy = False
        self.reason = QLabel(reason, self)
        self.reason.setObjectName("SupervisorPin.Reason")
        self.reason.setWordWrap(True)
        self.users_row = QHBoxLayout()
        self._group = QButtonGroup(self)
        self.user_buttons: dict[str, QPushButton] = {}
        self.pad = PinPad(self)
        self.pad.setEnabled(False)
        self.pad.submitted.connect(self._check)
        self.message = MessageStrip("SupervisorPin.Message", self)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("SupervisorPin.Cancel")
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addLayout(self.users_row)
        layout.addWidget(self.pad, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.cancel_button)
        self.retranslate()
        auth = ctx.services.auth
        QueryOp(self, lambda: [u for u in auth.list_users() if u.role in MANAGERS], tasks=ctx.tasks) \
            .success(self._show_users).run()

    def _show_users(self, users: list[User]) -> None:
        for user in users:
            button = QPushButton(user.name, self)
            button.setObjectName("SupervisorPin.User")
            button.setProperty("user_id", user.id)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, u=user: self._choose(u))
            self._group.addButton(button)
            self.user_buttons[user.id] = button
            self.users_row.addWidget(button)
        if not users:
            self.message.error(self.tr("No supervisor is set up on this station."))

    def _choose(self, user: User) -> None:
        self.chosen = user
        self.pad.clear()
        self.pad.setEnabled(True)
        self.message.clear_message()

    def _check(self, pin: str) -> None:
        if self.chosen is None or self.busy:
            return
        self.busy = True
        self.pad.setEnabled(False)
        auth, user_id = self.ctx.services.auth, self.chosen.id
        CommandOp(self, lambda: auth.login(user_id, pin), tasks=self.ctx.tasks) \
            .success(self._approved).failure(self._refused).finally_(self._settled).run()

    def _approved(self, actor: Actor) -> None:
        self.approved.emit(actor)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.pad.clear()
        self.message.error(error_message(exc))

    def _settled(self) -> None:
        self.busy = False
        if self.isVisible() and self.chosen is not None:
            self.pad.setEnabled(True)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Supervisor confirmation"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
