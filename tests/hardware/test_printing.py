"""Printer strings, receipt layout, the ESC/POS bytes themselves, status, reprint queue, drawer."""

from __future__ import annotations

import os

import socket
import threading
from pathlib import Path
from typing import Any

import pytest
from escpos.printer import Dummy, File, Network, Serial

from hardware.printing.errors import PaperOutError, PrinterOfflineError, PrinterUrlError
from hardware.printing.escpos_decode import (
    EscPosDecodeError,
    PrintedBarcode,
    PrintedCut,
    PrintedDrawerKick,
    PrintedLine,
    PrintedQr,
    decode_escpos,
    printed_text,
)
from hardware.printing.labels import PartLabel, label_bytes
from hardware.printing.preview import PreviewPrinter, render_escpos_png
from hardware.printing.printer_url import open_printer, parse_printer_url
from hardware.printing.receipt import COLUMNS, receipt_bytes, render_receipt_text
from hardware.printing.spool import PrintStation
from hardware.printing.status import parse_paper_status, parse_printer_status

from .receipt_sample import sample_receipt

REPO = Path(__file__).resolve().parents[2]


# -- printer strings ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind", "target"),
    [
        ("serial:/dev/ttyUSB0?baudrate=19200", "serial", "/dev/ttyUSB0"),
        ("serial:COM3", "serial", "COM3"),
        ("usb:0x04b8:0x0e15", "usb", ""),
        ("network:192.168.1.50:9100", "network", "192.168.1.50"),
        ("network:printer-kasir.local", "network", "printer-kasir.local"),
        ("win32:EPSON TM-T82 Receipt", "win32", "EPSON TM-T82 Receipt"),
        ("file:/dev/usb/lp0", "file", "/dev/usb/lp0"),
        ("preview:", "preview", ""),
    ],
)
def test_printer_strings_parse(text: str, kind: str, target: str) -> None:
    spec = parse_printer_url(text)
    assert (spec.kind, spec.target) == (kind, target)


def test_printer_string_details() -> None:
    assert parse_printer_url("serial:/dev/ttyUSB0?baudrate=19200").options == {"baudrate": 19200}
    usb = parse_printer_url("usb:0x04b8:0x0e15")
    assert (usb.vendor_id, usb.product_id) == (0x04B8, 0x0E15)
    assert parse_printer_url("network:10.0.0.9").port == 9100


