"""`sentra` / `python -m app`: the entry point. It wires ui/, sync/ and hardware/ to the core,
importing them inside the commands so the core stays importable without Qt."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import textwrap
from pathlib import Path

from app import __version__
from app.errors import DomainError, SetupError
from app.storage.errors import StoreError

DELEGATED = {"hw": "hardware.cli", "sync": "sync.cli", "serve-cloud": "sync.cli", "admin": "sync.cli",
             "notify-worker": "sync.notify.cli"}
DELEGATED_HELP = {"hw": "cashier hardware: serial ports, receipt printer test, EDC card terminal",
                  "sync": "enrol this station, sync it with the cloud, branch and station administration",
                  "serve-cloud": "run the cloud API",
                  "admin": "HQ master data on the cloud: import the parts and labour catalogues from CSV",
                  "notify-worker": "the cloud's WhatsApp notification worker (reads the RabbitMQ queue)"}


KEY_ENV_HELP = ("SENTRA_DB_KEY: the station database's key (default: the OS keyring entry made when"
                " the station was provisioned)")
SETTINGS_ENV_HELP = ("SENTRA_LANG, SENTRA_THEME, SENTRA_TZ, SENTRA_DB_PATH, SENTRA_CLOUD_URL, SENTRA_MQTT_URL,"
                     " SENTRA_EDC_PORT, SENTRA_PRINTER_URL, SENTRA_PAPER_MM, SENTRA_SCANNER_PORT: override the"
                     " station's stored settings; SENTRA_DATA_DIR: the data folder (logs, default database)")


def environment(*lines: str) -> str:
    """An epilog naming the environment variables a command reads."""
    return "environment variables:\n" + "\n".join(
        textwrap.fill(line, 96, initial_indent="  ", subsequent_indent="      ") for line in lines)


def command_parser(sub: argparse._SubParsersAction, name: str, help_: str, *env: str,
                   description: str | None = None) -> argparse.ArgumentParser:
    """A subcommand whose help names the environment variables it reads."""
    return sub.add_parser(name, help=help_, description=textwrap.fill(description or help_, 80),
                          epilog=environment(*env) if env else None,
                          formatter_class=argparse.RawDescriptionHelpFormatter)


def _db_parsers(sub: argparse._SubParsersAction) -> None:
    db = command_parser(sub, "db", "station database: init, check, backup, rekey")
    dbsub = db.add_subparsers(dest="db_command", required=True, metavar="COMMAND")
    init = command_parser(dbsub, "init", "provision a new encrypted station database (no users yet: enrol it,"
                          " or use the demo)", "SENTRA_DB_KEY: the new database's key (default: a new key saved"
                          " in the OS keyring)")
    init.add_argument("--path", type=Path, required=True, help="the database file to create (must not exist)")
    init.add_argument("--branch-code", required=True, help="the branch's code, e.g. JKT01")
    init.add_argument("--station-code", required=True,
                      help="unique within the branch (K1, SA1…): it is in every WO/invoice number")
    init.add_argument("--kind", default="office", help="advisor, bay, warehouse, cashier or office (default: office)")
    check = command_parser(dbsub, "check", "open with the station key and verify pages, schema and audit chain",
                           KEY_ENV_HELP)
    check.add_argument("--path", type=Path, required=True, help="the station database to check")
    check.add_argument("--cloud", metavar="URL",
                       help="also compare the audit chain with the heads the cloud saw this station report at each"
                            " push (with the station's token): an entry rewritten since, even with every hash"
                            " recomputed, is reported; exit 1 when it differs, 2 when the cloud cannot be asked")
    rekey = command_parser(dbsub, "rekey", "change the database key", KEY_ENV_HELP,
                           f"{'SENTRA_NEW_DB_KEY'}: the new key (required when the old one comes from"
                           " SENTRA_DB_KEY; default: a new key saved in the OS keyring)")
    rekey.add_argument("--path", type=Path, required=True, help="the station database to rekey")
    bk = command_parser(dbsub, "backup", "write an encrypted, consistent copy while the app runs", KEY_ENV_HELP)
    bk.add_argument("--path", type=Path, required=True, help="the station database to copy")
    bk.add_argument("--to", type=Path, required=True, help="the backup file to write (same key as the station)")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="sentra", description="SentraAuto Care — bengkel station app. `sentra COMMAND --help` tells more.",
        epilog=environment(KEY_ENV_HELP, SETTINGS_ENV_HELP,
                           "SENTRA_CLOUD_ADMIN_TOKEN: the cloud's admin token (serve-cloud, sync admin-*, admin)"),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"SentraAuto Care {__version__}",
                   help="print the version and exit")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    run = command_parser(sub, "run", "start the station app (GUI); a station with no database first asks for"
                         " an enrolment code (or offers the demo)", KEY_ENV_HELP, SETTINGS_ENV_HELP)
    run.add_argument("--path", type=Path, help="station database (default: SENTRA_DB_PATH, else the platform data"
                     " folder)")
    demo = command_parser(sub, "demo", "the app on a fresh demo database with simulated hardware",
                          SETTINGS_ENV_HELP)
    demo.add_argument("--headless", action="store_true", help="run a scripted day, print the receipt, exit")
    demo.add_argument("--path", type=Path, help="where to create the demo database (must not exist)")
    demo.add_argument("--tour", type=Path, metavar="DIR",
                      help="play the scripted workshop day through the real screens; screenshots and tour.json in DIR")
    demo.add_argument("--lang", choices=("id", "en"), help="language (default: SENTRA_LANG, else id)")
    demo.add_argument("--theme", choices=("standard", "glove"), help="theme (default: SENTRA_THEME, else standard)")
    _db_parsers(sub)
    sb = command_parser(sub, "support-bundle", "zip the logs and this station's sync status for a support ticket"
                        " (no keys, no PINs)", KEY_ENV_HELP + " (with --path)")
    sb.add_argument("--to", type=Path, required=True, help="the zip file to write")
    sb.add_argument("--path", type=Path, help="station database whose sync status to include")
    for name, help_ in DELEGATED_HELP.items():
        sub.add_parser(name, help=f"{help_} (see `sentra {name} --help`)", add_help=False)
    return p


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:  # bare `sentra`: what it can do
        _parser().print_help()
        return 0
    if argv and argv[0] in DELEGATED:
        import importlib

        module = importlib.import_module(DELEGATED[argv[0]])
        rest = argv[1:] if argv[0] == "hw" else argv
        return int(module.main(rest) or 0)
    args = _parser().parse_args(argv)
    try:
        if args.command == "db":
            return _db(args)
        if args.command == "demo":
            return _demo(args)
        if args.command == "run":
            return _run(args)
        if args.command == "support-bundle":
            return _support_bundle(args)
    except (StoreError, DomainError) as exc:
        print(f"sentra: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the database engine's own errors, e.g. a page damaged later on
        if exc.__class__.__module__.startswith("sqlcipher3") or isinstance(exc, MemoryError):
            print(f"sentra: error: database error ({exc or exc.__class__.__name__}); run `sentra db check --path …`",
                  file=sys.stderr)
            return 2
        raise
    return 2


def _db(args: argparse.Namespace) -> int:
    from app import dbtools
    from app.storage import keys
    from app.store import Store

    if args.db_command == "init":
        store = dbtools.init(args.path, args.branch_code, args.station_code, args.kind)
        print(f"created {args.path}: branch {store.identity.branch_code}, station {store.identity.station_code}")
        store.close()
    elif args.db_command == "check":
        report = dbtools.check(args.path)
        print(f"ok: {report.path} schema {report.schema_version}, {report.events} events, "
              f"{report.audit_entries} audit entries, audit chain intact")
        if args.cloud:
            return _audit_with_cloud(args.path, args.cloud)
    elif args.db_command == "backup":
        store = Store.open(args.path, keys.load_key(args.path))
        try:
            dbtools.backup(store, args.to)
        finally:
            store.close()
        print(f"backup written: {args.to} (encrypted with the station key)")
    elif args.db_command == "rekey":
        new = os.environ.get(dbtools.NEW_KEY_ENV)
        if os.environ.get(keys.ENV_KEY) and not new:
            raise StoreError(f"the key comes from {keys.ENV_KEY}: give the new one in {dbtools.NEW_KEY_ENV}")
        dbtools.rekey(args.path, new)
        print(f"key changed for {args.path}" + ("" if new else " (new key saved in the OS keyring)"))
    return 0


def _audit_with_cloud(path: Path, url: str) -> int:
    """`db check --cloud`: one line on the audit chain against the cloud's heads; no traceback."""
    from sync.audit_report import check_with_cloud
    from sync.client import CloudOffline, CloudRefused

    try:
        same, line = check_with_cloud(path, url)
    except CloudOffline as exc:
        print(f"sentra: error: could not compare the audit chain with the cloud: {exc}", file=sys.stderr)
        return 2
    except CloudRefused as exc:
        print(f"sentra: error: the cloud would not give this station's audit heads: {exc}", file=sys.stderr)
        return 2
    print(line if same else f"ALARM: {line}")
    return 0 if same else 1


