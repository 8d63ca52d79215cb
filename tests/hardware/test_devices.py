"""Station settings build the station's devices as the core's ports: real drivers from the
settings, simulators for the demo; what is missing says why with a message code."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.device_journal import DeviceJournal
from app.errors import ValidationError
from app.ports import CardTerminal, DeviceMessage, ReceiptPrinter, Scanner
from app.roles import Role
from app.settings import Settings
from app.station_settings import StationSettingsService
from app.auth import Actor
from app.store import Store
from hardware.devices import build_devices, check_device_settings
from hardware.edc.interface import SerialEdcTerminal, SimulatedEdcTerminal
from hardware.edc.journal_store import StorePaymentJournal
from hardware.printing.errors import PaperOutError, PrinterError
from hardware.printing.simulator import SimulatedPrinter
from hardware.printing.spool import PrintStation
from hardware.scanner.serial_reader import SerialScanner
from hardware.scanner.simulator import SimulatedScanner

from .conftest import pty_only

KEY = "ab" * 32
BOSS = Actor(user_id="boss", name="Sari", role=Role.SUPERVISOR)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.create(tmp_path / "s.db", KEY, branch_code="JKT01", station_code="K1")
    yield s
    s.close()


@pytest.fixture
def journal(store: Store) -> StorePaymentJournal:
    return StorePaymentJournal(DeviceJournal(store, actor_id="kasir-1"))


def test_real_devices_from_the_settings(journal: StorePaymentJournal) -> None:
    settings = Settings(edc_port="socket://127.0.0.1:9", printer_url="network:192.168.1.50:9100", paper_mm=58,
                        scanner_port="/dev/ttyACM0")
    devices = build_devices(settings, journal)
    assert isinstance(devices.card_terminal, SerialEdcTerminal)  # nothing is opened until the first payment
    assert not isinstance(devices.card_terminal, SimulatedEdcTerminal)
    assert isinstance(devices.printer, PrintStation) and devices.printer.spec.kind == "network"
    assert devices.printer.paper_mm == 58 and devices.paper_mm == 58
    assert isinstance(devices.scanner, SerialScanner) and not devices.scanner.running
    assert isinstance(devices.card_terminal, CardTerminal) and isinstance(devices.printer, ReceiptPrinter)
    assert isinstance(devices.scanner, Scanner)
    assert devices.card_unavailable is devices.printer_unavailable is devices.scanner_unavailable is None
    devices.close()
    devices.close()  # twice is fine
    assert devices.card_terminal is None


def test_nothing_set_up_says_why_with_codes(journal: StorePaymentJournal) -> None:
    devices = build_devices(Settings(), journal)
    assert devices.card_terminal is None and devices.printer is None and devices.scanner is None
    assert devices.card_unavailable is DeviceMessage.EDC_NOT_CONFIGURED
    assert devices.printer_unavailable is DeviceMessage.PRINTER_NOT_CONFIGURED
    assert devices.scanner_unavailable is DeviceMessage.SCANNER_NOT_CONFIGURED


def test_a_bad_printer_string_leaves_no_printer_and_is_refused_on_save(store: Store,
                                                                       journal: StorePaymentJournal) -> None:
    devices = build_devices(Settings(printer_url="lpt:nowhere"), journal)
    assert devices.printer is None and devices.printer_unavailable is DeviceMessage.PRINTER_BAD_URL
    assert "lpt:nowhere" in devices.detail
    with pytest.raises(ValidationError) as caught:
        check_device_settings(Settings(printer_url="lpt:nowhere"))
    assert caught.value.code == "printer_url"
    service = StationSettingsService(store, check=check_device_settings)
    with pytest.raises(ValidationError):
        service.save(BOSS, printer_url="lpt:nowhere", theme="glove")
    assert service.stored() == {}  # nothing written, not even the good theme


@pty_only
def test_simulated_devices_for_the_demo(journal: StorePaymentJournal) -> None:
    devices = build_devices(Settings(paper_mm=58), journal, simulate=True)
    try:
        terminal = devices.card_terminal
        assert isinstance(terminal, SimulatedEdcTerminal)
        assert isinstance(devices.printer, PrintStation) and devices.printer.spec.kind == "preview"
        assert isinstance(devices.scanner, SimulatedScanner)
        terminal.simulator.faults.card_delay = 0.0
        assert terminal.recover() == []
        outcome = terminal.sale("INV-4/1", 10_000)
        assert outcome.charged and journal.get(outcome.ecr_ref).state == "resolved"
        assert len(terminal.simulator.charges) == 1
    finally:
        devices.close()


def test_simulated_demo_on_windows_has_no_card_terminal(journal: StorePaymentJournal,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    devices = build_devices(Settings(), journal, simulate=True)
    assert devices.card_terminal is None and devices.card_unavailable is DeviceMessage.EDC_SIMULATOR_NEEDS_PTY
    assert devices.printer is not None


def test_the_printer_simulator_keeps_jobs_and_runs_out_of_paper() -> None:
    printer = SimulatedPrinter(paper_mm=58)
    assert isinstance(printer, ReceiptPrinter)
    job = printer.submit("Struk", b"\x1b@hello")
    printer.kick_drawer()
    assert [j.title for j in printer.jobs] == ["Struk"] and job.job_id and printer.drawer_kicks == 1
    printer.paper_out = True
    with pytest.raises(PrinterError):
        printer.print_test_page()
    assert len(printer.jobs) == 1
    with pytest.raises(ValueError):
        SimulatedPrinter(paper_mm=76)
    assert issubclass(PaperOutError, PrinterError)


def test_station_settings_are_stored_per_station_and_the_environment_wins(store: Store) -> None:
    service = StationSettingsService(store, check=check_device_settings)
    saved = service.save(BOSS, lang="en", theme="glove", tz="Asia/Makassar", printer_url="preview:",
                         edc_port="COM3", paper_mm=58, scanner_port="COM4", mqtt_url="mqtt://10.0.0.2:1883",
                         cloud_url="https://cloud.example")
    assert saved.tz == "Asia/Makassar" and saved.zone_abbreviation == "WITA"
    loaded = service.load(environ={})
    assert (loaded.lang, loaded.theme, loaded.paper_mm, loaded.edc_port) == ("en", "glove", 58, "COM3")
    assert service.load(environ={"SENTRA_THEME": "standard"}).theme == "standard"
    assert service.overridden({"SENTRA_THEME": "standard"}) == {"theme"}
    service.save(BOSS, edc_port="")  # cleared
    assert service.load(environ={}).edc_port is None
    actions = [r["action"] for r in store.query("SELECT action FROM audit_log ORDER BY id")]
    assert actions.count("station.settings") == 2


@pytest.mark.parametrize("changes", [{"tz": "Asia/Tokyo"}, {"paper_mm": 76}, {"lang": "en_US"},
                                     {"mqtt_url": "http://broker"}, {"cloud_url": "ftp://x"}, {"colour": "red"}])
def test_bad_station_settings_are_refused_with_a_message(store: Store, changes: dict[str, object]) -> None:
    service = StationSettingsService(store)
    with pytest.raises(ValidationError) as caught:
        service.save(BOSS, **changes)
    assert "\n" not in str(caught.value)
    assert service.stored() == {}


def test_only_managers_configure_the_station(store: Store) -> None:
    from app.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        StationSettingsService(store).save(Actor(user_id="c", name="Dewi", role=Role.CASHIER), theme="glove")
