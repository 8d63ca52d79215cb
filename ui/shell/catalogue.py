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
}


def package_screens(package: str) -> list[ScreenSpec]:
    specs = getattr(importlib.import_module(package), "SCREENS")
    return list(specs)


def screens_for(actor: Actor) -> list[ScreenSpec]:
    """The screens `actor` may open, in navigator order, each id once."""
    packages = [SHARED_PACKAGE]
    own = ROLE_PACKAGES.get(actor.role)
    if own is not None:
        packages.append(own)
    if actor.role in MANAGERS:
        packages += [p for p in ROLE_PACKAGES.values() if p not in packages]
    seen: set[str] = set()
    result: list[ScreenSpec] = []
    for package in packages:
        for spec in package_screens(package):
            if spec.id not in seen and spec.visible_to(actor):
                seen.add(spec.id)
                result.append(spec)
    return result
