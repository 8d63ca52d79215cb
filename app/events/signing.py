"""Signed events: each station's events form a hash chain, and the station signs every link.

An event's digest is SHA-256 over its envelope (ids, seq, HLC, authority, branch, schema, type,
actor, `prev`) and its payload text (`{"ops":[…]}` as `Event.payload_json` writes it; a station
writes upsert fields in name order, so every hop re-encodes the same text). `prev` is the digest
of the same station's event at seq - 1 ("" for seq 1 or when the station's log starts with an
event made before signing existed), and `sig` is the station's Ed25519 signature over the
digest (`prev` is hex, the signature base64url). Every event carries its own signature, so any
subset can be checked on its own, but a receiver verifies only one signature per run of
consecutive seqs of a station in a batch: the run's last event by signature, every earlier one by
its digest matching the `prev` of the event after it (a signature over event n covers, through
`prev`, every event before it in the run).
A digest costs ~1 µs; an Ed25519 verification ~90 µs, once per station per page.

The private key never leaves the station: it lives in the encrypted database (`meta`), made at
provisioning. The cloud learns the public key at enrolment and publishes it to the branch as
master data (`stations.pubkey`); a revocation publishes `stations.revoked_after_seq`, and events
of that station with a later seq are set aside everywhere from then on.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

EVENT_DOMAIN = b"sentra-event-v1\x00"
LAN_DOMAIN = b"sentra-lan-v1\x00"
SIG_PATTERN = r"^[A-Za-z0-9_-]{86}$"  # 64 bytes, base64url without padding
HASH_PATTERN = r"^[0-9a-f]{64}$"  # `prev`: a SHA-256 digest in hex (compared once per event: hex is the cheapest)
KEY_PATTERN = r"^[A-Za-z0-9_-]{43}$"  # a raw Ed25519 public key, base64url without padding


def b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def digest(event_id: str, station_id: str, seq: int, hlc: str, authority: int, branch_id: str,
           schema_version: int, type_: str, actor_id: str | None, prev: str | None, payload: str) -> bytes:
    """The event's hash. Every envelope field but `type` is from a closed alphabet without \\x1f;
    `type` is length-prefixed, and the payload is last, so no two events share the text."""
    return hashlib.sha256(
        f"{event_id}\x1f{station_id}\x1f{seq}\x1f{hlc}\x1f{authority}\x1f{branch_id}\x1f{schema_version}\x1f"
        f"{len(type_)}:{type_}\x1f{actor_id or ''}\x1f{prev or ''}\x1f{payload}".encode()).digest()


def record_digest(rec: list[Any]) -> bytes:
    """The digest of a prepared record (intake.Prepared: log columns first, payload at 11): the
    text `digest` hashes, built from the record in one step (once per merged event)."""
    return _sha256(
        f"{rec[0]}\x1f{rec[1]}\x1f{rec[2]}\x1f{rec[3]}\x1f{rec[4]}\x1f{rec[5]}\x1f{rec[6]}\x1f"
        f"{len(rec[7])}:{rec[7]}\x1f{rec[8] or ''}\x1f{rec[9] or ''}\x1f{rec[11]}".encode()).digest()


_sha256 = hashlib.sha256


class StationKey:
    """A station's Ed25519 signing key."""

    def __init__(self, private: Ed25519PrivateKey) -> None:
        self._private = private
        self.public = private.public_key()
        self.public_b64 = b64(self.public.public_bytes(Encoding.Raw, PublicFormat.Raw))

    @classmethod
    def generate(cls) -> "StationKey":
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def from_hex(cls, text: str) -> "StationKey":
        return cls(Ed25519PrivateKey.from_private_bytes(bytes.fromhex(text)))

    @classmethod
    def from_seed(cls, seed: bytes) -> "StationKey":
        """A deterministic key (tests and benchmarks only)."""
        return cls(Ed25519PrivateKey.from_private_bytes(hashlib.sha256(seed).digest()))

    def private_hex(self) -> str:
        return self._private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()).hex()

    def sign_digest(self, d: bytes) -> str:
        return b64(self._private.sign(EVENT_DOMAIN + d))

    def sign_message(self, body: bytes) -> str:
        return b64(self._private.sign(LAN_DOMAIN + body))


def public_key(text: str) -> Ed25519PublicKey | None:
    try:
        return Ed25519PublicKey.from_public_bytes(unb64(text))
    except (ValueError, TypeError):
        return None


def verify(key: Ed25519PublicKey, sig: str | None, data: bytes, domain: bytes = EVENT_DOMAIN) -> bool:
    if not sig:
        return False
    try:
        key.verify(unb64(sig), domain + data)
        return True
    except (InvalidSignature, ValueError, TypeError):
        return False


@dataclass
class KnownStation:
    key: Ed25519PublicKey
    revoked_after_seq: int | None = None  # events with a later seq are refused


