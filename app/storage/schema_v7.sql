-- Schema version 7: the service advisor's station.
--
-- Search keys. Generated columns: SQLite computes them on every write to the row, whether a
-- local command, a LAN peer's event or a cloud page wrote it (the merger names only replicated
-- fields, so it never writes these), and nothing replicates them. Each key has a partial index
-- on live rows; a keystroke's search is a few index range scans with a LIMIT.
--   plate_key   'B1234XYZ'   plate without spaces, dashes or dots, upper case
--   plate_tail  '1234XYZ'    the plate after its region letters (an advisor types "1234")
--   vin_key     upper-case VIN
--   phone_key   '62812...'   digits only, a leading 0 read as Indonesia's 62 (0812 = +62812)
--   name_key    'budi santoso', name_key2 'santoso', name_key3: the name from each of its
--               first three words, lower case, so a prefix of any of them finds the customer
ALTER TABLE vehicles ADD COLUMN plate_key TEXT GENERATED ALWAYS AS
    (replace(replace(replace(upper(plate), ' ', ''), '-', ''), '.', '')) VIRTUAL;
ALTER TABLE vehicles ADD COLUMN plate_tail TEXT GENERATED ALWAYS AS
    (CASE WHEN instr(trim(plate), ' ') > 0
          THEN replace(replace(upper(substr(trim(plate), instr(trim(plate), ' ') + 1)), ' ', ''), '-', '')
     END) VIRTUAL;
ALTER TABLE vehicles ADD COLUMN vin_key TEXT GENERATED ALWAYS AS (upper(vin)) VIRTUAL;
CREATE INDEX vehicles_plate_key ON vehicles (plate_key) WHERE _del IS NULL;
CREATE INDEX vehicles_plate_tail ON vehicles (plate_tail) WHERE _del IS NULL;
CREATE INDEX vehicles_vin_key ON vehicles (vin_key) WHERE _del IS NULL;
CREATE INDEX vehicles_customer ON vehicles (customer_id);

ALTER TABLE customers ADD COLUMN phone_digits TEXT GENERATED ALWAYS AS
    (replace(replace(replace(replace(replace(replace(phone, '+', ''), ' ', ''), '-', ''), '.', ''), '(', ''), ')', ''))
    VIRTUAL;
ALTER TABLE customers ADD COLUMN phone_key TEXT GENERATED ALWAYS AS
    (CASE WHEN substr(phone_digits, 1, 1) = '0' THEN '62' || substr(phone_digits, 2) ELSE phone_digits END) VIRTUAL;
ALTER TABLE customers ADD COLUMN name_key TEXT GENERATED ALWAYS AS (lower(trim(name))) VIRTUAL;
ALTER TABLE customers ADD COLUMN name_key2 TEXT GENERATED ALWAYS AS
    (CASE WHEN instr(name_key, ' ') > 0 THEN ltrim(substr(name_key, instr(name_key, ' ') + 1)) END) VIRTUAL;
ALTER TABLE customers ADD COLUMN name_key3 TEXT GENERATED ALWAYS AS
    (CASE WHEN instr(name_key2, ' ') > 0 THEN ltrim(substr(name_key2, instr(name_key2, ' ') + 1)) END) VIRTUAL;
CREATE INDEX customers_phone_key ON customers (phone_key) WHERE _del IS NULL;
CREATE INDEX customers_name_key ON customers (name_key) WHERE _del IS NULL;
CREATE INDEX customers_name_key2 ON customers (name_key2) WHERE _del IS NULL;
CREATE INDEX customers_name_key3 ON customers (name_key3) WHERE _del IS NULL;

-- The vehicle card: its work orders (timeline) and warranty reworks of a work order.
CREATE INDEX workorders_vehicle ON workorders (vehicle_id, opened_at);
CREATE INDEX workorders_parent ON workorders (parent_wo_id) WHERE parent_wo_id IS NOT NULL;

-- Estimate approval per line. `terms_rev` changes with every edit of a line's priced terms;
-- a decision (approved/declined, who, how, when, by which user) is written whole in one op and
-- names the `terms_rev` it decided. The line counts as decided only while the two match, so an
-- edit after the approval puts the line back to "proposed" on every station, in any order.
-- Jobs also get their own bay.
ALTER TABLE wo_jobs ADD COLUMN bay TEXT;
ALTER TABLE wo_jobs ADD COLUMN terms_rev TEXT;
ALTER TABLE wo_jobs ADD COLUMN decision TEXT;
ALTER TABLE wo_jobs ADD COLUMN decision_rev TEXT;
ALTER TABLE wo_jobs ADD COLUMN decided_by TEXT;
ALTER TABLE wo_jobs ADD COLUMN decided_via TEXT;
ALTER TABLE wo_jobs ADD COLUMN decided_at TEXT;
ALTER TABLE wo_jobs ADD COLUMN decided_user_id TEXT;
ALTER TABLE wo_parts ADD COLUMN terms_rev TEXT;
ALTER TABLE wo_parts ADD COLUMN decision TEXT;
ALTER TABLE wo_parts ADD COLUMN decision_rev TEXT;
ALTER TABLE wo_parts ADD COLUMN decided_by TEXT;
ALTER TABLE wo_parts ADD COLUMN decided_via TEXT;
ALTER TABLE wo_parts ADD COLUMN decided_at TEXT;
ALTER TABLE wo_parts ADD COLUMN decided_user_id TEXT;

-- SLA: the branch's margin (minutes on top of the jobs' flat-rate hours) and its bays.
ALTER TABLE branches ADD COLUMN sla_margin_min INTEGER;
ALTER TABLE branches ADD COLUMN bays TEXT;

-- SLA pauses: one row per stretch a work order waited for parts (replicated). Stations that
-- both move a work order to WAITING_PARTS offline each add a row; the time waited is the union
-- of the stretches, so it converges.
CREATE TABLE wo_waits (id TEXT PRIMARY KEY, wo_id TEXT, started_at TEXT, ended_at TEXT,
    _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE INDEX wo_waits_wo ON wo_waits (wo_id);
