"""The advisor's documents (job sheet, estimate) as the ESC/POS bytes a station printer takes,
and a printed preview as a Qt pixmap. The layouts live in `hardware/printing/workshop_docs.py`."""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from PySide6.QtGui import QPixmap

from app.ports import StationDevices
from app.services import Services
from hardware.printing.from_workorder import estimate_for, job_sheet_for
from hardware.printing.workshop_docs import estimate_bytes, job_sheet_bytes

KINDS = ("job_sheet", "estimate")


def document_bytes(services: Services, wo_id: str, kind: str, paper_mm: int, now: datetime) -> bytes:
    """Read the work order and lay out `kind` for `paper_mm` paper (call on the store lane)."""
    if kind == "job_sheet":
        return job_sheet_bytes(job_sheet_for(services, wo_id, now), paper_mm)
    if kind == "estimate":
        return estimate_bytes(estimate_for(services, wo_id, now), paper_mm)
    raise ValueError(f"unknown document {kind!r}; one of {KINDS}")


def preview_pixmap(image: Any) -> QPixmap | None:
    """A PIL image of a printed preview (the `preview:` printer keeps one) as a pixmap."""
    if image is None or not hasattr(image, "save"):
        return None
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    pixmap = QPixmap()
    return pixmap if pixmap.loadFromData(buffer.getvalue(), "PNG") else None


def preview_devices(paper_mm: int = 80) -> StationDevices:
    """A station whose printer is the on-screen `preview:` printer (demo, tour, training)."""
    from hardware.printing.spool import PrintStation

    return StationDevices(printer=PrintStation("preview:", paper_mm=paper_mm), paper_mm=paper_mm)
