"""``sentra hw`` (hardware.cli.main) against the simulator, a file printer and fake port lists."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from hardware.cli import main
from hardware.edc.journal_file import EncryptedPaymentJournal

from .conftest import pty_only


def run(capsys: Any, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_ports_lists_pyserial_ports(capsys: Any, monkeypatch: Any) -> None:
    from serial.tools import list_ports, list_ports_common

    fake = list_ports_common.ListPortInfo("/dev/ttyUSB7")
    fake.description = "USB-Serial EDC"
    fake.hwid = "USB VID:PID=067B:2303"
    monkeypatch.setattr(list_ports, "comports", lambda: [fake])
    code, out, _ = run(capsys, "ports", "--json")
    assert code == 0
    assert json.loads(out) == [{"device": "/dev/ttyUSB7", "description": "USB-Serial EDC", "hwid": "USB VID:PID=067B:2303"}]
    code, out, _ = run(capsys, "ports")
    assert code == 0 and out.startswith("/dev/ttyUSB7\tUSB-Serial EDC")


def test_print_test_to_file_and_preview(capsys: Any, tmp_path: Path) -> None:
    out_file = tmp_path / "lp0"
    code, out, _ = run(capsys, "print-test", "--printer", f"file:{out_file}", "--paper", "58")
    assert code == 0 and "terkirim" in out
    raw = out_file.read_bytes()
    assert b"Tes printer" in raw and b"\x1dV\x00" in raw
    png = tmp_path / "p.png"
    code, _, _ = run(capsys, "print-test", "--printer", f"preview:{png}")
    assert code == 0 and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_print_test_bad_printer_string(capsys: Any) -> None:
    code, out, err = run(capsys, "print-test", "--printer", "lpt:1")
    assert code == 2 and out == "" and "tidak valid" in err and len(err.strip().splitlines()) == 1


def test_usage_errors_are_one_line(capsys: Any) -> None:
    for argv in (["edc", "sale", "--port", "x"], ["edc", "status", "--port", "x"], ["edc", "bogus", "--port", "x"], []):
        code, _, err = run(capsys, *argv)
        assert code == 2 and len(err.strip().splitlines()) == 1, argv


@pytest.mark.parametrize(
    ("argv", "why"),
    [
        (["edc", "sale", "--port", "loop://", "--amount", "99999999999999"], "terlalu besar"),
        (["edc", "sale", "--port", "loop://", "--amount", "10000000000"], "terlalu besar"),  # 13 digits ×100
        (["edc", "sale", "--port", "loop://", "--amount", "0"], "> 0"),
        (["edc", "sale", "--port", "loop://", "--amount", "-5"], ""),
        (["edc", "sale", "--port", "loop://", "--amount", "12.5"], "bilangan bulat"),
        (["edc", "void", "--port", "loop://", "--amount", "99999999999999", "--ref", "ABC"], "terlalu besar"),
        (["edc", "status", "--port", "loop://", "--ref", "ABCDEFGHIJKLMNOP"], "1-12"),
        (["edc", "void", "--port", "loop://", "--amount", "5000", "--ref", "ABCDEFGHIJKLM"], "1-12"),
        (["edc", "status", "--port", "loop://", "--ref", "RÉF1"], "ASCII"),
        (["edc", "status", "--port", "loop://", "--ref", "A\tB"], "ASCII"),
        (["edc", "sale", "--port", "loop://", "--amount", "5000", "--ref", "INV\n1"], "ASCII"),
        (["edc", "echo", "--port", "loop://", "--timeout", "nan"], "> 0"),
        (["edc", "echo", "--port", "loop://", "--timeout", "0"], "> 0"),
    ],
)
def test_bad_edc_input_is_one_line_exit_2_before_anything_is_sent(capsys: Any, tmp_path: Path, argv: list[str], why: str) -> None:
    journal = tmp_path / "j.db"
    code, out, err = run(capsys, *argv, "--journal", str(journal))
    assert code == 2, err
    assert out == "" and len(err.strip().splitlines()) == 1 and why in err
    assert "Traceback" not in err and "validation error" not in err
    assert not journal.exists()  # nothing was journaled (or sent)


def test_largest_amount_and_longest_ref_are_accepted(capsys: Any, tmp_path: Path) -> None:
    from hardware.edc.profile import MAX_RUPIAH

    assert MAX_RUPIAH == 9_999_999_999  # 12 digits of Rupiah × 100
    # loop:// echoes the request back: not a valid answer, so status stays unknown (exit 1), but
    # the arguments were accepted and the request went out
    code, _, err = run(capsys, "edc", "status", "--port", "loop://", "--ref", "ABCDEFGHIJKL", "--timeout", "0.2",
                       "--journal", str(tmp_path / "j.db"))
    assert code != 2 and "Traceback" not in err


def test_unreachable_port(capsys: Any, tmp_path: Path) -> None:
    journal = tmp_path / "j.db"
    code, out, err = run(capsys, "edc", "sale", "--port", str(tmp_path / "nope"), "--amount", "5000", "--journal", str(journal), "--json")
    assert code == 3 and out == "" and "cannot open EDC port" in err
    assert not journal.exists()


@pty_only
def test_edc_sale_status_void_settle_echo(capsys: Any, simulator: Any, tmp_path: Path) -> None:
    j = str(tmp_path / "j.db")
    port = simulator.port
    code, out, err = run(capsys, "edc", "sale", "--port", port, "--amount", "1250000", "--ref", "INV-1", "--json", "--journal", j)
    assert code == 0, err
    sale = json.loads(out)
    assert sale["status"] == "approved" and sale["response_code"] == "00" and sale["amount"] == 1_250_000
    assert sale["approval_code"] and sale["rrn"] and sale["masked_pan"].endswith("1234")
    assert "[waiting_for_card]" in err
    assert EncryptedPaymentJournal(j).get(sale["ref"]).state == "resolved"

    code, out, _ = run(capsys, "edc", "status", "--port", port, "--ref", sale["ref"], "--json", "--journal", j)
    assert code == 0 and json.loads(out)["status"] == "approved" and json.loads(out)["ref"] == sale["ref"]

    code, out, _ = run(capsys, "edc", "sale", "--port", port, "--amount", "1250000", "--ref", "INV-1", "--journal", j)
    assert code == 0 and out.startswith("APPROVED | 00 | Disetujui | Rp 1.250.000")
    assert len(simulator.charges) == 1  # same payment id: not charged again

    code, out, _ = run(capsys, "edc", "void", "--port", port, "--amount", "1250000", "--ref", sale["ref"], "--json", "--journal", j)
    assert code == 0 and json.loads(out)["status"] == "approved" and json.loads(out)["trans_type"] == "02"

    code, out, _ = run(capsys, "edc", "settle", "--port", port, "--json", "--journal", j)
    assert code == 0 and json.loads(out)["amount"] == 0  # the only sale was voided

    code, out, _ = run(capsys, "edc", "echo", "--port", port, "--json", "--journal", j)
    assert code == 0 and json.loads(out)["response_code"] == "00"


@pty_only
def test_edc_decline_is_a_definite_answer(capsys: Any, simulator: Any, tmp_path: Path) -> None:
    simulator.faults.decline_codes = ["51"]
    code, out, _ = run(capsys, "edc", "sale", "--port", simulator.port, "--amount", "5000", "--json", "--journal", str(tmp_path / "j.db"))
    assert code == 0
    assert json.loads(out)["status"] == "declined" and json.loads(out)["response_code"] == "51"
    assert simulator.charges == []


@pty_only
def test_edc_unknown_outcome_exits_nonzero(capsys: Any, simulator: Any, tmp_path: Path) -> None:
    simulator.faults.mute = True
    j = str(tmp_path / "j.db")
    code, out, err = run(capsys, "edc", "sale", "--port", simulator.port, "--amount", "5000", "--timeout", "0.5", "--json", "--journal", j)
    assert code == 1
    result = json.loads(out)
    assert result["status"] == "unknown"
    assert "status belum pasti" in err
    [entry] = EncryptedPaymentJournal(j).unresolved()
    assert entry.ecr_ref == result["ref"]
    # terminal back: status resolves the journal entry (the terminal never saw it)
    simulator.faults.mute = False
    code, out, _ = run(capsys, "edc", "status", "--port", simulator.port, "--ref", result["ref"], "--json", "--journal", j)
    assert code == 0 and json.loads(out)["status"] == "not_found"
    assert EncryptedPaymentJournal(j).unresolved() == []


@pty_only
def test_sale_run_again_after_unknown_never_charges_twice(capsys: Any, simulator: Any, tmp_path: Path) -> None:
    """The reviewer's case: a slow card, ``sale`` without --ref ends unknown and is run again."""
    simulator.faults.card_delay = 3.0
    j = str(tmp_path / "j.db")
    sale = ("edc", "sale", "--port", simulator.port, "--amount", "150000", "--timeout", "0.5", "--json", "--journal", j)
    code, out, _ = run(capsys, *sale)
    assert code == 1 and json.loads(out)["status"] == "unknown"
    first_ref = json.loads(out)["ref"]
    # run again while the card is still being charged: refused, naming the unresolved ref
    code, out, err = run(capsys, *sale)
    assert code == 1 and out == ""
    assert f"{first_ref}" in err and "belum pasti" in err and "Traceback" not in err
    assert len([r for r in simulator.requests_received if r.trans_type.value == "01"]) == 1
    assert simulator.wait_idle(10.0)
    assert len(simulator.charges) == 1
    # and again once the terminal is done: the earlier sale turns out approved and is reported
    code, out, err = run(capsys, *sale)
    assert code == 0, err
    assert json.loads(out)["status"] == "approved" and json.loads(out)["ref"] == first_ref
    assert "sale baru tidak dikirim" in err
    assert len(simulator.charges) == 1
    assert EncryptedPaymentJournal(j).unresolved() == []


