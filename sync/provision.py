"""A new station from a one-time enrolment code: enrol (which creates the encrypted database,
its key in the OS keyring or `SENTRA_DB_KEY`), then take the branch's data in a first sync.

`provision(path, cloud_url, code, station_code)` is what the first-run wizard runs on its network
lane. The first sync installs the cloud's compacted snapshot (the branch's rows as they stand),
so it takes time with the size of the branch's data, not its history (`use_snapshot=False`
replays the whole log instead: the benchmark's baseline). A wrong, used or expired code, or a cloud that cannot be reached, is a `ProvisionError`
with a message for the user, and leaves nothing behind: the cloud is asked before any file is
made. Once enrolled, a first sync cut short keeps the database (the code is spent; the worker
goes on syncing when the app runs).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.errors import DomainError


class ProvisionError(DomainError):
    code = "provision"


def provision(path: Path, cloud_url: str, code: str, station_code: str, *, http: Any = None,
              progress: Callable[[int, int | None], None] | None = None,
              use_snapshot: bool = True) -> dict[str, Any]:
    from app.events.sync_state import get_state
    from app.storage.keys import load_key
    from app.store import Store
    from sync.cli import enrol
    from sync.client import CloudOffline, CloudRefused, HttpCloud
    from sync.worker import SyncCallbacks, SyncWorker

    cloud_url, code, station_code = cloud_url.strip(), code.strip().upper(), station_code.strip().upper()
    if not cloud_url.startswith(("http://", "https://")):
        raise ProvisionError("the cloud address starts with https:// (or http://)")
    if not code or not station_code:
        raise ProvisionError("enter the enrolment code and this station's code")
    if path.exists():
        raise ProvisionError(f"{path} exists already: this station is set up")
    try:
        out = enrol(path, cloud_url, code, station_code, http=http)
    except CloudRefused as exc:
        if exc.status == 401:
            raise ProvisionError("the enrolment code is wrong, used or expired: ask HQ for a new one") from exc
        raise ProvisionError(f"the cloud refused the enrolment: {exc.detail}") from exc
    except CloudOffline as exc:
        raise ProvisionError(f"cannot reach the cloud at {cloud_url}: check the address and the network") from exc
    store = Store.open(path, load_key(path))
    try:
        with store.read() as conn:
            token = get_state(conn, "token")
        cloud = HttpCloud(cloud_url, token, http=http)
        worker = SyncWorker(store, cloud, callbacks=SyncCallbacks(on_progress=progress),
                            use_snapshot=use_snapshot)
        result = worker.sync_once()
        if http is None:
            cloud.close()
        return {**out, "pulled": result.pulled, "state": worker.state}
    finally:
        store.close()
