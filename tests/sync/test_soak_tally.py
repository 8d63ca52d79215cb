"""The soak's counts tell the truth: a duplicate injected into a station's log or the cloud's is
counted (by event id; the old (station, seq) key could not see it), a missing event is lost, and
crashes are scheduled over the whole working phase."""

from __future__ import annotations

import random

import pytest

from app.events.log import iter_events
from app.events.replicate import apply_batch
from sync.soak import crash_schedule
from sync.soak_tally import LogView, cloud_view, station_view, tally
from tests.sync.cloudkit import make_kit
from tests.sync.helpers import ACTOR, KEY, make_store

_COLUMNS = "event_id, station_id, seq, hlc, authority, branch_id, schema_version, type, actor_id, payload, received_at"


@pytest.fixture
def two_logs(tmp_path):  # type: ignore[no-untyped-def]
    """Two stations that wrote 3 + 2 events and exchanged them: the paths of their databases."""
    a, b = make_store(tmp_path, "a"), make_store(tmp_path, "b")
    for store, n in ((a, 3), (b, 2)):
        for k in range(n):
            with store.command("advisor.customer", ACTOR) as cmd:
                cmd.upsert("customers", f"{store.identity.station_id}-c{k}", name=f"n{k}")
    a_events, b_events = list(iter_events(a.conn)), list(iter_events(b.conn))
    apply_batch(a, b_events)
    apply_batch(b, a_events)
    a.close()
    b.close()
    return tmp_path / "a.db", tmp_path / "b.db"


def _cloud_of(views: list[LogView]) -> LogView:
    rows = sorted({r for v in views for r in v.rows})
    return LogView(name="cloud", rows=rows)


def test_a_clean_run_counts_nothing(two_logs) -> None:
    views = [station_view(p, KEY) for p in two_logs]
    counted = tally(views, _cloud_of(views))
    assert counted["events_written"] == 5 and counted["lost"] == 0 and counted["duplicated"] == 0


def test_a_duplicate_injected_into_a_station_log_is_counted(two_logs) -> None:
    a_path, _ = two_logs
    store_conn = _open(a_path)
    store_conn.execute(f"INSERT INTO sync_event_logs ({_COLUMNS}) SELECT event_id, station_id, seq + 1000, hlc,"
                       f" authority, branch_id, schema_version, type, actor_id, payload, received_at"
                       f" FROM sync_event_logs WHERE station_id = 'b' AND seq = 1")
    store_conn.commit()
    # what the soak counted before: rows minus distinct (station, seq) — blind to this copy
    total, pairs = store_conn.execute(
        "SELECT count(*), count(DISTINCT station_id || ':' || seq) FROM sync_event_logs").fetchone()
    store_conn.close()
    assert total - pairs == 0
    views = [station_view(p, KEY) for p in two_logs]
    counted = tally(views, _cloud_of([station_view(two_logs[1], KEY)]))
    assert counted["duplicated"] == 1 and counted["duplicated_in_cloud"] == 0 and counted["lost"] == 0, counted


def test_a_duplicate_or_a_loss_in_the_cloud_is_counted(two_logs) -> None:
    views = [station_view(p, KEY) for p in two_logs]
    cloud = _cloud_of(views)
    copied = LogView(name="cloud", rows=[*cloud.rows, (cloud.rows[0][0], cloud.rows[0][1], 99)])
    counted = tally(views, copied)
    assert counted["duplicated"] == 1 and counted["duplicated_in_cloud"] == 1  # filed under another seq
    twice = LogView(name="cloud", rows=[*cloud.rows, cloud.rows[0]])
    assert tally(views, twice)["duplicated_in_cloud"] == 1
    first = cloud.rows[0]
    refiled = LogView(name="cloud", rows=[(first[0], first[1], 77), *cloud.rows[1:]])  # only at a wrong seq
    assert tally(views, refiled)["duplicated_in_cloud"] == 1
    missing = LogView(name="cloud", rows=cloud.rows[1:])
    counted = tally(views, missing)
    assert counted["lost"] == 1 and counted["lost_in_cloud"] == 1 and counted["duplicated"] == 0


def test_a_loss_in_a_station_log_is_counted(two_logs) -> None:
    conn = _open(two_logs[1])
    conn.execute("DELETE FROM sync_event_logs WHERE station_id = 'a' AND seq = 2")
    conn.commit()
    conn.close()
    views = [station_view(p, KEY) for p in two_logs]
    assert tally(views, _cloud_of(views))["lost"] == 1


def test_the_cloud_view_reads_one_branch_of_a_real_cloud(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'cloud.db'}"
    kit = make_kit(url)
    other = make_kit(url, code="BDG")  # a second branch in the same database is left out
    from sync.worker import SyncWorker

    for k, name in ((kit, "a"), (other, "b")):
        store, cloud = k.station(tmp_path, name)
        with store.command("advisor.customer", ACTOR) as cmd:
            cmd.upsert("customers", "c1", name="n")
        SyncWorker(store, cloud).sync_once()
        store.close()
    view = cloud_view(url, kit.branch_id)
    assert [(r[1], r[2]) for r in view.rows if r[1] != "cloud"] == [("a", 1)]  # (the cloud's own: station keys)
    for k in (kit, other):
        k.client.app.app.state.service.engine.dispose()


@pytest.mark.parametrize("crashes", [1, 2, 4, 6, 9])
def test_crashes_are_scheduled_one_in_each_share_of_the_work(crashes: int) -> None:
    for seed in range(20):
        points = crash_schedule(random.Random(seed), crashes)
        assert len(points) == crashes
        assert all(i / crashes <= p < (i + 1) / crashes for i, p in enumerate(points)), points


def _open(path):  # type: ignore[no-untyped-def]
    from app.storage.connection import open_connection

    return open_connection(path, KEY)


def test_what_a_destroyed_station_shared_must_be_everywhere() -> None:
    """Station d died; b holds two of its events, the cloud one: the cloud lost one, c lost two."""
    b = LogView(name="b", rows=[("b1", "b", 1), ("d1", "d", 1), ("d2", "d", 2)], own={"b1"})
    c = LogView(name="c", rows=[("b1", "b", 1)], own=set())
    cloud = LogView(name="cloud", rows=[("b1", "b", 1), ("d1", "d", 1)])
    counted = tally([b, c], cloud, authors={"d"})
    assert counted["events_written"] == 3 and counted["lost_in_cloud"] == 1 and counted["lost"] == 3
    assert tally([b, c], cloud)["lost"] == 0  # without naming d, its events were not counted at all


def test_events_folded_into_a_compacted_snapshot_are_held() -> None:
    """A station provisioned from a snapshot holds a's first two events' effects, not the events."""
    a = LogView(name="a", rows=[("a1", "a", 1), ("a2", "a", 2), ("a3", "a", 3)], own={"a1", "a2", "a3"})
    fresh = LogView(name="n", rows=[("a3", "a", 3)], base={"a": 2})
    behind = LogView(name="m", rows=[("a3", "a", 3)], base={"a": 1})
    assert tally([a, fresh])["lost"] == 0
    assert tally([a, behind])["lost"] == 1
