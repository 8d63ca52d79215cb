-- Schema version 15: HQ price lists with effective dates (app/price_lists.py).
--
-- A row prices one part or one labour item (`item_kind` 'part' or 'labour', `item_id` the part's
-- or the labour_catalogue row's id) from `valid_from` (YYYY-MM-DD, the branch's business day) on,
-- for one branch or, with `branch_id` NULL or '', for every branch. `unit_price` is whole Rupiah
-- (for labour, the rate per hour). Cloud-authored master data only: a station's write is set aside.
CREATE TABLE price_list_items (id TEXT PRIMARY KEY, branch_id TEXT, item_kind TEXT, item_id TEXT,
    unit_price INTEGER, valid_from TEXT, _clk TEXT NOT NULL DEFAULT '{}', _del TEXT);
CREATE INDEX price_list_items_item ON price_list_items (item_kind, item_id);
