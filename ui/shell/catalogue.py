"""Which screens a user gets: the shared screens (`ui.screens`) and their role's folder; a
supervisor or admin gets every role's. Each folder's `SCREENS` list is read at login, in the
order below; a screen whose permission the user lacks is left out."""

from __future__ import annotations

import importlib

from app.auth import Actor
from app.roles import MANAGERS, Role
from ui.kit.screen import ScreenSpec

SHARED_PACKAGE = "ui.screens"
ROLE_PACKAGES: dict[Role, str] = {
    Role.ADVISOR: "ui.advisor",
    Role.MECHANIC: "ui.mechanic",
    Role.STOREKEEPER: "ui.storekeeper",
    Role.CASHIER: "ui.cashier",
    Role.SUPERVISOR: "ui.supervisor",
    Role.ADMIN: "ui.admin",
}


def package_screens(package: str) -> list[ScreenSpec]:
    specs = getattr(importlib.import_module(package), "SCREENS")
    return list(specs)


def sections_for(actor: Actor) -> list[tuple[Role | None, list[ScreenSpec]]]:
    """The navigator's sections: the user's own screens (shared ones and their role's), then, for a
    supervisor or admin, each other role's screens under that role."""
    own: list[ScreenSpec] = []
    sections: list[tuple[Role | None, list[ScreenSpec]]] = [(None, own)]
    seen: set[str] = set()

    def take(package: str, into: list[ScreenSpec]) -> None:
        for spec in package_screens(package):
            if spec.id not in seen and spec.visible_to(actor):
                seen.add(spec.id)
                into.append(spec)

    take(SHARED_PACKAGE, own)
    if actor.role in ROLE_PACKAGES:
        take(ROLE_PACKAGES[actor.role], own)
    if actor.role in MANAGERS:
        for role, package in ROLE_PACKAGES.items():
            if role is not actor.role:
                others: list[ScreenSpec] = []
                take(package, others)
                if others:
                    sections.append((role, others))
    return sections


def screens_for(actor: Actor) -> list[ScreenSpec]:
    """The screens `actor` may open, in navigator order, each id once."""
    return [spec for _role, specs in sections_for(actor) for spec in specs]
