"""One instance per station database: a second start on the same file is refused.

The lock is an OS file lock on `<database>.lock` beside the database (fcntl on Linux and macOS,
msvcrt on Windows). The OS drops it when the process dies, so a crash never leaves the station
locked out; the file itself stays and holds the owner's pid for the message.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType

from app.errors import SetupError

if os.name == "nt":  # pragma: no cover - exercised on the Windows runner
    import msvcrt
else:
    import fcntl


class AlreadyRunning(SetupError):
    code = "already_running"

    def __init__(self, message: str, pid: int | None) -> None:
        super().__init__(message)
        self.pid = pid


def lock_path(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


class InstanceLock:
    """Held while the app runs on one database; `acquire()` raises `AlreadyRunning`."""

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(db_path)
        self._fd: int | None = None

    def acquire(self) -> "InstanceLock":
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if os.name == "nt":  # pragma: no cover
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            pid = _read_pid(fd)
            os.close(fd)
            who = f" (process {pid})" if pid else ""
            raise AlreadyRunning(
                f"SentraAuto Care is already open on this database{who}: use that window", pid) from None
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, str(os.getpid()).encode())
        os.fsync(fd)
        self._fd = fd
        return self

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            if os.name == "nt":  # pragma: no cover
                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
            else:
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    def __enter__(self) -> "InstanceLock":
        return self.acquire()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()


def _read_pid(fd: int) -> int | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 32).decode("ascii", "replace").strip()
        return int(text) if text.isdigit() else None
    except OSError:
        return None
