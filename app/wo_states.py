"""Work-order states, the legal transitions, and the merge rank used when stations disagree.

INTAKE → DIAGNOSING → WORKING ⇄ WAITING_PARTS → QC_TEST → COMPLETED; QC_TEST can send the
work order back to WORKING; CANCELLED from any open state. COMPLETED and CANCELLED are final.

Merge rule for concurrent changes (documented in docs/sync-rules.md): the state with the
highest (rank, merge key) wins, where COMPLETED ranks 3, CANCELLED 2 and every open state 1.
A final state therefore beats any concurrent open-state change whatever the clocks say, a
completion (money may already be attached) beats a cancellation, and between open states the
later write wins. It is a max over a total order, so it is idempotent and order-free.
"""

from __future__ import annotations

from enum import StrEnum


class WOStatus(StrEnum):
    INTAKE = "INTAKE"
    DIAGNOSING = "DIAGNOSING"
    WORKING = "WORKING"
    WAITING_PARTS = "WAITING_PARTS"
    QC_TEST = "QC_TEST"
    COMPLETED = "COMPLETED"
    CANCELLED = "CANCELLED"


OPEN_STATES: frozenset[WOStatus] = frozenset(
    {WOStatus.INTAKE, WOStatus.DIAGNOSING, WOStatus.WORKING, WOStatus.WAITING_PARTS, WOStatus.QC_TEST}
)
FINAL_STATES: frozenset[WOStatus] = frozenset({WOStatus.COMPLETED, WOStatus.CANCELLED})

TRANSITIONS: dict[WOStatus, frozenset[WOStatus]] = {
    WOStatus.INTAKE: frozenset({WOStatus.DIAGNOSING, WOStatus.CANCELLED}),
    WOStatus.DIAGNOSING: frozenset({WOStatus.WORKING, WOStatus.CANCELLED}),
    WOStatus.WORKING: frozenset({WOStatus.WAITING_PARTS, WOStatus.QC_TEST, WOStatus.CANCELLED}),
    WOStatus.WAITING_PARTS: frozenset({WOStatus.WORKING, WOStatus.CANCELLED}),
    WOStatus.QC_TEST: frozenset({WOStatus.COMPLETED, WOStatus.WORKING, WOStatus.CANCELLED}),
    WOStatus.COMPLETED: frozenset(),
    WOStatus.CANCELLED: frozenset(),
}

MERGE_RANK: dict[str, int] = {s.value: 1 for s in OPEN_STATES} | {
    WOStatus.CANCELLED.value: 2,
    WOStatus.COMPLETED.value: 3,
}


def can_move(current: WOStatus, target: WOStatus) -> bool:
    return target in TRANSITIONS[current]


class JobStatus(StrEnum):
    """A labour job's clock on the bay: PENDING → STARTED ⇄ PAUSED, STARTED → FINISHED."""

    PENDING = "PENDING"
    STARTED = "STARTED"
    PAUSED = "PAUSED"
    FINISHED = "FINISHED"


JOB_TRANSITIONS: dict[JobStatus, frozenset[JobStatus]] = {
    JobStatus.PENDING: frozenset({JobStatus.STARTED}),
    JobStatus.STARTED: frozenset({JobStatus.PAUSED, JobStatus.FINISHED}),
    JobStatus.PAUSED: frozenset({JobStatus.STARTED}),
    JobStatus.FINISHED: frozenset(),
}
