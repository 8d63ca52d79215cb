"""A receipt printer for training and tests: keeps every job in memory (decodable with
`hardware.printing.escpos_decode`), counts drawer kicks, and can be told to run out of paper.
Implements the core's `ReceiptPrinter` port."""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass, field

from hardware.printing.errors import PrinterError


@dataclass
class SimulatedJob:
    title: str
    data: bytes
    job_id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])


class SimulatedPrinter:
    def __init__(self, *, paper_mm: int = 80) -> None:
        if paper_mm not in (58, 80):
            raise ValueError("paper width must be 58 or 80 mm")
        self.paper_mm = paper_mm
        self.jobs: list[SimulatedJob] = []
        self.drawer_kicks = 0
        self.paper_out = False
        self._lock = threading.Lock()

    def submit(self, title: str, data: bytes) -> SimulatedJob:
        with self._lock:
            if self.paper_out:
                raise PrinterError("printer simulator: paper out")
            job = SimulatedJob(title, bytes(data))
            self.jobs.append(job)
            return job

    def kick_drawer(self) -> None:
        with self._lock:
            self.drawer_kicks += 1

    def print_test_page(self) -> SimulatedJob:
        return self.submit("Tes printer", b"\x1b@SentraAuto Care\n")
