"""Where the shipped resources live, in a source checkout and in a PyInstaller build."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """`resources/` beside the packages, or inside the frozen bundle (`sys._MEIPASS`)."""
    frozen = getattr(sys, "_MEIPASS", None)
    base = Path(frozen) if frozen else Path(__file__).resolve().parent.parent.parent
    return base / "resources"


def themes_dir() -> Path:
    return resources_dir() / "themes"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def app_icon_path() -> Path:
    """The application's icon (the window, the task bar)."""
    return icons_dir() / "sentra.png"
