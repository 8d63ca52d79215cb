"""Roles, and which commands each may run."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADVISOR = "advisor"
    MECHANIC = "mechanic"
    STOREKEEPER = "storekeeper"
    CASHIER = "cashier"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


ALL = frozenset(Role)
MANAGERS = frozenset({Role.SUPERVISOR, Role.ADMIN})

PERMISSIONS: dict[str, frozenset[Role]] = {
    "customer.write": frozenset({Role.ADVISOR, Role.CASHIER}) | MANAGERS,
    "wo.open": frozenset({Role.ADVISOR}) | MANAGERS,
    "wo.edit": frozenset({Role.ADVISOR, Role.MECHANIC}) | MANAGERS,
    "wo.move": frozenset({Role.ADVISOR, Role.MECHANIC}) | MANAGERS,
    "wo.cancel": frozenset({Role.ADVISOR}) | MANAGERS,
    "stock.move": frozenset({Role.STOREKEEPER}) | MANAGERS,
    "stock.adjust": frozenset({Role.STOREKEEPER}) | MANAGERS,
    # posting a stock count's differences: a supervisor's PIN on top of the storekeeper's login
    "stock.approve_count": MANAGERS,
    "stock.settings": frozenset({Role.STOREKEEPER}) | MANAGERS,
    "purchase.write": frozenset({Role.STOREKEEPER}) | MANAGERS,
    "parts.request": frozenset({Role.ADVISOR, Role.MECHANIC}) | MANAGERS,
    "parts.approve_substitute": frozenset({Role.ADVISOR}) | MANAGERS,
    "invoice.create": frozenset({Role.CASHIER}) | MANAGERS,
    "payment.take": frozenset({Role.CASHIER}) | MANAGERS,
    "master.write": MANAGERS,
    "user.admin": frozenset({Role.ADMIN, Role.SUPERVISOR}),
}
