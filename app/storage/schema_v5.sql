-- Schema version 5: signed events, station keys, events set aside.
-- Every event carries `prev` (the digest of its station's event at seq - 1) and `sig` (the
-- station's Ed25519 signature over its own digest); see app/events/signing.py.
ALTER TABLE sync_event_logs ADD COLUMN prev TEXT;
ALTER TABLE sync_event_logs ADD COLUMN sig TEXT;
-- The branch's station keys, published by the cloud (master data, authority 1 only).
ALTER TABLE stations ADD COLUMN pubkey TEXT;
ALTER TABLE stations ADD COLUMN revoked_after_seq INTEGER;
-- Events refused at merge (unsigned, wrongly signed, unknown or revoked station, this station's
-- own id from the LAN, an actor whose role may not make the change): kept for the record,
-- counted by `sentra sync status` and the status bar, never applied. Station-local.
CREATE TABLE sync_set_aside (
    id INTEGER PRIMARY KEY,
    event_id TEXT,
    station_id TEXT,
    seq INTEGER,
    source TEXT NOT NULL,
    reason TEXT NOT NULL,
    body TEXT NOT NULL,
    at TEXT NOT NULL
);
