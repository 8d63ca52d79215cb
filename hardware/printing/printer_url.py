"""Printers configured as one string, parsed, validated and turned into a python-escpos printer.

``serial:/dev/ttyUSB0?baudrate=19200`` · ``serial:COM3`` · ``usb:0x04b8:0x0e15`` ·
``network:192.168.1.50:9100`` (port optional, 9100) · ``win32:EPSON TM-T82`` · ``file:/dev/usb/lp0`` ·
``preview:`` (on-screen preview; ``preview:/path/out.png`` also saves a PNG).
"""

from __future__ import annotations

import re
from typing import Any, Literal
from urllib.parse import parse_qsl

from pydantic import BaseModel, ConfigDict

from hardware.printing.errors import PrinterUrlError

PrinterKind = Literal["serial", "usb", "network", "win32", "file", "preview"]

EXAMPLES = (
    "serial:/dev/ttyUSB0?baudrate=19200",
    "usb:0x04b8:0x0e15",
    "network:192.168.1.50:9100",
    "win32:EPSON TM-T82",
    "file:/dev/usb/lp0",
    "preview:",
)

_SERIAL_OPTIONS = {"baudrate": int, "bytesize": int, "parity": str, "stopbits": int, "timeout": float, "dsrdtr": bool}
_HOST = re.compile(r"^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$")


class PrinterSpec(BaseModel):
    """A parsed printer string."""

    model_config = ConfigDict(frozen=True)

    kind: PrinterKind
    target: str = ""  # device path, host, printer name, file path
    port: int | None = None  # network port
    vendor_id: int | None = None
    product_id: int | None = None
    options: dict[str, Any] = {}
    raw: str = ""

    @property
    def can_read_status(self) -> bool:
        """Whether DLE EOT answers can come back over this connection."""
        return self.kind in ("serial", "usb", "network")


def _fail(text: str, why: str) -> PrinterUrlError:
    return PrinterUrlError(f"printer {text!r} tidak valid: {why}. Contoh: {', '.join(EXAMPLES)}")


def _parse_id(text: str, value: str, what: str) -> int:
    try:
        number = int(value, 16) if value.lower().startswith("0x") else int(value, 16)
    except ValueError:
        raise _fail(text, f"{what} {value!r} bukan angka heksadesimal") from None
    if not 0 <= number <= 0xFFFF:
        raise _fail(text, f"{what} di luar 0x0000-0xFFFF")
    return number


def parse_printer_url(text: str) -> PrinterSpec:
    """Parse and validate; :class:`PrinterUrlError` (a ``ValueError``) explains what is wrong."""
    if not isinstance(text, str) or ":" not in text:
        raise _fail(str(text), "harus berbentuk JENIS:ALAMAT")
    kind, _, rest = text.strip().partition(":")
    kind = kind.lower()
    if kind == "serial":
        path, _, query = rest.partition("?")
        if not path:
            raise _fail(text, "port serial kosong")
        options: dict[str, Any] = {}
        for key, value in parse_qsl(query, keep_blank_values=True):
            if key not in _SERIAL_OPTIONS:
                raise _fail(text, f"opsi serial {key!r} tidak dikenal ({', '.join(_SERIAL_OPTIONS)})")
            cast = _SERIAL_OPTIONS[key]
            try:
                options[key] = value.lower() in ("1", "true", "yes") if cast is bool else cast(value)
            except ValueError:
                raise _fail(text, f"nilai {key}={value!r} tidak valid") from None
        if "baudrate" in options and options["baudrate"] not in (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200):
            raise _fail(text, f"baudrate {options['baudrate']} tidak didukung")
        return PrinterSpec(kind="serial", target=path, options=options, raw=text)
    if kind == "usb":
        parts = rest.split(":")
        if len(parts) != 2 or not all(parts):
            raise _fail(text, "USB perlu VENDOR:PRODUCT, mis. usb:0x04b8:0x0e15")
        return PrinterSpec(
            kind="usb",
            vendor_id=_parse_id(text, parts[0], "vendor id"),
            product_id=_parse_id(text, parts[1], "product id"),
            raw=text,
        )
    if kind == "network":
        host, sep, port_text = rest.rpartition(":") if rest.count(":") == 1 else (rest, "", "")
        if not sep:
            host, port_text = rest, "9100"
        host = host.strip("[]")
        if not host or not (_HOST.match(host) or ":" in host):
            raise _fail(text, f"host {host!r} tidak valid")
        if not port_text.isdigit() or not 1 <= int(port_text) <= 65535:
            raise _fail(text, f"port {port_text!r} tidak valid")
        return PrinterSpec(kind="network", target=host, port=int(port_text), raw=text)
    if kind == "win32":
        if not rest.strip():
            raise _fail(text, "nama printer Windows kosong")
        return PrinterSpec(kind="win32", target=rest.strip(), raw=text)
    if kind == "file":
        if not rest:
            raise _fail(text, "path file kosong")
        return PrinterSpec(kind="file", target=rest, raw=text)
    if kind == "preview":
        return PrinterSpec(kind="preview", target=rest, raw=text)
    raise _fail(text, f"jenis {kind!r} tidak dikenal")


def open_printer(spec: PrinterSpec | str, *, timeout: float = 5.0) -> Any:
    """The python-escpos printer object for ``spec`` (not yet opened for serial/network/usb).

    ``preview`` gives a :class:`~hardware.printing.preview.PreviewPrinter`.
    """
    if isinstance(spec, str):
        spec = parse_printer_url(spec)
    from escpos import printer as p

    if spec.kind == "serial":
        opts = {"baudrate": 9600, "timeout": min(timeout, 1.0), **spec.options}
        return p.Serial(devfile=spec.target, **opts)
    if spec.kind == "usb":
        return p.Usb(idVendor=spec.vendor_id, idProduct=spec.product_id, timeout=int(timeout * 1000))
    if spec.kind == "network":
        return p.Network(host=spec.target, port=spec.port or 9100, timeout=timeout)
    if spec.kind == "win32":
        return p.Win32Raw(printer_name=spec.target)
    if spec.kind == "file":
        return p.File(devfile=spec.target)
    from hardware.printing.preview import PreviewPrinter

    return PreviewPrinter(save_to=spec.target or None)
