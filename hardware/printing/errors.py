"""Printer errors. Every one of them names what to do next, in words a cashier understands."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hardware.printing.spool import PrintJob


class PrinterError(Exception):
    """Base of the printing errors. ``job`` is the job that was kept for a reprint, if any."""

    def __init__(self, message: str, job: "PrintJob | None" = None) -> None:
        super().__init__(message)
        self.job = job


class PrinterUrlError(PrinterError, ValueError):
    """A printer string that cannot be understood."""


class PrinterOfflineError(PrinterError):
    """The printer cannot be reached or reports itself offline (cover open, error)."""


class PaperOutError(PrinterError):
    """The paper roll is empty."""


class DrawerKickError(PrinterError):
    """The struk printed, but the cash-drawer kick after it did not go out (nothing is kept)."""
