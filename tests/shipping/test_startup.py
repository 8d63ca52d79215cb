"""Starting the app on a real machine: system libraries, one instance per database, logs, support."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.instance import AlreadyRunning, InstanceLock
from app.logs import scrub, setup_logging
from app.qt_libs import XCB_LIBRARIES, check_gui_libraries
from app.support import make_bundle

from tests.core.conftest import KEY


def test_missing_xcb_libraries_are_named_with_their_packages() -> None:
    gone = {"xcb-icccm", "xcb-keysyms"}
    msg = check_gui_libraries({"DISPLAY": ":0"}, find=lambda lib: None if lib in gone else f"lib{lib}.so")
    assert msg is not None and "apt-get install libxcb-icccm4 libxcb-keysyms1" in msg
    assert "\n" not in msg


def test_no_check_offscreen_or_when_everything_is_there() -> None:
    everything = lambda lib: f"lib{lib}.so"  # noqa: E731
    assert check_gui_libraries({"QT_QPA_PLATFORM": "offscreen"}, find=lambda lib: None) is None
    assert check_gui_libraries({"DISPLAY": ":0"}, find=everything) is None
    assert "DISPLAY" in (check_gui_libraries({}, find=everything) or "")
    assert set(XCB_LIBRARIES.values()) >= {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1"}


def test_readme_apt_line_installs_what_qt_needs() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    apt_line = next(line for line in readme.splitlines() if "apt-get install" in line and "libgl1" in line)
    assert set(XCB_LIBRARIES.values()) <= set(apt_line.replace("`", " ").split())


def test_second_lock_on_the_same_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "station.db"
    with InstanceLock(db):
        with pytest.raises(AlreadyRunning, match="already open") as err:
            InstanceLock(db).acquire()
        assert err.value.pid == os.getpid()
        InstanceLock(tmp_path / "other.db").acquire().release()  # another database is fine
    InstanceLock(db).acquire().release()  # released: the next start works


def test_second_start_of_the_app_is_refused_with_one_line(tmp_path: Path) -> None:
    db = tmp_path / "station.db"
    env = {**os.environ, "SENTRA_DB_KEY": KEY, "QT_QPA_PLATFORM": "offscreen", "SENTRA_DATA_DIR": str(tmp_path)}
    subprocess.run([sys.executable, "-m", "app", "db", "init", "--path", str(db), "--branch-code", "JKT01",
                    "--station-code", "K1"], env=env, check=True, capture_output=True)
    before = db.read_bytes()
    with InstanceLock(db):  # the first instance
        second = subprocess.run([sys.executable, "-m", "app", "run", "--path", str(db)], env=env,
                                capture_output=True, text=True, timeout=60)
    assert second.returncode == 2
    assert "already open" in second.stderr and second.stderr.count("\n") == 1
    assert db.read_bytes() == before


def test_log_file_rotates_in_the_data_folder_and_hides_secrets(tmp_path: Path) -> None:
    import logging

    path = setup_logging(tmp_path)
    try:
        logging.getLogger("sentra.test").warning("opened with key %s and pin=1234", "ab" * 32)
        for handler in logging.getLogger().handlers:
            handler.flush()
        text = path.read_text(encoding="utf-8")
        assert path == tmp_path / "logs" / "sentra.log"
        assert "opened with key [key] and pin=[hidden]" in text and "ab" * 32 not in text
    finally:
        root = logging.getLogger()
        for handler in list(root.handlers):
            if getattr(handler, "baseFilename", None) == str(path):
                root.removeHandler(handler)
                handler.close()


def test_support_bundle_holds_logs_and_status_but_no_secrets(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / "sentra.log").write_text(f"x token={'t' * 20} key {'cd' * 32} hash scrypt$16384$8$1$aa$bb\n")
    (logs / "sentra.log.1").write_text("older\n")
    out = make_bundle(tmp_path / "ticket.zip", logs=logs, status={"station": {"station_code": "K1"}})
    with zipfile.ZipFile(out) as zf:
        names = sorted(zf.namelist())
        body = b"".join(zf.read(n) for n in names).decode()
    assert names == ["logs/sentra.log", "logs/sentra.log.1", "status.json"]
    assert "K1" in body and "older" in body
    assert "t" * 20 not in body and "cd" * 32 not in body and "scrypt$" not in body
    assert not list(tmp_path.glob("*.partial"))


def test_scrub_leaves_ordinary_text() -> None:
    assert scrub("WO/JKT01/K1/2611/00042 paid Rp 150.000") == "WO/JKT01/K1/2611/00042 paid Rp 150.000"
