"""Which tables replicate, which fields an event may write, and which data the cloud owns."""

from __future__ import annotations

# A job or part line's estimate approval: `terms_rev` names the version of its priced terms, the
# decision fields are written together and name the version they decided (app/estimates.py).
_DECISION = frozenset({"terms_rev", "decision", "decision_rev", "decided_by", "decided_via", "decided_at",
                       "decided_user_id"})

# Fields an upsert may set, per replicated table. `status`/`status_key` of work orders move only
# through the status register (a `status` op), so upserts cannot touch them.
REPLICATED_FIELDS: dict[str, frozenset[str]] = {
    "branches": frozenset({"code", "name", "address", "npwp", "phone", "sla_margin_min", "bays"}),
    "stations": frozenset({"branch_id", "code", "name", "kind", "pubkey", "revoked_after_seq"}),
    "users": frozenset({"branch_id", "name", "role", "pin_hash", "active"}),
    "labour_catalogue": frozenset({"code", "name", "flat_hours_x100", "rate_per_hour"}),
    "parts": frozenset({"sku", "barcode", "name", "unit", "unit_price", "has_expiry", "brand", "origin", "cost"}),
    "part_barcodes": frozenset({"part_id", "code"}),
    "part_substitutes": frozenset({"part_id", "substitute_id", "kind", "note"}),
    "tax_rules": frozenset({"name", "rate_num", "rate_den", "dpp_num", "dpp_den", "valid_from"}),
    "warehouses": frozenset({"branch_id", "code", "name"}),
    # HQ price lists (schema v15): one item's price for a branch ('' / NULL: every branch) from a date
    "price_list_items": frozenset({"branch_id", "item_kind", "item_id", "unit_price", "valid_from"}),
    "part_stock_settings": frozenset({"part_id", "warehouse_id", "bin", "reorder_level", "reorder_qty", "supplier_id"}),
    "suppliers": frozenset({"branch_id", "code", "name", "phone"}),
    "pick_slips": frozenset({"number", "wo_id", "warehouse_id", "requested_by", "requested_at", "note",
                             "cancelled_at"}),
    "pick_slip_lines": frozenset({"slip_id", "wo_part_id", "part_id", "qty", "position", "replaces_part_id",
                                  "proposed_part_id", "approval", "proposal_rev", "decision", "decision_rev",
                                  "decided_by", "decided_at", "decision_reason"}),
    "purchase_orders": frozenset({"number", "branch_id", "supplier_id", "warehouse_id", "created_by", "created_at",
                                  "note", "cancelled_at"}),
    "purchase_order_lines": frozenset({"po_id", "part_id", "qty", "unit_cost", "position"}),
    "customers": frozenset({"branch_id", "name", "phone", "email", "address"}),
    "vehicles": frozenset({"customer_id", "plate", "vin", "make", "model", "year"}),
    "odometer_readings": frozenset({"vehicle_id", "km", "read_at", "reason", "user_id"}),
    "workorders": frozenset(
        {"number", "branch_id", "vehicle_id", "customer_id", "advisor_id", "bay", "sla_due",
         "odometer_km", "parent_wo_id", "opened_at", "note"}
    ),
    "wo_complaints": frozenset({"wo_id", "text"}),
    "wo_jobs": frozenset(
        {"wo_id", "labour_id", "description", "flat_hours_x100", "rate_per_hour", "mechanic_ids", "status", "bay",
         "recommended_by"} | _DECISION
    ),
    "wo_parts": frozenset({"wo_id", "part_id", "qty", "unit_price"} | _DECISION),
    "wo_waits": frozenset({"wo_id", "started_at", "ended_at"}),
    "job_clock_intervals": frozenset({"job_id", "wo_id", "mechanic_id", "started_at", "ended_at", "end_reason"}),
    "wo_findings": frozenset({"wo_id", "job_id", "mechanic_id", "code", "text", "recorded_at", "recommended_job_id"}),
    "qc_checks": frozenset({"wo_id", "job_id", "checker_id", "result", "reason", "checked_at"}),
    "invoices": frozenset(
        {"number", "wo_id", "branch_id", "cashier_id", "issued_at", "labour_total", "parts_total",
         "discount", "dpp", "ppn", "total", "tax_rule_id"}
    ),
    "invoice_lines": frozenset({"invoice_id", "kind", "description", "qty", "unit_price", "amount", "position"}),
    "payments": frozenset(
        {"invoice_id", "receipt_number", "method", "amount", "tendered", "reference", "card_label",
         "masked_pan", "approval_code", "received_at", "cashier_id"}
    ),
    # the cashier's station (schema v10)
    "branch_settings": frozenset({"value"}),
    "shifts": frozenset(
        {"branch_id", "station_id", "business_day", "opened_by", "opened_at", "opening_float", "closed_by",
         "closed_at", "expected_cash", "counted_cash", "variance", "counts", "variance_approved_by", "z_number",
         "z_report"}
    ),
    "till_entries": frozenset({"shift_id", "kind", "method", "amount", "invoice_id", "ref_id", "user_id", "at", "note"}),
    "overrides": frozenset({"branch_id", "kind", "ref_id", "cashier_id", "supervisor_id", "amount", "reason", "at",
                            "proof"}),
    "invoice_voids": frozenset({"cashier_id", "supervisor_id", "reason", "at"}),
    "payment_reversals": frozenset(
        {"payment_id", "invoice_id", "kind", "method", "amount", "ecr_ref", "approval_code", "cashier_id",
         "supervisor_id", "reason", "at", "shift_id"}
    ),
    "credit_accounts": frozenset({"customer_id", "credit_limit", "terms_days", "active"}),
    "receivable_collections": frozenset(
        {"customer_id", "method", "amount", "received_at", "cashier_id", "shift_id", "reference", "receipt_number"}
    ),
    "receivable_allocations": frozenset({"collection_id", "invoice_id", "amount"}),
    # one row per wrong PIN / login after wrong PINs / unlock, written once: an insert-only set
    "login_failures": frozenset({"user_id", "station_id", "kind", "at_ms", "by_user"}),
}

