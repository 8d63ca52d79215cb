"""Compile the `.ts` translation sources to `.qm` next to them: `python -m ui.i18n_build`.

Runs `pyside6-lrelease` (found beside the interpreter, or in the PySide6 package).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from ui.kit.paths import translations_dir


def find_lrelease() -> list[str]:
    """The command that runs lrelease in this environment."""
    bindir = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        candidate = bindir / name
        if candidate.exists():
            return [str(candidate)]
    import PySide6

    pkg = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease", "Qt/bin/lrelease"):
        candidate = pkg / name
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    raise FileNotFoundError("pyside6-lrelease not found: install PySide6 (pip install -e .)")


def build(folder: Path | None = None, *, quiet: bool = True) -> list[Path]:
    folder = folder or translations_dir()
    sources = sorted(folder.glob("*.ts"))
    if not sources:
        raise FileNotFoundError(f"no .ts files in {folder}")
    lrelease = find_lrelease()
    built: list[Path] = []
    for ts in sources:
        qm = ts.with_suffix(".qm")
        cmd = [*lrelease, *(["-silent"] if quiet else []), str(ts), "-qm", str(qm)]
        result = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if result.returncode != 0 or not qm.exists():
            raise RuntimeError(f"lrelease failed on {ts.name}: {(result.stderr or result.stdout).strip()}")
        built.append(qm)
    return built


def main() -> int:
    try:
        built = build()
    except (OSError, RuntimeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print("built " + ", ".join(p.name for p in built))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