@pty_only
def test_named_payment_waits_for_an_unknown_earlier_sale(capsys: Any, simulator: Any, tmp_path: Path) -> None:
    """With --ref (another payment) the unresolved sale is resolved first too; NF lets it go out."""
    simulator.faults.mute = True
    j = str(tmp_path / "j.db")
    code, out, _ = run(capsys, "edc", "sale", "--port", simulator.port, "--amount", "5000", "--ref", "INV-1",
                       "--timeout", "0.5", "--json", "--journal", j)
    assert code == 1
    first_ref = json.loads(out)["ref"]
    code, out, err = run(capsys, "edc", "void", "--port", simulator.port, "--amount", "5000", "--ref", "ABC",
                         "--timeout", "0.5", "--journal", j)
    assert code == 1 and first_ref in err and "tidak mengirim void baru" in err
    assert {r.trans_type.value for r in simulator.requests_received} <= {"01", "26"}
    simulator.faults.mute = False
    code, out, err = run(capsys, "edc", "sale", "--port", simulator.port, "--amount", "7000", "--ref", "INV-2",
                         "--json", "--journal", j)
    assert code == 0, err
    assert json.loads(out)["status"] == "approved" and json.loads(out)["amount"] == 7000
    assert f"transaksi sebelumnya {first_ref}" in err and "not_found" in err
    assert [c.amount for c in simulator.charges] == [7000]


@pty_only
def test_python_dash_m_hardware_cli(simulator: Any, tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "hardware.cli", "edc", "echo", "--port", simulator.port, "--json", "--journal", str(tmp_path / "j.db")],
        capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["status"] == "approved"


@pty_only
def test_simulator_module_prints_its_pty(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "hardware.edc.simulator", "--card-delay", "0"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        line = proc.stdout.readline().strip()  # type: ignore[union-attr]
        assert line.startswith("/dev/")
        code = main(["edc", "sale", "--port", line, "--amount", "10000", "--json", "--journal", str(tmp_path / "j.db")])
        assert code == 0
    finally:
        proc.terminate()
        proc.wait(timeout=10)
