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
    "estimate.decide": frozenset({Role.ADVISOR}) | MANAGERS,  # record the customer's yes/no per line
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
    "job.clock": frozenset({Role.MECHANIC}) | MANAGERS,  # a mechanic's own clock; managers correct it
    "job.finding": frozenset({Role.MECHANIC}) | MANAGERS,
    "qc.check": frozenset({Role.MECHANIC}) | MANAGERS,  # never on a WO one worked on (checked in app/qc.py)
    "invoice.create": frozenset({Role.CASHIER}) | MANAGERS,
    "payment.take": frozenset({Role.CASHIER}) | MANAGERS,
    "master.write": MANAGERS,
    "user.admin": frozenset({Role.ADMIN, Role.SUPERVISOR}),
    # HQ master data published from a station (catalogue import, tax rules, warehouses): the cloud
    # admin token is asked for on top, so this only opens the screen
    "master.publish": frozenset({Role.ADMIN}),
    "station.configure": MANAGERS,
    # the cashier's station
    "shift.run": frozenset({Role.CASHIER}) | MANAGERS,
    "invoice.void": frozenset({Role.CASHIER}) | MANAGERS,  # with a supervisor's approval
    "override.approve": MANAGERS,
    "receivable.collect": frozenset({Role.CASHIER}) | MANAGERS,
    "receivable.admin": MANAGERS,
}

# Which permission a replicated change needs: (table, op) for every op, and (table, field) for
# fields that need more than the table's upsert. The one table every event is checked against
# when it is merged, wherever it comes from (this station, a LAN peer, the cloud, a push to the
# cloud): the actor's role must hold one of the listed permissions. `CLOUD_ONLY` changes are made
# by the cloud alone (authority 1), never by any role.
CLOUD_ONLY = "cloud"
_MASTER = ("master.write",)
CHANGES: dict[tuple[str, str], tuple[str, ...]] = {
    ("branches", "upsert"): _MASTER,
    ("stations", "upsert"): _MASTER,
    ("stations", "pubkey"): (CLOUD_ONLY,),
    ("stations", "revoked_after_seq"): (CLOUD_ONLY,),
    ("users", "upsert"): ("user.admin",),  # names, roles, PIN hashes, active: supervisors and admins only
    # wrong PINs (no actor) and a user's own login are checked in app.events.authorize; unlocks:
    ("login_failures", "upsert"): ("user.admin",),
    ("labour_catalogue", "upsert"): _MASTER,
    ("parts", "upsert"): _MASTER,
    ("tax_rules", "upsert"): _MASTER,
    # HQ price lists: published by the cloud only (`sentra admin price`, a `prices` CSV import)
    ("price_list_items", "upsert"): (CLOUD_ONLY,),
    ("warehouses", "upsert"): _MASTER,
    ("customers", "upsert"): ("customer.write", "wo.open"),
    ("customers", "delete"): ("customer.write",),
    ("vehicles", "upsert"): ("customer.write", "wo.open"),
    ("vehicles", "delete"): ("customer.write",),
    ("odometer_readings", "upsert"): ("customer.write", "wo.edit", "wo.open"),
    ("workorders", "upsert"): ("wo.open", "wo.edit"),
    ("workorders", "delete"): ("wo.cancel",),
    ("workorders", "status"): ("wo.move",),
    ("workorders", "status:CANCELLED"): ("wo.cancel",),
    # the storekeeper hands out the last part a waiting work order needed: it goes back to work
    ("workorders", "status:WORKING"): ("wo.move", "stock.move"),
    ("wo_complaints", "upsert"): ("wo.open", "wo.edit"),
    ("wo_complaints", "delete"): ("wo.edit",),
    ("wo_jobs", "upsert"): ("wo.edit",),
    ("wo_jobs", "delete"): ("wo.edit",),
    ("wo_parts", "upsert"): ("wo.edit", "stock.move"),
    ("wo_parts", "delete"): ("wo.edit",),
    # the customer's decision on an estimate line: only who may record it (app/approval.py)
    **{(table, field): ("estimate.decide",) for table in ("wo_jobs", "wo_parts")
       for field in ("decision", "decision_rev", "decided_by", "decided_via", "decided_at", "decided_user_id")},
    ("wo_waits", "upsert"): ("wo.move",),  # SLA pauses, written by a status move (app/sla.py)
    ("wo_jobs", "recommended_by"): ("job.finding",),
    ("job_clock_intervals", "upsert"): ("job.clock",),
    ("wo_findings", "upsert"): ("job.finding",),
    ("qc_checks", "upsert"): ("qc.check",),
    ("invoices", "upsert"): ("invoice.create",),
    ("invoice_lines", "upsert"): ("invoice.create",),
    ("payments", "upsert"): ("payment.take",),
    ("part_barcodes", "upsert"): _MASTER,
    ("part_substitutes", "upsert"): _MASTER,
    ("part_stock_settings", "upsert"): ("stock.settings",),
    ("suppliers", "upsert"): ("purchase.write",),
    ("purchase_orders", "upsert"): ("purchase.write",),
    ("purchase_order_lines", "upsert"): ("purchase.write",),
    ("pick_slips", "upsert"): ("parts.request",),
    ("pick_slip_lines", "upsert"): ("parts.request", "stock.move", "parts.approve_substitute"),
    # the advisor's answer to a MODIFIED substitute: never the storekeeper who offered it (app/pickslips.py)
    **{("pick_slip_lines", field): ("parts.approve_substitute",)
       for field in ("decision", "decision_rev", "decided_by", "decided_at", "decision_reason")},
    ("stock_movements", "stock"): ("stock.move",),
    ("stock_movements", "stock:adjust"): ("stock.adjust",),
    # the cashier's station (schema 10)
    ("branch_settings", "upsert"): _MASTER,
    ("shifts", "upsert"): ("shift.run",),
    ("till_entries", "upsert"): ("payment.take", "shift.run", "receivable.collect", "invoice.void"),
    ("overrides", "upsert"): ("invoice.create", "payment.take", "invoice.void", "shift.run"),
    ("invoice_voids", "upsert"): ("invoice.void",),
    ("payment_reversals", "upsert"): ("invoice.void", "payment.take"),
    ("credit_accounts", "upsert"): ("receivable.admin",),
    ("receivable_collections", "upsert"): ("receivable.collect",),
    ("receivable_allocations", "upsert"): ("receivable.collect",),
}


def change_allowed(role: str | None, permissions: tuple[str, ...]) -> bool:
    return role is not None and any(role in PERMISSIONS.get(p, ()) for p in permissions)
