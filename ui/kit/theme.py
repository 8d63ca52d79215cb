"""Themes: `standard` and `glove` (high contrast, big touch targets), as QSS in resources/themes.

The app ships its own font (DejaVu Sans, resources/fonts) so the screens look the same on the
Windows POS, a Linux tablet and the offscreen test platform, and Qt never has to guess a
missing family.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ui.kit.paths import fonts_dir, themes_dir

log = logging.getLogger(__name__)

THEMES: tuple[str, ...] = ("standard", "glove")
DEFAULT_THEME = "standard"
FONT_FAMILY = "DejaVu Sans"
BASE_POINT_SIZE: dict[str, int] = {"standard": 11, "glove": 14}
_fonts_loaded = False


def resolve_theme(name: str | None = None) -> str:
    """The explicit choice, else `SENTRA_THEME`, else `standard`; unknown names fall back."""
    chosen = (name or os.environ.get("SENTRA_THEME") or DEFAULT_THEME).strip().lower()
    return chosen if chosen in THEMES else DEFAULT_THEME


def station_theme(explicit: str | None, station_kind: str | None) -> str:
    """The theme a station starts in: the explicit choice (argument, else `SENTRA_THEME`), else
    the glove theme on a mechanic's bay tablet (station kind `bay`), else the standard one."""
    chosen = (explicit or os.environ.get("SENTRA_THEME") or "").strip().lower()
    if chosen in THEMES:
        return chosen
    return "glove" if station_kind == "bay" else DEFAULT_THEME


def load_fonts() -> str:
    """Register the shipped font files once; returns the family the themes use."""
    global _fonts_loaded
    if not _fonts_loaded:
        for path in sorted(fonts_dir().glob("*.ttf")):
            if QFontDatabase.addApplicationFont(str(path)) < 0:
                log.info("could not load font %s", path)
        _fonts_loaded = True
    return FONT_FAMILY


def stylesheet(name: str) -> str:
    return (themes_dir() / f"{resolve_theme(name)}.qss").read_text(encoding="utf-8")


def apply_theme(app: QApplication, name: str | None = None) -> str:
    """Fusion style, the shipped font and the theme's QSS on the whole app; returns the theme used."""
    name = resolve_theme(name)
    family = load_fonts()
    app.setStyle("Fusion")
    font = QFont(family)
    font.setPointSize(BASE_POINT_SIZE[name])
    app.setFont(font)
    app.setStyleSheet(stylesheet(name))
    app.setProperty("sentra_theme", name)
    return name


def current_theme() -> str:
    app = QApplication.instance()
    value = app.property("sentra_theme") if app is not None else None
    return str(value) if value else DEFAULT_THEME
