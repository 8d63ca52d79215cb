"""The ECR serial link: one request out, ACK/NAK handshake, one response in.

Works on anything ``serial.serial_for_url`` opens (``COM3``, ``/dev/ttyUSB0``,
``socket://host:port``, a pseudo-terminal). Blocking: run it off the GUI thread.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from typing import Any, Callable, Protocol

import serial

from hardware.edc.frames import (
    ACK,
    NAK,
    AckEvent,
    BadFrameEvent,
    EdcError,
    FrameDecoder,
    FrameEvent,
    LinkEvent,
    NakEvent,
    encode_frame,
)
from hardware.edc.profile import STANDARD_PROFILE, EdcRequest, EdcResponse, FixedWidthProfile, ProfileError

log = logging.getLogger(__name__)


class EcrLinkError(EdcError):
    """The serial link failed: port missing, unplugged, I/O error."""


class NoAckError(EcrLinkError):
    """The terminal did not ACK a request after every allowed send (it may still have it)."""


class ResponseTimeout(EcrLinkError):
    """The terminal ACKed but no response came in time."""


class SerialLike(Protocol):
    def read(self, size: int = 1) -> bytes: ...
    def write(self, data: bytes) -> int | None: ...
    def close(self) -> None: ...
    @property
    def in_waiting(self) -> int: ...


SerialFactory = Callable[..., SerialLike]


class EcrLink:
    """Frame-level conversation with one terminal."""

    def __init__(
        self,
        port: str,
        *,
        profile: FixedWidthProfile = STANDARD_PROFILE,
        baudrate: int | None = None,
        ack_timeout: float = 2.0,
        max_sends: int = 3,
        response_timeout: float = 120.0,
        poll_interval: float = 0.05,
        serial_factory: SerialFactory | None = None,
    ) -> None:
        self.port = port
        self.profile = profile
        self.baudrate = baudrate or profile.baudrate
        self.ack_timeout = ack_timeout
        self.max_sends = max_sends
        self.response_timeout = response_timeout
        self.poll_interval = poll_interval
        self._factory: SerialFactory = serial_factory or serial.serial_for_url
        self._serial: SerialLike | None = None
        self._decoder = FrameDecoder()
        self._events: deque[LinkEvent] = deque()
        self._inbox: deque[EdcResponse] = deque()
        #: counters, handy for tests and diagnostics
        self.frames_sent = 0
        self.naks_sent = 0

    # -- lifetime ----------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self._serial is not None

    def open(self) -> None:
        if self._serial is not None:
            return
        try:
            self._serial = self._factory(
                self.port,
                baudrate=self.baudrate,
                bytesize=8,
                parity="N",
                stopbits=1,
                timeout=self.poll_interval,
                write_timeout=max(self.ack_timeout, 1.0),
            )
        except (serial.SerialException, OSError, ValueError) as exc:
            raise EcrLinkError(f"cannot open EDC port {self.port!r}: {exc}") from exc
        self._decoder.reset()
        self._events.clear()

    def close(self) -> None:
        ser, self._serial = self._serial, None
        if ser is not None:
            try:
                ser.close()
            except (serial.SerialException, OSError):
                pass

    def __enter__(self) -> "EcrLink":
        self.open()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- bytes -------------------------------------------------------------------
    def _write(self, data: bytes) -> None:
        if self._serial is None:
            raise EcrLinkError("EDC link is not open")
        try:
            self._serial.write(data)
            flush = getattr(self._serial, "flush", None)
            if flush is not None:
                flush()
        except (serial.SerialException, OSError) as exc:
            self.close()
            raise EcrLinkError(f"write to EDC failed: {exc}") from exc

    def _next_event(self, deadline: float) -> LinkEvent | None:
        while not self._events:
            if time.monotonic() >= deadline:
                return None
            if self._serial is None:
                raise EcrLinkError("EDC link is not open")
            try:
                waiting = self._serial.in_waiting
                chunk = self._serial.read(max(1, waiting))
            except (serial.SerialException, OSError) as exc:
                self.close()
                raise EcrLinkError(f"read from EDC failed: {exc}") from exc
            if chunk:
                self._events.extend(self._decoder.feed(chunk))
        return self._events.popleft()

    def _take_frame(self, event: FrameEvent) -> EdcResponse | None:
        """ACK a good frame and decode it; NAK (and drop) one the profile cannot read."""
        try:
            response = self.profile.decode_response(event.data)
        except ProfileError as exc:
            log.warning("EDC frame with unreadable DATA: %s", exc)
            self._nak()
            return None
        self._write(bytes([ACK]))
        return response

    def _nak(self) -> None:
        self.naks_sent += 1
        self._write(bytes([NAK]))

    # -- conversation --------------------------------------------------------------
    def send_request(self, request: EdcRequest) -> None:
        """Send until ACKed: NAK or ``ack_timeout`` of silence means send again, ``max_sends`` at most.

        A response frame for this very request arriving before the ACK (lost ACK, instant
        answer) also counts as ACKed; it is kept for :meth:`wait_response`.
        """
        frame = encode_frame(self.profile.encode_request(request))
        refs = {request.ecr_ref, request.orig_ref} - {""}
        for attempt in range(1, self.max_sends + 1):
            self._write(frame)
            self.frames_sent += 1
            deadline = time.monotonic() + self.ack_timeout
            while True:
                event = self._next_event(deadline)
                if event is None:
                    log.info("no ACK for %s (send %d/%d)", request.ecr_ref, attempt, self.max_sends)
                    break
                if isinstance(event, AckEvent):
                    return
                if isinstance(event, NakEvent):
                    log.info("NAK for %s (send %d/%d)", request.ecr_ref, attempt, self.max_sends)
                    break
                if isinstance(event, BadFrameEvent):
                    self._nak()
                    continue
                response = self._take_frame(event)
                if response is not None:
                    self._inbox.append(response)
                    if response.ecr_ref in refs:
                        return
        raise NoAckError(f"EDC did not acknowledge request {request.ecr_ref} after {self.max_sends} sends")

    def wait_response(
        self, match: Callable[[EdcResponse], bool], timeout: float | None = None
    ) -> EdcResponse:
        """Wait for the response ``match`` accepts; ACK every good frame, NAK damaged ones."""
        for kept in list(self._inbox):
            if match(kept):
                self._inbox.remove(kept)
                return kept
        self._inbox.clear()
        deadline = time.monotonic() + (self.response_timeout if timeout is None else timeout)
        while True:
            event = self._next_event(deadline)
            if event is None:
                raise ResponseTimeout("no answer from the EDC terminal in time")
            if isinstance(event, BadFrameEvent):
                log.info("damaged frame from EDC (%s), NAK", event.reason)
                self._nak()
                continue
            if isinstance(event, FrameEvent):
                response = self._take_frame(event)
                if response is None:
                    continue
                if match(response):
                    return response
                log.info("ignoring unrelated EDC response for %r", response.ecr_ref)

    def transact(self, request: EdcRequest, timeout: float | None = None) -> EdcResponse:
        """send_request + wait_response for a request answered under its own ecr_ref."""
        self.send_request(request)
        return self.wait_response(
            lambda r: r.ecr_ref == request.ecr_ref and r.trans_type == request.trans_type, timeout
        )
