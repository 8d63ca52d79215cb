"""ECR link framing: STX | LEN (2 bytes BCD) | VER | DATA | ETX | LRC.

LEN counts the bytes from VER to the end of DATA. LRC is the XOR of every byte after STX up to and
including ETX. Bytes before STX are noise; ACK/NAK are single bytes outside frames.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union

STX = 0x02
ETX = 0x03
ACK = 0x06
NAK = 0x15
VER = 0x01

#: Longest LEN the streaming decoder waits for before calling the frame garbage.
DEFAULT_MAX_LEN = 1024


class EdcError(Exception):
    """Base of every error the EDC layer raises on purpose."""


class FrameError(EdcError, ValueError):
    """A byte string is not a valid ECR frame (bad STX/LEN/VER/ETX/LRC or wrong size)."""


def lrc(data: bytes) -> int:
    """XOR of every byte of ``data``."""
    value = 0
    for byte in data:
        value ^= byte
    return value


def _bcd_len(length: int) -> bytes:
    if not 0 <= length <= 9999:
        raise FrameError(f"frame body too long for a 2-byte BCD length: {length}")
    text = f"{length:04d}"
    return bytes([(int(text[0]) << 4) | int(text[1]), (int(text[2]) << 4) | int(text[3])])


def parse_bcd_len(two: bytes) -> int:
    """2 BCD bytes -> int; FrameError when a nibble is not a decimal digit."""
    if len(two) != 2:
        raise FrameError("LEN needs 2 bytes")
    digits = []
    for byte in two:
        hi, lo = byte >> 4, byte & 0x0F
        if hi > 9 or lo > 9:
            raise FrameError(f"LEN is not BCD: {two.hex()}")
        digits += [hi, lo]
    return digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]


def encode_frame(data: bytes | str, version: int = VER) -> bytes:
    """DATA -> a full frame (STX..LRC)."""
    if isinstance(data, str):
        try:
            data = data.encode("ascii")
        except UnicodeEncodeError as exc:
            raise FrameError("frame DATA must be ASCII") from exc
    body = bytes([version]) + data
    tail = _bcd_len(len(body)) + body + bytes([ETX])
    return bytes([STX]) + tail + bytes([lrc(tail)])


def decode_frame(raw: bytes, version: int = VER) -> bytes:
    """One complete frame (nothing before or after) -> DATA; FrameError on anything else."""
    if not isinstance(raw, (bytes, bytearray)):
        raise FrameError("a frame is bytes")
    raw = bytes(raw)
    if len(raw) < 6:
        raise FrameError(f"frame too short ({len(raw)} bytes)")
    if raw[0] != STX:
        raise FrameError("frame does not start with STX")
    length = parse_bcd_len(raw[1:3])
    if len(raw) != length + 5:
        raise FrameError(f"LEN says {length} but the frame carries {len(raw) - 5}")
    if length < 1 or raw[3] != version:
        raise FrameError("unknown frame version")
    if raw[-2] != ETX:
        raise FrameError("ETX missing")
    if lrc(raw[1:-1]) != raw[-1]:
        raise FrameError("bad LRC")
    return raw[4:-2]


@dataclass(frozen=True)
class AckEvent:
    """The peer answered ACK."""


@dataclass(frozen=True)
class NakEvent:
    """The peer answered NAK."""


@dataclass(frozen=True)
class FrameEvent:
    """A good frame arrived; ``data`` is its DATA."""

    data: bytes


@dataclass(frozen=True)
class BadFrameEvent:
    """Something that started like a frame was damaged; the receiver should NAK it."""

    reason: str


LinkEvent = Union[AckEvent, NakEvent, FrameEvent, BadFrameEvent]


class FrameDecoder:
    """Streaming decoder: feed it whatever a read returned, get the events found so far.

    Tolerates noise before STX, frames split over many reads and a frame glued to an ACK. Never
    raises: damage comes out as :class:`BadFrameEvent`.
    """

    def __init__(self, version: int = VER, max_len: int = DEFAULT_MAX_LEN) -> None:
        self._version = version
        self._max_len = max_len
        self._buf = bytearray()
        self.noise_bytes = 0

    def reset(self) -> None:
        self._buf.clear()

    @property
    def pending(self) -> int:
        """Bytes held while waiting for the rest of a frame."""
        return len(self._buf)

    def feed(self, chunk: bytes) -> list[LinkEvent]:
        self._buf += chunk
        events: list[LinkEvent] = []
        while self._buf:
            first = self._buf[0]
            if first == ACK:
                del self._buf[0]
                events.append(AckEvent())
                continue
            if first == NAK:
                del self._buf[0]
                events.append(NakEvent())
                continue
            if first != STX:
                del self._buf[0]
                self.noise_bytes += 1
                continue
            if len(self._buf) < 3:
                break
            try:
                length = parse_bcd_len(bytes(self._buf[1:3]))
            except FrameError as exc:
                del self._buf[0]
                events.append(BadFrameEvent(str(exc)))
                continue
            if length < 1 or length > self._max_len:
                del self._buf[0]
                events.append(BadFrameEvent(f"implausible LEN {length}"))
                continue
            total = length + 5
            if len(self._buf) >= 4 and self._buf[3] != self._version:
                del self._buf[0]
                events.append(BadFrameEvent("unknown frame version"))
                continue
            if len(self._buf) < total:
                break
            raw = bytes(self._buf[:total])
            if raw[-2] != ETX:
                # Not where a frame would end: treat this STX as noise and resynchronise.
                del self._buf[0]
                events.append(BadFrameEvent("ETX missing"))
                continue
            del self._buf[:total]
            if lrc(raw[1:-1]) != raw[-1]:
                events.append(BadFrameEvent("bad LRC"))
                continue
            events.append(FrameEvent(raw[4:-2]))
        return events