def _fresh_demo(path: Path | None):
    """A new demo database with an in-memory random key (never written anywhere)."""
    from app import demo
    from app.services import Services
    from app.storage.keys import new_key
    from app.store import Store

    if path is None:
        path = Path(tempfile.mkdtemp(prefix="sentra-demo-")) / "demo.db"
    services = Services.over(Store.create(path, new_key(), branch_code="KGD", station_code="DEMO"))
    cast = demo.seed(services)
    return services, cast


def _demo(args: argparse.Namespace) -> int:
    from app import demo
    from app.settings import Settings

    settings = Settings.from_env()  # a bad SENTRA_* value stops here, in one line
    services, cast = _fresh_demo(args.path)
    try:
        if args.headless:
            return _headless_day(services, cast)
        demo.fill_board(services, cast)
        lang, theme = args.lang or settings.lang, args.theme or settings.theme
        if args.tour is not None and sys.platform.startswith("linux") \
                and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        devices = _station_devices(services, settings, simulate=True)
        try:
            if args.tour is not None:
                from ui.tour.runner import run_tour

                return run_tour(services, args.tour, devices=devices, settings=settings, lang=lang, theme=theme)
            _gui_preflight()
            from ui.shell.app_main import run_gui

            return run_gui(services, devices=devices, settings=settings, lang=lang, theme=theme)
        finally:
            devices.close()  # before the store: the EDC worker writes its journal there
    finally:
        services.close()


