-- Schema version 12: PINs keyed with the branch secret, and lockout shared by the branch.
--
-- `login_failures` replicates (an insert-only set: one row per wrong PIN, per login after wrong
-- PINs and per supervisor unlock, each written once under its own id). Every station computes a
-- user's lock from the same set of rows, so failures on two stations add up and an unlock
-- anywhere reaches every station (app/auth_lockout.py has the rules).
CREATE TABLE login_failures (id TEXT PRIMARY KEY, user_id TEXT, station_id TEXT, kind TEXT,
    at_ms INTEGER, by_user TEXT, _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE INDEX login_failures_user ON login_failures (user_id);
-- The per-station counter it replaces.
DROP TABLE login_attempts;
-- The branch secret PIN hashes are keyed with: station-local (meta never replicates). A station
-- made before this version gets its own; enrolment replaces it with the branch's.
INSERT OR IGNORE INTO meta (key, value) VALUES ('pin_secret', lower(hex(randomblob(32))));