@pytest.mark.parametrize(
    "bad",
    ["", "ttyUSB0", "lpt:1", "serial:", "serial:/dev/x?speed=9600", "serial:/dev/x?baudrate=fast",
     "serial:/dev/x?baudrate=1234", "usb:0x04b8", "usb:xyz:0x0e15", "usb:0x1ffff:0x1",
     "network:", "network:bad host:9100", "network:10.0.0.1:0", "network:10.0.0.1:http", "win32:  ", "file:"],
)
def test_bad_printer_strings_are_clear_value_errors(bad: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_printer_url(bad)
    assert isinstance(info.value, PrinterUrlError)
    assert "tidak valid" in str(info.value) and "Contoh" in str(info.value)


def test_open_printer_builds_the_escpos_classes(tmp_path: Path) -> None:
    assert isinstance(open_printer("serial:/dev/ttyUSB0?baudrate=19200"), Serial)
    assert isinstance(open_printer("network:127.0.0.1:9100"), Network)
    assert isinstance(open_printer(f"file:{tmp_path / 'out.bin'}"), File)
    assert isinstance(open_printer("preview:"), PreviewPrinter)


# -- the receipt -------------------------------------------------------------------------------
@pytest.mark.parametrize("paper", [58, 80])
def test_receipt_bytes_carry_the_invoice(paper: int) -> None:
    data = sample_receipt()
    items = decode_escpos(receipt_bytes(data, paper, kick_drawer=True))
    text = printed_text(items)
    lines = [x for x in items if isinstance(x, PrintedLine)]
    assert all(len(x.text) <= COLUMNS[paper] for x in lines)

    def amount_on(label: str) -> str:
        [line] = [x.text for x in lines if x.text.startswith(label)]
        return line[len(label):].strip()

    assert amount_on("Subtotal") == "Rp 1.010.000"
    assert amount_on("Diskon") == "-Rp 10.000"
    assert amount_on("DPP") == "Rp 916.667"
    assert amount_on("PPN 12%") == "Rp 110.000"
    assert amount_on("TOTAL") == "Rp 1.110.000"
    assert amount_on("Kartu (EDC)") == "Rp 750.000"
    assert amount_on("Tunai") == "Rp 400.000"
    assert amount_on("Kembalian") == "Rp 40.000"
    total_line = next(x for x in lines if x.text.startswith("TOTAL"))
    assert total_line.bold and total_line.double_height
    for must in ("NPWP: 01.234.567.8-045.000", "INV-KG01-K1-000123", "WO-KG01-SA1-000456", "B 1234 XYZ",
                 "24/11/2025 14:05", "Siti Rahma", "VISA ************1234", "Kode Approval: A1B2C3",
                 "3,5 x Rp 120.000", "Rp 420.000", "Terima kasih"):
        assert must in text, must
    assert [q.data for q in items if isinstance(q, PrintedQr)] == ["INV-KG01-K1-000123"]
    kinds = [type(x) for x in items]
    assert PrintedCut in kinds and PrintedDrawerKick in kinds
    assert kinds.index(PrintedCut) < kinds.index(PrintedDrawerKick)


def test_raw_cut_and_drawer_kick_commands() -> None:
    raw = receipt_bytes(sample_receipt(), 80, kick_drawer=True)
    assert b"\x1dV\x00" in raw  # GS V 0: full cut
    assert b"\x1bp\x00" in raw  # ESC p 0: drawer pin 2
    assert b"\x1bp" not in receipt_bytes(sample_receipt(), 80)  # no kick unless asked


def test_text_version_for_the_demo() -> None:
    for paper, cols in ((58, 32), (80, 48)):
        text = render_receipt_text(sample_receipt(), paper)
        assert all(len(line) <= cols for line in text.splitlines())
        assert "TOTAL" in text and "Rp 1.110.000" in text and "[QR: INV-KG01-K1-000123]" in text
    with pytest.raises(ValueError):
        render_receipt_text(sample_receipt(), 76)


def test_receipt_without_payments_and_accents() -> None:
    data = sample_receipt(payments=[], change=0, cashier="Dédé Sùrya")
    text = render_receipt_text(data, 58)
    assert "Pembayaran" not in text and "Dede Surya" in text


def test_receipt_model_checks_its_sums() -> None:
    with pytest.raises(ValueError, match="subtotal"):
        sample_receipt(subtotal=1)
    with pytest.raises(ValueError, match="change"):
        sample_receipt(change=0)
    with pytest.raises(ValueError):
        sample_receipt(total=-5)


def test_part_label_barcode() -> None:
    label = PartLabel(part_no="90915-YZZD2", name="Filter oli Avanza", price=65_000, bin_location="A-03", copies=2)
    items = decode_escpos(label_bytes(label, 58))
    assert [b.data for b in items if isinstance(b, PrintedBarcode)] == ["90915-YZZD2"] * 2
    assert "Rp 65.000  Rak A-03" in printed_text(items)
    assert sum(isinstance(x, PrintedCut) for x in items) == 2
    with pytest.raises(ValueError):
        PartLabel(part_no="ÄÖ", name="x")


def test_decoder_refuses_unknown_commands() -> None:
    with pytest.raises(EscPosDecodeError):
        decode_escpos(b"\x1b\x99\x00")
    with pytest.raises(EscPosDecodeError):
        decode_escpos(b"\x1d(k\x09\x00")


# -- status, queue, drawer -----------------------------------------------------------------------
def test_status_bytes() -> None:
    assert parse_printer_status(0x12) is True
    assert parse_printer_status(0x1A) is False
    assert parse_paper_status(0x12) == "ok"
    assert parse_paper_status(0x1E) == "near_end"
    assert parse_paper_status(0x72) == "out"


class ScriptedPrinter(Dummy):
    """A python-escpos printer whose DLE EOT answers are scripted: {n: answer bytes}."""

    def __init__(self, answers: dict[int, bytes]) -> None:
        super().__init__()
        self.answers = answers
        self._reply = b""

    def _raw(self, msg: bytes) -> None:
        if msg.startswith(b"\x10\x04"):
            self._reply = self.answers.get(msg[2], b"")
        else:
            super()._raw(msg)

    def _read(self) -> bytes:
        reply, self._reply = self._reply, b""
        return reply


class Shop:
    """Holds the printer the station's factory hands out, so a test can swap paper."""

    def __init__(self, answers: dict[int, bytes]) -> None:
        self.answers = answers
        self.printed: list[bytes] = []

    def factory(self, spec: Any) -> ScriptedPrinter:
        shop = self

        class Recording(ScriptedPrinter):
            def close(self) -> None:
                shop.printed.append(self.output)

        return Recording(self.answers)


def test_paper_out_keeps_the_job_and_reprint_sends_the_same_bytes(tmp_path: Path) -> None:
    shop = Shop({1: b"\x12", 4: b"\x72"})
    station = PrintStation("serial:/dev/ttyS9", paper_mm=58, printer_factory=shop.factory, queue_path=tmp_path / "q.json")
    with pytest.raises(PaperOutError, match="Kertas printer habis") as info:
        station.print_receipt(sample_receipt(), kick_drawer=True)
    kept = info.value.job
    assert kept is not None and [j.job_id for j in station.queue] == [kept.job_id]
    assert kept.data == receipt_bytes(sample_receipt(), 58)  # the struk only: no drawer kick kept
    assert "Kertas printer habis" in kept.last_error
    assert shop.printed == [b""]  # nothing but the status questions went out
    # the app restarts: the queue is still there
    reopened = PrintStation("serial:/dev/ttyS9", paper_mm=58, printer_factory=shop.factory, queue_path=tmp_path / "q.json")
    assert [j.job_id for j in reopened.queue] == [kept.job_id]
    shop.answers[4] = b"\x12"  # new roll
    done = reopened.retry(kept.job_id)
    assert done.attempts == 2
    assert shop.printed[-1] == kept.data and reopened.queue == []
    assert all(b"\x1bp" not in sent for sent in shop.printed)  # the drawer never opened


KICK = b"\x1bp"  # ESC p: the cash-drawer pulse


def test_reprint_after_paper_out_never_opens_the_drawer() -> None:
    """Paper out on the first try: kept without the kick; the reprint hours later sends no ESC p."""
    shop = Shop({1: b"\x12", 4: b"\x72"})
    station = PrintStation("serial:/dev/ttyS9", paper_mm=80, printer_factory=shop.factory)
    with pytest.raises(PaperOutError) as info:
        station.print_receipt(sample_receipt(), kick_drawer=True)
    kept = info.value.job
    assert kept is not None and KICK not in kept.data
    assert not any(isinstance(x, PrintedDrawerKick) for x in decode_escpos(kept.data))
    assert all(KICK not in sent for sent in shop.printed)  # the drawer stayed shut
    shop.answers[4] = b"\x12"
    station.retry(kept.job_id)
    assert station.queue == []
    assert shop.printed[-1] == kept.data and KICK not in shop.printed[-1]
    assert all(KICK not in sent for sent in shop.printed)


@pytest.mark.parametrize("kick", [True, False])
def test_first_print_kicks_the_drawer_exactly_once_after_the_cut(kick: bool) -> None:
    shop = Shop({1: b"\x12", 4: b"\x12"})
    station = PrintStation("serial:/dev/ttyS9", paper_mm=58, printer_factory=shop.factory)
    job = station.print_receipt(sample_receipt(), kick_drawer=kick)
    assert KICK not in job.data and station.queue == []
    [sent] = shop.printed
    assert sent.count(KICK) == (1 if kick else 0)
    kinds = [type(x) for x in decode_escpos(sent)]
    assert kinds.count(PrintedDrawerKick) == (1 if kick else 0)
    if kick:
        assert kinds.index(PrintedCut) < kinds.index(PrintedDrawerKick)


def test_kick_that_fails_after_a_printed_struk_keeps_nothing() -> None:
    from hardware.printing.errors import DrawerKickError

    shop = Shop({1: b"\x12", 4: b"\x12"})

    def factory(spec: Any) -> ScriptedPrinter:
        printer = shop.factory(spec)
        plain = printer._raw

        def raw(msg: bytes) -> None:
            if msg.startswith(KICK):
                raise OSError("drawer cable unplugged")
            plain(msg)

        printer._raw = raw  # type: ignore[method-assign]
        return printer

    station = PrintStation("serial:/dev/ttyS9", paper_mm=58, printer_factory=factory)
    with pytest.raises(DrawerKickError, match="laci kas tidak terbuka") as info:
        station.print_receipt(sample_receipt(), kick_drawer=True)
    assert info.value.job is None and station.queue == []  # the struk printed: no reprint pending
    assert shop.printed == [receipt_bytes(sample_receipt(), 58)]


def test_struk_kept_by_an_older_version_is_reprinted_without_its_kick(tmp_path: Path) -> None:
    from hardware.printing.spool import PrintJob

    queue = tmp_path / "q.json"
    old = PrintJob(title="Struk lama", data=receipt_bytes(sample_receipt(), 58, kick_drawer=True))
    queue.write_text("[" + old.model_dump_json() + "]", encoding="utf-8")
    shop = Shop({1: b"\x12", 4: b"\x12"})
    station = PrintStation("serial:/dev/ttyS9", paper_mm=58, printer_factory=shop.factory, queue_path=queue)
    station.retry(old.job_id)
    assert shop.printed == [receipt_bytes(sample_receipt(), 58)]


@pytest.mark.parametrize("answers", [{1: b"\x1a", 4: b"\x12"}, {}], ids=["offline-bit", "silent"])
def test_offline_printer_keeps_the_job(answers: dict[int, bytes]) -> None:
    station = PrintStation("serial:/dev/ttyS9", printer_factory=Shop(answers).factory)
    with pytest.raises(PrinterOfflineError) as info:
        station.print_receipt(sample_receipt())
    assert info.value.job in station.queue and len(station.queue) == 1


def test_unreachable_network_printer_keeps_the_job() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nobody listens there now
    station = PrintStation(f"network:127.0.0.1:{port}")
    with pytest.raises(PrinterOfflineError, match="tidak terjangkau"):
        station.print_test_page()
    assert len(station.queue) == 1


class FakeNetworkPrinter:
    """A TCP 'printer' on localhost answering DLE EOT; records what it was sent."""

    def __init__(self, paper: int = 0x12) -> None:
        self.paper = paper
        self.received = bytearray()
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(4)
        self.port = self.server.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(2)
                while True:
                    try:
                        chunk = conn.recv(4096)
                    except OSError:
                        break
                    if not chunk:
                        break
                    while chunk.startswith(b"\x10\x04"):
                        conn.sendall(bytes([0x12 if chunk[2] == 1 else self.paper]))
                        chunk = chunk[3:]
                    self.received += chunk

    def close(self) -> None:
        self.server.close()


def test_network_printer_status_and_print() -> None:
    fake = FakeNetworkPrinter(paper=0x72)
    try:
        station = PrintStation(f"network:127.0.0.1:{fake.port}")
        assert station.status().paper == "out"
        with pytest.raises(PaperOutError):
            station.print_receipt(sample_receipt())
        fake.paper = 0x1E  # near end still prints
        assert station.status().describe() == "Kertas printer hampir habis"
        station.retry_all()
        assert station.queue == []
        station.kick_drawer()
        deadline = threading.Event()
        for _ in range(100):
            if b"\x1bp\x00" in fake.received:
                break
            deadline.wait(0.02)
        assert b"TOTAL" in fake.received and b"\x1dV\x00" in fake.received and b"\x1bp\x00" in fake.received
    finally:
        fake.close()


def test_file_printer_gets_the_bytes(tmp_path: Path) -> None:
    out = tmp_path / "lp0"
    station = PrintStation(f"file:{out}", paper_mm=80)
    station.print_receipt(sample_receipt())
    assert out.read_bytes() == receipt_bytes(sample_receipt(), 80)


def test_preview_printer_renders_png(tmp_path: Path) -> None:
    target = tmp_path / "p.png"
    station = PrintStation(f"preview:{target}", paper_mm=58)
    station.print_receipt(sample_receipt())
    assert station.last_preview.width == 384 + 32 and target.stat().st_size > 1000


@pytest.mark.parametrize("paper", [58, 80])
def test_receipt_screenshots(paper: int) -> None:
    """Writes docs/screenshots/receipt_{58,80}mm.png from the ESC/POS bytes."""
    image = render_escpos_png(receipt_bytes(sample_receipt(), paper), paper)
    if os.environ.get("SENTRA_SCREENSHOTS"):  # refresh the pictures in docs/hardware.md
        out = REPO / "docs" / "screenshots" / f"receipt_{paper}mm.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        image.save(out, format="PNG", optimize=True)
    assert image.width == {58: 384, 80: 576}[paper] + 32
    # the QR really is there: a dark square block in the lower part of the image
    dark = sum(image.crop((0, image.height // 2, image.width, image.height)).histogram()[:128])
    assert dark > 2000
