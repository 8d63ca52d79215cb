"""The SLA clock of a work order: when it is due, paused while it waits for parts.

due = the base stored at opening (opened_at + the branch margin, `branches.sla_margin_min`)
    + the flat-rate hours of its jobs that are not declined
    + the time it has waited for parts (the union of its `wo_waits` stretches; an open stretch
      runs until now while the work order is still WAITING_PARTS).

Everything is computed when read, from replicated facts (jobs, decisions, waits), so two
stations that each added a job offline agree on the due time once they have each other's events.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from pydantic import BaseModel

from app.approval import Approval, effective
from app.auth import Actor, require
from app.errors import ValidationError
from app.store import Command, Store, new_id
from app.wo_states import OPEN_STATES, WOStatus

DEFAULT_MARGIN_MIN = 120
MAX_MARGIN_MIN = 7 * 24 * 60
_CHUNK = 500


class SlaClock(BaseModel):
    wo_id: str
    due: datetime
    work: timedelta  # flat-rate hours of the jobs not declined
    waited: timedelta
    paused: bool  # waiting for parts: the clock stands still
    overdue: bool


def margin(store: Store) -> timedelta:
    """The branch's margin on top of the flat-rate hours (default 2 hours)."""
    row = store.query_one("SELECT sla_margin_min FROM branches WHERE id = ?", (store.identity.branch_id,))
    minutes = row["sla_margin_min"] if row and row["sla_margin_min"] is not None else DEFAULT_MARGIN_MIN
    return timedelta(minutes=minutes)


def set_margin(store: Store, actor: Actor, minutes: int) -> timedelta:
    require(actor, "master.write")
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not 0 <= minutes <= MAX_MARGIN_MIN:
        raise ValidationError(f"SLA margin must be 0 to {MAX_MARGIN_MIN} minutes, got {minutes!r}", "sla_margin")
    with store.command("branch.sla_margin", actor.user_id) as cmd:
        cmd.upsert("branches", store.identity.branch_id, sla_margin_min=minutes)
        cmd.detail = {"sla_margin_min": minutes}
    return margin(store)


def record_wait(cmd: Command, wo_id: str, current: WOStatus, target: WOStatus, now: datetime) -> None:
    """Inside a status move: start a wait stretch on entering WAITING_PARTS, end it on leaving."""
    if target is WOStatus.WAITING_PARTS and current is not WOStatus.WAITING_PARTS:
        cmd.upsert("wo_waits", new_id(), wo_id=wo_id, started_at=now.isoformat())
    elif current is WOStatus.WAITING_PARTS and target is not WOStatus.WAITING_PARTS:
        for (wait_id,) in cmd.conn.execute(
                "SELECT id FROM wo_waits WHERE wo_id = ? AND _del IS NULL AND ended_at IS NULL", (wo_id,)):
            cmd.upsert("wo_waits", wait_id, ended_at=now.isoformat())


def _union(stretches: list[tuple[datetime, datetime]]) -> timedelta:
    total = timedelta()
    end: datetime | None = None
    for start, stop in sorted(stretches):
        if end is not None and start < end:
            start = end
        if stop > start:
            total += stop - start
            end = stop if end is None else max(end, stop)
    return total


def _time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def clocks(store: Store, wo_ids: list[str], now: datetime) -> dict[str, SlaClock]:
    """The SLA clock of each work order in `wo_ids` (a few queries for the whole board)."""
    out: dict[str, SlaClock] = {}
    fallback = margin(store)
    with store.read() as conn:
        for start in range(0, len(wo_ids), _CHUNK):
            chunk = wo_ids[start:start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            work: dict[str, int] = {}
            for job_id, wo_id, hours, terms_rev, decision, decision_rev in conn.execute(
                    f"SELECT id, wo_id, flat_hours_x100, terms_rev, decision, decision_rev FROM wo_jobs"
                    f" WHERE wo_id IN ({marks}) AND _del IS NULL", chunk):
                if effective(job_id, terms_rev, decision, decision_rev) is not Approval.DECLINED:
                    work[wo_id] = work.get(wo_id, 0) + (hours or 0)
            waits: dict[str, list[tuple[str | None, str | None]]] = {}
            for wo_id, started, ended in conn.execute(
                    f"SELECT wo_id, started_at, ended_at FROM wo_waits WHERE wo_id IN ({marks}) AND _del IS NULL",
                    chunk):
                waits.setdefault(wo_id, []).append((started, ended))
            for wo_id, status, opened, base in conn.execute(
                    f"SELECT id, status, opened_at, sla_due FROM workorders WHERE id IN ({marks})", chunk):
                waiting = status == WOStatus.WAITING_PARTS
                stretches = []
                for started, ended in waits.get(wo_id, []):
                    s, e = _time(started), _time(ended)
                    if s is None:
                        continue
                    if e is None:
                        e = now if waiting else s  # an open stretch counts only while still waiting
                    stretches.append((s, e))
                waited = _union(stretches)
                base_due = _time(base) or ((_time(opened) or now) + fallback)
                job_time = timedelta(hours=work.get(wo_id, 0) / 100)
                due = base_due + job_time + waited
                out[wo_id] = SlaClock(wo_id=wo_id, due=due, work=job_time, waited=waited, paused=waiting,
                                      overdue=bool(status in OPEN_STATES and not waiting and now > due))
    return out


def clock(store: Store, wo_id: str, now: datetime) -> SlaClock | None:
    return clocks(store, [wo_id], now).get(wo_id)
