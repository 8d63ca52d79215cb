"""The app runs the background sync: the cloud worker when enrolled, the LAN bus when an MQTT URL
is set; the status bar shows both, fed by SyncBridge signals (batched); shutdown joins every thread."""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app import demo
from app.events.sync_state import save_state
from app.roles import Role
from app.services import Services
from app.store import Store
from sync.client import LocalCloud
from sync.cloud import db
from sync.cloud.models import BranchIn, EnrolIn, EnrolmentCodeIn
from sync.cloud.service import CloudService
from sync.runtime import build_sync, read_enrolment
from sync.soak import free_port
from tests.sync.helpers import ACTOR, require_server, trust_test_stations
from tests.ui.conftest import KEY, Shop, idle, log_in
from ui.shell.app_main import run_gui
from ui.shell.main_window import MainWindow
from ui.shell.sync_bridge import SyncBridge
from ui.shell.sync_session import SyncSession
from ui.shell.sync_status import SyncIndicator

MQTT_URL = os.environ.get("SENTRA_MQTT_URL", "mqtt://127.0.0.1:1883")


def no_broker() -> str:
    """An MQTT URL where nothing listens."""
    return f"mqtt://127.0.0.1:{free_port()}"


def own_threads() -> set[threading.Thread]:
    """Python threads the code under test may start (Qt's pool threads show up as dummies)."""
    return {t for t in threading.enumerate() if not isinstance(t, threading._DummyThread)}  # noqa: SLF001


def assert_threads_back_to(qtbot, before: set[threading.Thread]) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: own_threads() <= before, timeout=5000)


@pytest.fixture
def stop_later() -> Iterator[list[SyncSession]]:
    """Sessions a test starts; stopped at teardown even when the test fails (before the store closes:
    request this fixture after the one that owns the store)."""
    started: list[SyncSession] = []
    yield started
    for session in started:
        session.stop()


@dataclass
class EnrolledShop:
    services: Services
    cloud: LocalCloud
    token: str
    cast: demo.DemoCast

    @property
    def store(self) -> Store:
        return self.services.store


@pytest.fixture
def enrolled(tmp_path: Path) -> Iterator[EnrolledShop]:
    """A demo station enrolled with an in-process cloud (sync's LocalCloud transport)."""
    engine = db.make_engine("sqlite://")
    db.migrate(engine)
    svc = CloudService(engine, "adm")
    branch = svc.create_branch(BranchIn(code="JKT01", name="Jakarta"))
    store = Store.create(tmp_path / "station.db", KEY, branch_code="JKT01", station_code="K1", branch_id=branch.id)
    services = Services.over(store)
    cast = demo.seed(services)
    demo.fill_board(services, cast)
    code = svc.create_enrolment_code(EnrolmentCodeIn(branch_id=branch.id, station_code="K1"))
    token = svc.enrol(EnrolIn(code=code.code, station_id=store.identity.station_id, station_code="K1",
                              pubkey=store.signing_key.public_b64)).token
    save_state(store, {"token": token, "cloud_url": "https://cloud.example.invalid"})  # what `sync enrol` saves
    yield EnrolledShop(services, LocalCloud(svc, token), token, cast)
    services.close()


