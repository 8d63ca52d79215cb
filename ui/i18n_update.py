"""Refresh the `.ts` sources from the code: `python -m ui.i18n_update` (developers only).

Runs `pyside6-lupdate` over every module in `ui/`; existing translations are kept, new
strings appear unfinished for a translator (Qt Linguist: `pyside6-linguist`). Then build the
`.qm` files with `python -m ui.i18n_build`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ui.kit.i18n import LANGUAGES
from ui.i18n_build import find_lrelease
from ui.kit.paths import translations_dir


def find_lupdate() -> list[str]:
    lrelease = find_lrelease()[0]
    candidate = Path(lrelease.replace("lrelease", "lupdate"))
    if not candidate.exists():
        raise FileNotFoundError("pyside6-lupdate not found next to pyside6-lrelease")
    return [str(candidate)]


def update() -> list[Path]:
    root = Path(__file__).resolve().parent
    sources = sorted(str(p) for p in root.rglob("*.py"))
    targets = [translations_dir() / f"sentra_{lang}.ts" for lang in LANGUAGES]
    for ts in targets:
        lang = ts.stem.split("_", 1)[1]
        cmd = [*find_lupdate(), "-silent", "-no-obsolete", "-locations", "none", "-source-language", "en",
               "-target-language", lang, *sources, "-ts", str(ts)]
        subprocess.run(cmd, check=True)
    return targets


def main() -> int:
    try:
        print("updated " + ", ".join(p.name for p in update()))
    except (OSError, subprocess.CalledProcessError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
