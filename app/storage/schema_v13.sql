-- Schema version 13: the advisor's decision on a MODIFIED substitute (app/pickslips.py).
--
-- The storekeeper's offer names itself (`proposal_rev`, a fresh id per offer); the advisor's
-- decision is written whole in one op (decision, the offer it decided, who, when, why), and only
-- an advisor or a supervisor may write it (app/roles.py). The line's approval is a function of
-- the two: the decision while it names the current offer, else PENDING. The old `approval`
-- column is read only for lines offered before this version.
ALTER TABLE pick_slip_lines ADD COLUMN proposal_rev TEXT;
ALTER TABLE pick_slip_lines ADD COLUMN decision TEXT;
ALTER TABLE pick_slip_lines ADD COLUMN decision_rev TEXT;
ALTER TABLE pick_slip_lines ADD COLUMN decided_by TEXT;
ALTER TABLE pick_slip_lines ADD COLUMN decided_at TEXT;
ALTER TABLE pick_slip_lines ADD COLUMN decision_reason TEXT;
