"""Find a vehicle as typed: plate in any spelling, VIN, phone in either form, name by any word."""

from __future__ import annotations

import pytest

from app.events.replicate import apply_batch
from app.queries.search import phone_key, prefixes, search
from app.roles import Role
from tests.sync.helpers import BASE_MS, event, make_store


@pytest.mark.parametrize("typed", ["B 1234 XYZ", "b1234xyz", "B-1234-XYZ", "b 1234xyz", " B.1234.XYZ "])
def test_plate_in_every_spelling_finds_the_vehicle_first(services, typed):
    result = search(services.store, typed)
    assert result.hits[0].plate == "B 1234 XYZ" and result.hits[0].matched == "plate"
    assert result.plate == "B 1234 XYZ" and result.plate_known


def test_plate_prefix_as_typed_and_number_without_region(services):
    assert [h.plate for h in search(services.store, "dk 8").hits] == ["DK 890 QR"]
    assert "B 1234 XYZ" in [h.plate for h in search(services.store, "1234").hits]
    assert search(services.store, "Z 9").hits == []


@pytest.mark.parametrize("typed", ["0812-1111-2222", "+62 812 1111 2222", "081211112222", "6281211112222",
                                   "0812 111", "+62812"])
def test_phone_local_and_international_are_the_same_number(services, typed):
    names = [h.customer_name for h in search(services.store, typed).hits]
    assert names[0] == "Budi Santoso"


def test_name_by_any_word_prefix_case_insensitive(services):
    assert [h.customer_name for h in search(services.store, "budi").hits] == ["Budi Santoso"]
    assert [h.customer_name for h in search(services.store, "SANTO").hits] == ["Budi Santoso"]
    assert [h.plate for h in search(services.store, "siti rah").hits] == ["D 4567 ABC"]
    assert search(services.store, "xyzzy").hits == []


def test_vin_prefix_and_customer_without_vehicle(services, cast):
    sa = cast.actors[Role.ADVISOR]
    c = services.customers.register(sa, "Hendra Wijaya", "0899 1234 5678")
    services.customers.add_vehicle(sa, c.id, "F 1 AA", vin="MHKM1BA3JFK012345")
    lone = services.customers.register(sa, "Hendrik Lone")
    assert [h.plate for h in search(services.store, "mhkm1ba").hits] == ["F 1 AA"]
    hits = search(services.store, "hendr").hits
    assert {(h.customer_name, h.plate) for h in hits} == {("Hendra Wijaya", "F 1 AA"), ("Hendrik Lone", None)}
    assert next(h for h in hits if h.customer_id == lone.id).vehicle_id is None


def test_unknown_complete_plate_is_the_cue_to_register(services):
    result = search(services.store, "b9999zz")
    assert result.hits == [] and result.plate == "B 9999 ZZ" and not result.plate_known
    assert search(services.store, "budi").plate is None


def test_prefix_reading():
    assert prefixes("b 12").plate == "B12" and prefixes("b 12").name is None
    assert prefixes("08123").phone == "628123" and prefixes("0812").plate_tail is None
    assert prefixes("budi s").name == "budi s" and prefixes("budi s").plate is None
    assert phone_key("812-1") == "628121" and prefixes("").model_dump() == prefixes("  ").model_dump()


def test_keys_follow_remote_events_and_merges(tmp_path):
    """Rows written by a peer's events (and later overwritten, deleted) are found by their current keys."""
    store = make_store(tmp_path, "rx")
    apply_batch(store, [
        event("s2", 1, BASE_MS, [{"op": "upsert", "table": "customers", "id": "c1",
                                  "fields": {"name": "Rudi Hartono", "phone": "0812 5555 0001"}},
                                 {"op": "upsert", "table": "vehicles", "id": "v1",
                                  "fields": {"customer_id": "c1", "plate": "B 77 RH"}}]),
    ])
    assert [h.plate for h in search(store, "b77rh").hits] == ["B 77 RH"]
    assert [h.customer_name for h in search(store, "+62812 5555").hits] == ["Rudi Hartono"]
    # a later plate correction from another station, and an earlier-stamped one that loses
    apply_batch(store, [event("s3", 1, BASE_MS + 10, [{"op": "upsert", "table": "vehicles", "id": "v1",
                                                      "fields": {"plate": "B 78 RH"}}]),
                        event("s4", 1, BASE_MS + 5, [{"op": "upsert", "table": "vehicles", "id": "v1",
                                                     "fields": {"plate": "B 79 RH"}}])])
    assert search(store, "b77rh").hits == [] and search(store, "b79").hits == []
    assert [h.plate for h in search(store, "b 78 rh").hits] == ["B 78 RH"]
    apply_batch(store, [event("s2", 2, BASE_MS + 20, [{"op": "delete", "table": "customers", "id": "c1"}])])
    assert search(store, "rudi").hits == [] and search(store, "0812 5555").hits == []
    store.close()


def test_search_uses_the_indexes(services):
    """Every keystroke query is an index range scan, never a table scan."""
    plans = []
    conn = services.store.conn
    for column, table in (("plate_key", "vehicles"), ("plate_tail", "vehicles"), ("vin_key", "vehicles"),
                          ("phone_key", "customers"), ("name_key", "customers"), ("name_key2", "customers"),
                          ("name_key3", "customers")):
        plan = conn.execute(f"EXPLAIN QUERY PLAN SELECT id FROM {table} WHERE _del IS NULL AND {column} >= ?"
                            f" AND {column} < ? ORDER BY {column} LIMIT 20", ("a", "b")).fetchall()
        plans.append(" ".join(r[-1] for r in plan))
    assert all("USING INDEX" in p and "SCAN" not in p for p in plans), plans
