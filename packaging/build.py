"""Build the frozen app and smoke-run it: `python packaging/build.py [--skip-smoke] [--no-tour]`.

Steps: compile translations, run PyInstaller on packaging/sentra.spec (one folder, dist/sentra),
check every runtime resource is in the folder, then run the built console executable:
`--version`, `demo --headless` (SQLCipher, the services and the receipt renderer inside the
bundle) and the tour (`demo --tour DIR`, offscreen: the real screens, fonts, translations and
Qt plugins). Any non-zero exit, missing resource, Qt warning, traceback or import error in the
output fails the build. The last line is JSON: build time, folder size, smoke results.
On Windows, `packaging/windows/sentra.iss` (Inno Setup) then turns dist/sentra into an installer.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "sentra"
# What a healthy run never prints: Qt's warnings, Python's tracebacks and import failures.
BAD_OUTPUT = re.compile(
    r"^(qt\.[\w.]+:|QWidget|QObject|QPainter|QLayout|QFont|QPixmap|Qt: |This application failed to start"
    r"|Traceback \(most recent call last\)|\w*(ImportError|ModuleNotFoundError|FileNotFoundError)\b"
    r"|.*\bWarning: )",
    re.MULTILINE,
)


def project_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    print("+", " ".join(cmd), flush=True)
    return subprocess.run(cmd, check=True, **kw)


def version_file(version: str, folder: Path) -> Path:
    """A Windows version resource so Explorer and the installer show the project version."""
    nums = [int(x) for x in re.findall(r"\d+", version)[:3]] + [0]
    nums = (nums + [0, 0, 0, 0])[:4]
    path = folder / "version_info.txt"
    path.write_text(
        "VSVersionInfo(ffi=FixedFileInfo(filevers=%r, prodvers=%r), kids=[StringFileInfo([StringTable("
        "'040904B0', [StringStruct('CompanyName', 'SentraAuto Care'), StringStruct('FileDescription', "
        "'SentraAuto Care'), StringStruct('FileVersion', %r), StringStruct('ProductName', 'SentraAuto Care'), "
        "StringStruct('ProductVersion', %r)])]), VarFileInfo([VarStruct('Translation', [1033, 1200])])])\n"
        % (tuple(nums), tuple(nums), version, version),
        encoding="utf-8",
    )
    return path


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def smoke(exe: Path, args: list[str], env: dict[str, str], timeout: int = 300) -> str:
    print("+", exe.name, " ".join(args), flush=True)
    out = subprocess.run([str(exe), *args], env=env, capture_output=True, text=True, timeout=timeout)
    text = out.stdout + out.stderr
    if out.returncode != 0:
        raise SystemExit(f"smoke run failed: `{exe.name} {' '.join(args)}` exited {out.returncode}\n{text[-4000:]}")
    bad = BAD_OUTPUT.search(text)
    if bad:
        line = text[bad.start(): text.find("\n", bad.start())]
        raise SystemExit(f"smoke run failed: `{exe.name} {' '.join(args)}` printed: {line}\n{text[-4000:]}")
    return out.stdout


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    sys.path.insert(0, str(ROOT))
    from app.runtime_resources import missing  # noqa: PLC0415 - after the path is set

    version = project_version()
    started = time.monotonic()
    run([sys.executable, "-m", "ui.i18n_build"], cwd=ROOT)
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "SENTRA_VERSION_FILE": str(version_file(version, Path(tmp)))}
        run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
             "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build"),
             str(ROOT / "packaging" / "sentra.spec")], cwd=ROOT, env=env)
    build_s = round(time.monotonic() - started, 1)
    internal = DIST / "_internal"
    absent = missing(internal, frozen=True)
    if absent:
        for r in absent:
            print(f"missing from the frozen folder: {r.pattern} ({r.why})", file=sys.stderr)
        return 1
    report: dict[str, object] = {"frozen_build": "ok", "version": version, "build_s": build_s,
                                 "folder_mb": round(folder_size(DIST) / 1e6, 1)}
    if "--skip-smoke" not in argv:
        exe = DIST / ("sentra.exe" if os.name == "nt" else "sentra")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        env.pop("PYTHONPATH", None)  # the bundle must stand on its own
        if version not in smoke(exe, ["--version"], env):
            raise SystemExit("smoke run failed: --version does not say " + version)
        with tempfile.TemporaryDirectory() as tmp:
            env["SENTRA_DATA_DIR"] = tmp
            last = smoke(exe, ["demo", "--headless", "--path", str(Path(tmp) / "demo.db")], env) \
                .strip().splitlines()[-1]
            if '"balanced": true' not in last:
                raise SystemExit("smoke run failed: the demo day's receipt totals did not balance")
            report["headless"] = "ok"
            if "--no-tour" not in argv:
                tour_dir = Path(tmp) / "tour"
                smoke(exe, ["demo", "--tour", str(tour_dir)], env, timeout=600)
                summary = json.loads((tour_dir / "tour.json").read_text(encoding="utf-8"))
                if not summary.get("ok"):
                    raise SystemExit(f"smoke run failed: the tour did not finish: {summary}")
                report["tour_steps"] = len(summary.get("steps", []))
        report["smoke_s"] = round(time.monotonic() - started - build_s, 1)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
