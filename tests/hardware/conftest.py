"""Shared fixtures for the hardware tests: fast timeouts, a simulator on a pty."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import pytest

FAST = {"ack_timeout": 0.3, "response_timeout": 3.0}

pty_only = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal (os.openpty); not on Windows")


@pytest.fixture(autouse=True)
def _journal_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI's EDC journal is encrypted with the station key (env here, the keyring in a shop)."""
    monkeypatch.setenv("SENTRA_DB_KEY", "ab" * 32)


@pytest.fixture
def simulator() -> Iterator[Any]:
    if sys.platform == "win32":
        pytest.skip("needs a POSIX pseudo-terminal (os.openpty); not on Windows")
    from hardware.edc.simulator import FaultPlan, TerminalSimulator

    sim = TerminalSimulator(FaultPlan(), ack_timeout=0.3)
    sim.start()
    yield sim
    sim.stop()
