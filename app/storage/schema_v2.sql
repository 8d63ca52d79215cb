-- Schema version 2: what sync keeps beside the replicated tables (station-local, never replicated).

-- Sync settings and progress: cloud URL, the station token (inside the encrypted file, never
-- a plain one), the server cursor, the last success. Written in the same transaction as the
-- batch it covers.
CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

-- Events received but not applied yet: from a newer schema (wait for the upgrade) or stamped
-- more than 5 minutes ahead of this station's clock (wait for time to catch up). `body` is the
-- event as received (JSON), kept as-is because a newer schema may not validate here yet.
CREATE TABLE sync_held_events (
    event_id TEXT PRIMARY KEY,
    station_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    hlc TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    reason TEXT NOT NULL,
    body TEXT NOT NULL,
    received_at TEXT NOT NULL
);

-- Quantity on hand is the sum of movements from every station; negative stock is allowed,
-- flagged here, and left to a stock count (stok opname).
CREATE VIEW stock_on_hand AS
    SELECT part_id, warehouse_id, lot, sum(qty_delta) AS qty, sum(qty_delta) < 0 AS negative
    FROM stock_movements GROUP BY part_id, warehouse_id, lot;

-- Only a station's own unpushed events need finding fast: a partial index stays tiny, and a
-- catch-up of thousands of remote events no longer pays for an index entry each.
DROP INDEX sync_event_logs_pending;
CREATE INDEX sync_event_logs_pending ON sync_event_logs (station_id, seq) WHERE pushed = 0;
