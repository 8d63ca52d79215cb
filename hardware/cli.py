"""``sentra hw ...``: device discovery, printer test and EDC commands on the same drivers as the app.

    sentra hw ports [--json]
    sentra hw print-test --printer URL [--paper 58|80]
    sentra hw edc sale|status|void|settle|echo --port URL [--amount RUPIAH] [--ref REF]
                  [--timeout SECONDS] [--json] [--journal PATH]

``--ref``: for ``sale`` the payment id (the POS's own id for this payment); for ``status`` and
``void`` the ecr_ref of the earlier request. ``--timeout``: seconds to wait for the terminal's answer
before asking for status (default 120); status is then asked for at most as long again.
Exit codes: 0 a definite answer, 1 no definite answer (outcome unknown: run ``status`` later),
2 bad arguments, 3 device unreachable, 4 printer not ready (job kept).

The journal (``--journal``, default ``edc_cli_journal.db`` in the user data folder) is an encrypted
database (key from ``SENTRA_DB_KEY`` or the OS keyring); a plain-JSON journal of an older version is
moved into it once and deleted.

Before a ``sale`` or ``void`` every unresolved entry of the journal is resolved by status first; while
one is still unknown nothing new is sent (exit 1, naming its ecr_ref). A ``sale`` without ``--ref``
after an earlier ref-less sale that turns out approved reports that sale and sends nothing.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

# The operator CLI's own words for the EDC progress codes (the screens translate them instead).
_PROGRESS_WORDS = {
    "sending": "Mengirim ke EDC…",
    "sent": "Terkirim ke EDC",
    "waiting_for_card": "Menunggu kartu / PIN di EDC…",
    "checking_status": "Memeriksa status transaksi di EDC…",
    "done": "Selesai",
}

JOURNAL_KEY_HELP = "SENTRA_DB_KEY: the EDC journal's key (default: the OS keyring)"
EXIT_OK, EXIT_UNKNOWN, EXIT_USAGE, EXIT_DEVICE, EXIT_PRINTER = 0, 1, 2, 3, 4
CLI_PAYMENT_PREFIX = "CLI-"  # payment id of a sale run without --ref


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # one line, exit 2, no usage dump on stdout
        raise _UsageError(f"{self.prog}: {message}")


class _UsageError(Exception):
    pass


def _rupiah(text: str) -> int:
    """``--amount``: whole Rupiah, > 0, small enough for the 12-digit Rupiah x 100 field."""
    from hardware.edc.profile import MAX_RUPIAH

    try:
        value = int(text.strip().replace("_", ""), 10)
    except ValueError:
        raise argparse.ArgumentTypeError(f"bukan bilangan bulat Rupiah: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"harus > 0: {value}")
    if value > MAX_RUPIAH:
        raise argparse.ArgumentTypeError(f"terlalu besar untuk EDC (maks {MAX_RUPIAH}): {value}")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"bukan angka detik: {text!r}") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"harus > 0: {text}")
    return value


def _printable_ascii(text: str) -> bool:
    return text.isascii() and text.isprintable()


def _check_ref(action: str, ref: str | None) -> None:
    """``--ref``: for status/void the ecr_ref the terminal knows (1-12 printable ASCII)."""
    if ref is None:
        return
    if action in ("status", "void"):
        if not ref or len(ref) > 12 or not _printable_ascii(ref):
            raise _UsageError(
                f"sentra hw edc {action}: --ref harus ecr_ref 1-12 karakter ASCII yang dapat dicetak: {ref!r}"
            )
    elif not ref.strip() or not _printable_ascii(ref):
        raise _UsageError(f"sentra hw edc {action}: --ref harus teks ASCII yang dapat dicetak: {ref!r}")


def _build_parser() -> argparse.ArgumentParser:
    from app.cli import command_parser, environment

    # Help in English like the rest of `sentra`; what the commands print for the cashier stays Indonesian.
    parser = _Parser(prog="sentra hw", description="Cashier hardware: serial ports, receipt printer, EDC card"
                     " terminal", epilog=environment(JOURNAL_KEY_HELP),
                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser, metavar="COMMAND")

    ports = command_parser(sub, "ports", "list the serial ports")
    ports.add_argument("--json", action="store_true", help="print JSON")

    pt = command_parser(sub, "print-test", "print a test page")
    pt.add_argument("--printer", required=True,
                    help="e.g. serial:/dev/ttyUSB0?baudrate=19200, network:HOST:9100, preview:")
    pt.add_argument("--paper", type=int, choices=(58, 80), default=80, help="paper width in mm (default: 80)")

    edc = command_parser(sub, "edc", "EDC card terminal commands", JOURNAL_KEY_HELP)
    edc.add_argument("action", choices=("sale", "status", "void", "settle", "echo"),
                     help="sale (--amount), status or void (--ref), settle, echo")
    edc.add_argument("--port", required=True, help="COM3, /dev/ttyUSB0, socket://host:port, /dev/pts/N")
    edc.add_argument("--amount", type=_rupiah, help="whole Rupiah, > 0 (sale)")
    edc.add_argument("--ref", help="sale: the payment id; status/void: the original transaction's ecr_ref")
    edc.add_argument("--timeout", type=_seconds, default=120.0,
                     help="seconds to wait for the EDC's answer (default: 120)")
    edc.add_argument("--json", action="store_true", help="print the outcome as JSON")
    edc.add_argument("--journal", help="the payment journal file (encrypted; default: in the platform data folder)")
    return parser


def _default_journal() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("SentraAutoCare", appauthor=False)) / "edc_cli_journal.db"


def _open_journal(path_arg: str | None) -> Any:
    """The encrypted journal; a plain-JSON one from an older version (`edc_cli_journal.json`, or
    the `--journal x.json` given) is moved into it once and deleted."""
    from hardware.edc.journal_file import EncryptedPaymentJournal, import_json_journal

    path = Path(path_arg) if path_arg else _default_journal()
    legacy = path if path.suffix == ".json" else path.with_suffix(".json")
    if path.suffix == ".json":
        path = path.with_suffix(".db")
    journal = EncryptedPaymentJournal(path)
    if legacy.exists():
        moved = import_json_journal(legacy, journal)
        print(f"jurnal lama {legacy} ({moved} transaksi) dipindah ke {path} (terenkripsi)", file=sys.stderr)
    return journal


def _cmd_ports(args: argparse.Namespace) -> int:
    from serial.tools import list_ports

    ports = [
        {"device": p.device, "description": p.description or "", "hwid": p.hwid or ""}
        for p in sorted(list_ports.comports(), key=lambda p: p.device)
    ]
    if args.json:
        print(json.dumps(ports))
    elif not ports:
        print("Tidak ada port serial.")
    else:
        for p in ports:
            print(f"{p['device']}\t{p['description']}\t{p['hwid']}")
    return EXIT_OK


def _cmd_print_test(args: argparse.Namespace) -> int:
    from hardware.printing.errors import PrinterError, PrinterOfflineError, PrinterUrlError
    from hardware.printing.printer_url import parse_printer_url
    from hardware.printing.spool import PrintStation

    try:
        spec = parse_printer_url(args.printer)
    except PrinterUrlError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    station = PrintStation(spec, paper_mm=args.paper)
    try:
        job = station.print_test_page()
    except PrinterOfflineError as exc:
        print(f"gagal: {exc}", file=sys.stderr)
        return EXIT_DEVICE
    except PrinterError as exc:
        print(f"gagal: {exc}", file=sys.stderr)
        return EXIT_PRINTER
    where = f" (pratinjau: {spec.target})" if spec.kind == "preview" and spec.target else ""
    print(f"Tes printer terkirim ke {spec.raw}{where}: {len(job.data)} byte")
    return EXIT_OK


def _outcome_dict(outcome: Any) -> dict[str, Any]:
    return {
        "status": outcome.status,
        "response_code": outcome.response_code,
        "message": outcome.message,
        "approval_code": outcome.approval_code,
        "rrn": outcome.rrn,
        "masked_pan": outcome.masked_pan,
        "card_label": outcome.card_label,
        "amount": outcome.amount,
        "ref": outcome.ecr_ref,
        "trans_type": outcome.trans_type.value,
    }


def _resolve_journal_first(flow: Any, journal: Any, args: argparse.Namespace, progress: Any) -> Any:
    """Before a new sale/void: resolve every unresolved journal entry by status (``26``).

    Returns an exit code to stop with, an earlier outcome to report instead of a new sale, or None
    to go on. A request still unknown stops the command (exit 1, naming its ecr_ref). A ``sale``
    without ``--ref`` whose journal held a sale that now turns out approved reports that sale and
    sends nothing: it was most likely this very sale, run again after an ``unknown``. (Only sales the
    CLI itself named, ``CLI-...``, count here; a sale of another named payment does not stop it.)
    """
    from hardware.edc.profile import TransType

    pending = journal.unresolved()
    if not pending:
        return None
    print(f"jurnal memuat {len(pending)} transaksi belum pasti: memeriksa statusnya dulu", file=sys.stderr, flush=True)
    approved_sales = []
    for entry in pending:
        outcome = flow.status(entry.ecr_ref, progress)
        kind = "sale" if entry.trans_type == TransType.SALE else "void"
        print(
            f"transaksi sebelumnya {entry.ecr_ref} ({kind}, pembayaran {entry.payment_id or '-'}, "
            f"{entry.amount}): {outcome.status} {outcome.response_code}".rstrip(),
            file=sys.stderr,
        )
        if not outcome.definite:
            print(
                f"gagal: {kind} {entry.ecr_ref} masih belum pasti; tidak mengirim {args.action} baru. "
                f"Jalankan 'sentra hw edc status --port {args.port} --ref {entry.ecr_ref}' lagi nanti",
                file=sys.stderr,
            )
            return EXIT_UNKNOWN
        if entry.trans_type == TransType.SALE and outcome.charged and entry.payment_id.startswith(CLI_PAYMENT_PREFIX):
            approved_sales.append(outcome)
    if args.action == "sale" and not args.ref and approved_sales:
        print(
            f"sale sebelumnya {approved_sales[-1].ecr_ref} ternyata disetujui: sale baru tidak dikirim "
            "(jalankan lagi bila memang perlu menagih lagi)",
            file=sys.stderr,
        )
        return approved_sales[-1]
    return None


def _cmd_edc(args: argparse.Namespace) -> int:
    from app.money import format_rupiah
    from hardware.edc.ecr_link import EcrLink, EcrLinkError
    from hardware.edc.frames import EdcError
    from hardware.edc.payment import EdcPaymentFlow, ProgressEvent

    action = args.action
    if action in ("sale", "void") and (args.amount is None or args.amount <= 0):
        raise _UsageError(f"sentra hw edc {action}: --amount RUPIAH (> 0) wajib")
    if action in ("status", "void") and not args.ref:
        raise _UsageError(f"sentra hw edc {action}: --ref REF wajib")
    _check_ref(action, args.ref)

    try:
        journal = _open_journal(args.journal)
    except EdcError as exc:
        print(f"gagal: {exc}", file=sys.stderr)
        return EXIT_UNKNOWN
    link = EcrLink(args.port, response_timeout=args.timeout)
    flow = EdcPaymentFlow(
        link,
        journal,
        status_backoff=(1.0, 2.0, 4.0, 8.0),
        status_response_timeout=min(15.0, args.timeout),
        status_give_up=args.timeout,
    )

    def progress(event: ProgressEvent) -> None:
        print(f"[{event.stage.value}] {_PROGRESS_WORDS.get(event.stage.value, '')}", file=sys.stderr, flush=True)

    try:
        earlier = _resolve_journal_first(flow, journal, args, progress) if action in ("sale", "void") else None
        if isinstance(earlier, int):
            return earlier
        if earlier is not None:
            outcome = earlier
        elif action == "sale":
            payment_id = args.ref or f"{CLI_PAYMENT_PREFIX}{datetime.now():%Y%m%d%H%M%S}"
            outcome = flow.sale(payment_id, args.amount, progress)
        elif action == "void":
            outcome = flow.void(f"VOID-{args.ref}", args.ref, args.amount, progress)
        elif action == "status":
            outcome = flow.status(args.ref, progress)
        elif action == "settle":
            outcome = flow.settle(progress)
        else:
            outcome = flow.echo()
    except EcrLinkError as exc:
        print(f"gagal: {exc}", file=sys.stderr)
        return EXIT_DEVICE
    except EdcError as exc:
        print(f"gagal: {exc}", file=sys.stderr)
        return EXIT_UNKNOWN
    finally:
        link.close()
        journal.close()

    if args.json:
        print(json.dumps(_outcome_dict(outcome)))
    else:
        parts = [outcome.status.upper(), outcome.response_code or "--", outcome.message, format_rupiah(outcome.amount)]
        if outcome.approval_code:
            parts.append(f"approval {outcome.approval_code}")
        if outcome.masked_pan:
            parts.append(f"{outcome.card_label} {outcome.masked_pan}".strip())
        parts.append(f"ref {outcome.ecr_ref}")
        print(" | ".join(parts))
    if not outcome.definite:
        print(f"status belum pasti: jalankan 'sentra hw edc status --port {args.port} --ref {outcome.ecr_ref}'", file=sys.stderr)
        return EXIT_UNKNOWN
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``sentra hw``; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = _build_parser().parse_args(argv)
        if args.command == "ports":
            return _cmd_ports(args)
        if args.command == "print-test":
            return _cmd_print_test(args)
        return _cmd_edc(args)
    except _UsageError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    except SystemExit as exc:  # --help
        return int(exc.code or 0)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
