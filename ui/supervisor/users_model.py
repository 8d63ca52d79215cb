"""The user-management screen's state: the branch's users and the command being run.

Reads through `AuthService.roster`, writes through `create_user`, `set_pin`, `unlock` and
`deactivate` (each a core command, audited with who did it). PINs pass through here only on
their way to the core: never kept, never shown, never logged.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.auth import UserStatus
from app.roles import Role
from ui.kit.changes import ChangeWatcher
from ui.kit.labels import error_message
from ui.kit.operations import CommandOp, QueryOp
from ui.kit.screen import ViewContext

USER_TABLES = frozenset({"users", "login_failures"})


class UsersModel(QObject):
    loaded = Signal()
    done = Signal(str)  # what was done, for the message strip
    failed = Signal(str)

    def __init__(self, ctx: ViewContext, parent: QObject, origin: str) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.origin = origin
        self.users: list[UserStatus] = []
        self.busy = False
        self.load_count = 0
        self.watcher = ChangeWatcher(ctx.services.store, set(USER_TABLES), owner=parent, origin=origin)
        self.watcher.changed.connect(lambda _changes: self.reload())

    def roles(self) -> list[Role]:
        """The roles this user may give: an admin any, a supervisor any but admin."""
        return [r for r in Role if r is not Role.ADMIN or self.ctx.actor.role is Role.ADMIN]

    def user(self, user_id: str | None) -> UserStatus | None:
        return next((u for u in self.users if u.id == user_id), None)

    def reload(self) -> None:
        auth, actor = self.ctx.services.auth, self.ctx.actor
        QueryOp(self, lambda: auth.roster(actor), tasks=self.ctx.tasks).success(self._set) \
            .failure(lambda exc: self.failed.emit(error_message(exc))).run()

    def _set(self, users: list[UserStatus]) -> None:
        self.users = list(users)
        self.load_count += 1
        self.loaded.emit()

    def _run(self, work: Callable[[], object], message: str) -> None:
        if self.busy:
            return
        self.busy = True

        def ok(_result: object) -> None:
            self.done.emit(message)
            self.reload()

        def settle() -> None:
            self.busy = False

        CommandOp(self, work, origin=self.origin, tasks=self.ctx.tasks).success(ok) \
            .failure(lambda exc: self.failed.emit(error_message(exc))).finally_(settle).run()

    def create(self, name: str, role: Role, pin: str, message: str) -> None:
        auth, actor = self.ctx.services.auth, self.ctx.actor
        self._run(lambda: auth.create_user(actor, name, role, pin), message)

    def set_pin(self, user_id: str, pin: str, message: str) -> None:
        auth, actor = self.ctx.services.auth, self.ctx.actor
        self._run(lambda: auth.set_pin(actor, user_id, pin), message)

    def unlock(self, user_id: str, message: str) -> None:
        auth, actor = self.ctx.services.auth, self.ctx.actor
        self._run(lambda: auth.unlock(actor, user_id), message)

    def deactivate(self, user_id: str, message: str) -> None:
        auth, actor = self.ctx.services.auth, self.ctx.actor
        self._run(lambda: auth.deactivate(actor, user_id), message)

    def shutdown(self) -> None:
        self.watcher.close()
