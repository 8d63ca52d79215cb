"""Sync commands, wired by app/cli.py as `sentra serve-cloud …` and `sentra sync …`.

  serve-cloud --database URL [--host H] [--port P]       the cloud API (admin token: SENTRA_CLOUD_ADMIN_TOKEN)
  sync status --path DB [--json]                         station, branch, pending, cursor, version vector, state hash
  sync enrol  --path DB --cloud URL --code C --station-code K [--new-key]   enrol (creates DB with the cloud's
                                                         branch if missing; --new-key after a revocation)
  sync run    --path DB [--cloud URL] [--mqtt URL] [--once] [--interval S]   the worker (+ LAN bus) in the foreground
  sync admin-branch --cloud URL --code C --name N        create a branch (admin token from the environment)
  sync admin-code   --cloud URL --branch-id B --station-code K   a one-time enrolment code
  sync admin-revoke --cloud URL --station-id S              a lost or stolen station's token stops working
  sync admin-compact --cloud URL [--branch-id B]           refresh the compacted snapshots for new stations
  admin import-parts|import-labour --cloud URL --csv FILE [--branch-id B] [--check]
                                                         HQ catalogues, checked whole, published all or nothing
  admin import-prices --cloud URL --csv FILE [--check]   HQ price lists (kind,code,price,valid_from[,branch_code])
  admin price --cloud URL --branch B|all --part SKU|--labour CODE --price RP --from YYYY-MM-DD
  admin tax-rule --cloud URL --name N --rate R [--dpp D] --from YYYY-MM-DD [--branch-id B]
  admin warehouse --cloud URL --branch-id B --code C --name N   HQ-authored tax rules and warehouses
  sync broker-config --branch-id B [--password P] --out DIR [--port N] [--prefix sentra]
                                                         Mosquitto password file + ACL, one user per branch
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
import uuid
from pathlib import Path
from typing import Any

from app.storage.errors import StoreError

ADMIN_TOKEN_ENV = "SENTRA_CLOUD_ADMIN_TOKEN"


class CliError(Exception):
    pass


def _parser() -> argparse.ArgumentParser:
    from app.cli import KEY_ENV_HELP, command_parser, environment

    admin_env = f"{ADMIN_TOKEN_ENV}: the cloud's admin token (required)"
    p = argparse.ArgumentParser(prog="sentra", description="SentraAuto Care sync: the cloud API and station sync",
                                epilog=environment(KEY_ENV_HELP, admin_env.replace(" (required)", "")),
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    serve = command_parser(sub, "serve-cloud", "run the cloud API",
                           f"{ADMIN_TOKEN_ENV}: the admin token the cloud accepts (no admin API without it)\n"
                           "SENTRA_CLOUD_COMPACT_DIR: where the compacted snapshots' replicas live (default: beside"
                           " a SQLite database, else the system's temporary folder)")
    serve.add_argument("--database", default="sqlite:///sentra-cloud.db",
                       help="sqlite:///file.db or postgresql://… (default: sqlite:///sentra-cloud.db)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8765, help="port to listen on (default: 8765)")
    serve.add_argument("--workers", type=int, default=1,
                       help="worker processes behind the one address (PostgreSQL for more than one; default: 1)")
    sync = command_parser(sub, "sync", "station sync commands: status, enrol, run, and the cloud's admin commands")
    ss = sync.add_subparsers(dest="sync_command", required=True, metavar="COMMAND")
    st = command_parser(ss, "status", "station, branch, pending events, cursor, version vector, state hash",
                        KEY_ENV_HELP)
    st.add_argument("--path", required=True, type=Path, help="the station database")
    st.add_argument("--json", action="store_true", help="print JSON instead of key: value lines")
    en = command_parser(ss, "enrol", "redeem a one-time enrolment code: the station gets its token and, if the"
                        " database does not exist yet, a new encrypted one for the code's branch",
                        "SENTRA_DB_KEY: the database's key (default: the OS keyring; a new database's key is"
                        " saved there)")
    en.add_argument("--path", required=True, type=Path, help="the station database (created if missing)")
    en.add_argument("--cloud", required=True, help="the cloud's URL, e.g. https://cloud.example.co.id")
    en.add_argument("--code", required=True, help="the one-time enrolment code (from `sentra sync admin-code`)")
    en.add_argument("--station-code", required=True, help="this station's code within the branch, e.g. K2")
    en.add_argument("--new-key", action="store_true", help="a new signing key (after the station was revoked)")
    run = command_parser(ss, "run", "the sync worker (and the LAN bus) in the foreground", KEY_ENV_HELP,
                         "SENTRA_MQTT_URL: the LAN bus when --mqtt is not given")
    run.add_argument("--path", required=True, type=Path, help="the station database")
    run.add_argument("--cloud", help="cloud URL (default: the one saved at enrolment)")
    run.add_argument("--mqtt", default=os.environ.get("SENTRA_MQTT_URL"),
                     help="LAN bus, e.g. mqtt://127.0.0.1:1883 (default: SENTRA_MQTT_URL; none: no LAN bus)")
    run.add_argument("--prefix", default="sentra", help="MQTT topic prefix (default: sentra)")
    run.add_argument("--interval", type=float, default=10.0, help="seconds between sync rounds (default: 10)")
    run.add_argument("--once", action="store_true", help="one round, print JSON, exit")
    ab = command_parser(ss, "admin-branch", "create a branch on the cloud", admin_env)
    ab.add_argument("--cloud", required=True, help="the cloud's URL")
    ab.add_argument("--code", required=True, help="the branch's code, e.g. JKT01")
    ab.add_argument("--name", required=True, help="the branch's name")
    ac = command_parser(ss, "admin-code", "a one-time enrolment code for a new station of a branch", admin_env)
    ac.add_argument("--cloud", required=True, help="the cloud's URL")
    ac.add_argument("--branch-id", required=True, help="the branch's id (from admin-branch)")
    ac.add_argument("--station-code", required=True, help="the station the code is for, e.g. K2")
    acp = command_parser(ss, "admin-compact", "bring the compacted snapshots new stations start from up to date"
                         " (a scheduler may run it; a new station's request does it too)", admin_env)
    acp.add_argument("--cloud", required=True, help="the cloud's URL")
    acp.add_argument("--branch-id", help="one branch (default: every branch)")
    ar = command_parser(ss, "admin-revoke", "a lost or stolen station's token stops working", admin_env)
    ar.add_argument("--cloud", required=True, help="the cloud's URL")
    ar.add_argument("--station-id", required=True, help="the station's id (from `sentra sync status`)")
    from sync.broker_config import add_arguments

    add_arguments(command_parser(ss, "broker-config", "Mosquitto password file and ACL: one user per branch"))
    adm = command_parser(sub, "admin", "HQ master data on the cloud: the parts and labour catalogues, price lists,"
                         " tax rules, warehouses")
    asub = adm.add_subparsers(dest="admin_command", required=True, metavar="COMMAND")
    for name, what, columns in (
            ("import-parts", "the parts catalogue", "sku,name,unit_price[,unit][,barcode][,has_expiry]"),
            ("import-labour", "the labour catalogue", "code,name,flat_hours,rate_per_hour")):
        imp = command_parser(asub, name, f"check a CSV of {what} whole, then publish it to every station as"
                             " cloud-authored master data (all rows or none)", admin_env,
                             description=f"Check a CSV of {what} ({columns}; header row) whole; any rejected"
                             " row is reported by line and reason and nothing is published. A clean file is"
                             " staged on the cloud in batches of 500 and published in one transaction.")
        imp.add_argument("--cloud", required=True, help="the cloud's URL")
        imp.add_argument("--csv", required=True, type=Path, help=f"the CSV file ({columns})")
        imp.add_argument("--branch-id", help="publish to one branch only (default: every branch)")
        imp.add_argument("--check", action="store_true", help="only check the file; publish nothing")
    ip = command_parser(asub, "import-prices", "check a price-list CSV whole, then publish it to every station as"
                        " cloud-authored master data (all rows or none)", admin_env,
                        description="Check a CSV of price-list rows (kind,code,price,valid_from[,branch_code];"
                        " header row) whole: kind is part or labour, code the part's SKU or the labour code, price"
                        " whole Rupiah (labour: per hour), valid_from YYYY-MM-DD, branch_code one branch (empty:"
                        " every branch). Any rejected row is reported by line and reason and nothing is published.")
    ip.add_argument("--cloud", required=True, help="the cloud's URL (branch codes are looked up there)")
    ip.add_argument("--csv", required=True, type=Path, help="the CSV file (kind,code,price,valid_from[,branch_code])")
    ip.add_argument("--check", action="store_true", help="only check the file; publish nothing")
    pr = command_parser(asub, "price", "publish one price-list price taking effect on a date (same branch, item and"
                        " date: edits it)", admin_env,
                        description="A part's or a labour item's price from --from on, for one branch or every"
                        " branch; a branch's own price wins over the every-branch price. Work-order lines added"
                        " from that day (branch time) take it; lines already on a work order keep theirs.")
    pr.add_argument("--cloud", required=True, help="the cloud's URL")
    pr.add_argument("--branch", required=True, help="the branch's id (from admin-branch), or all")
    item = pr.add_mutually_exclusive_group(required=True)
    item.add_argument("--part", metavar="SKU", help="the part's SKU, as in the parts catalogue import")
    item.add_argument("--labour", metavar="CODE", help="the labour item's code, as in the labour catalogue import")
    pr.add_argument("--price", required=True, help="whole Rupiah, e.g. 125000 or 125.000 (labour: per hour)")
    pr.add_argument("--from", dest="valid_from", required=True, help="in force from YYYY-MM-DD")
    tax = command_parser(asub, "tax-rule", "publish a tax rule taking effect on a date (same name and date: edits it)",
                         admin_env, description="A PPN rule in force from --from until the next rule of the same"
                         " name; the rate and the DPP factor are fractions in (0, 1]: 12 (percent) or 3/25.")
    tax.add_argument("--cloud", required=True, help="the cloud's URL")
    tax.add_argument("--name", required=True, help="the rule's name, e.g. PPN")
    tax.add_argument("--rate", required=True, help="the PPN rate: 12 (percent) or 3/25")
    tax.add_argument("--dpp", default="100", help="the DPP factor: 11/12, or 100 (percent; the default)")
    tax.add_argument("--from", dest="valid_from", required=True, help="in force from YYYY-MM-DD")
    tax.add_argument("--branch-id", help="one branch only (default: every branch)")
    wh = command_parser(asub, "warehouse", "publish a branch's warehouse (same code: edits its name)", admin_env)
    wh.add_argument("--cloud", required=True, help="the cloud's URL")
    wh.add_argument("--branch-id", required=True, help="the branch the warehouse belongs to")
    wh.add_argument("--code", required=True, help="the warehouse code, e.g. GD-1")
    wh.add_argument("--name", required=True, help="the warehouse name")
    return p


def publish_master_record(args: argparse.Namespace) -> int:
    """`admin tax-rule` / `admin warehouse`: checked by app.master_rules, then one cloud-authored event."""
    from app.errors import ValidationError
    from app.master_rules import tax_rule_op, warehouse_op

    try:
        if args.admin_command == "tax-rule":
            op = tax_rule_op(args.name, args.rate, args.dpp, args.valid_from)
        else:
            op = warehouse_op(args.branch_id, args.code, args.name)
    except ValidationError as exc:
        raise CliError(str(exc)) from exc
    out = _admin(args.cloud, "/v1/admin/master", {"ops": [op], "branch_id": args.branch_id,
                                                  "type": f"master.{args.admin_command}"})
    print(json.dumps({"id": op["id"], **op["fields"], "cursor": out.get("cursor")}))
    return 0


def publish_price(args: argparse.Namespace) -> int:
    """`admin price`: checked by app.price_lists, then one cloud-authored event (the branch's own, or global)."""
    from app.errors import ValidationError
    from app.price_lists import price_op
    from sync.master_import import Rejected, item_id, rupiah

    branch = None if args.branch.strip().lower() == "all" else args.branch.strip()
    if branch == "":
        raise CliError("--branch: a branch id, or all")
    kind, code = ("part", args.part) if args.part is not None else ("labour", args.labour)
    if not code.strip():
        raise CliError(f"--{kind}: the item's code is empty")
    try:
        op = price_op(branch, kind, item_id(kind, code), rupiah(args.price, "--price"), args.valid_from)
    except (ValidationError, Rejected) as exc:
        raise CliError(str(exc)) from exc
    out = _admin(args.cloud, "/v1/admin/master", {"ops": [op], "branch_id": branch, "type": "master.price"})
    print(json.dumps({"id": op["id"], "code": code.strip().upper(), **op["fields"], "cursor": out.get("cursor")}))
    return 0


def _read_prices(args: argparse.Namespace, token: str | None) -> Any:
    """A price-list CSV, branch codes looked up on the cloud (only if the file names one)."""
    import httpx

    from sync.master_import import BranchLookup, PublishError, read_prices

    def need_token(code: str) -> str | None:
        raise CliError(f"set {ADMIN_TOKEN_ENV} to the cloud's admin token (to look up branch {code})")

    with httpx.Client(base_url=args.cloud.rstrip("/"), timeout=30) as http:
        try:
            return read_prices(args.csv, BranchLookup(http, token) if token else need_token)
        except (httpx.HTTPError, PublishError) as exc:
            raise CliError(f"cannot look up branch codes on {args.cloud}: {exc}") from exc


def import_master(args: argparse.Namespace) -> int:
    import httpx

    if args.admin_command in ("tax-rule", "warehouse"):
        return publish_master_record(args)
    if args.admin_command == "price":
        return publish_price(args)

    from sync.master_import import PublishError, publish, read_labour, read_parts

    if args.admin_command == "import-prices":
        parsed = _read_prices(args, os.environ.get(ADMIN_TOKEN_ENV))
    else:
        parsed = (read_parts if args.admin_command == "import-parts" else read_labour)(args.csv)
    if parsed.rejected:
        print(f"{args.csv}: {len(parsed.rejected)} of {parsed.rows} rows rejected; nothing published", file=sys.stderr)
        print(parsed.report(), file=sys.stderr)
        return 1
    if not parsed.ops:
        raise CliError(f"{args.csv} has no rows")
    if args.check:
        print(json.dumps({"rows": parsed.rows, "rejected": 0, "published": False}))
        return 0
    token = os.environ.get(ADMIN_TOKEN_ENV)
    if not token:
        raise CliError(f"set {ADMIN_TOKEN_ENV} to the cloud's admin token")

    def progress(done: int, total: int) -> None:
        print(f"\r{done}/{total} rows sent", end="", file=sys.stderr, flush=True)

    try:
        with httpx.Client(base_url=args.cloud.rstrip("/"), timeout=60) as http:
            out = publish(http, token, parsed.ops, branch_id=getattr(args, "branch_id", None),
                          type_=f"master.{args.admin_command}",
                          progress=progress)
    except (httpx.HTTPError, PublishError) as exc:
        raise CliError(f"nothing published: {exc}") from exc
    print(file=sys.stderr)
    print(json.dumps({"rows": parsed.rows, "rejected": 0, "published": True, **out}))
    return 0


def _open(path: Path) -> Any:
    from app.storage.keys import load_key
    from app.store import Store

    return Store.open(path, load_key(path))


def status(path: Path) -> dict[str, Any]:
    from app.events.pending import pending_count
    from app.events.sync_state import get_state, held_count, set_aside_count, set_aside_recent
    from app.events.vectors import version_vector
    from app.events.state_hash import state_hash

    store = _open(path)
    try:
        with store.read() as conn:
            ident = store.identity
            skew = get_state(conn, "clock_skew_ms")
            return {
                "station_id": ident.station_id, "station_code": ident.station_code,
                "branch_id": ident.branch_id, "branch_code": ident.branch_code,
                "pending": pending_count(conn, ident.station_id),
                "cursor": int(get_state(conn, "cursor", "0") or 0),
                "version_vector": version_vector(conn),
                "state_hash": state_hash(conn),
                "held": held_count(conn),
                "set_aside": set_aside_count(conn),  # events refused at merge (signature, station, role)
                "set_aside_recent": set_aside_recent(conn, 5),
                "push_refused": get_state(conn, "push_refused") or None,  # why the cloud refused the last push
                "cloud": get_state(conn, "cloud_url"),
                "enrolled": get_state(conn, "token") is not None,
                "last_success": float(get_state(conn, "last_success") or 0) or None,
                "clock_skew_ms": int(skew) if skew else None,
                "clock_warning": get_state(conn, "clock_warning") or None,
                "audit_warning": get_state(conn, "audit_warning") or None,  # the cloud's alarm on the audit chain
            }
    finally:
        store.close()


def enrol(path: Path, cloud_url: str, code: str, station_code: str, *, new_key: bool = False,
          http: Any = None) -> dict[str, Any]:
    """Redeem an enrolment code: the cloud gets the station's public key and gives a token. With
    `new_key` (a revoked station enrolled again) the station signs with a new key from now on."""
    from app.auth import install_branch_secret
    from app.events.signing import StationKey
    from app.events.sync_state import save_state
    from app.storage.keys import load_key, provision_key
    from app.store import Store
    from sync.client import HttpCloud
    from sync.cloud.models import EnrolIn

    existing = _open(path) if path.exists() else None
    station_id = existing.identity.station_id if existing else uuid.uuid4().hex
    branch_id = existing.identity.branch_id if existing else None
    signing_key = existing.signing_key if existing and not new_key else StationKey.generate()
    cloud = HttpCloud(cloud_url, http=http)  # `http`: a client the caller owns (tests, the first-run wizard)
    try:
        out = cloud.enrol(EnrolIn(code=code, station_id=station_id, station_code=station_code, branch_id=branch_id,
                                  pubkey=signing_key.public_b64))
    finally:
        if http is None:
            cloud.close()
        if existing:
            existing.close()
    if existing is None:
        key = provision_key(path)
        store = Store.create(path, key, branch_code=out.branch_code, station_code=station_code,
                             branch_id=out.branch_id, station_id=station_id, signing_key=signing_key)
    else:
        store = Store.open(path, load_key(path))
    try:
        if existing is not None and new_key:
            store.replace_signing_key(signing_key)
        save_state(store, {"token": out.token, "cloud_url": cloud_url})
        install_branch_secret(store, out.pin_secret)
    finally:
        store.close()
    return {"station_id": out.station_id, "branch_id": out.branch_id, "branch_code": out.branch_code}


def run(args: argparse.Namespace) -> int:
    from app.events.sync_state import get_state
    from sync.client import HttpCloud
    from sync.worker import SyncCallbacks, SyncWorker

    store = _open(args.path)
    with store.read() as conn:
        token, saved_url = get_state(conn, "token"), get_state(conn, "cloud_url")
    url = args.cloud or saved_url
    if not url or not token:
        store.close()
        raise CliError(f"{args.path} is not enrolled; run `sentra sync enrol --path {args.path} --cloud URL --code …`")

    def say(state: str, detail: str | None) -> None:
        print(json.dumps({"state": state, "detail": detail}), flush=True)

    cloud = HttpCloud(url, token)
    worker = SyncWorker(store, cloud, interval=args.interval, callbacks=SyncCallbacks(on_state=None if args.once else say))
    bus = None
    try:
        if args.once:
            r = worker.sync_once()
            print(json.dumps({"state": worker.state, "detail": worker.detail, "pushed": r.pushed,
                              "pulled": r.pulled, "applied": r.applied, "held": r.held, "set_aside": r.set_aside}))
            return 0 if worker.state == "online" else 1
        if args.mqtt:
            from sync.lan_bus import MqttLanBus

            bus = MqttLanBus(store, args.mqtt, prefix=args.prefix)
            bus.start()
        done = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: done.set())
        worker.start()
        try:
            done.wait()
        except KeyboardInterrupt:
            pass
        return 0
    finally:
        worker.stop()
        if bus:
            bus.stop()
        cloud.close()
        store.close()


