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

-- The parts search index (schema 9) re-indexes a part only when its searchable text really
-- changed: a sync page re-sending a part with a new price, unit or cost (the same name, brand,
-- SKU and barcode) no longer notes it for the index (app/parts_index.py).
DROP TRIGGER parts_fts_update;
CREATE TRIGGER parts_fts_update AFTER UPDATE OF sku, barcode, name, brand, _del ON parts
WHEN old.sku IS NOT new.sku OR old.barcode IS NOT new.barcode OR old.name IS NOT new.name
    OR old.brand IS NOT new.brand OR old._del IS NOT new._del
BEGIN
    INSERT OR IGNORE INTO parts_fts_pending (part_rowid) VALUES (new.rowid);
END;
DROP TRIGGER parts_fts_barcode_update;
CREATE TRIGGER parts_fts_barcode_update AFTER UPDATE OF part_id, code, _del ON part_barcodes
WHEN old.part_id IS NOT new.part_id OR old.code IS NOT new.code OR old._del IS NOT new._del
BEGIN
    INSERT OR IGNORE INTO parts_fts_pending (part_rowid) SELECT rowid FROM parts WHERE id IN (old.part_id, new.part_id);
END;
