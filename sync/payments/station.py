"""The cashier station's QRIS link: a `QrisClient` built from the station's enrolment.

Returns None when the station is not enrolled (no cloud URL or token saved): the cashier's
screen then says QRIS needs the cloud and offers the other methods. Called on the net lane.
"""

from __future__ import annotations

from typing import Any

from sync.payments.client import QrisClient
from sync.runtime import read_enrolment


def station_qris(store: Any, cloud_url: str | None = None, *, timeout: float = 15.0) -> QrisClient | None:
    """`cloud_url` (SENTRA_CLOUD_URL) overrides the URL saved at enrolment, as for sync."""
    enrolment = read_enrolment(store, cloud_url)
    if not enrolment.enrolled:
        return None
    return QrisClient(str(enrolment.cloud_url), str(enrolment.token), timeout=timeout)
