"""Receipt (struk) layout for 58 mm (32 columns) and 80 mm (48 columns) paper.

One layout, three outputs: ESC/POS commands through python-escpos (:func:`print_receipt`,
:func:`receipt_bytes`), plain text (:func:`render_receipt_text`), and a PNG preview made from the
ESC/POS bytes (:mod:`hardware.printing.preview`).
"""

from __future__ import annotations

import contextlib
import io
import textwrap
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal, Union

from app.money import format_rupiah
from hardware.printing.receipt_model import ReceiptData, ReceiptPayment

PaperMm = Literal[58, 80]
COLUMNS: dict[int, int] = {58: 32, 80: 48}
DOTS: dict[int, int] = {58: 384, 80: 576}
Align = Literal["left", "center", "right"]

METHOD_LABELS = {
    "cash": "Tunai",
    "tunai": "Tunai",
    "card": "Kartu (EDC)",
    "edc": "Kartu (EDC)",
    "debit": "Kartu Debit",
    "credit": "Kartu Kredit",
    "kredit": "Kartu Kredit",
    "qris": "QRIS",
    "transfer": "Transfer Bank",
    "on_account": "Piutang (tempo)",
}


@dataclass(frozen=True)
class TextLine:
    text: str
    align: Align = "left"
    bold: bool = False
    big: bool = False  # double height


@dataclass(frozen=True)
class QrCode:
    data: str


@dataclass(frozen=True)
class Barcode:
    data: str


@dataclass(frozen=True)
class Cut:
    pass


@dataclass(frozen=True)
class DrawerKick:
    pin: int = 2


Op = Union[TextLine, QrCode, Barcode, Cut, DrawerKick]


def columns_for(paper_mm: int) -> int:
    try:
        return COLUMNS[paper_mm]
    except KeyError:
        raise ValueError(f"paper width must be 58 or 80 mm, not {paper_mm}") from None


