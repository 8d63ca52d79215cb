"""The LAN bus: stations of one branch share events in real time through an MQTT broker.

Topics, under `{prefix}/branch/{branch_id}/` (QoS 1 everywhere):
  events/{station}    a station's new events, published as they are committed
  hello               "here is my version vector" — on (re)connect and every `resync_interval`
  to/{station}        directed replies: the events that station lacks, or a version vector
                      asking the receiver for what the sender lacks
  presence/{station}  retained "online"/"offline"; the broker publishes "offline" as the last will

On a hello, a peer answers the sender with the events it lacks and with its own version
vector, so the sender answers back with what the peer lacks: after one exchange both hold the
union. A seq gap seen in live traffic (a missed message) triggers the same exchange.
Only station-authored (authority 0) events of this branch travel on the LAN; cloud master
data comes from the cloud alone. With no broker every station works alone and converges
through the cloud.

Nothing is trusted for being on the LAN (docs/security.md): every event is signed by its station
and verified when merged (what fails is set aside), and the requests that make a station send
events — `hello` and `vv` — and `presence` are signed by the sender's station key over (kind,
sender, addressee, time, nonce, body). A station answers only a request from a station whose
published key verifies it, that is not revoked, that is addressed to it (or to all, for a hello),
stamped within LAN_WINDOW_MS of its clock, and not seen before (the nonce).

`LanPeer` is the protocol, free of MQTT (tests drive it through an in-memory broker);
`MqttLanBus` runs it over paho-mqtt.
"""

from __future__ import annotations

import json
import logging
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Annotated, Any, Literal
from urllib.parse import urlparse

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from app.changes import ChangeSet
from app.events.models import Event, Id
from app.events.intake import event_json, wall_ms
from app.events.signing import LAN_DOMAIN, load_directory, verify
from app.events.replicate import apply_batch
from app.events.vectors import events_missing_from, version_vector

log = logging.getLogger(__name__)
FILL_CHUNK = 500
LAN_WINDOW_MS = 30 * 60 * 1000  # a signed request older or newer than this is refused (clocks may drift)
_SEEN_MAX = 4096


