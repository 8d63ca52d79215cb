"""An EDC terminal simulator speaking the ECR profile on a pseudo-terminal, with fault injection.

For tests, the demo and a training mode. It keeps every transaction it saw (optionally in a JSON
file) so a POS that restarts can ask for the status of an earlier request.

Run ``python -m hardware.edc.simulator`` to serve one on a pty and print its path.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import random
import select
import sys
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from hardware.edc.frames import (
    ACK,
    NAK,
    AckEvent,
    BadFrameEvent,
    FrameDecoder,
    FrameEvent,
    NakEvent,
    encode_frame,
)
from hardware.edc.profile import (
    STANDARD_PROFILE,
    EdcRequest,
    EdcResponse,
    FixedWidthProfile,
    ProfileError,
    TransType,
)


class FaultPlan(BaseModel):
    """Faults to inject. Counters are consumed as the faults happen; change them any time."""

    model_config = ConfigDict(validate_assignment=True)

    lose_acks: int = Field(0, ge=0, description="next N ACKs to requests are not sent")
    nak_requests: int = Field(0, ge=0, description="next N requests are answered NAK and dropped")
    lose_responses: int = Field(0, ge=0, description="next N response transmissions vanish")
    corrupt_responses: int = Field(0, ge=0, description="next N response transmissions have a bad LRC")
    noise_before_stx: bytes = Field(b"", description="bytes written before every frame")
    split_writes: int = Field(0, ge=0, description="write frames in pieces of this many bytes")
    split_delay: float = Field(0.01, ge=0)
    card_delay: float = Field(0.0, ge=0, description="seconds the customer takes with card and PIN")
    decline_codes: list[str] = Field(default_factory=list, description="codes for the next sales")
    glue_ack: bool = Field(False, description="send the ACK glued to the response frame")
    mute: bool = Field(False, description="terminal switched off: ignore everything")


class TxRecord(BaseModel):
    """A transaction as the terminal remembers it."""

    ecr_ref: str
    trans_type: TransType
    amount: int
    orig_ref: str = ""
    done: bool = False
    response_code: str = ""
    approval_code: str = ""
    rrn: str = ""
    masked_pan: str = ""
    card_label: str = ""
    date: str = ""
    time: str = ""
    voided: bool = False
    settled: bool = False


@dataclass
class _Job:
    kind: Literal["process", "status", "resend", "plain"]
    request: EdcRequest
    glue_ack: bool = False


class TerminalSimulator:
    """A terminal on a pty. ``start()`` returns the path the POS opens."""

    def __init__(
        self,
        faults: FaultPlan | None = None,
        *,
        profile: FixedWidthProfile = STANDARD_PROFILE,
        tid: str = "SIM00001",
        state_path: str | os.PathLike[str] | None = None,
        ack_timeout: float = 2.0,
        max_sends: int = 3,
        card_label: str = "VISA",
        masked_pan: str = "************1234",
    ) -> None:
        if sys.platform == "win32":
            raise RuntimeError("the EDC simulator needs a pseudo-terminal (Linux/macOS)")
        self.faults = faults or FaultPlan()
        self.profile = profile
        self.tid = tid
        self.state_path = Path(state_path) if state_path else None
        self.ack_timeout = ack_timeout
        self.max_sends = max_sends
        self.card_label = card_label
        self.masked_pan = masked_pan
        self.records: dict[str, TxRecord] = {}
        self.requests_received: list[EdcRequest] = []
        self.bad_frames = 0
        self._lock = threading.RLock()
        self._write_lock = threading.Lock()
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        self._acks: queue.Queue[bool] = queue.Queue()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._master = -1
        self._slave = -1
        self.port = ""
        self._rrn_counter = 0
        self._load()

    # -- lifetime -----------------------------------------------------------------------
    def start(self) -> str:
        import tty

        self._master, self._slave = os.openpty()
        tty.setraw(self._slave)  # no echo, no CR/LF mangling, no XON/XOFF
        self.port = os.ttyname(self._slave)
        self._stop.clear()
        self._threads = [
            threading.Thread(target=self._read_loop, name="edc-sim-reader", daemon=True),
            threading.Thread(target=self._work_loop, name="edc-sim-worker", daemon=True),
        ]
        for t in self._threads:
            t.start()
        return self.port

    def stop(self) -> None:
        self._stop.set()
        self._jobs.put(None)
        for t in self._threads:
            t.join(timeout=5)
        self._threads = []
        for fd in (self._master, self._slave):
            if fd >= 0:
                os.close(fd)
        self._master = self._slave = -1

    def __enter__(self) -> "TerminalSimulator":
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- what tests look at ----------------------------------------------------------------
    @property
    def charges(self) -> list[TxRecord]:
        """Every approved sale (the money actually taken from a card)."""
        with self._lock:
            return [
                r
                for r in self.records.values()
                if r.trans_type == TransType.SALE and r.done and r.response_code == "00"
            ]

    def wait_idle(self, timeout: float = 5.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._jobs.unfinished_tasks == 0:
                return True
            time.sleep(0.01)
        return False

    # -- persistence ---------------------------------------------------------------------------
    def _load(self) -> None:
        if self.state_path and self.state_path.exists():
            data = json.loads(self.state_path.read_text(encoding="utf-8"))
            self.records = {r["ecr_ref"]: TxRecord.model_validate(r) for r in data.get("records", [])}
            self._rrn_counter = int(data.get("rrn_counter", 0))

    def _save(self) -> None:
        if not self.state_path:
            return
        payload = {
            "rrn_counter": self._rrn_counter,
            "records": [r.model_dump(mode="json") for r in self.records.values()],
        }
        tmp = self.state_path.with_name(self.state_path.name + ".tmp")
        tmp.write_text(json.dumps(payload, indent=1), encoding="utf-8")
        os.replace(tmp, self.state_path)

    # -- bytes out ---------------------------------------------------------------------------------
    def _write(self, data: bytes) -> None:
        if self._master < 0 or self._stop.is_set():
            return
        with self._write_lock:
            step = self.faults.split_writes
            if step <= 0:
                os.write(self._master, data)
                return
            for i in range(0, len(data), step):
                os.write(self._master, data[i : i + step])
                time.sleep(self.faults.split_delay)

    def _frame_bytes(self, response: EdcResponse) -> bytes:
        return self.faults.noise_before_stx + encode_frame(self.profile.encode_response(response))

    # -- reader thread ---------------------------------------------------------------------------------
    def _read_loop(self) -> None:
        decoder = FrameDecoder()
        while not self._stop.is_set():
            try:
                ready, _, _ = select.select([self._master], [], [], 0.05)
                if not ready:
                    continue
                chunk = os.read(self._master, 4096)
            except OSError:
                time.sleep(0.05)  # no slave open (EIO on Linux): wait for the POS
                continue
            if self.faults.mute:
                continue
            for event in decoder.feed(chunk):
                if isinstance(event, AckEvent):
                    self._acks.put(True)
                elif isinstance(event, NakEvent):
                    self._acks.put(False)
                elif isinstance(event, BadFrameEvent):
                    self.bad_frames += 1
                    self._write(bytes([NAK]))
                elif isinstance(event, FrameEvent):
                    self._on_request(event.data)

    def _on_request(self, data: bytes) -> None:
        try:
            request = self.profile.decode_request(data)
        except ProfileError:
            self.bad_frames += 1
            self._write(bytes([NAK]))
            return
        with self._lock:
            self.requests_received.append(request)
            if self.faults.nak_requests > 0:
                self.faults.nak_requests -= 1
                self._write(bytes([NAK]))
                return
            glue = False
            if self.faults.lose_acks > 0:
                self.faults.lose_acks -= 1
            elif self.faults.glue_ack and request.trans_type in (TransType.SALE, TransType.VOID):
                glue = True
            else:
                self._write(bytes([ACK]))
            kind: Literal["process", "status", "resend", "plain"]
            if request.trans_type in (TransType.SALE, TransType.VOID):
                known = self.records.get(request.ecr_ref)
                if known is not None:
                    if not known.done:
                        return  # a resend of what is being worked on
                    kind = "resend"
                else:
                    self.records[request.ecr_ref] = TxRecord(
                        ecr_ref=request.ecr_ref,
                        trans_type=request.trans_type,
                        amount=request.amount,
                        orig_ref=request.orig_ref,
                    )
                    self._save()
                    kind = "process"
            elif request.trans_type == TransType.STATUS:
                kind = "status"
            else:
                kind = "plain"
            self._jobs.put(_Job(kind, request, glue))

    # -- worker thread ------------------------------------------------------------------------------------
    def _work_loop(self) -> None:
        while True:
            job = self._jobs.get()
            try:
                if job is None:
                    return
                if self._stop.is_set():
                    continue
                response = self._handle(job)
                if response is not None:
                    self._send_response(response, job.glue_ack)
            finally:
                self._jobs.task_done()

    def _now(self) -> tuple[str, str]:
        now = datetime.now()
        return now.strftime("%Y%m%d"), now.strftime("%H%M%S")

    def _response(self, rec: TxRecord, trans_type: TransType) -> EdcResponse:
        return EdcResponse(
            trans_type=trans_type,
            response_code=rec.response_code,
            amount=rec.amount,
            ecr_ref=rec.ecr_ref,
            approval_code=rec.approval_code,
            rrn=rec.rrn,
            masked_pan=rec.masked_pan,
            card_label=rec.card_label,
            tid=self.tid,
            date=rec.date,
            time=rec.time,
        )

    def _handle(self, job: _Job) -> EdcResponse | None:
        req = job.request
        if job.kind == "resend":
            with self._lock:
                return self._response(self.records[req.ecr_ref], req.trans_type)
        if job.kind == "status":
            with self._lock:
                rec = self.records.get(req.orig_ref)
                if rec is None or not rec.done:
                    return EdcResponse(
                        trans_type=TransType.STATUS, response_code="NF", ecr_ref=req.orig_ref, tid=self.tid
                    )
                return self._response(rec, TransType.STATUS)
        if job.kind == "plain":
            date, tm = self._now()
            amount = 0
            if req.trans_type == TransType.SETTLEMENT:
                with self._lock:
                    batch = [c for c in self.charges if not c.voided and not c.settled]
                    amount = sum(c.amount for c in batch)
                    for c in batch:
                        c.settled = True
                    self._save()
            return EdcResponse(
                trans_type=req.trans_type, response_code="00", amount=amount, ecr_ref=req.ecr_ref,
                tid=self.tid, date=date, time=tm,
            )
        # a sale or a void: the customer takes their time
        if self._stop.wait(self.faults.card_delay):
            return None
        with self._lock:
            rec = self.records[req.ecr_ref]
            date, tm = self._now()
            rec.date, rec.time = date, tm
            if req.trans_type == TransType.SALE:
                code = self.faults.decline_codes.pop(0) if self.faults.decline_codes else "00"
                rec.response_code = code
                if code == "00":
                    self._rrn_counter += 1
                    rec.approval_code = f"{random.randint(0, 999999):06d}"
                    rec.rrn = f"{self._rrn_counter:012d}"
                    rec.masked_pan = self.masked_pan
                    rec.card_label = self.card_label
            else:
                orig = self.records.get(req.orig_ref)
                if orig is None or orig.trans_type != TransType.SALE or orig.response_code != "00" or orig.voided:
                    rec.response_code = "NF"
                else:
                    orig.voided = True
                    rec.response_code = "00"
                    rec.approval_code = orig.approval_code
                    rec.rrn = orig.rrn
                    rec.masked_pan = orig.masked_pan
                    rec.card_label = orig.card_label
            rec.done = True
            self._save()
            return self._response(rec, req.trans_type)

    def _send_response(self, response: EdcResponse, glue_ack: bool) -> None:
        frame = self._frame_bytes(response)
        prefix = bytes([ACK]) if glue_ack else b""
        for _ in range(self.max_sends):
            while not self._acks.empty():
                self._acks.get_nowait()
            with self._lock:
                if self.faults.lose_responses > 0:
                    self.faults.lose_responses -= 1
                    data = b""
                elif self.faults.corrupt_responses > 0:
                    self.faults.corrupt_responses -= 1
                    data = frame[:-1] + bytes([frame[-1] ^ 0x5A])
                else:
                    data = frame
            if data or prefix:
                self._write(prefix + data)
            prefix = b""
            try:
                if self._acks.get(timeout=self.ack_timeout):
                    return
            except queue.Empty:
                pass
            if self._stop.is_set():
                return


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m hardware.edc.simulator", description="EDC terminal simulator on a pty")
    parser.add_argument("--state", help="JSON file keeping transactions across simulator restarts")
    parser.add_argument("--card-delay", type=float, default=2.0, help="seconds for card + PIN (default 2)")
    parser.add_argument("--decline", action="append", default=[], help="response code for the next sale (repeatable)")
    parser.add_argument("--noise", action="store_true", help="write noise before every frame")
    parser.add_argument("--split", type=int, default=0, help="write frames in pieces of N bytes")
    parser.add_argument("--lose-acks", type=int, default=0)
    parser.add_argument("--lose-responses", type=int, default=0)
    args = parser.parse_args(argv)
    faults = FaultPlan(
        card_delay=args.card_delay,
        decline_codes=args.decline,
        noise_before_stx=b"\x00\xffNOISE" if args.noise else b"",
        split_writes=args.split,
        lose_acks=args.lose_acks,
        lose_responses=args.lose_responses,
    )
    sim = TerminalSimulator(faults, state_path=args.state)
    port = sim.start()
    print(port, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        sim.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
