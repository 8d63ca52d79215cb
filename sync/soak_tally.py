"""What a soak run ends with, counted by event id in every station's log and in the cloud's.

A station's log is keyed by (station, seq) and the cloud's by cursor, so counting rows per
(station, seq) can never see a duplicate: the same event stored twice sits at two places. Here an
event id held twice in one log, or at different (station, seq) places in different logs, is a
duplicate; an event id a station wrote that a log (or the cloud) lacks is lost there.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.events.sync_state import held_count, set_aside_count
from app.events.state_hash import state_hash
from app.events.vectors import vector_base
from app.storage.connection import open_connection

Row = tuple[str, str, int]  # event_id, station_id, seq


@dataclass
class LogView:
    """One event log as the tally needs it."""

    name: str
    rows: list[Row]
    own: set[str] = field(default_factory=set)  # event ids this station wrote (none for the cloud)
    station_id: str | None = None
    hash: str | None = None
    held: int = 0
    set_aside: int = 0
    moves: dict[str, int] = field(default_factory=dict)
    own_moves: dict[str, int] = field(default_factory=dict)
    mover: dict[str, str] = field(default_factory=dict)  # movement id -> the station that wrote it
    on_hand: dict[tuple, int] = field(default_factory=dict)
    base: dict[str, int] = field(default_factory=dict)  # a compacted snapshot's vector: held without the events

    @property
    def ids(self) -> set[str]:
        return {r[0] for r in self.rows}

    def holds(self, written: set[str], home: dict[str, tuple[str, int]]) -> set[str]:
        """The written events this station holds: in its log, or folded into its compacted snapshot."""
        out = written & self.ids
        if self.base:
            out |= {e for e in written - out if (p := home.get(e)) and p[1] <= self.base.get(p[0], 0)}
        return out


def station_view(path: Path, key: str) -> LogView:
    conn = open_connection(path, key)
    try:
        sid = conn.execute("SELECT value FROM meta WHERE key = 'station_id'").fetchone()[0]
        rows = [(r[0], r[1], int(r[2])) for r in conn.execute("SELECT event_id, station_id, seq FROM sync_event_logs")]
        return LogView(
            name=path.stem, rows=rows, station_id=sid, own={r[0] for r in rows if r[1] == sid},
            base=vector_base(conn),
            hash=state_hash(conn), held=held_count(conn), set_aside=set_aside_count(conn),
            moves={r[0]: r[1] for r in conn.execute("SELECT id, qty_delta FROM stock_movements")},
            own_moves={r[0]: r[1] for r in conn.execute(
                "SELECT id, qty_delta FROM stock_movements WHERE station_id = ?", (sid,))},
            mover=dict(conn.execute("SELECT id, station_id FROM stock_movements").fetchall()),
            on_hand={(r[0], r[1], r[2]): r[3] for r in conn.execute(
                "SELECT part_id, warehouse_id, lot, qty FROM stock_on_hand")})
    finally:
        conn.close()


def cloud_view(database_url: str, branch_id: str) -> LogView:
    """The cloud's events of one branch, read with a plain engine (no write lock taken)."""
    from sqlalchemy import create_engine, select

    from sync.cloud import db

    engine = create_engine(db.normalise_url(database_url))
    try:
        with engine.connect() as conn:
            rows = conn.execute(select(db.events.c.event_id, db.events.c.station_id, db.events.c.seq)
                                .where(db.events.c.branch_id == branch_id)).all()
    finally:
        engine.dispose()
    return LogView(name="cloud", rows=[(r[0], r[1], int(r[2])) for r in rows])


def home_of(stations: list[LogView], cloud: LogView | None = None) -> dict[str, tuple[str, int]]:
    """Each event id's (station, seq), from any log holding it."""
    out: dict[str, tuple[str, int]] = {}
    for log in [*stations, *([cloud] if cloud is not None else [])]:
        out.update({r[0]: (r[1], r[2]) for r in log.rows})
    return out


def tally(stations: list[LogView], cloud: LogView | None = None, *, authors: set[str] = frozenset()
          ) -> dict[str, Any]:
    """Lost and duplicated events by event id, over every station's log and the cloud's.

    An event's place is where its writer's own log holds it, (station, seq). In each log, every row
    of an event but the one at that place is a duplicate: a second copy in the same log, or a copy
    filed under another station or seq. Each stray copy counts once."""
    written = set().union(*(v.own for v in stations)) if stations else set()
    logs: list[LogView] = [*stations, *([cloud] if cloud is not None else [])]
    # stations destroyed mid-run (`authors`): what they shared, found in any log, must be everywhere
    written |= {r[0] for log in logs for r in log.rows if r[1] in authors}
    home: dict[str, tuple[str, int]] = {}
    for v in stations:
        home.update({r[0]: (r[1], r[2]) for r in v.rows if r[0] in v.own})
    seen: dict[str, Counter[tuple[str, int]]] = {}
    for log in logs:
        for event_id, station_id, seq in log.rows:
            seen.setdefault(event_id, Counter())[(station_id, seq)] += 1
    for event_id, places in seen.items():  # not written by a soak station (cloud data): its usual place
        home.setdefault(event_id, places.most_common(1)[0][0])
    duplicated: dict[str, int] = {}
    for log in logs:
        per_id: dict[str, list[tuple[str, int]]] = {}
        for event_id, station_id, seq in log.rows:
            per_id.setdefault(event_id, []).append((station_id, seq))
        duplicated[log.name] = sum(len(p) - (1 if home[e] in p else 0) for e, p in per_id.items())
    lost = {log.name: len(written - log.holds(written, home)) for log in logs}
    return {
        "events_written": len(written),
        "lost": sum(lost.values()),
        "lost_in_cloud": lost["cloud"] if cloud is not None else None,
        "duplicated": sum(duplicated.values()),
        "duplicated_in_cloud": duplicated["cloud"] if cloud is not None else None,
    }


def stock_ok(stations: Iterable[LogView], ledger: dict[tuple, int], *, authors: set[str] = frozenset()) -> bool:
    """Every station holds every movement as written (and what destroyed stations, `authors`, had
    shared), and its stock on hand is the ledger's sum."""
    views = list(stations)
    written: dict[str, int] = {}
    for v in views:
        written.update(v.own_moves)
        written.update({m: q for m, q in v.moves.items() if v.mover.get(m) in authors})
    return all(v.moves == written for v in views) and all(v.on_hand == ledger for v in views)