def _admin(cloud: str, path: str, body: dict[str, Any], timeout: float = 15) -> dict[str, Any]:
    import httpx

    token = os.environ.get(ADMIN_TOKEN_ENV)
    if not token:
        raise CliError(f"set {ADMIN_TOKEN_ENV} to the cloud's admin token")
    try:
        r = httpx.post(cloud.rstrip("/") + path, json=body, headers={"Authorization": f"Bearer {token}"},
                       timeout=timeout)
    except httpx.HTTPError as exc:
        raise CliError(f"cloud unreachable at {cloud}: {exc}") from exc
    if r.status_code >= 400:
        raise CliError(f"cloud refused ({r.status_code}): {r.text[:300]}")
    return r.json()


def serve(database: str, host: str, port: int, workers: int = 1) -> int:
    """The API plus, in every worker process, the outbox publisher and the reminder scheduler."""
    import uvicorn

    from sync.cloud import db
    from sync.cloud.asgi import DATABASE_ENV

    if workers > 1 and not database.startswith(("postgresql", "postgres")):
        raise CliError("several workers need PostgreSQL (--database postgresql://…)")
    db.migrate(db.make_engine(database))  # once, before the workers start
    os.environ[DATABASE_ENV] = database
    uvicorn.run("sync.cloud.asgi:from_env", factory=True, host=host, port=port, workers=workers,
                log_level="warning")
    return 0


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "serve-cloud":
            return serve(args.database, args.host, args.port, args.workers)
        if args.command == "admin":
            return import_master(args)
        cmd = args.sync_command
        if cmd == "status":
            data = status(args.path)
            if args.json:
                print(json.dumps(data, indent=2, sort_keys=True))
            else:
                for k in sorted(data):
                    print(f"{k}: {data[k]}")
            return 0
        if cmd == "enrol":
            print(json.dumps(enrol(args.path, args.cloud, args.code, args.station_code, new_key=args.new_key)))
            return 0
        if cmd == "run":
            return run(args)
        if cmd == "admin-branch":
            print(json.dumps(_admin(args.cloud, "/v1/admin/branches", {"code": args.code, "name": args.name})))
            return 0
        if cmd == "admin-code":
            print(json.dumps(_admin(args.cloud, "/v1/admin/enrolment-codes",
                                    {"branch_id": args.branch_id, "station_code": args.station_code})))
            return 0
        if cmd == "broker-config":
            from sync.broker_config import run as broker_config

            try:
                print(json.dumps(broker_config(args)))
            except ValueError as exc:
                raise CliError(str(exc)) from exc
            return 0
        if cmd == "admin-compact":
            print(json.dumps(_admin(args.cloud, "/v1/admin/compact",
                                    {"branch_id": args.branch_id} if args.branch_id else {}, timeout=900)))
            return 0
        if cmd == "admin-revoke":
            print(json.dumps(_admin(args.cloud, f"/v1/admin/stations/{args.station_id}/revoke", {})))
            return 0
    except (CliError, StoreError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # a clean one-line message for anything else (e.g. cloud refused)
        print(f"error: {exc.__class__.__name__}: {exc}", file=sys.stderr)
        return 1
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
