"""The branch broker with credentials and an ACL (`sentra sync broker-config`), as `.ci/run`
starts it on port 1884: anonymous clients are refused, a branch's user reaches only its own
branch's topics, and stations converge through it."""

from __future__ import annotations

import os
import threading
import uuid
from urllib.parse import urlparse

import pytest

from app.events.state_hash import state_hash
from sync.lan_bus import MqttLanBus, wait_until
from tests.sync.helpers import ACTOR, make_store, require_server

AUTH_URL = os.environ.get("SENTRA_TEST_MQTT_AUTH_URL", "mqtt://branch-br1:ci-broker-secret@127.0.0.1:1884")
PREFIX = "sentra-auth"  # the prefix .ci/run gives broker-config
pytestmark = pytest.mark.needs_server


@pytest.fixture(autouse=True)
def _broker() -> None:
    u = urlparse(AUTH_URL)
    require_server("Mosquitto with password file and ACL", u.hostname or "127.0.0.1", u.port or 1884)


def _client(user: str | None = None, password: str | None = None):  # type: ignore[no-untyped-def]
    import paho.mqtt.client as mqtt

    u = urlparse(AUTH_URL)
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=f"t-{uuid.uuid4().hex[:8]}")
    if user:
        client.username_pw_set(user, password)
    result: dict = {"connected": threading.Event(), "refused": threading.Event(), "got": []}
    client.on_connect = lambda _c, _u, _f, rc, _p: result["refused" if rc.is_failure else "connected"].set()
    client.on_message = lambda _c, _u, m: result["got"].append(m.topic)
    client.connect(u.hostname, u.port)
    client.loop_start()
    return client, result


def test_anonymous_and_wrong_password_are_refused() -> None:
    for user, password in ((None, None), ("branch-br1", "wrong")):
        client, result = _client(user, password)
        try:
            assert result["refused"].wait(5) and not result["connected"].is_set()
        finally:
            client.loop_stop()
            client.disconnect()


def test_a_branch_user_reaches_only_its_own_branch() -> None:
    u = urlparse(AUTH_URL)
    client, result = _client(u.username, u.password)
    try:
        assert result["connected"].wait(5)
        client.subscribe([(f"{PREFIX}/branch/br1/#", 1), (f"{PREFIX}/branch/other/#", 1)])
        for branch in ("other", "br1"):
            client.publish(f"{PREFIX}/branch/{branch}/hello", b"{}", qos=1).wait_for_publish(5)
        assert wait_until(lambda: f"{PREFIX}/branch/br1/hello" in result["got"], 5)
        assert f"{PREFIX}/branch/other/hello" not in result["got"]
    finally:
        client.loop_stop()
        client.disconnect()


def test_stations_converge_through_the_authenticated_broker(tmp_path) -> None:
    a, b = make_store(tmp_path, "a"), make_store(tmp_path, "b")
    ba, bb = MqttLanBus(a, AUTH_URL, prefix=PREFIX), MqttLanBus(b, AUTH_URL, prefix=PREFIX)
    ba.start()
    bb.start()
    try:
        assert wait_until(lambda: ba.connected and bb.connected, 10)
        with a.command("customer.save", ACTOR) as cmd:
            cmd.upsert("customers", "c1", name="Ani")
        assert wait_until(lambda: state_hash(a.conn) == state_hash(b.conn), 10)
    finally:
        ba.stop()
        bb.stop()
