from __future__ import annotations

from app import audit
from app.roles import Role


def test_chain_intact_after_a_day(services, cast):
    assert services.store.query_one("SELECT count(*) AS n FROM audit_log")["n"] > 10
    assert audit.first_broken(services.store.conn) is None


def test_edit_shows(services, cast):
    conn = services.store.conn
    conn.execute("UPDATE audit_log SET actor_id = 'someone-else' WHERE id = 5")
    assert audit.first_broken(conn) == 5


def test_deleted_entry_shows(services, cast):
    conn = services.store.conn
    conn.execute("DELETE FROM audit_log WHERE id = 7")
    assert audit.first_broken(conn) == 7


def test_rewritten_hash_shows_at_the_next_entry(services, cast):
    conn = services.store.conn
    conn.execute("UPDATE audit_log SET detail = '{}', hash = 'f' || substr(hash, 2) WHERE id = 3")
    assert audit.first_broken(conn) == 3


def test_entries_name_actor_and_event(services, cast):
    sa = cast.actors[Role.ADVISOR]
    cust = services.customers.register(sa, "Ani", "0812 3456 7890")
    row = services.store.query_one("SELECT * FROM audit_log ORDER BY id DESC LIMIT 1")
    assert row["actor_id"] == sa.user_id and row["action"] == "customer.register"
    assert cust.id in row["detail"] and row["event_id"]