# Replicated columns that hold whole numbers (money in Rupiah, quantities, flags); every
# other replicated column holds text. An event is checked against this before it is applied.
INT_FIELDS: dict[str, frozenset[str]] = {
    "branches": frozenset({"sla_margin_min"}),
    "stations": frozenset({"revoked_after_seq"}),
    "users": frozenset({"active"}),
    "labour_catalogue": frozenset({"flat_hours_x100", "rate_per_hour"}),
    "parts": frozenset({"unit_price", "has_expiry", "cost"}),
    "part_stock_settings": frozenset({"reorder_level", "reorder_qty"}),
    "pick_slip_lines": frozenset({"qty", "position"}),
    "purchase_order_lines": frozenset({"qty", "unit_cost", "position"}),
    "tax_rules": frozenset({"rate_num", "rate_den", "dpp_num", "dpp_den"}),
    "price_list_items": frozenset({"unit_price"}),
    "vehicles": frozenset({"year"}),
    "odometer_readings": frozenset({"km"}),
    "workorders": frozenset({"odometer_km"}),
    "wo_jobs": frozenset({"flat_hours_x100", "rate_per_hour"}),
    "wo_parts": frozenset({"qty", "unit_price"}),
    "invoices": frozenset({"labour_total", "parts_total", "discount", "dpp", "ppn", "total"}),
    "invoice_lines": frozenset({"qty", "unit_price", "amount", "position"}),
    "payments": frozenset({"amount", "tendered"}),
    "shifts": frozenset({"opening_float", "expected_cash", "counted_cash", "variance"}),
    "till_entries": frozenset({"amount"}),
    "overrides": frozenset({"amount"}),
    "payment_reversals": frozenset({"amount"}),
    "credit_accounts": frozenset({"credit_limit", "terms_days", "active"}),
    "receivable_collections": frozenset({"amount"}),
    "receivable_allocations": frozenset({"amount"}),
    "login_failures": frozenset({"at_ms"}),
}

# Data the cloud owns: a cloud-authored write wins over a branch write whatever the clocks say.
MASTER_TABLES: frozenset[str] = frozenset(
    {"branches", "stations", "users", "labour_catalogue", "parts", "part_barcodes", "part_substitutes", "tax_rules",
     "branch_settings", "price_list_items"}
)

# What a cloud-authored (authority 1) event may write: master data, the warehouses HQ sets up for
# a branch (`sentra admin warehouse`, the admin's master-data screen), and the payments the cloud
# itself settles (a QRIS payment confirmed by the provider's webhook).
CLOUD_WRITES: frozenset[str] = MASTER_TABLES | {"payments", "warehouses"}

# Tables whose rows carry a state register moved by `status` ops.
STATUS_TABLES: frozenset[str] = frozenset({"workorders"})

# Counter table: stock is the sum of these rows from every station.
STOCK_TABLE = "stock_movements"
