"""Hybrid logical clock: wall-clock milliseconds plus a counter, monotonic per station.

A stamp is the string `WWWWWWWWWWWWW.CCCCC` (13-digit ms, 5-digit counter) so stamps sort
as strings. Last-writer-wins keys put the authority first and the station id last:
`A|stamp|station` (see `merge_key`).
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable

STAMP_RE = re.compile(r"^\d{13}\.\d{5}$")
MAX_COUNTER = 99_999


def format_stamp(wall_ms: int, counter: int) -> str:
    return f"{wall_ms:013d}.{counter:05d}"


def parse_stamp(stamp: str) -> tuple[int, int]:
    if not STAMP_RE.match(stamp):
        raise ValueError(f"not an HLC stamp: {stamp!r}")
    wall, counter = stamp.split(".")
    return int(wall), int(counter)


def stamp_ms(stamp: str) -> int:
    return parse_stamp(stamp)[0]


def merge_key(authority: int, stamp: str, station_id: str) -> str:
    """The total order of writes: authority (cloud=1 beats branch=0), then HLC, then station."""
    return f"{authority}|{stamp}|{station_id}"


class HybridClock:
    def __init__(self, last: str | None = None, now_ms: Callable[[], int] | None = None) -> None:
        self._now_ms = now_ms or (lambda: time.time_ns() // 1_000_000)
        self._wall, self._counter = parse_stamp(last) if last else (0, 0)
        self._lock = threading.Lock()

    @property
    def last(self) -> str:
        return format_stamp(self._wall, self._counter)

    def now(self) -> str:
        """A stamp greater than every stamp this clock has issued or observed."""
        with self._lock:
            wall = self._now_ms()
            if wall > self._wall:
                self._wall, self._counter = wall, 0
            else:
                self._bump()
            return self.last

    def observe(self, stamp: str) -> None:
        """Move past a remote stamp (the caller holds back stamps too far in the future)."""
        wall, counter = parse_stamp(stamp)
        with self._lock:
            if (wall, counter) > (self._wall, self._counter):
                self._wall, self._counter = wall, counter

    def _bump(self) -> None:
        if self._counter >= MAX_COUNTER:
            self._wall, self._counter = self._wall + 1, 0
        else:
            self._counter += 1
