"""Lockout after wrong PINs: shared by the branch's stations, escalating, computed from a set.

Every wrong PIN, every login that follows wrong PINs and every supervisor unlock is one row of
the replicated `login_failures` table, written once under its own id (an insert-only set, like
stock movements: rows from two stations add up, nothing is overwritten). A user's lock is a pure
function of that user's rows, so two stations holding the same rows agree on it whatever order
the rows reached them in.

The rules, over the rows in `(at_ms, id)` order:
- `failed`: one more wrong PIN. Every `MAX_FAILURES`-th one since the last reset locks the user:
  the first time for 5 minutes, then 15 minutes, then 1 hour (`LOCKOUTS`); after that only a
  supervisor or admin unlocks (`until` is None).
- `login` (the right PIN after wrong ones) and `unlock` (by a supervisor or admin): back to
  zero, escalation included.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta, timezone

from pydantic import BaseModel

MAX_FAILURES = 5
LOCKOUTS: tuple[timedelta, ...] = (timedelta(minutes=5), timedelta(minutes=15), timedelta(hours=1))
KINDS = ("failed", "login", "unlock")


class LockState(BaseModel):
    """Where a user stands: wrong PINs in the current round, locks served, and the lock if any."""

    failures: int = 0
    level: int = 0  # locks since the last reset; past len(LOCKOUTS) only a supervisor unlocks
    until_ms: int | None = None  # end of the current timed lock (may be in the past)
    supervisor: bool = False
    last_ms: int = 0  # the latest row's time: a reset is stamped after it
    reset_ms: int = -1  # the latest reset's time: a wrong PIN is stamped after it

    def locked(self, now_ms: int) -> bool:
        return self.supervisor or (self.until_ms is not None and now_ms < self.until_ms)

    def until(self) -> datetime | None:
        """The end of the lock as a datetime; None when only a supervisor can end it."""
        if self.supervisor or self.until_ms is None:
            return None
        return datetime.fromtimestamp(self.until_ms / 1000, timezone.utc)

    def tries_left(self) -> int:
        return MAX_FAILURES - self.failures


def lock_state(rows: Iterable[tuple[int, str, str]]) -> LockState:
    """`rows`: (at_ms, id, kind) of one user, any order."""
    st = LockState()
    for at_ms, _id, kind in sorted(set(rows)):  # a row counts once, however often it is given
        st.last_ms = max(st.last_ms, at_ms)
        if kind in ("login", "unlock"):
            st = LockState(last_ms=st.last_ms, reset_ms=at_ms)
            continue
        if kind != "failed" or st.supervisor:
            continue
        st.failures += 1
        if st.failures < MAX_FAILURES:
            continue
        st.failures = 0
        st.level += 1
        if st.level > len(LOCKOUTS):
            st.supervisor = True
            st.until_ms = None
        else:
            # wrong PINs that a station recorded before it heard of a lock still count
            start = max(at_ms, st.until_ms or 0)
            st.until_ms = start + int(LOCKOUTS[st.level - 1].total_seconds() * 1000)
    return st


def to_ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)
