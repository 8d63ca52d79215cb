-- Schema version 4: storage only (events are unchanged and keep the event schema of version 3).
--
-- The event log is keyed by (station_id, seq): gapless and unique per station, it is how events
-- are found, deduplicated and compared. The separate unique index on event_id is gone: a remote
-- batch is deduplicated by (station, seq) with the ids compared, so a catch-up no longer pays a
-- third b-tree insert per event. (Event ids stay unique where it matters: the cloud refuses a
-- reused id with 409, and a stock movement counts once by its own id whatever event carries it.)
CREATE TABLE sync_event_logs_v4 (
    event_id TEXT NOT NULL,
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
INSERT INTO sync_event_logs_v4 (event_id, station_id, seq, hlc, authority, branch_id, schema_version, type,
    actor_id, payload, received_at, pushed)
    SELECT event_id, station_id, seq, hlc, authority, branch_id, schema_version, type, actor_id, payload,
        received_at, pushed FROM sync_event_logs ORDER BY station_id, seq;
DROP TABLE sync_event_logs;
ALTER TABLE sync_event_logs_v4 RENAME TO sync_event_logs;
CREATE INDEX sync_event_logs_pending ON sync_event_logs (station_id, seq) WHERE pushed = 0;
