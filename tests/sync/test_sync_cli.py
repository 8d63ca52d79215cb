"""sync.cli: serve-cloud as a real process, admin commands, enrol, run --once, status --json."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import httpx

from sync.cli import main
from sync.soak import free_port
from tests.sync.helpers import ACTOR

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KEY = "cd" * 32


def test_cloud_process_enrol_run_and_status(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("SENTRA_DB_KEY", KEY)
    monkeypatch.setenv("SENTRA_CLOUD_ADMIN_TOKEN", "adm-cli")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([sys.executable, "-m", "sync.cli", "serve-cloud", "--database",
                             f"sqlite:///{tmp_path / 'cloud.db'}", "--host", "127.0.0.1", "--port", str(port)],
                            cwd=ROOT, env={**os.environ}, stderr=subprocess.PIPE)
    try:
        for _ in range(100):
            try:
                if httpx.get(url + "/v1/health", timeout=0.5).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        assert main(["sync", "admin-branch", "--cloud", url, "--code", "JKT", "--name", "Jakarta"]) == 0
        branch = json.loads(capsys.readouterr().out)["id"]
        assert main(["sync", "admin-code", "--cloud", url, "--branch-id", branch, "--station-code", "K1"]) == 0
        code = json.loads(capsys.readouterr().out)["code"]
        db = tmp_path / "k1.db"
        assert main(["sync", "enrol", "--path", str(db), "--cloud", url, "--code", code, "--station-code", "K1"]) == 0
        assert json.loads(capsys.readouterr().out)["branch_id"] == branch
        assert main(["sync", "enrol", "--path", str(db), "--cloud", url, "--code", code,
                     "--station-code", "K1"]) == 1  # a used code: one clear line, non-zero
        assert "already used" in capsys.readouterr().err
        from app.store import Store

        # users come from the cloud: the admin publishes a supervisor, the station pulls it
        r = httpx.post(url + "/v1/admin/master", headers={"Authorization": "Bearer adm-cli"}, json={
            "branch_id": branch, "ops": [{"op": "upsert", "table": "users", "id": ACTOR,
                                          "fields": {"name": "Sari", "role": "supervisor", "active": 1}}]})
        assert r.status_code == 201, r.text
        assert main(["sync", "run", "--path", str(db), "--once"]) == 0
        capsys.readouterr()
        store = Store.open(db, KEY)
        with store.command("c", ACTOR) as cmd:
            cmd.upsert("customers", "c1", name="Ani")
        store.close()
        assert main(["sync", "run", "--path", str(db), "--once"]) == 0
        assert json.loads(capsys.readouterr().out)["state"] == "online"
        assert main(["sync", "status", "--path", str(db), "--json"]) == 0
        status = json.loads(capsys.readouterr().out)
        assert status["branch_id"] == branch and status["pending"] == 0 and status["enrolled"]
        assert status["set_aside"] == 0 and status["set_aside_recent"] == [] and status["push_refused"] is None
        assert len(status["state_hash"]) == 64 and status["version_vector"][status["station_id"]] == 1
        # HQ refreshes the compacted snapshot new stations start from (the first sync made it; the customer since)
        assert main(["sync", "admin-compact", "--cloud", url, "--branch-id", branch]) == 0
        assert json.loads(capsys.readouterr().out)["branches"][branch]["merged"] == 1
        assert main(["sync", "admin-compact", "--cloud", url, "--branch-id", "nope"]) == 1
        assert "404" in capsys.readouterr().err
        assert (tmp_path / "cloud-compacted" / f"branch-{branch}.db").exists()  # beside the cloud's database
    finally:
        proc.terminate()
        proc.wait(10)


def test_status_of_a_missing_database_is_one_clear_line(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("SENTRA_DB_KEY", KEY)
    assert main(["sync", "status", "--path", str(tmp_path / "none.db"), "--json"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: database not found") and err.count("\n") == 1
