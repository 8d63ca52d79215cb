-- Schema version 3: device journals (station-local, never replicated, no events).

-- The EDC payment journal: one row per money-moving request (sale/void) sent to the card
-- terminal, written and committed before the first byte goes out, so a crash or restart can
-- ask the terminal for the outcome instead of charging again. `state`: pending -> acked ->
-- resolved; `outcome` is the terminal's answer as JSON once known. Times are UTC ISO-8601.
CREATE TABLE edc_journal (
    ecr_ref TEXT PRIMARY KEY,
    payment_id TEXT NOT NULL,
    trans_type TEXT,
    amount INTEGER,
    orig_ref TEXT,
    state TEXT NOT NULL,
    created_at TEXT NOT NULL,
    outcome TEXT,
    updated_at TEXT
);
CREATE INDEX edc_journal_state ON edc_journal (state);
CREATE INDEX edc_journal_payment ON edc_journal (payment_id);
