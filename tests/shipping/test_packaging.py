"""The packaging files agree with each other and with the project (they cannot run here)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import app

ROOT = Path(__file__).resolve().parents[2]
ISS = (ROOT / "packaging" / "windows" / "sentra.iss").read_text(encoding="utf-8")
SPEC = (ROOT / "packaging" / "sentra.spec").read_text(encoding="utf-8")
WORKFLOW = (ROOT / ".github" / "workflows" / "windows-installer.yml").read_text(encoding="utf-8")


def project_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def test_the_app_reports_the_project_version() -> None:
    assert app.__version__ == project_version()


def test_spec_builds_a_windowed_app_and_a_console_build_with_the_icon() -> None:
    assert re.search(r'name="SentraAutoCare", console=False', SPEC)
    assert re.search(r'name="sentra", console=True', SPEC)
    assert (ROOT / "resources" / "icons" / "sentra.ico").is_file()


def test_installer_is_per_machine_with_shortcuts_uninstaller_and_upgrade_in_place() -> None:
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", ISS, re.MULTILINE)  # never changes: upgrades find it
    for line in ("PrivilegesRequired=admin", r"DefaultDirName={autopf}\SentraAutoCare", "UsePreviousAppDir=yes",
                 "SetupIconFile=..\\..\\resources\\icons\\sentra.ico", r"UninstallDisplayIcon={app}\{#AppExe}",
                 'Source: "..\\..\\dist\\sentra\\*"', "{autodesktop}", "{group}", "Tasks: desktopicon",
                 "VersionInfoVersion={#AppVersion}", r'Type: filesandordirs; Name: "{app}\_internal"'):
        assert line in ISS, line
    assert '#define AppExe "SentraAutoCare.exe"' in ISS
    # the station's data is never beside the program, so neither upgrade nor uninstall touches it
    assert "[UninstallDelete]" not in ISS and "{localappdata}" not in ISS.split("[Files]")[1].split(";")[0]


def test_workflow_builds_smokes_and_stamps_the_version() -> None:
    assert "python packaging/build.py" in WORKFLOW
    assert "/DAppVersion=$version" in WORKFLOW and "sentra.iss" in WORKFLOW
    assert "upload-artifact" in WORKFLOW and "SentraAutoCare.exe" in WORKFLOW