def ascii_only(text: str) -> str:
    """Thermal printers' code pages are narrow: fold accents, drop what cannot print."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "".join(ch if ch.isprintable() else " " for ch in folded)


def two_cols(left: str, right: str, width: int) -> str:
    """``left`` and ``right`` on one line; ``left`` is cut if both do not fit."""
    room = width - len(right) - 1
    if room < 1:
        return right.rjust(width)[:width]
    return left[:room].ljust(room) + " " + right


def format_qty(qty: Decimal) -> str:
    text = format(qty.normalize(), "f")
    return text.replace(".", ",")


def method_label(payment: ReceiptPayment) -> str:
    return METHOD_LABELS.get(payment.method.strip().lower(), payment.method.strip() or "Pembayaran")


def build_receipt(data: ReceiptData, paper_mm: int, *, kick_drawer: bool = False) -> list[Op]:
    width = columns_for(paper_mm)
    rule = TextLine("-" * width)
    ops: list[Op] = []

    def wrap(text: str, align: Align = "left", indent: str = "", **kw: Any) -> None:
        for part in textwrap.wrap(ascii_only(text), width, subsequent_indent=indent) or [""]:
            ops.append(TextLine(part, align, **kw))

    if data.reprint:
        ops.append(TextLine("** CETAK ULANG / COPY **", "center", bold=True))
    wrap(data.branch_name, "center", bold=True, big=True)
    if data.branch_address:
        wrap(data.branch_address, "center")
    if data.npwp:
        wrap(f"NPWP: {data.npwp}", "center")
    ops.append(rule)
    label_w = 10
    for label, value in (
        ("Faktur", data.invoice_no),
        ("No. WO", data.wo_no),
        ("Nopol", data.plate),
        ("Tanggal", data.issued_at.strftime("%d/%m/%Y %H:%M")),
        ("Kasir", data.cashier),
    ):
        if not value:
            continue
        head = f"{label.ljust(label_w - 2)}: "
        if " " not in value and len(head) + len(value) > width:
            # a document number is never broken mid-way: it gets a line of its own
            ops.append(TextLine(head.rstrip()))
            if len(value) <= width:
                ops.append(TextLine(ascii_only(value), "right"))
            else:  # longer than the paper is wide: wrapped, nothing cut off
                wrap(value)
        else:
            wrap(head + value, indent=" " * label_w)
    ops.append(rule)
    for line in data.lines:
        wrap(line.description)
        qty = f"  {format_qty(line.qty)} x {format_rupiah(line.unit_price)}"
        ops.append(TextLine(two_cols(qty, format_rupiah(line.amount), width)))
    ops.append(rule)
    ops.append(TextLine(two_cols("Subtotal", format_rupiah(data.subtotal), width)))
    if data.discount:
        ops.append(TextLine(two_cols("Diskon", format_rupiah(-data.discount), width)))
    ops.append(TextLine(two_cols(ascii_only(data.dpp_label), format_rupiah(data.dpp), width)))
    ops.append(TextLine(two_cols(ascii_only(data.ppn_label), format_rupiah(data.ppn), width)))
    ops.append(TextLine(two_cols("TOTAL", format_rupiah(data.total), width), bold=True, big=True))
    if data.payments:
        ops.append(rule)
        ops.append(TextLine("Pembayaran:", bold=True))
        for pay in data.payments:
            ops.append(TextLine(two_cols(method_label(pay), format_rupiah(pay.amount), width)))
            card = " ".join(x for x in (pay.card_label, pay.masked_pan) if x)
            if card:
                wrap(f"  {card}", indent="  ")
            if pay.approval_code:
                wrap(f"  Kode Approval: {pay.approval_code}", indent="  ")
        ops.append(TextLine(two_cols("Kembalian", format_rupiah(data.change), width), bold=True))
    ops.append(rule)
    ops.append(QrCode(data.invoice_no))
    wrap(data.invoice_no, "center")
    if data.footer:
        wrap(data.footer, "center")
    ops.append(Cut())
    if kick_drawer:
        ops.append(DrawerKick())
    return ops


def ops_to_text(ops: list[Op], width: int) -> str:
    out: list[str] = []
    for op in ops:
        if isinstance(op, TextLine):
            if op.align == "center":
                out.append(op.text.center(width).rstrip())
            elif op.align == "right":
                out.append(op.text.rjust(width))
            else:
                out.append(op.text)
        elif isinstance(op, QrCode):
            out.append(f"[QR: {op.data}]".center(width).rstrip())
        elif isinstance(op, Barcode):
            out.append(f"[BARCODE: {op.data}]".center(width).rstrip())
        elif isinstance(op, Cut):
            out.append("- - - - potong - - - -".center(width).rstrip())
        elif isinstance(op, DrawerKick):
            out.append("[buka laci kas]".center(width).rstrip())
    return "\n".join(out) + "\n"


def render_receipt_text(data: ReceiptData, paper_mm: int) -> str:
    """The receipt as plain text, ``paper_mm`` 58 (32 columns) or 80 (48 columns)."""
    return ops_to_text(build_receipt(data, paper_mm), columns_for(paper_mm))


def emit(printer: Any, ops: list[Op], paper_mm: int) -> None:
    """Send ``ops`` to a python-escpos printer object."""
    printer.hw("INIT")
    qr_size = 6 if paper_mm >= 80 else 5
    for op in ops:
        if isinstance(op, TextLine):
            printer.set(align=op.align, bold=op.bold, double_height=op.big, normal_textsize=not op.big)
            printer.text(op.text + "\n")
        elif isinstance(op, QrCode):
            printer.set(align="center", bold=False, normal_textsize=True)
            printer.qr(op.data, size=qr_size, native=True)
            printer.text("\n")
        elif isinstance(op, Barcode):
            printer.set(align="center", bold=False, normal_textsize=True)
            with contextlib.redirect_stdout(io.StringIO()):  # python-escpos print()s a notice here
                printer.barcode("{B" + op.data, "CODE128", height=64, width=2, pos="BELOW", function_type="B")
        elif isinstance(op, Cut):
            printer.cut()
        elif isinstance(op, DrawerKick):
            printer.cashdraw(op.pin)


def _dummy() -> Any:
    from escpos.printer import Dummy

    return Dummy()


def ops_bytes(ops: list[Op], paper_mm: int) -> bytes:
    dummy = _dummy()
    emit(dummy, ops, paper_mm)
    return bytes(dummy.output)


def receipt_bytes(data: ReceiptData, paper_mm: int, *, kick_drawer: bool = False) -> bytes:
    """The receipt as the ESC/POS byte string a printer gets (kept as-is for reprints)."""
    return ops_bytes(build_receipt(data, paper_mm, kick_drawer=kick_drawer), paper_mm)


def print_receipt(printer: Any, data: ReceiptData, paper_mm: int, *, kick_drawer: bool = False) -> None:
    """Print straight to a python-escpos printer (no status check; see ``spool.PrintStation``)."""
    emit(printer, build_receipt(data, paper_mm, kick_drawer=kick_drawer), paper_mm)


#: What opening the cash drawer sends (pin 2, the usual RJ11 drawer port).
CASH_DRAWER_OPS: tuple[Op, ...] = (DrawerKick(2),)
