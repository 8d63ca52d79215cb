-- Schema version 10: the cashier's station. Branch settings, till shifts and their entries,
-- supervisor overrides, voids and reversals of payments, credit accounts and collections
-- (piutang). Every table replicates with per-field LWW; rows are written once by the station
-- that made them, except a shift (its own station opens and closes it) and the settings.

CREATE TABLE branch_settings (id TEXT PRIMARY KEY, value TEXT,
    _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);

CREATE TABLE shifts (id TEXT PRIMARY KEY, branch_id TEXT, station_id TEXT, business_day TEXT,
    opened_by TEXT, opened_at TEXT, opening_float INTEGER, closed_by TEXT, closed_at TEXT,
    expected_cash INTEGER, counted_cash INTEGER, variance INTEGER, counts TEXT,
    variance_approved_by TEXT, z_number TEXT, z_report TEXT,
    _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE INDEX shifts_station ON shifts (station_id, closed_at);
CREATE INDEX shifts_day ON shifts (business_day);

CREATE TABLE till_entries (id TEXT PRIMARY KEY, shift_id TEXT, kind TEXT, method TEXT,
    amount INTEGER, invoice_id TEXT, ref_id TEXT, user_id TEXT, at TEXT, note TEXT,
    _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE INDEX till_entries_shift ON till_entries (shift_id);

CREATE TABLE overrides (id TEXT PRIMARY KEY, branch_id TEXT, kind TEXT, ref_id TEXT,
    cashier_id TEXT, supervisor_id TEXT, amount INTEGER, reason TEXT, at TEXT,
    _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE INDEX overrides_ref ON overrides (ref_id);

CREATE TABLE invoice_voids (id TEXT PRIMARY KEY, cashier_id TEXT, supervisor_id TEXT,
    reason TEXT, at TEXT, _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);

CREATE TABLE payment_reversals (id TEXT PRIMARY KEY, payment_id TEXT, invoice_id TEXT,
    kind TEXT, method TEXT, amount INTEGER, ecr_ref TEXT, approval_code TEXT, cashier_id TEXT,
    supervisor_id TEXT, reason TEXT, at TEXT, shift_id TEXT,
    _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE INDEX payment_reversals_invoice ON payment_reversals (invoice_id);

CREATE TABLE credit_accounts (id TEXT PRIMARY KEY, customer_id TEXT, credit_limit INTEGER,
    terms_days INTEGER, active INTEGER, _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);

CREATE TABLE receivable_collections (id TEXT PRIMARY KEY, customer_id TEXT, method TEXT,
    amount INTEGER, received_at TEXT, cashier_id TEXT, shift_id TEXT, reference TEXT,
    receipt_number TEXT, _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE INDEX receivable_collections_customer ON receivable_collections (customer_id);

CREATE TABLE receivable_allocations (id TEXT PRIMARY KEY, collection_id TEXT, invoice_id TEXT,
    amount INTEGER, _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE INDEX receivable_allocations_invoice ON receivable_allocations (invoice_id);

CREATE INDEX payments_reference ON payments (reference);
