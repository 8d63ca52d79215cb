"""A scanner for demo, training and tests: codes are fed in (`scan("899…")`) and delivered like
a real scanner's, from the caller's thread. Implements the core's `Scanner` port."""

from __future__ import annotations

from app.ports import ScanCallback, ScanErrorCallback


class SimulatedScanner:
    source = "simulator"

    def __init__(self) -> None:
        self._on_scan: ScanCallback | None = None
        self.scanned: list[str] = []

    def start(self, on_scan: ScanCallback, on_error: ScanErrorCallback | None = None) -> None:  # noqa: ARG002
        self._on_scan = on_scan

    def stop(self) -> None:
        self._on_scan = None

    @property
    def running(self) -> bool:
        return self._on_scan is not None

    def scan(self, code: str) -> bool:
        """Deliver `code` as a scan; False when the scanner is not started (nobody listens)."""
        code = code.strip()
        if not code or self._on_scan is None:
            return False
        self.scanned.append(code)
        self._on_scan(code)
        return True
