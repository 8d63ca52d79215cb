"""Which tables replicate, which fields an event may write, and which data the cloud owns."""

from __future__ import annotations

# Fields an upsert may set, per replicated table. `status`/`status_key` of work orders move only
# through the status register (a `status` op), so upserts cannot touch them.
REPLICATED_FIELDS: dict[str, frozenset[str]] = {
    "branches": frozenset({"code", "name", "address", "npwp", "phone"}),
    "stations": frozenset({"branch_id", "code", "name", "kind", "pubkey", "revoked_after_seq"}),
    "users": frozenset({"branch_id", "name", "role", "pin_hash", "active"}),
    "labour_catalogue": frozenset({"code", "name", "flat_hours_x100", "rate_per_hour"}),
    "parts": frozenset({"sku", "barcode", "name", "unit", "unit_price", "has_expiry", "brand", "origin", "cost"}),
    "part_barcodes": frozenset({"part_id", "code"}),
    "part_substitutes": frozenset({"part_id", "substitute_id", "kind", "note"}),
    "tax_rules": frozenset({"name", "rate_num", "rate_den", "dpp_num", "dpp_den", "valid_from"}),
    "warehouses": frozenset({"branch_id", "code", "name"}),
    "part_stock_settings": frozenset({"part_id", "warehouse_id", "bin", "reorder_level", "reorder_qty", "supplier_id"}),
    "suppliers": frozenset({"branch_id", "code", "name", "phone"}),
    "pick_slips": frozenset({"number", "wo_id", "warehouse_id", "requested_by", "requested_at", "note",
                             "cancelled_at"}),
    "pick_slip_lines": frozenset({"slip_id", "wo_part_id", "part_id", "qty", "position", "replaces_part_id",
                                  "proposed_part_id", "approval"}),
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
        {"wo_id", "labour_id", "description", "flat_hours_x100", "rate_per_hour", "mechanic_ids", "status",
         "recommended_by"}
    ),
    "wo_parts": frozenset({"wo_id", "part_id", "qty", "unit_price"}),
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
}

# Replicated columns that hold whole numbers (money in Rupiah, quantities, flags); every
# other replicated column holds text. An event is checked against this before it is applied.
INT_FIELDS: dict[str, frozenset[str]] = {
    "stations": frozenset({"revoked_after_seq"}),
    "users": frozenset({"active"}),
    "labour_catalogue": frozenset({"flat_hours_x100", "rate_per_hour"}),
    "parts": frozenset({"unit_price", "has_expiry", "cost"}),
    "part_stock_settings": frozenset({"reorder_level", "reorder_qty"}),
    "pick_slip_lines": frozenset({"qty", "position"}),
    "purchase_order_lines": frozenset({"qty", "unit_cost", "position"}),
    "tax_rules": frozenset({"rate_num", "rate_den", "dpp_num", "dpp_den"}),
    "vehicles": frozenset({"year"}),
    "odometer_readings": frozenset({"km"}),
    "workorders": frozenset({"odometer_km"}),
    "wo_jobs": frozenset({"flat_hours_x100", "rate_per_hour"}),
    "wo_parts": frozenset({"qty", "unit_price"}),
    "invoices": frozenset({"labour_total", "parts_total", "discount", "dpp", "ppn", "total"}),
    "invoice_lines": frozenset({"qty", "unit_price", "amount", "position"}),
    "payments": frozenset({"amount", "tendered"}),
}

# Data the cloud owns: a cloud-authored write wins over a branch write whatever the clocks say.
MASTER_TABLES: frozenset[str] = frozenset(
    {"branches", "stations", "users", "labour_catalogue", "parts", "part_barcodes", "part_substitutes", "tax_rules"}
)

# Tables whose rows carry a state register moved by `status` ops.
STATUS_TABLES: frozenset[str] = frozenset({"workorders"})

# Counter table: stock is the sum of these rows from every station.
STOCK_TABLE = "stock_movements"
