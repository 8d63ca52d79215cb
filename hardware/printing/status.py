"""Real-time printer status (DLE EOT n) where the connection can answer."""

from __future__ import annotations

import socket
from typing import Any, Literal

from pydantic import BaseModel

DLE_EOT = b"\x10\x04"
PRINTER_STATUS = 1
ROLL_PAPER_STATUS = 4

PaperState = Literal["ok", "near_end", "out", "unknown"]


class PrinterStatus(BaseModel):
    online: bool | None = None  # None: the connection cannot tell
    paper: PaperState = "unknown"
    raw: bytes = b""

    @property
    def ready(self) -> bool:
        return self.online is not False and self.paper != "out"

    def describe(self) -> str:
        if self.online is False:
            return "Printer offline (mati, tutup terbuka, atau kabel lepas)"
        if self.paper == "out":
            return "Kertas printer habis"
        if self.paper == "near_end":
            return "Kertas printer hampir habis"
        if self.online is None:
            return "Status printer tidak dapat dibaca"
        return "Printer siap"


def _valid(byte: int) -> bool:
    # every DLE EOT answer has bit 1 and bit 4 set, bits 0 and 7 clear
    return byte & 0x93 == 0x12


def parse_printer_status(byte: int) -> bool:
    """DLE EOT 1 answer -> online?"""
    return not byte & 0x08


def parse_paper_status(byte: int) -> PaperState:
    """DLE EOT 4 answer -> paper state."""
    if byte & 0x60:
        return "out"
    if byte & 0x0C:
        return "near_end"
    return "ok"


def _ask(printer: Any, n: int) -> int | None:
    """Send DLE EOT n and read one answer byte; None when nothing (valid) came back."""
    try:
        printer._raw(DLE_EOT + bytes([n]))
        answer = printer._read()
    except (socket.timeout, TimeoutError):
        return None
    if not answer:
        return None
    byte = answer[-1]
    return byte if _valid(byte) else None


def query_status(printer: Any) -> PrinterStatus:
    """Ask a readable connection; silence from a connected printer means it is offline.

    Raises ``OSError``/escpos errors when the connection itself fails (the caller maps those to
    :class:`~hardware.printing.errors.PrinterOfflineError`).
    """
    online_byte = _ask(printer, PRINTER_STATUS)
    if online_byte is None:
        return PrinterStatus(online=False, paper="unknown")
    paper_byte = _ask(printer, ROLL_PAPER_STATUS)
    return PrinterStatus(
        online=parse_printer_status(online_byte),
        paper=parse_paper_status(paper_byte) if paper_byte is not None else "unknown",
        raw=bytes([online_byte] + ([paper_byte] if paper_byte is not None else [])),
    )
