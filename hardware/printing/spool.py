"""The print station: renders jobs to ESC/POS bytes, checks status, sends, and keeps what failed.

A job that cannot be printed (paper out, printer offline, connection error) stays in the reprint
queue with its reason; nothing is dropped silently. ``retry()`` sends it again, byte for byte.

The cash-drawer kick is never part of a kept job: ``print_receipt(..., kick_drawer=True)`` sends
it as its own command right after the struk, on the same connection, and only when the struk went
out on that first try. A struk reprinted later (``retry``) never opens the drawer.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from pydantic import BaseModel, ConfigDict, Field

from hardware.printing.errors import DrawerKickError, PaperOutError, PrinterError, PrinterOfflineError
from hardware.printing.labels import PartLabel, label_bytes
from hardware.printing.printer_url import PrinterSpec, open_printer, parse_printer_url
from hardware.printing.receipt import (
    CASH_DRAWER_OPS,
    Barcode,
    Cut,
    DrawerKick,
    QrCode,
    TextLine,
    ops_bytes,
    receipt_bytes,
)
from hardware.printing.receipt_model import ReceiptData
from hardware.printing.status import PrinterStatus, query_status

log = logging.getLogger(__name__)


class PrintJob(BaseModel):
    model_config = ConfigDict(ser_json_bytes="base64", val_json_bytes="base64")

    job_id: str = Field(default_factory=lambda: uuid.uuid4().hex[:12])
    title: str
    data: bytes
    created_at: datetime = Field(default_factory=lambda: datetime.now(timezone.utc))
    attempts: int = 0
    last_error: str = ""


def _drawer_kick_bytes() -> bytes:
    """The bare drawer-kick command (ESC p), as it follows a struk on the same connection."""
    from escpos.printer import Dummy

    dummy = Dummy()
    for op in CASH_DRAWER_OPS:
        if isinstance(op, DrawerKick):
            dummy.cashdraw(op.pin)
    return bytes(dummy.output)


class PrintStation:
    """One configured printer plus its reprint queue. Blocking: call from a worker thread."""

    def __init__(
        self,
        printer: str | PrinterSpec,
        *,
        paper_mm: int = 80,
        printer_factory: Callable[[PrinterSpec], Any] = open_printer,
        check_status: bool = True,
        queue_path: str | os.PathLike[str] | None = None,
    ) -> None:
        self.spec = parse_printer_url(printer) if isinstance(printer, str) else printer
        if paper_mm not in (58, 80):
            raise ValueError("paper width must be 58 or 80 mm")
        self.paper_mm = paper_mm
        self._factory = printer_factory
        self.check_status = check_status
        self.queue_path = Path(queue_path) if queue_path else None
        self._lock = threading.RLock()
        self.queue: list[PrintJob] = self._load_queue()
        self.last_preview: Any = None  # PIL image of the last job on a preview: printer

    # -- queue persistence ------------------------------------------------------------
    def _load_queue(self) -> list[PrintJob]:
        if not self.queue_path or not self.queue_path.exists():
            return []
        items = json.loads(self.queue_path.read_text(encoding="utf-8"))
        jobs = [PrintJob.model_validate_json(json.dumps(i)) for i in items]
        kick = _drawer_kick_bytes()
        for job in jobs:  # a struk kept by an older version may end in a drawer kick: never resend it
            if job.data.endswith(kick):
                job.data = job.data[: -len(kick)]
        return jobs

    def _save_queue(self) -> None:
        if not self.queue_path:
            return
        tmp = self.queue_path.with_name(self.queue_path.name + ".tmp")
        tmp.write_text(json.dumps([json.loads(j.model_dump_json()) for j in self.queue]), encoding="utf-8")
        os.replace(tmp, self.queue_path)

    # -- jobs ----------------------------------------------------------------------------
    def print_receipt(self, data: ReceiptData, *, kick_drawer: bool = False) -> PrintJob:
        """Print a struk; with ``kick_drawer`` open the drawer right after it, only if it printed.

        Raises PrinterError with ``.job`` kept when the struk could not be printed: the drawer then
        stays shut (open it with :meth:`kick_drawer` if the cashier needs it), and the kept job holds
        the struk only, so a reprint never opens the drawer. Raises :class:`DrawerKickError` (nothing
        kept) when the struk printed but the kick did not go out.
        """
        job = PrintJob(title=f"Struk {data.invoice_no}", data=receipt_bytes(data, self.paper_mm))
        return self._submit(job, then=_drawer_kick_bytes() if kick_drawer else b"")

    def print_label(self, label: PartLabel) -> PrintJob:
        return self.submit(f"Label {label.part_no}", label_bytes(label, self.paper_mm))

    def kick_drawer(self) -> None:
        """Open the cash drawer (not queued: a late drawer kick would be wrong)."""
        self._send(PrintJob(title="Buka laci", data=ops_bytes(list(CASH_DRAWER_OPS), self.paper_mm)))

    def print_test_page(self) -> PrintJob:
        ops = [
            TextLine("SentraAuto Care", "center", bold=True, big=True),
            TextLine("Tes printer", "center"),
            TextLine(f"Printer: {self.spec.raw}"[: 32 if self.paper_mm == 58 else 48]),
            TextLine(f"Kertas: {self.paper_mm} mm"),
            TextLine("-" * (32 if self.paper_mm == 58 else 48)),
            TextLine("Huruf tebal", bold=True),
            TextLine("Huruf besar", big=True),
            QrCode("SENTRA-TEST"),
            Barcode("PRT-0001"),
            Cut(),
        ]
        return self.submit("Tes printer", ops_bytes(ops, self.paper_mm))

    def submit(self, title: str, data: bytes) -> PrintJob:
        return self._submit(PrintJob(title=title, data=data))

    def _submit(self, job: PrintJob, then: bytes = b"") -> PrintJob:
        """Keep ``job`` in the queue, then send it; ``then`` goes out after it, first try only."""
        with self._lock:
            self.queue.append(job)
            self._save_queue()
            return self._attempt(job, then)

    def retry(self, job_id: str) -> PrintJob:
        """Send a queued job again (its bytes only, never a drawer kick); it leaves the queue only when it went out."""
        with self._lock:
            job = next((j for j in self.queue if j.job_id == job_id), None)
            if job is None:
                raise KeyError(f"no print job {job_id} in the reprint queue")
            return self._attempt(job)

    def _attempt(self, job: PrintJob, then: bytes = b"") -> PrintJob:
        try:
            self._send(job, then)
        except DrawerKickError:
            self.queue.remove(job)  # the struk itself went out: nothing to reprint
            self._save_queue()
            raise
        except PrinterError as exc:
            exc.job = job
            job.last_error = str(exc)
            self._save_queue()
            raise
        self.queue.remove(job)
        self._save_queue()
        return job

    def retry_all(self) -> list[PrintJob]:
        done = []
        for job in list(self.queue):
            done.append(self.retry(job.job_id))
        return done

    def status(self) -> PrinterStatus:
        if not self.spec.can_read_status:
            return PrinterStatus()
        printer = self._open()
        try:
            return query_status(printer)
        except Exception as exc:
            raise PrinterOfflineError(f"Printer tidak terjangkau: {exc}") from exc
        finally:
            self._close(printer)

    # -- device ----------------------------------------------------------------------------
    def _open(self) -> Any:
        try:
            printer = self._factory(self.spec)
            if self.spec.kind != "preview":
                printer.open()
            return printer
        except PrinterError:
            raise
        except Exception as exc:
            raise PrinterOfflineError(f"Printer {self.spec.raw} tidak terjangkau: {exc}") from exc

    @staticmethod
    def _close(printer: Any) -> None:
        try:
            printer.close()
        except Exception as exc:  # closing must not hide the real outcome
            log.debug("closing printer failed: %s", exc)

    def _send(self, job: PrintJob, then: bytes = b"") -> None:
        job.attempts += 1
        printer = self._open()
        try:
            if self.check_status and self.spec.can_read_status:
                try:
                    state = query_status(printer)
                except Exception as exc:
                    raise PrinterOfflineError(f"Printer tidak menjawab: {exc}") from exc
                if state.online is False:
                    raise PrinterOfflineError(state.describe() + "; struk disimpan untuk cetak ulang")
                if state.paper == "out":
                    raise PaperOutError(state.describe() + "; ganti kertas lalu cetak ulang")
            try:
                printer._raw(job.data)
            except Exception as exc:
                raise PrinterOfflineError(f"Gagal mengirim ke printer: {exc}") from exc
            if then:
                try:
                    printer._raw(then)
                except Exception as exc:
                    raise DrawerKickError(f"Struk tercetak, tetapi laci kas tidak terbuka: {exc}") from exc
            if self.spec.kind == "preview":
                self.last_preview = printer.render(self.paper_mm)
                if self.spec.target:
                    self.last_preview.save(self.spec.target, format="PNG")
        finally:
            self._close(printer)