def test_enrolled_station_goes_online_and_the_pending_count_drops(qtbot, enrolled: EnrolledShop,  # noqa: ANN001
                                                                  stop_later: list[SyncSession]) -> None:
    before = own_threads()
    links: list[tuple[str, str]] = []

    def link(url: str, token: str) -> LocalCloud:
        links.append((url, token))
        return enrolled.cloud

    enrolled.cloud.online = False  # the shop's internet is down when the app starts
    session = SyncSession(enrolled.store, mqtt_url=no_broker(), cloud_factory=link, interval=0.5)
    stop_later.append(session)
    assert session.cloud_enabled and session.lan_enabled
    assert links == [("https://cloud.example.invalid", enrolled.token)]  # from the station's sync_state
    window = MainWindow(enrolled.services, sync=session)
    qtbot.addWidget(window)
    window.show()
    pending: list[int] = []
    session.bridge.pendingChanged.connect(pending.append)
    session.start()
    ind = window.sync_indicator
    qtbot.waitUntil(lambda: ind.state == "offline" and ind.pending is not None and not ind.dirty, timeout=5000)
    seeded = ind.pending
    assert seeded and seeded > 0  # the demo data waits for the cloud
    assert ind.cloud_label.text() == f"Sinkron: offline · {seeded} tertunda"
    assert ind.lan_label.text() == "LAN: offline"
    # the GUI keeps working offline: log in, and a local command adds one pending event
    log_in(qtbot, window, enrolled.cast.actors[Role.ADVISOR].user_id, "1111")
    assert window.current_screen() is not None
    with enrolled.store.command("customer.save", enrolled.cast.actors[Role.ADVISOR].user_id) as cmd:
        cmd.upsert("customers", "c-sync-test", name="Budi", branch_id=enrolled.store.identity.branch_id)
    qtbot.waitUntil(lambda: ind.pending == seeded + 1 and not ind.dirty, timeout=5000)
    assert ind.cloud_label.text() == f"Sinkron: offline · {seeded + 1} tertunda"
    # the link returns: the next round pushes everything
    enrolled.cloud.online = True
    session.wake()
    qtbot.waitUntil(lambda: ind.state == "online" and ind.pending == 0 and not ind.dirty, timeout=10_000)
    assert ind.cloud_label.text() == "Sinkron: online · 0 tertunda"
    assert "Sinkron terakhir berhasil" in ind.cloud_label.toolTip()
    assert pending[-1] == 0 and max(pending) == seeded + 1
    assert ind.renders < 3 * len(pending) + 10  # batched: not one paint per report
    window.close()
    session.stop()
    assert_threads_back_to(qtbot, before)
    assert session.runtime.worker is not None and session.runtime.worker._on_changes not in enrolled.store._subscribers  # noqa: SLF001


def test_demo_station_without_cloud_or_broker_still_logs_in(qtbot, shop: Shop,  # noqa: ANN001
                                                            stop_later: list[SyncSession]) -> None:
    before = own_threads()
    assert not read_enrolment(shop.services.store).enrolled
    session = SyncSession(shop.services.store, mqtt_url=no_broker())
    stop_later.append(session)
    assert not session.cloud_enabled and session.lan_enabled and session.runtime.worker is None
    window = MainWindow(shop.services, sync=session)
    qtbot.addWidget(window)
    window.show()
    session.start()
    qtbot.waitUntil(lambda: bool(window.login.user_buttons), timeout=5000)
    ind = window.sync_indicator
    assert ind.cloud_label.text() == "Sinkron: lokal / offline"
    assert ind.lan_label.text() == "LAN: offline"
    log_in(qtbot, window, shop.user_id(Role.MECHANIC), "2222")
    assert window.current_screen() is not None
    qtbot.wait(300)
    assert ind.lan_label.text() == "LAN: offline"  # no broker: it only says so
    window.close()
    session.stop()
    session.stop()  # idempotent
    assert_threads_back_to(qtbot, before)


def test_lan_can_be_switched_off_and_a_bad_url_is_not_fatal(shop: Shop) -> None:
    store = shop.services.store
    off = build_sync(store, mqtt_url="off")
    assert off.worker is None and off.bus is None
    bad = build_sync(store, mqtt_url="http://not-mqtt")  # logged, the station works alone
    assert bad.bus is None
    for rt in (off, bad):
        rt.start()
        rt.stop()


def test_a_burst_of_reports_costs_one_repaint(qtbot, qapp: QApplication) -> None:  # noqa: ANN001
    bridge = SyncBridge()
    ind = SyncIndicator(bridge, cloud=True, lan=True, delay_ms=50)
    qtbot.addWidget(ind)
    assert ind.cloud_label.text() == "Sinkron: menghubungkan…"
    start = ind.renders
    cb = bridge.callbacks()
    cb.on_state("syncing", None)
    for done in range(0, 1000, 10):
        cb.on_progress(done, 2500)
        cb.on_pending(1000 - done)
    qtbot.waitUntil(lambda: ind.renders > start and not ind.dirty, timeout=2000)
    assert ind.renders == start + 1
    assert ind.cloud_label.text() == "Sinkron: menyinkronkan 39% · 10 tertunda"
    bridge.lan_callbacks()["on_connection"](True)
    bridge.lan_callbacks()["on_peers"]({"k2", "k3"})
    cb.on_state("online", None)
    cb.on_clock(400_000, "this station's clock is 400 s ahead of the cloud")
    qtbot.waitUntil(lambda: ind.renders == start + 2 and not ind.dirty, timeout=2000)
    assert ind.lan_label.text() == "LAN: online · 2 stasiun"
    assert ind.cloud_label.text() == "Sinkron: online · 10 tertunda · periksa jam"
    assert "400 s ahead" in ind.cloud_label.toolTip()


