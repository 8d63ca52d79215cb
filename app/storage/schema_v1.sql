-- Schema version 1. Replicated tables carry `_clk` (JSON: field -> winning stamp) and `_del`
-- (tombstone stamp; a deleted row stays as a tombstone so a late update cannot resurrect it).
-- Every non-key column is nullable: fields of a row may arrive from different events in any order.

CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE sync_event_logs (
    event_id TEXT PRIMARY KEY,
    station_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    hlc TEXT NOT NULL,
    authority INTEGER NOT NULL DEFAULT 0,
    branch_id TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    type TEXT NOT NULL,
    actor_id TEXT,
    payload TEXT NOT NULL,
    received_at TEXT NOT NULL,
    pushed INTEGER NOT NULL DEFAULT 0,
    UNIQUE (station_id, seq)
);
CREATE INDEX sync_event_logs_pending ON sync_event_logs (pushed, station_id, seq);

CREATE TABLE doc_counters (kind TEXT NOT NULL, period TEXT NOT NULL, last INTEGER NOT NULL,
    PRIMARY KEY (kind, period)) WITHOUT ROWID;

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    station_id TEXT NOT NULL,
    actor_id TEXT,
    action TEXT NOT NULL,
    detail TEXT NOT NULL,
    event_id TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);

CREATE TABLE login_attempts (user_id TEXT PRIMARY KEY, failures INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT) WITHOUT ROWID;

-- replicated: master data (the cloud wins)
CREATE TABLE branches (id TEXT PRIMARY KEY, code TEXT, name TEXT, address TEXT, npwp TEXT,
    phone TEXT, _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE TABLE stations (id TEXT PRIMARY KEY, branch_id TEXT, code TEXT, name TEXT, kind TEXT,
    _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE TABLE users (id TEXT PRIMARY KEY, branch_id TEXT, name TEXT, role TEXT, pin_hash TEXT,
    active INTEGER, _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE TABLE labour_catalogue (id TEXT PRIMARY KEY, code TEXT, name TEXT, flat_hours_x100 INTEGER,
    rate_per_hour INTEGER, _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE TABLE parts (id TEXT PRIMARY KEY, sku TEXT, barcode TEXT, name TEXT, unit TEXT,
    unit_price INTEGER, has_expiry INTEGER, _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE INDEX parts_barcode ON parts (barcode);
CREATE TABLE tax_rules (id TEXT PRIMARY KEY, name TEXT, rate_num INTEGER, rate_den INTEGER,
    dpp_num INTEGER, dpp_den INTEGER, valid_from TEXT, _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);

-- replicated: branch data
CREATE TABLE warehouses (id TEXT PRIMARY KEY, branch_id TEXT, code TEXT, name TEXT,
    _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE TABLE customers (id TEXT PRIMARY KEY, branch_id TEXT, name TEXT, phone TEXT, email TEXT,
    address TEXT, _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE TABLE vehicles (id TEXT PRIMARY KEY, customer_id TEXT, plate TEXT, vin TEXT, make TEXT,
    model TEXT, year INTEGER, _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE INDEX vehicles_plate ON vehicles (plate);
CREATE TABLE odometer_readings (id TEXT PRIMARY KEY, vehicle_id TEXT, km INTEGER, read_at TEXT,
    reason TEXT, user_id TEXT, _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE INDEX odometer_vehicle ON odometer_readings (vehicle_id);
CREATE TABLE workorders (id TEXT PRIMARY KEY, number TEXT, branch_id TEXT, vehicle_id TEXT,
    customer_id TEXT, advisor_id TEXT, bay TEXT, status TEXT, status_key TEXT, sla_due TEXT,
    odometer_km INTEGER, parent_wo_id TEXT, opened_at TEXT, note TEXT,
    _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE INDEX workorders_status ON workorders (status);
CREATE TABLE wo_complaints (id TEXT PRIMARY KEY, wo_id TEXT, text TEXT,
    _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE INDEX wo_complaints_wo ON wo_complaints (wo_id);
CREATE TABLE wo_jobs (id TEXT PRIMARY KEY, wo_id TEXT, labour_id TEXT, description TEXT,
    flat_hours_x100 INTEGER, rate_per_hour INTEGER, mechanic_ids TEXT, status TEXT,
    _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE INDEX wo_jobs_wo ON wo_jobs (wo_id);
CREATE TABLE wo_parts (id TEXT PRIMARY KEY, wo_id TEXT, part_id TEXT, qty INTEGER,
    unit_price INTEGER, _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE INDEX wo_parts_wo ON wo_parts (wo_id);
CREATE TABLE invoices (id TEXT PRIMARY KEY, number TEXT, wo_id TEXT, branch_id TEXT,
    cashier_id TEXT, issued_at TEXT, labour_total INTEGER, parts_total INTEGER, discount INTEGER,
    dpp INTEGER, ppn INTEGER, total INTEGER, tax_rule_id TEXT,
    _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE INDEX invoices_wo ON invoices (wo_id);
CREATE TABLE invoice_lines (id TEXT PRIMARY KEY, invoice_id TEXT, kind TEXT, description TEXT,
    qty INTEGER, unit_price INTEGER, amount INTEGER, position INTEGER,
    _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE INDEX invoice_lines_invoice ON invoice_lines (invoice_id);
CREATE TABLE payments (id TEXT PRIMARY KEY, invoice_id TEXT, receipt_number TEXT, method TEXT,
    amount INTEGER, tendered INTEGER, reference TEXT, card_label TEXT, masked_pan TEXT,
    approval_code TEXT, received_at TEXT, cashier_id TEXT,
    _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE INDEX payments_invoice ON payments (invoice_id);

-- replicated counters: stock is the sum of movements, never an overwritten number
CREATE TABLE stock_movements (id TEXT PRIMARY KEY, part_id TEXT NOT NULL, warehouse_id TEXT NOT NULL,
    lot TEXT NOT NULL DEFAULT '', expiry TEXT, qty_delta INTEGER NOT NULL, kind TEXT NOT NULL,
    ref TEXT, station_id TEXT NOT NULL, hlc TEXT NOT NULL, user_id TEXT);
CREATE INDEX stock_movements_part ON stock_movements (part_id, warehouse_id, lot);
