"""Open another cashier screen from this one (the shell's `open(screen_id)`, found up the parents)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def open_screen(widget: QWidget, screen_id: str) -> bool:
    parent = widget.parentWidget()
    while parent is not None and not (hasattr(parent, "specs") and hasattr(parent, "open")):
        parent = parent.parentWidget()
    if parent is None or screen_id not in parent.specs:
        return False
    parent.open(screen_id)
    return True
