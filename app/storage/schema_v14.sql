-- Schema version 14: a supervisor's override carries a proof every station of the branch checks
-- at merge (app/override_proof.py): an HMAC over the override's content, keyed from the branch
-- secret and the approving supervisor. An event's override without a valid proof is set aside.
ALTER TABLE overrides ADD COLUMN proof TEXT;
