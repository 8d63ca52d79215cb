-- Schema version 9: the storekeeper's warehouse — catalogue detail, search index, pick-slips,
-- purchasing, stock counts (stok opname).

-- Master data (the cloud wins): the catalogue's own fields, barcodes, substitutes.
ALTER TABLE parts ADD COLUMN brand TEXT;
ALTER TABLE parts ADD COLUMN origin TEXT;  -- OEM | AFTERMARKET
ALTER TABLE parts ADD COLUMN cost INTEGER;  -- last cost price, integer Rupiah
CREATE INDEX parts_sku ON parts (sku);
CREATE TABLE part_barcodes (id TEXT PRIMARY KEY, part_id TEXT, code TEXT,
    _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE INDEX part_barcodes_code ON part_barcodes (code);
CREATE INDEX part_barcodes_part ON part_barcodes (part_id);
CREATE TABLE part_substitutes (id TEXT PRIMARY KEY, part_id TEXT, substitute_id TEXT, kind TEXT, note TEXT,
    _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE INDEX part_substitutes_part ON part_substitutes (part_id);

-- Branch data (per-field last writer wins): where a part sits and when to reorder it, per warehouse.
-- The id is derived from (part, warehouse), so two stations editing the same pair edit one row.
CREATE TABLE part_stock_settings (id TEXT PRIMARY KEY, part_id TEXT, warehouse_id TEXT, bin TEXT,
    reorder_level INTEGER, reorder_qty INTEGER, supplier_id TEXT,
    _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE INDEX part_stock_settings_part ON part_stock_settings (part_id, warehouse_id);
CREATE TABLE suppliers (id TEXT PRIMARY KEY, branch_id TEXT, code TEXT, name TEXT, phone TEXT,
    _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);

-- Pick-slips: a mechanic's request for parts of a work order; each line is a wo_parts line,
-- and what was handed out is the stock movements whose ref is that wo_parts line.
CREATE TABLE pick_slips (id TEXT PRIMARY KEY, number TEXT, wo_id TEXT, warehouse_id TEXT,
    requested_by TEXT, requested_at TEXT, note TEXT, cancelled_at TEXT,
    _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE INDEX pick_slips_wo ON pick_slips (wo_id);
CREATE TABLE pick_slip_lines (id TEXT PRIMARY KEY, slip_id TEXT, wo_part_id TEXT, part_id TEXT,
    qty INTEGER, position INTEGER, replaces_part_id TEXT, proposed_part_id TEXT, approval TEXT,
    _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE INDEX pick_slip_lines_slip ON pick_slip_lines (slip_id);
CREATE INDEX pick_slip_lines_part ON pick_slip_lines (part_id);
CREATE INDEX stock_movements_ref ON stock_movements (ref);

-- Purchase orders: received quantities are the receive movements whose ref is the PO line.
CREATE TABLE purchase_orders (id TEXT PRIMARY KEY, number TEXT, branch_id TEXT, supplier_id TEXT,
    warehouse_id TEXT, created_by TEXT, created_at TEXT, note TEXT, cancelled_at TEXT,
    _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE TABLE purchase_order_lines (id TEXT PRIMARY KEY, po_id TEXT, part_id TEXT, qty INTEGER,
    unit_cost INTEGER, position INTEGER, _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE INDEX purchase_order_lines_po ON purchase_order_lines (po_id);
CREATE INDEX purchase_order_lines_part ON purchase_order_lines (part_id);

-- Stock counts (stok opname): station-local working state; only the posted adjustments replicate
-- (as stock movements). `mark` is the ledger's high-water mark (max rowid of stock_movements):
-- movements up to it were in the books when the session started or the part was last scanned.
CREATE TABLE stock_count_sessions (id TEXT PRIMARY KEY, warehouse_id TEXT NOT NULL, bin TEXT,
    started_by TEXT NOT NULL, started_at TEXT NOT NULL, start_mark INTEGER NOT NULL,
    state TEXT NOT NULL, posted_at TEXT, posted_by TEXT, approved_by TEXT);
CREATE TABLE stock_count_scans (id INTEGER PRIMARY KEY, session_id TEXT NOT NULL, code TEXT NOT NULL,
    part_id TEXT, qty INTEGER NOT NULL, mark INTEGER NOT NULL, at TEXT NOT NULL);
CREATE INDEX stock_count_scans_session ON stock_count_scans (session_id, part_id);

-- Search as you type: FTS5 over SKU, barcodes, name and brand, rowid = the part's rowid.
-- Triggers note every part whose searchable text may have changed, whatever wrote it; the
-- merge that wrote it (a local command or a sync page: both go through Merger.flush) then
-- re-indexes the noted parts with one statement, inside the same transaction (app/parts_index.py).
-- (FTS5 flushes its pending terms at every statement savepoint, so an FTS insert inside a row
-- trigger costs several times a bulk insert: the triggers only note, the flush indexes.)
CREATE VIRTUAL TABLE parts_fts USING fts5(sku, codes, words, tokenize = 'unicode61 remove_diacritics 2',
    detail = column, prefix = '2 3');
-- `fresh`: a new part row, not in the index yet (nothing to take out first).
CREATE TABLE parts_fts_pending (part_rowid INTEGER PRIMARY KEY, fresh INTEGER NOT NULL DEFAULT 0);
CREATE TRIGGER parts_fts_insert AFTER INSERT ON parts
BEGIN
    INSERT OR IGNORE INTO parts_fts_pending (part_rowid, fresh) VALUES (new.rowid, 1);
END;
CREATE TRIGGER parts_fts_update AFTER UPDATE OF sku, barcode, name, brand, _del ON parts
BEGIN
    INSERT OR IGNORE INTO parts_fts_pending (part_rowid) VALUES (new.rowid);
END;
CREATE TRIGGER parts_fts_barcode_insert AFTER INSERT ON part_barcodes
BEGIN
    INSERT OR IGNORE INTO parts_fts_pending (part_rowid) SELECT rowid FROM parts WHERE id = new.part_id;
END;
CREATE TRIGGER parts_fts_barcode_update AFTER UPDATE OF part_id, code, _del ON part_barcodes
BEGIN
    INSERT OR IGNORE INTO parts_fts_pending (part_rowid) SELECT rowid FROM parts WHERE id IN (old.part_id, new.part_id);
END;
