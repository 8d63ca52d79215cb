"""Role → view registry: the logged-in user's role chooses the screen.

Every role starts on the work-order board (`BoardRoleView`). A role issue adds its own
screen without touching the shell:

    # ui/views/cashier.py
    from app.roles import Role
    from ui.views.base import RoleView, ViewContext
    from ui.views.registry import register_view

    class CashierView(RoleView): ...
    register_view(Role.CASHIER, CashierView)

and lists its module in `VIEW_MODULES` below so it is imported when the shell starts.
A factory is any callable `(ctx, parent) -> RoleView`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from app.roles import Role
from ui.views.base import RoleView, ViewContext

ViewFactory = Callable[[ViewContext, QWidget | None], RoleView]

# Modules that register role views when imported (role issues append theirs).
VIEW_MODULES: tuple[str, ...] = ("ui.views.board",)

_factories: dict[Role, ViewFactory] = {}
_default: ViewFactory | None = None
_loaded = False


def register_view(role: Role | str, factory: ViewFactory, *, replace: bool = True) -> None:
    role = Role(role)
    if not replace and role in _factories:
        raise ValueError(f"a view for {role.value} is registered already")
    _factories[role] = factory


def unregister_view(role: Role | str) -> None:
    _factories.pop(Role(role), None)


def set_default_view(factory: ViewFactory) -> None:
    """The view for roles that have none of their own (the board)."""
    global _default
    _default = factory


def load_views() -> None:
    global _loaded
    if not _loaded:
        for module in VIEW_MODULES:
            importlib.import_module(module)
        _loaded = True


def view_factory(role: Role | str) -> ViewFactory:
    load_views()
    factory = _factories.get(Role(role), _default)
    if factory is None:
        raise LookupError(f"no view registered for {role}")
    return factory


def create_view(ctx: ViewContext, parent: QWidget | None = None) -> RoleView:
    return view_factory(ctx.actor.role)(ctx, parent)
