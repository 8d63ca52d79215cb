"""Everything the app loads from disk at run time, as paths relative to the bundle root.

A source checkout and the frozen (PyInstaller) folder have the same layout below their root
(the repository root, or `_internal/` beside the executable), so one list serves both: the
tests check it against the checkout and against the built folder, and a missing theme,
translation, font, migration, Qt plugin or the SQLCipher library fails the build instead of a
customer's start.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Resource:
    pattern: str  # a glob below the bundle root
    why: str
    frozen_only: bool = False  # Qt plugins and libraries: in the frozen folder, not the checkout


def manifest(platform: str | None = None) -> list[Resource]:
    plat = platform or sys.platform
    out = [
        Resource("resources/themes/standard.qss", "standard theme"),
        Resource("resources/themes/glove.qss", "glove (bay) theme"),
        Resource("resources/translations/sentra_id.qm", "Bahasa Indonesia texts (built by ui.i18n_build)"),
        Resource("resources/translations/sentra_en.qm", "English texts (built by ui.i18n_build)"),
        Resource("resources/fonts/DejaVuSans.ttf", "the app's font"),
        Resource("resources/fonts/DejaVuSans-Bold.ttf", "the app's bold font"),
        Resource("resources/icons/sentra.png", "window icon"),
        Resource("app/storage/schema_v1.sql", "database migrations"),
        Resource("escpos/capabilities.json", "ESC/POS printer profiles", frozen_only=True),
        Resource("tzdata/zoneinfo/Asia/Jakarta", "WIB time zone", frozen_only=True),
        Resource("tzdata/zoneinfo/Asia/Makassar", "WITA time zone", frozen_only=True),
        Resource("tzdata/zoneinfo/Asia/Jayapura", "WIT time zone", frozen_only=True),
        Resource("sqlcipher3/_sqlite3*", "the SQLCipher library", frozen_only=True),
        Resource("PySide6/Qt*/plugins/platforms/*qoffscreen*", "Qt offscreen platform (tour, smoke runs)",
                 frozen_only=True),
        Resource("PySide6/Qt*/plugins/imageformats/*", "Qt image formats", frozen_only=True),
    ]
    if plat.startswith("win"):
        out.append(Resource("PySide6/plugins/platforms/qwindows.dll", "Qt Windows platform", frozen_only=True))
    elif plat.startswith("linux"):
        out.append(Resource("PySide6/Qt/plugins/platforms/libqxcb.so", "Qt X11 platform", frozen_only=True))
    return out


def missing(root: Path, *, frozen: bool, platform: str | None = None) -> list[Resource]:
    """The resources with no file under `root`."""
    return [r for r in manifest(platform) if (frozen or not r.frozen_only) and not any(Path(root).glob(r.pattern))]


def migration_files(root: Path) -> list[str]:
    return sorted(p.name for p in (Path(root) / "app" / "storage").glob("schema_v*.sql"))