class LanMessage(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: Literal["events", "hello", "vv", "presence"]
    sender: Id = Field(alias="from")
    to: Annotated[str, StringConstraints(max_length=64)] | None = None  # a station id, or "*" for all
    ts: int | None = None
    nonce: Annotated[str, StringConstraints(max_length=32)] | None = None
    sig: Annotated[str, StringConstraints(max_length=100)] | None = None
    vv: dict[Id, int] | None = None
    events: list[dict[str, Any]] | None = Field(default=None, max_length=FILL_CHUNK)
    online: bool | None = None


def _msg(kind: str, sender: str, **kw: Any) -> bytes:
    return json.dumps({"kind": kind, "from": sender, **kw}, separators=(",", ":")).encode()


def _signed_text(kind: str, sender: str, to: str | None, ts: int | None, nonce: str | None,
                 vv: dict[str, int] | None, online: bool | None) -> bytes:
    body = json.dumps(vv, sort_keys=True, separators=(",", ":")) if vv is not None else ""
    return f"{kind}\x1f{sender}\x1f{to}\x1f{ts}\x1f{nonce}\x1f{online}\x1f{body}".encode()


Send = Callable[[str, bytes, bool], None]  # (relative topic, payload, retain)


class LanPeer:
    """The bus protocol for one station; `send` publishes a relative topic."""

    def __init__(self, store: Any, send: Send, *, now_ms: Callable[[], int] = wall_ms,
                 on_peers: Callable[[set[str]], None] | None = None) -> None:
        self.store = store
        self.send = send
        self.now_ms = now_ms
        self.on_peers = on_peers
        self.me = store.identity.station_id
        self.branch = store.identity.branch_id
        self.peers: set[str] = set()
        self.applied = 0
        self.refused_requests = 0  # hello/vv/presence that failed the signature checks
        self._seen: set[tuple[str, str]] = set()
        self._seen_order: deque[tuple[str, str]] = deque()
        self._known: dict[str, int] = {}
        self._lock = threading.Lock()
        self._unsubscribe = store.subscribe(self._on_changes)

    def close(self) -> None:
        self._unsubscribe()

    # -- outgoing ------------------------------------------------------------------------------
    def _on_changes(self, changes: ChangeSet) -> None:
        for event in changes.events:
            if event.station_id == self.me and event.authority == 0:
                self.send(f"events/{self.me}", _msg("events", self.me, events=[event_json(event)]), False)

    def _signed(self, kind: str, to: str, *, vv: dict[str, int] | None = None, online: bool | None = None) -> bytes:
        ts, nonce = self.now_ms(), secrets.token_hex(8)
        sig = self.store.signing_key.sign_message(_signed_text(kind, self.me, to, ts, nonce, vv, online))
        extra: dict[str, Any] = {"vv": vv} if vv is not None else {"online": online}
        return _msg(kind, self.me, to=to, ts=ts, nonce=nonce, sig=sig, **extra)

    def _authentic(self, msg: LanMessage) -> bool:
        """A signed request from a known, unrevoked station of this branch, for this station, fresh, not replayed."""
        if msg.ts is None or msg.nonce is None or msg.sig is None or msg.to not in ("*", self.me):
            return False
        request = msg.kind != "presence"  # a retained presence may be old: it only moves the peer count
        if request and (abs(msg.ts - self.now_ms()) > LAN_WINDOW_MS or (msg.sender, msg.nonce) in self._seen):
            return False
        with self.store.read() as conn:
            keys = load_directory(conn, self.me, None, getattr(self.store, "pinned_keys", None))
        known = keys.get(msg.sender)
        if known is None or known.revoked_after_seq is not None:
            return False
        if not verify(known.key, msg.sig, _signed_text(msg.kind, msg.sender, msg.to, msg.ts, msg.nonce, msg.vv,
                                                       msg.online), LAN_DOMAIN):
            return False
        if request:
            self._seen.add((msg.sender, msg.nonce))
            self._seen_order.append((msg.sender, msg.nonce))
            if len(self._seen_order) > _SEEN_MAX:
                self._seen.discard(self._seen_order.popleft())
        return True

    def hello(self) -> None:
        with self.store.read() as conn:
            vv = version_vector(conn)
        self._known = dict(vv)
        self.send("hello", self._signed("hello", "*", vv=vv), False)

    def presence(self, online: bool) -> bytes:
        """Retained: the station id (already in the topic) and a signed stamp; nothing of the branch's data."""
        return self._signed("presence", "*", online=online)

    def _fill(self, peer: str, their_vv: dict[str, int]) -> None:
        """Send `peer` what it lacks, in chunks."""
        while True:
            with self.store.read() as conn:
                missing = events_missing_from(conn, their_vv, authority=0, limit=FILL_CHUNK)
            if not missing:
                return
            self.send(f"to/{peer}", _msg("events", self.me, events=[event_json(e) for e in missing]), False)
            their_vv = dict(their_vv)
            for e in missing:  # they will hold these once delivered
                if e.seq > their_vv.get(e.station_id, 0):
                    their_vv[e.station_id] = e.seq
            if len(missing) < FILL_CHUNK:
                return

    # -- incoming ------------------------------------------------------------------------------
    def handle(self, topic: str, payload: bytes) -> None:
        try:
            msg = LanMessage.model_validate_json(payload)
        except ValidationError as exc:
            log.warning("dropped a malformed LAN message on %s: %s", topic, exc.errors()[0]["msg"])
            return
        if msg.sender == self.me:
            return
        with self._lock:
            if msg.kind in ("presence", "hello", "vv") and not self._authentic(msg):
                self.refused_requests += 1
                log.info("ignored an unsigned or unknown LAN %s from %s", msg.kind, msg.sender)
                return
            if msg.kind == "presence":
                (self.peers.add if msg.online else self.peers.discard)(msg.sender)
                if self.on_peers:
                    self.on_peers(set(self.peers))
            elif msg.kind == "hello" and msg.vv is not None:
                self.peers.add(msg.sender)
                self._fill(msg.sender, msg.vv)
                with self.store.read() as conn:
                    mine = version_vector(conn)
                self.send(f"to/{msg.sender}", self._signed("vv", msg.sender, vv=mine), False)
            elif msg.kind == "vv" and msg.vv is not None:
                self._fill(msg.sender, msg.vv)
            elif msg.kind == "events" and msg.events:
                self._receive(msg.sender, msg.events)

    def _receive(self, sender: str, raw: list[dict[str, Any]]) -> None:
        ours = [e for e in raw if e.get("branch_id") == self.branch]
        if len(ours) != len(raw):
            log.warning("dropped %d LAN event(s) of another branch from %s", len(raw) - len(ours), sender)
        res = apply_batch(self.store, ours, now_ms=self.now_ms, accept_authority=False)
        self.applied += len(res.applied)
        gap = False
        for e in sorted(res.applied, key=lambda e: e.seq):
            known = self._known.get(e.station_id, 0)
            if e.seq == known + 1:
                self._known[e.station_id] = e.seq
            elif e.seq > known + 1:
                gap = True
        if gap and sender in self.peers:  # we missed something: ask the sender (a station we know) for it
            with self.store.read() as conn:
                vv = version_vector(conn)
            self._known = dict(vv)
            self.send(f"to/{sender}", self._signed("vv", sender, vv=vv), False)


class MqttLanBus:
    """`LanPeer` over paho-mqtt: QoS 1, presence with a last will, reconnects on its own."""

    def __init__(self, store: Any, url: str = "mqtt://127.0.0.1:1883", *, prefix: str = "sentra",
                 resync_interval: float = 30.0, now_ms: Callable[[], int] = wall_ms,
                 on_connection: Callable[[bool], None] | None = None,
                 on_peers: Callable[[set[str]], None] | None = None) -> None:
        import paho.mqtt.client as mqtt

        parsed = urlparse(url)
        if parsed.scheme not in ("mqtt", "tcp", ""):
            raise ValueError(f"unsupported LAN bus URL {url!r}: use mqtt://host:port")
        self.host, self.port = parsed.hostname or "127.0.0.1", parsed.port or 1883
        self.root = f"{prefix}/branch/{store.identity.branch_id}"
        self.on_connection = on_connection
        self.resync_interval = resync_interval
        self.connected = False
        self.peer = LanPeer(store, self._publish, now_ms=now_ms, on_peers=on_peers)
        me = self.peer.me
        self.client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=f"sentra-{me}"[:64],
                                  clean_session=True)
        if parsed.username:
            self.client.username_pw_set(parsed.username, parsed.password)
        self.client.will_set(f"{self.root}/presence/{me}", self.peer.presence(False), qos=1, retain=True)
        self.client.reconnect_delay_set(1, 30)
        self.client.on_connect = self._on_connect
        self.client.on_disconnect = self._on_disconnect
        self.client.on_message = self._on_message
        self._stop = threading.Event()
        self._timer: threading.Thread | None = None

    def start(self) -> None:
        self.client.connect_async(self.host, self.port, keepalive=15)
        self.client.loop_start()
        self._timer = threading.Thread(target=self._resync_loop, name="sentra-lan-resync", daemon=True)
        self._timer.start()

    def stop(self) -> None:
        self._stop.set()
        if self.connected:
            info = self.client.publish(f"{self.root}/presence/{self.peer.me}", self.peer.presence(False),
                                       qos=1, retain=True)
            try:
                info.wait_for_publish(2)
            except (RuntimeError, ValueError):
                pass
        self.client.disconnect()
        self.client.loop_stop()
        self.peer.close()

    def _resync_loop(self) -> None:
        while not self._stop.wait(self.resync_interval):
            if self.connected:
                self.peer.hello()

    def _publish(self, rel: str, payload: bytes, retain: bool) -> None:
        self.client.publish(f"{self.root}/{rel}", payload, qos=1, retain=retain)

    def _on_connect(self, client: Any, _userdata: Any, _flags: Any, reason_code: Any, _props: Any) -> None:
        if getattr(reason_code, "is_failure", False):
            log.warning("LAN bus refused the connection: %s", reason_code)
            return
        me = self.peer.me
        client.subscribe([(f"{self.root}/events/+", 1), (f"{self.root}/hello", 1),
                          (f"{self.root}/to/{me}", 1), (f"{self.root}/presence/+", 1)])
        client.publish(f"{self.root}/presence/{me}", self.peer.presence(True), qos=1, retain=True)
        self.connected = True
        if self.on_connection:
            self.on_connection(True)
        self.peer.hello()

    def _on_disconnect(self, *_args: Any) -> None:
        self.connected = False
        if self.on_connection:
            self.on_connection(False)

    def _on_message(self, _client: Any, _userdata: Any, message: Any) -> None:
        try:
            self.peer.handle(message.topic, message.payload)
        except Exception:  # never kill paho's network thread
            log.exception("LAN message on %s failed", message.topic)


def wait_until(pred: Callable[[], bool], timeout: float, step: float = 0.02) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return True
        time.sleep(step)
    return pred()