@dataclass
class KeyDirectory:
    """The stations this station trusts: the branch's published keys, and its own."""

    stations: dict[str, KnownStation] = field(default_factory=dict)
    own: str | None = None

    def get(self, station_id: str) -> KnownStation | None:
        return self.stations.get(station_id)

    def learn(self, records: list[list[Any]]) -> None:
        """Keys and revocations the cloud publishes in this very batch (authority 1 `stations`
        upserts) count for the batch: a station's key may come on the same page as its events."""
        for rec in records:
            if rec[4] != 1:
                continue
            for op in rec[12]:
                if op["op"] != "upsert" or op["table"] != "stations":
                    continue
                fields, sid = op["fields"], op["id"]
                known = self.stations.get(sid)
                key = public_key(fields["pubkey"]) if fields.get("pubkey") else (known.key if known else None)
                if key is None:
                    continue
                cutoff = fields["revoked_after_seq"] if "revoked_after_seq" in fields else (
                    known.revoked_after_seq if known else None)
                if sid == self.own and known is not None:
                    key = known.key  # this station signs with its own key, whatever a page says
                self.stations[sid] = KnownStation(key, cutoff)


# Tests and benchmarks sign with deterministic keys for made-up stations; they register a
# resolver here (None in the app: only published keys count).
PinnedKeys = Callable[[str], KnownStation | None]


def load_directory(conn: Any, own_id: str, own_key: StationKey | None,
                   pinned: PinnedKeys | None = None) -> KeyDirectory:
    """The key directory from the replica's `stations` rows (pubkey, revoked_after_seq)."""
    out = KeyDirectory(own=own_id)
    for sid, pub, cutoff in conn.execute(
            "SELECT id, pubkey, revoked_after_seq FROM stations WHERE pubkey IS NOT NULL AND _del IS NULL"):
        key = public_key(pub)
        if key is not None:
            out.stations[sid] = KnownStation(key, cutoff)
    if own_key is not None:
        mine = out.stations.get(own_id)
        out.stations[own_id] = KnownStation(own_key.public, mine.revoked_after_seq if mine else None)
    if pinned is not None:
        out = _Pinned(out.stations, own_id, pinned)
    return out


@dataclass
class _Pinned(KeyDirectory):
    resolver: PinnedKeys | None = None

    def __init__(self, stations: dict[str, KnownStation], own: str, resolver: PinnedKeys) -> None:
        super().__init__(stations, own)
        self.resolver = resolver

    def get(self, station_id: str) -> KnownStation | None:
        known = self.stations.get(station_id)
        if known is None and self.resolver is not None:
            known = self.resolver(station_id)
        return known


def _verify_run(recs: list[list[Any]], known: KnownStation, refused: dict[int, str] | None) -> None:
    """Walk one station's records from the highest seq down: a record is authentic when its digest
    is the `prev` of the authentic record at the next seq, else when its own signature verifies.
    Marks authentic records (index 14); with `refused`, notes why the others are not."""
    recs.sort(key=_SEQ, reverse=True)
    after: list[Any] | None = None  # the authentic record at the next seq, if any
    for rec in recs:
        if rec[14]:
            after = rec
            continue
        d = record_digest(rec)
        if (after is not None and after[2] == rec[2] + 1 and after[9] == d.hex()) or verify(known.key, rec[10], d):
            rec[14] = True
            after = rec
        else:
            if refused is not None:
                refused[id(rec)] = "unsigned" if not rec[10] else "wrong signature"
            after = None


_SEQ = itemgetter(2)


def _by_station(records: list[list[Any]]) -> dict[str, list[list[Any]]]:
    out: dict[str, list[list[Any]]] = {}
    for rec in records:
        if rec[4] == 0:
            recs = out.get(rec[1])
            if recs is None:
                out[rec[1]] = [rec]
            else:
                recs.append(rec)
    return out


def mark_verified(records: list[list[Any]], keys: KeyDirectory) -> None:
    """Verify what can be verified without the database (while a page is prepared); anything left
    unmarked is checked again, with the replica's current keys, by `screen`."""
    for sid, recs in _by_station(records).items():
        known = keys.get(sid)
        if known is not None:
            _verify_run(recs, known, None)


def screen(records: list[list[Any]], keys: KeyDirectory, *, from_lan: bool) -> tuple[list[list[Any]],
                                                                                     list[tuple[list[Any], str]]]:
    """Split prepared records into (trusted, set aside with a reason), with the replica's current
    keys. Cloud-authored (authority 1) records come only over the authenticated cloud link and pass
    as they are."""
    by_station = _by_station(records)
    if not by_station:
        return records, []
    refused: dict[int, str] = {}
    for sid, recs in by_station.items():
        known = keys.get(sid)
        if known is None:
            for rec in recs:
                refused[id(rec)] = f"unknown station {sid}"
            continue
        if from_lan and sid == keys.own:
            for rec in recs:
                refused[id(rec)] = "claims this station's own id"
            continue
        cutoff = known.revoked_after_seq
        if cutoff is not None:
            for rec in recs:
                if rec[2] > cutoff:
                    refused[id(rec)] = f"station {sid} is revoked (after seq {cutoff})"
            recs = [r for r in recs if id(r) not in refused]
            for rec in recs:  # a link through a refused (later) event proves nothing: check again
                rec[14] = False
        _verify_run(recs, known, refused)
    if not refused:
        return records, []
    return ([r for r in records if id(r) not in refused],
            [(r, refused[id(r)]) for r in records if id(r) in refused])