def _station_devices(services, settings, *, simulate: bool):  # noqa: ANN001, ANN202 - wiring only
    """The station's devices from its settings (simulators for the demo), journaled in its store."""
    from app.device_journal import DeviceJournal
    from hardware.devices import build_devices
    from hardware.edc.journal_store import StorePaymentJournal

    return build_devices(settings, StorePaymentJournal(DeviceJournal(services.store)), simulate=simulate)


def _headless_day(services, cast) -> int:
    from app import demo
    from app.money import format_rupiah as rp

    day = demo.scripted_day(services, cast)
    inv = day.invoice
    print(f"Hari bengkel selesai / workshop day done: {day.wo_number} -> {inv.number}")
    print(f"  jasa {rp(inv.labour_total)} + sparepart {rp(inv.parts_total)} - diskon {rp(inv.discount)}"
          f" + PPN {rp(inv.ppn)} = total {rp(inv.total)}; dibayar {rp(inv.paid)}, kembali {rp(inv.change)}")
    print()
    print(_receipt_text(day, services.checkout.tax_rule_of(inv.id)))
    ok = inv.labour_total + inv.parts_total - inv.discount + inv.ppn == inv.total == inv.paid
    if not ok:
        print("sentra: error: receipt totals do not add up", file=sys.stderr)
        return 1
    print(json.dumps({"invoice": inv.number, "total": inv.total, "paid": inv.paid, "change": inv.change,
                      "balanced": ok}))
    return 0


def _receipt_text(day, rule) -> str:
    from app.catalogue import Branch
    from hardware.printing.from_invoice import receipt_from_invoice
    from hardware.printing.receipt import render_receipt_text

    branch = Branch(id="", name=day.branch_name, address=day.branch_address, npwp=day.npwp)
    return render_receipt_text(receipt_from_invoice(day.invoice, branch, day.cashier_name, rule), 80)


def _gui_preflight() -> None:
    """Before Qt: the system libraries its platform needs (a one-line hint, not Qt's abort), and the log."""
    from app.logs import setup_logging
    from app.qt_libs import check_gui_libraries

    problem = check_gui_libraries()
    if problem:
        raise SetupError(problem)
    setup_logging()


def _run(args: argparse.Namespace) -> int:
    from app.instance import InstanceLock
    from app.services import Services
    from app.settings import Settings
    from app.station_settings import StationSettingsService
    from app.storage import keys
    from hardware.devices import check_device_settings

    settings = Settings.from_env()
    path = args.path or settings.db_path
    _gui_preflight()
    if not path.exists():  # a new station: the first-run wizard (enrolment code, or the demo)
        from ui.shell.first_run import run_first_run

        outcome = run_first_run(path, settings)
        if outcome == "demo":
            return _demo(argparse.Namespace(headless=False, path=None, tour=None, lang=None, theme=None))
        if outcome != "provisioned":
            return 0
    services = Services.open(path, keys.load_key(path))  # a missing or damaged file stops here, untouched
    try:
        with InstanceLock(path):  # before anything writes: a second copy on this database stops here
            from ui.shell.app_main import run_gui

            settings = StationSettingsService(services.store, check_device_settings).load()
            devices = _station_devices(services, settings, simulate=False)
            try:
                return run_gui(services, devices=devices, settings=settings)
            finally:
                devices.close()
    finally:
        services.close()


def _support_bundle(args: argparse.Namespace) -> int:
    from app.support import make_bundle

    status = {}
    if args.path is not None:
        from sync.cli import status as sync_status

        status["station"] = sync_status(args.path)
    make_bundle(args.to, status=status)
    print(f"support bundle written: {args.to} (logs and sync status; no keys, no PINs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
