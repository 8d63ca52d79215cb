-- v11 (storage only): station-local settings, and indexes the screens' read queries lean on.

-- station-local (never replicated): this station's own settings, one row per key, values as text
CREATE TABLE station_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL,
    updated_at TEXT NOT NULL, updated_by TEXT) WITHOUT ROWID;

-- what a part line has been handed out (pick-slips, the WO sheet): movements booked against it
CREATE INDEX IF NOT EXISTS stock_movements_ref ON stock_movements (ref) WHERE ref IS NOT NULL;  -- v9 (warehouse) may have made it
-- the checkout queue and the board: open / completed work orders by due time
CREATE INDEX workorders_status_due ON workorders (status, sla_due);
