"""Read ESC/POS bytes back into lines, codes, cuts and drawer kicks.

Used by the on-screen preview and by tests that check what would reach the printer. It knows the
commands this package sends (and the common ones around them); anything else is an
:class:`EscPosDecodeError`, so a new command never slips by unnoticed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union


class EscPosDecodeError(ValueError):
    """Bytes that are not ESC/POS this decoder understands."""


@dataclass
class PrintedLine:
    text: str
    align: str = "left"
    bold: bool = False
    double_height: bool = False
    double_width: bool = False


@dataclass(frozen=True)
class PrintedQr:
    data: str
    size: int


@dataclass(frozen=True)
class PrintedBarcode:
    data: str
    system: int


@dataclass(frozen=True)
class PrintedCut:
    partial: bool


@dataclass(frozen=True)
class PrintedDrawerKick:
    pin: int


@dataclass(frozen=True)
class PrintedFeed:
    lines: int


@dataclass(frozen=True)
class StatusQuery:
    n: int


Printed = Union[PrintedLine, PrintedQr, PrintedBarcode, PrintedCut, PrintedDrawerKick, PrintedFeed, StatusQuery]

_ALIGN = {0: "left", 1: "center", 2: "right", 48: "left", 49: "center", 50: "right"}


@dataclass
class _State:
    align: str = "left"
    bold: bool = False
    dh: bool = False
    dw: bool = False
    qr_size: int = 3
    pending_qr: str | None = None
    text: list[str] = field(default_factory=list)


def decode_escpos(data: bytes) -> list[Printed]:
    out: list[Printed] = []
    st = _State()
    i = 0
    n = len(data)

    def need(count: int) -> bytes:
        if i + count > n:
            raise EscPosDecodeError(f"command at byte {i} is cut short")
        return data[i : i + count]

    def flush_line() -> None:
        out.append(PrintedLine("".join(st.text), st.align, st.bold, st.dh, st.dw))
        st.text.clear()

    while i < n:
        b = data[i]
        if b == 0x0A:
            flush_line()
            i += 1
        elif b == 0x0D:
            i += 1
        elif b == 0x1B:  # ESC
            cmd = need(2)[1]
            if cmd == ord("@"):
                st = _State()
                i += 2
            elif cmd == ord("!"):
                mode = need(3)[2]
                st.bold, st.dh, st.dw = bool(mode & 0x08), bool(mode & 0x10), bool(mode & 0x20)
                i += 3
            elif cmd == ord("E"):
                st.bold = bool(need(3)[2] & 1)
                i += 3
            elif cmd == ord("a"):
                st.align = _ALIGN.get(need(3)[2], "left")
                i += 3
            elif cmd in (ord("t"), ord("M"), ord("-"), ord("G"), ord("{"), ord("3"), ord("R"), ord("c")):
                i += 3 if cmd != ord("c") else 4
            elif cmd == ord("2"):
                i += 2
            elif cmd == ord("d"):
                if st.text:
                    flush_line()
                out.append(PrintedFeed(need(3)[2]))
                i += 3
            elif cmd == ord("p"):
                m = need(5)[2]
                out.append(PrintedDrawerKick(5 if m in (1, 49) else 2))
                i += 5
            else:
                raise EscPosDecodeError(f"unknown ESC command 0x{cmd:02x} at byte {i}")
        elif b == 0x1D:  # GS
            cmd = need(2)[1]
            if cmd == ord("!"):
                size = need(3)[2]
                st.dw, st.dh = bool(size & 0xF0), bool(size & 0x0F)
                i += 3
            elif cmd == ord("V"):
                m = need(3)[2]
                out.append(PrintedCut(partial=m in (1, 49, 66)))
                i += 4 if m in (65, 66) else 3
            elif cmd in (ord("h"), ord("w"), ord("H"), ord("f"), ord("B")):
                i += 3
            elif cmd == ord("k"):
                m = need(3)[2]
                if m <= 6:
                    end = data.find(b"\x00", i + 3)
                    if end < 0:
                        raise EscPosDecodeError("barcode without NUL terminator")
                    payload, i = data[i + 3 : end], end + 1
                else:
                    length = need(4)[3]
                    payload = need(4 + length)[4:]
                    i += 4 + length
                text = payload.decode("ascii", "replace")
                if text.startswith("{") and len(text) >= 2:
                    text = text[2:]
                out.append(PrintedBarcode(text, m))
            elif cmd == ord("("):
                head = need(5)
                fn_kind = head[2]
                length = head[3] | (head[4] << 8)
                body = need(5 + length)[5:]
                i += 5 + length
                if fn_kind == ord("k") and len(body) >= 2 and body[0] == 49:
                    fn = body[1]
                    if fn == 67:
                        st.qr_size = body[2]
                    elif fn == 80:
                        st.pending_qr = body[3:].decode("utf-8", "replace")
                    elif fn == 81 and st.pending_qr is not None:
                        out.append(PrintedQr(st.pending_qr, st.qr_size))
                        st.pending_qr = None
            elif cmd == ord("v"):
                head = need(8)
                width_bytes = head[4] | (head[5] << 8)
                height = head[6] | (head[7] << 8)
                i += 8 + width_bytes * height
            else:
                raise EscPosDecodeError(f"unknown GS command 0x{cmd:02x} at byte {i}")
        elif b == 0x10:  # DLE
            cmd = need(3)
            if cmd[1] != 0x04:
                raise EscPosDecodeError(f"unknown DLE command at byte {i}")
            out.append(StatusQuery(cmd[2]))
            i += 3
        elif b < 0x20 and b != 0x09:
            raise EscPosDecodeError(f"unexpected control byte 0x{b:02x} at byte {i}")
        else:
            st.text.append(chr(b) if b < 0x80 else "?")
            i += 1
    if st.text:
        flush_line()
    return out


def printed_text(items: list[Printed]) -> str:
    """Just the text lines, joined: handy to search a receipt."""
    return "\n".join(x.text for x in items if isinstance(x, PrintedLine))
