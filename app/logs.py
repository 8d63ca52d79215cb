"""The app's log: a rotating file in the data folder, with secrets scrubbed before writing.

`setup_logging()` is called by `sentra run` and `sentra demo`; support staff get the files
through `app.support` (a zip). Nothing the code logs should hold a key or a PIN, but the
filter scrubs what looks like one anyway (a 64-hex key, `pin=…`, a PIN hash) so a slip never
reaches a support ticket.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from app.settings import data_dir

LOG_NAME = "sentra.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

_SECRETS = (
    (re.compile(r"\b[0-9a-fA-F]{64}\b"), "[key]"),
    (re.compile(r"(?i)\b(pin|pin_hash|key|token|password|secret)(\s*[=:]\s*)(\"[^\"]*\"|'[^']*'|\S+)"),
     r"\1\2[hidden]"),
    (re.compile(r"scrypt\$[^\s\"']+"), "[pin-hash]"),
)


def scrub(text: str) -> str:
    for pattern, replacement in _SECRETS:
        text = pattern.sub(replacement, text)
    return text


class ScrubFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = scrub(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        return True


def log_dir(base: Path | None = None) -> Path:
    return (base or data_dir()) / "logs"


def setup_logging(base: Path | None = None, level: int = logging.INFO) -> Path:
    """Send the root logger to a rotating file `logs/sentra.log` (1 MB × 5); returns its path."""
    folder = log_dir(base)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                   encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(ScrubFilter())
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    logging.getLogger(__name__).info("log started")
    return path
