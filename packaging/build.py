"""Build the frozen app and smoke-run it: `python packaging/build.py [--skip-smoke]`.

Steps: compile translations, run PyInstaller on packaging/sentra.spec, then run the built
executable's `--version` and `demo --headless` (which exercises SQLCipher, the services and
the receipt renderer inside the bundle). On Windows, `packaging/windows/sentra.iss` (Inno
Setup) turns dist/sentra into an installer.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    print("+", " ".join(cmd), flush=True)
    return subprocess.run(cmd, check=True, **kw)


def main() -> int:
    run([sys.executable, "-m", "ui.i18n_build"], cwd=ROOT)
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--distpath", str(ROOT / "dist"),
         "--workpath", str(ROOT / "build"), str(ROOT / "packaging" / "sentra.spec")], cwd=ROOT)
    exe = ROOT / "dist" / "sentra" / ("sentra.exe" if os.name == "nt" else "sentra")
    if "--skip-smoke" in sys.argv:
        return 0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run([str(exe), "--version"], env=env)
    with tempfile.TemporaryDirectory() as tmp:
        out = run([str(exe), "demo", "--headless", "--path", str(Path(tmp) / "demo.db")], env=env,
                  capture_output=True, text=True)
    last = out.stdout.strip().splitlines()[-1]
    print(last)
    if '"balanced": true' not in last:
        print("smoke run: receipt totals did not balance", file=sys.stderr)
        return 1
    print(f"smoke run ok: {exe}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
