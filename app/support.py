"""A support bundle: the app's logs and the station's sync status in one zip for a ticket.

It holds the log files (scrubbed again on the way in), `status.json` (version, platform,
station identity, sync status) and nothing else: no database, no key, no PIN, no PIN hash.
"""

from __future__ import annotations

import json
import platform
import zipfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from app import __version__
from app.logs import log_dir, scrub


def bundle_status(extra: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "app": "SentraAuto Care", "version": __version__,
        "made_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "platform": platform.platform(), "python": platform.python_version(),
        **(extra or {}),
    }


def make_bundle(dest: Path, *, logs: Path | None = None, status: dict[str, Any] | None = None) -> Path:
    """Write the zip to `dest` (written whole, or not at all); returns its path."""
    dest = Path(dest)
    folder = logs or log_dir()
    partial = dest.with_name(dest.name + ".partial")
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(folder.glob("sentra.log*")) if folder.is_dir() else []:
                text = path.read_text(encoding="utf-8", errors="replace")
                zf.writestr(f"logs/{path.name}", scrub(text))
            zf.writestr("status.json", scrub(json.dumps(bundle_status(status), indent=2, default=str)))
        partial.replace(dest)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return dest

