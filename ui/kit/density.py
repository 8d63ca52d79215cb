"""Physical sizes on the screen a widget is on: millimetres from the screen's real density.

Touch targets are specified in millimetres (a gloved finger is as wide on every tablet); the
platform's `physicalDotsPerInch()` turns them into pixels, with 150 dpi assumed when it reports
nothing sensible (offscreen and minimal platforms make a number up)."""

from __future__ import annotations

import math

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FALLBACK_DPI = 150.0
MIN_TARGET_MM = 12.0  # every target on a bay (glove) station, high and wide


def screen_dpi(widget: QWidget | None = None) -> float:
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    dpi = screen.physicalDotsPerInch() if screen is not None else 0.0
    if QGuiApplication.platformName() in ("offscreen", "minimal") or not dpi or dpi != dpi or dpi < 50 or dpi > 800:
        return FALLBACK_DPI
    return float(dpi)


def mm_to_px(mm: float, widget: QWidget | None = None) -> int:
    return math.ceil(mm / 25.4 * screen_dpi(widget))


def px_to_mm(px: int, widget: QWidget | None = None) -> float:
    return px / screen_dpi(widget) * 25.4
