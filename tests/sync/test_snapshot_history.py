"""A station provisioned from a compacted snapshot of a branch with 200,000 events of history
reaches the same state as one that replayed the whole log."""

from __future__ import annotations

from app.events.state_hash import state_hash, stock_matches_ledger
from sync.worker import ONLINE, SyncWorker
from tests.sync.branch_history import STATIONS, event_count, history_events, load_into_cloud
from tests.sync.cloudkit import make_kit

VEHICLES, WORKORDERS = 2_000, 22_000  # 2,000 + 22,000 × 9 = 200,000 events


def test_snapshot_of_200k_events_equals_the_replay(tmp_path) -> None:
    kit = make_kit()
    for s in STATIONS:
        kit.enrol(s, s.upper())
    events = history_events(kit.branch_id, VEHICLES, WORKORDERS)
    assert len(events) == event_count(VEHICLES, WORKORDERS) == 200_000
    load_into_cloud(kit.client.app.app.state.service.engine, events)
    b, cb = kit.station(tmp_path, "b")
    c, cc = kit.station(tmp_path, "c")
    wb = SyncWorker(b, cb)
    wb.sync_once()
    wc = SyncWorker(c, cc, use_snapshot=False, pull_batch=2000)
    wc.sync_once()
    assert wb.state == ONLINE and wc.state == ONLINE, (wb.detail, wc.detail)
    with b.read() as conn:
        assert conn.execute("SELECT count(*) FROM sync_event_logs").fetchone()[0] < 10  # keys, not history
        assert conn.execute("SELECT count(*) FROM workorders WHERE status = 'COMPLETED'").fetchone()[0] == WORKORDERS
    with c.read() as conn:
        assert conn.execute("SELECT count(*) FROM sync_event_logs").fetchone()[0] >= 200_000
    wb.sync_once()  # b learns c's enrolment, published after b's snapshot
    assert state_hash(b.conn) == state_hash(c.conn)
    assert stock_matches_ledger(b.conn)