def test_a_refused_push_and_set_aside_events_show_in_the_status_bar(qtbot, qapp: QApplication) -> None:  # noqa: ANN001
    bridge = SyncBridge()
    ind = SyncIndicator(bridge, cloud=True, lan=True, delay_ms=10)
    qtbot.addWidget(ind)
    cb = bridge.callbacks()
    cb.on_state("error", "cloud refused (403): push refused: event e1 (seq 4) refused: a mechanic may not change users")
    cb.on_set_aside(2, "unknown station stranger-1")
    qtbot.waitUntil(lambda: not ind.dirty and "disisihkan" in ind.cloud_label.text(), timeout=2000)
    assert ind.cloud_label.text() == "Sinkron: gagal · 2 disisihkan" and ind.cloud_level() == "bad"
    assert "push refused" in ind.cloud_label.toolTip() and "stranger-1" in ind.cloud_label.toolTip()


def test_a_report_after_the_bridge_is_gone_is_dropped(qapp: QApplication) -> None:
    import shiboken6

    bridge = SyncBridge()
    cb, lan = bridge.callbacks(), bridge.lan_callbacks()
    shiboken6.delete(bridge)
    assert not shiboken6.isValid(bridge)
    cb.on_state("online", None)  # must not raise into the worker thread
    cb.on_pending(0)
    lan["on_peers"]({"x"})


def test_run_gui_runs_the_sync_session_and_joins_it_on_exit(qapp: QApplication, shop: Shop,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SENTRA_MQTT_URL", no_broker())
    monkeypatch.delenv("SENTRA_CLOUD_URL", raising=False)
    before = own_threads()
    seen: dict[str, object] = {}

    def look_then_quit() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        seen["cloud"] = window.sync_indicator.cloud_label.text()
        seen["lan"] = window.sync_indicator.lan_label.text()
        seen["bus"] = any(t.name == "sentra-lan-resync" for t in threading.enumerate())
        qapp.exit(0)

    QTimer.singleShot(300, look_then_quit)
    assert run_gui(shop.services, lang="id", theme="standard") == 0
    assert seen == {"cloud": "Sinkron: lokal / offline", "lan": "LAN: offline", "bus": True}
    assert not any(t.name in ("sentra-lan-resync", "sentra-sync") for t in threading.enumerate())
    assert {t for t in own_threads() if t not in before and not t.daemon} == set()
    owners = {type(getattr(fn, "__self__", fn)).__name__ for fn in shop.services.store._subscribers}  # noqa: SLF001
    assert not owners & {"LanPeer", "SyncWorker"}


@pytest.mark.needs_server
def test_two_stations_see_each_other_over_the_real_broker(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    require_server("Mosquitto (MQTT broker)", "127.0.0.1", 1883)
    before = own_threads()
    prefix = f"test-ui-{uuid.uuid4().hex[:10]}"
    branch = uuid.uuid4().hex
    stores = [trust_test_stations(Store.create(tmp_path / f"{n}.db", KEY, branch_code="JKT01",
                                               station_code=n.upper(), branch_id=branch)) for n in ("k1", "k2")]
    sessions = [SyncSession(s, mqtt_url=MQTT_URL, prefix=prefix) for s in stores]
    window = MainWindow(Services.over(stores[0]), sync=sessions[0])
    qtbot.addWidget(window)
    window.show()
    try:
        for s in sessions:
            s.start()
        ind = window.sync_indicator
        qtbot.waitUntil(lambda: ind.lan_label.text() == "LAN: online · 1 stasiun", timeout=10_000)
        assert ind.cloud_label.text() == "Sinkron: lokal / offline"
        with stores[1].command("customer.save", ACTOR) as cmd:  # k2's write reaches k1 through the broker
            cmd.upsert("customers", "c-lan", name="Citra", branch_id=branch)
        qtbot.waitUntil(lambda: stores[0].query_one("SELECT name FROM customers WHERE id = 'c-lan'") is not None,
                        timeout=10_000)
    finally:
        window.close()
        for s in sessions:
            s.stop()
        idle(qtbot)
        for s in stores:
            s.close()
    assert_threads_back_to(qtbot, before)
