"""What the cloud does, free of HTTP: enrolment, push, pull, snapshot, master data.

`CloudService` is used by the FastAPI routes (sync/cloud/app.py) and, in fast tests, directly
by an in-process transport. Every refusal raises `CloudError(status, detail)` before anything
is written: a push is stored whole or not at all.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
import uuid
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, and_, func, or_, select, update
from sqlalchemy.exc import IntegrityError

from app.events.authorize import UNKNOWN_ACTOR, Roles
from app.events.hlc import HybridClock
from app.events.models import Event
from app.events.intake import CLOCK_WARN_MS
from app.events.signing import KeyDirectory, KnownStation, public_key, screen
from app.storage.migrations import SCHEMA_VERSION
from sync.cloud import audit_heads, db
from sync.cloud.compaction import Compactor, default_directory
from sync.cloud.models import (CLOUD_STATION, GLOBAL_BRANCH, BranchIn, BranchOut, ClockReport, EnrolIn,
                               EnrolmentCodeIn, EnrolmentCodeOut, EnrolOut, MasterIn, MasterOut, PushIn, PushOut,
                               RevokedOut, StationOut, stamped_ahead)


_EVENT_SERIALIZER = Event.__pydantic_serializer__
_INSERT_COLUMNS = ("cursor", "event_id", "station_id", "seq", "branch_id", "authority", "hlc", "schema_version",
                   "body", "received_at_ms")
_MARKS = {"qmark": "?", "format": "%s", "pyformat": "%s", "numeric": None, "named": None}


def _insert_sql(conn: Connection) -> str:
    """INSERT INTO events in the driver's own parameter style (sqlite3 `?`, psycopg `%s`)."""
    mark = _MARKS.get(conn.dialect.paramstyle)
    if mark is None:
        raise RuntimeError(f"unsupported DB-API paramstyle {conn.dialect.paramstyle}")
    quote = conn.dialect.identifier_preparer.quote
    return (f"INSERT INTO {quote('events')} ({', '.join(quote(c) for c in _INSERT_COLUMNS)}) "
            f"VALUES ({', '.join([mark] * len(_INSERT_COLUMNS))})")


try:  # COPY raises the driver's own error, not SQLAlchemy's wrapper
    from psycopg import IntegrityError as DBAPIIntegrityError
except ImportError:  # pragma: no cover - psycopg is a dependency
    DBAPIIntegrityError = IntegrityError  # type: ignore[misc,assignment]


def _insert_events(conn: Connection, rows: list[tuple]) -> None:
    """Bulk insert inside the caller's transaction: COPY on PostgreSQL (psycopg 3), the driver's
    executemany elsewhere. Constraint violations still raise and roll the whole push back."""
    if conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg":
        quote = conn.dialect.identifier_preparer.quote
        with conn.connection.driver_connection.cursor() as cur:  # type: ignore[union-attr]
            with cur.copy(f"COPY {quote('events')} ({', '.join(quote(c) for c in _INSERT_COLUMNS)}) FROM STDIN") as cp:
                for row in rows:
                    cp.write_row(row)
        return
    conn.exec_driver_sql(_insert_sql(conn), rows)


class CloudError(Exception):
    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


# Enrolment codes are read off one screen and typed on another: no 0/O or 1/I/L, groups of four,
# and never a leading "-" (a command line would take it for an option). 12 of 31 symbols ≈ 59 bits.
_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def new_enrolment_code() -> str:
    symbols = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))
    return "-".join(symbols[i:i + 4] for i in range(0, 12, 4))


@dataclass(frozen=True)
class StationAuth:
    station_id: str
    station_code: str
    branch_id: str


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def clock_report(client_time_ms: int | None, server: int | None = None) -> dict:
    server = now_ms() if server is None else server
    if client_time_ms is None:
        return {"server_time_ms": server}
    skew = client_time_ms - server
    warning = None
    if abs(skew) > CLOCK_WARN_MS:
        warning = (f"this station's clock is {abs(skew) // 1000} s {'ahead of' if skew > 0 else 'behind'}"
                   " the cloud; set the date and time (more than 300 s off)")
    return {"server_time_ms": server, "clock_skew_ms": skew, "clock_warning": warning}


def _records(evs: list[Event]) -> list[list]:
    """Events as the screening's records (signing.screen)."""
    return [[e.event_id, e.station_id, e.seq, e.hlc, e.authority, e.branch_id, e.schema_version, e.type,
             e.actor_id, e.prev, e.sig, e.payload_json(), None, None, False] for e in evs]


@dataclass
class _Relay:
    """What a push relayed for other stations."""

    events: list[Event] = field(default_factory=list)
    acked: dict[str, int] = field(default_factory=dict)
    duplicates: int = 0
    skipped: int = 0
    notes: list[str] = field(default_factory=list)

    def skip(self, n: int, why: str) -> None:
        self.skipped += n
        self.notes.append(why)


class CloudService:
    def __init__(self, engine: Engine, admin_token: str | None, *, clock: Callable[[], int] = now_ms,
                 compact_dir: Path | None = None) -> None:
        self.engine = engine
        self.admin_token = admin_token
        self.clock = clock  # the cloud's wall clock (tests simulate time with it)
        # Called inside a push's transaction with the newly stored events (the outbox lives here).
        self.push_hooks: list[Callable[[Connection, list[Event], int], None]] = []
        # Extra sections of /v1/health (integrations, outbox).
        self.health_parts: list[Callable[[], dict]] = []
        self.compact_dir = compact_dir
        self._compactor: Compactor | None = None

    @property
    def compactor(self) -> Compactor:
        if self._compactor is None:
            directory = self.compact_dir or default_directory(str(self.engine.url))
            self._compactor = Compactor(self.engine, directory, pin_secret=self._pin_secret, clock=self.clock)
        return self._compactor

    # -- auth ----------------------------------------------------------------------------------
    def check_admin(self, token: str | None) -> None:
        if not self.admin_token:
            raise CloudError(403, "admin endpoints are disabled: start the server with an admin token")
        if not token or not hmac.compare_digest(token.encode(), self.admin_token.encode()):
            raise CloudError(401, "admin token missing or wrong")

    def station(self, token: str | None) -> StationAuth:
        if not token:
            raise CloudError(401, "missing station token (Authorization: Bearer …); enrol the station first")
        with self.engine.connect() as conn:
            row = conn.execute(select(db.stations.c.id, db.stations.c.code, db.stations.c.branch_id,
                                      db.stations.c.revoked)
                               .where(db.stations.c.token_hash == _hash(token))).first()
        if row is None:
            raise CloudError(401, "unknown station token; enrol the station again")
        if row.revoked:
            raise CloudError(403, "this station token was revoked")
        return StationAuth(row.id, row.code, row.branch_id)

    # -- admin ---------------------------------------------------------------------------------
    def create_branch(self, body: BranchIn) -> BranchOut:
        with self.engine.begin() as conn:
            if conn.execute(select(db.branches.c.id).where(db.branches.c.code == body.code)).first():
                raise CloudError(409, f"branch code {body.code} is taken")
            bid = uuid.uuid4().hex
            conn.execute(db.branches.insert().values(id=bid, code=body.code, name=body.name, created_at_ms=self.clock()))
        return BranchOut(id=bid, code=body.code, name=body.name)

    def create_enrolment_code(self, body: EnrolmentCodeIn) -> EnrolmentCodeOut:
        code = new_enrolment_code()
        expires = self.clock() + body.ttl_minutes * 60_000
        with self.engine.begin() as conn:
            if not conn.execute(select(db.branches.c.id).where(db.branches.c.id == body.branch_id)).first():
                raise CloudError(404, f"no branch {body.branch_id}")
            conn.execute(db.enrolment_codes.insert().values(
                code_hash=_hash(code), branch_id=body.branch_id, station_code=body.station_code,
                expires_at_ms=expires))
        return EnrolmentCodeOut(code=code, branch_id=body.branch_id, station_code=body.station_code,
                                expires_at_ms=expires)

    def enrol(self, body: EnrolIn) -> EnrolOut:
        token = "st_" + secrets.token_urlsafe(32)
        with self.engine.begin() as conn:
            code = conn.execute(select(db.enrolment_codes).where(
                db.enrolment_codes.c.code_hash == _hash(body.code))).first()
            if code is None or code.used_by is not None:
                raise CloudError(401, "enrolment code unknown or already used; ask the admin for a new one")
            if code.expires_at_ms < self.clock():
                raise CloudError(401, "enrolment code expired; ask the admin for a new one")
            if body.branch_id is not None and body.branch_id != code.branch_id:
                raise CloudError(403, "this database belongs to another branch than the enrolment code")
            if code.station_code != body.station_code:
                raise CloudError(403, f"the code is for station {code.station_code}, not {body.station_code}")
            existing = conn.execute(select(db.stations.c.branch_id, db.stations.c.code, db.stations.c.revoked,
                                           db.stations.c.pubkey)
                                    .where(db.stations.c.id == body.station_id)).first()
            if existing is not None and existing.revoked and existing.pubkey == body.pubkey:
                raise CloudError(403, f"station {body.station_id} was revoked with this signing key; the station "
                                      "must make a new key before it enrols again")
            if existing is not None and existing.branch_id != code.branch_id:
                raise CloudError(403, "station id already enrolled in another branch")
            if existing is not None and existing.code != code.station_code:
                # a code for another station must not take over this one (its token, its events)
                raise CloudError(403, f"station {body.station_id} is enrolled as {existing.code}; this code is for"
                                      f" {code.station_code}")
            holder = conn.execute(select(db.stations.c.id).where(
                db.stations.c.branch_id == code.branch_id, db.stations.c.code == code.station_code,
                db.stations.c.id != body.station_id)).first()
            if holder is not None:
                raise CloudError(409, f"station code {code.station_code} is already used in this branch (by"
                                      f" {holder.id}); document numbers would collide — choose another code")
            branch = conn.execute(select(db.branches).where(db.branches.c.id == code.branch_id)).one()
            conn.execute(update(db.enrolment_codes).where(db.enrolment_codes.c.code_hash == _hash(body.code))
                         .values(used_by=body.station_id))
            if existing is None:
                conn.execute(db.stations.insert().values(
                    id=body.station_id, branch_id=code.branch_id, code=body.station_code, token_hash=_hash(token),
                    acked_seq=0, enrolled_at_ms=self.clock(), revoked=0, pubkey=body.pubkey))
            else:  # re-enrolment: a new token (and, after a revocation, a new key) replaces the old one
                conn.execute(update(db.stations).where(db.stations.c.id == body.station_id)
                             .values(token_hash=_hash(token), revoked=0, code=body.station_code, pubkey=body.pubkey,
                                     revoked_after_seq=None))
            # the branch learns the station's key as master data (authority 1: no station can change it)
            self._publish(conn, code.branch_id, "station.enrol", [{
                "op": "upsert", "table": "stations", "id": body.station_id,
                "fields": {"branch_id": code.branch_id, "code": body.station_code, "pubkey": body.pubkey,
                           "revoked_after_seq": None}}])
        return EnrolOut(token=token, station_id=body.station_id, station_code=body.station_code,
                        branch_id=branch.id, branch_code=branch.code, pin_secret=self._pin_secret(branch.id))

    def _pin_secret(self, branch_id: str) -> str:
        """The branch's PIN secret: an HMAC of its id under the cloud's own key (made once, kept in
        server_meta). Only an enrol response carries it: never an event, a pull or a snapshot."""
        for _ in range(2):
            try:
                with self.engine.begin() as conn:
                    key = conn.execute(select(db.server_meta.c.value).where(db.server_meta.c.key == "pin_key")).scalar()
                    if key is None:
                        key = secrets.token_hex(32)
                        conn.execute(db.server_meta.insert().values(key="pin_key", value=key))
            except IntegrityError:  # another enrolment made it first: read theirs
                continue
            return hmac.new(bytes.fromhex(key), branch_id.encode(), hashlib.sha256).hexdigest()
        raise CloudError(503, "could not make the branch's PIN secret; try again")

    def revoke_station(self, station_id: str) -> RevokedOut:
        """A lost or stolen station: its token stops working at once (403 on every call); the
        events it already pushed stay, and the branch is told (master data `stations.revoked_after_seq`)
        to set aside any later event signed with its key. Enrolling it again takes a new code and a
        new key."""
        with self.engine.begin() as conn:
            row = conn.execute(select(db.stations.c.code, db.stations.c.branch_id, db.stations.c.acked_seq)
                               .where(db.stations.c.id == station_id).with_for_update()).first()
            if row is None:
                raise CloudError(404, f"no station {station_id}")
            # what the cloud holds stays trusted; every later event of the station is set aside everywhere
            conn.execute(update(db.stations).where(db.stations.c.id == station_id).values(
                revoked=1, revoked_after_seq=row.acked_seq))
            self._publish(conn, row.branch_id, "station.revoke", [{
                "op": "upsert", "table": "stations", "id": station_id,
                "fields": {"revoked_after_seq": row.acked_seq}}])
        return RevokedOut(station_id=station_id, station_code=row.code, branch_id=row.branch_id, revoked=True)

    # -- events --------------------------------------------------------------------------------
    @staticmethod
    def _take(conn: Connection, name: str, n: int) -> int:
        """Reserve `n` values of counter `name`; returns the last one (row-locked until commit)."""
        return int(conn.execute(update(db.counters).where(db.counters.c.name == name)
                                .values(value=db.counters.c.value + n).returning(db.counters.c.value)).scalar_one())

    def push(self, auth: StationAuth, body: PushIn) -> PushOut:
        """Store a validated batch in one transaction: one query for the seqs already held, one
        bulk insert (the driver's executemany, no per-row ORM or compiler work), one ack update.

        A push may also relay other stations' events of the branch (a station sends what it holds
        that the cloud lacks, so nothing dies with a broken tablet). Each is taken only if its own
        station signed it, its actor may make it, and it continues that station's seqs; a copy of an
        event already held is an idempotent duplicate. A relayed event that cannot be taken is
        skipped and reported, never a reason to refuse the relayer's own events."""
        evs = body.events
        groups: dict[str, list[Event]] = {}
        for e in evs:
            if e.branch_id != auth.branch_id:
                raise CloudError(403, f"event {e.event_id} names branch {e.branch_id}; this token reaches only "
                                      f"branch {auth.branch_id}")
            if e.authority != 0:
                raise CloudError(403, f"event {e.event_id} claims authority 1, which only the cloud may author")
            groups.setdefault(e.station_id, []).append(e)
        ahead = stamped_ahead(evs, self.clock())
        if ahead is not None:
            raise CloudError(422, ahead)
        for group in groups.values():
            seqs = [e.seq for e in group]
            if any(b <= a for a, b in zip(seqs, seqs[1:])):
                raise CloudError(422, "each station's events of a push must be in ascending seq order without"
                                      " repeats")
        own = groups.pop(auth.station_id, [])
        now = self.clock()
        relay = _Relay()
        with self.engine.begin() as conn:
            acked, old, new = self._take_own(conn, auth, own)
            if new:
                self._check_signed(conn, auth.station_id, new)
            roles = self._roles(conn, auth.branch_id)
            if new:
                self._check_roles(conn, auth.branch_id, new, roles)
            for station in sorted(groups):
                self._take_relayed(conn, auth, station, groups[station], roles, relay)
            stored = new + relay.events
            if stored:
                top = self._take(conn, "cursor", len(stored))
                first = top - len(stored) + 1
                dump = _EVENT_SERIALIZER.to_json
                try:
                    _insert_events(conn, [
                        (first + i, e.event_id, e.station_id, e.seq, e.branch_id, 0, e.hlc, e.schema_version,
                         dump(e).decode(), now)
                        for i, e in enumerate(stored)])
                except (IntegrityError, DBAPIIntegrityError) as exc:  # a concurrent push of the same seqs
                    raise CloudError(409, "these seqs were stored by a concurrent push; nothing stored") from exc
                if new:
                    acked = new[-1].seq
                for station, seq in relay.acked.items():
                    conn.execute(update(db.stations).where(db.stations.c.id == station).values(acked_seq=seq))
                for hook in self.push_hooks:
                    hook(conn, stored, now)
            report = clock_report(body.client_time_ms, self.clock())
            report |= audit_heads.record(conn, auth.station_id, body, now)  # the audit chain's witness
            conn.execute(update(db.stations).where(db.stations.c.id == auth.station_id).values(
                acked_seq=acked, last_seen_ms=now, clock_skew_ms=report.get("clock_skew_ms")))
        return PushOut(acked_seq=acked, accepted=len(new), duplicates=len(old) + relay.duplicates,
                       relayed=len(relay.events), relay_skipped=relay.skipped, relay_notes=relay.notes[:20], **report)

    def _take_own(self, conn: Connection, auth: StationAuth, own: list[Event]
                  ) -> tuple[int, list[Event], list[Event]]:
        """The pushing station's own events: (its acked seq, copies already held, new ones). A gap or
        a seq holding another event refuses the whole push (409)."""
        acked = int(conn.execute(select(db.stations.c.acked_seq).where(db.stations.c.id == auth.station_id)
                                 .with_for_update()).scalar_one())
        split = bisect_right([e.seq for e in own], acked)
        old, new = own[:split], own[split:]
        if old:
            held = self._held(conn, auth.station_id, old)
            for e in old:
                if held.get(e.seq) != e.event_id:
                    raise CloudError(409, f"station {auth.station_id} seq {e.seq} already holds another event "
                                          f"on the cloud (forged or restored database); nothing stored")
        if new and (new[0].seq != acked + 1 or new[-1].seq != acked + len(new)):  # ascending + span = no gap
            raise CloudError(409, f"gap in the push: the cloud holds up to seq {acked}; push from {acked + 1}")
        return acked, old, new

    @staticmethod
    def _held(conn: Connection, station: str, evs: list[Event]) -> dict[int, str]:
        return dict(conn.execute(select(db.events.c.seq, db.events.c.event_id).where(and_(
            db.events.c.station_id == station, db.events.c.seq.between(evs[0].seq, evs[-1].seq)))).all())

    def _take_relayed(self, conn: Connection, auth: StationAuth, station: str, evs: list[Event], roles: Roles,
                      relay: "_Relay") -> None:
        """Another station's events: the run that continues its seqs, signed by it, actors allowed."""
        row = conn.execute(select(db.stations.c.acked_seq, db.stations.c.branch_id, db.stations.c.pubkey,
                                  db.stations.c.revoked_after_seq).where(db.stations.c.id == station)
                           .with_for_update()).first()
        if row is None or row.branch_id != auth.branch_id or not row.pubkey:
            relay.skip(len(evs), f"station {station} is not a station of this branch on the cloud")
            return
        acked = int(row.acked_seq)
        split = bisect_right([e.seq for e in evs], acked)
        old, new = evs[:split], evs[split:]
        if old:
            held = self._held(conn, station, old)
            same = sum(1 for e in old if held.get(e.seq) == e.event_id)
            relay.duplicates += same
            if same < len(old):
                relay.skip(len(old) - same, f"station {station}: a relayed seq holds another event on the cloud")
        run = []
        for e in new:  # only the run that continues the station's seqs: the cloud never holds a gap
            if e.seq != acked + len(run) + 1:
                break
            run.append(e)
        if len(run) < len(new):
            relay.skip(len(new) - len(run), f"station {station}: the cloud holds up to seq {acked + len(run)};"
                                            " later events wait for the ones before them")
        if not run:
            return
        key = public_key(row.pubkey)
        keys = KeyDirectory({station: KnownStation(key, row.revoked_after_seq)} if key else {})
        _, refused = screen(_records(run), keys, from_lan=False)
        if refused:
            bad = min(rec[2] for rec, _ in refused)
            why = next(w for rec, w in refused if rec[2] == bad)
            relay.skip(len([e for e in run if e.seq >= bad]), f"station {station} seq {bad} refused: {why}")
            run = [e for e in run if e.seq < bad]
        taken = []
        for e in run:
            why = roles.refusal(e.authority, e.actor_id, [vars(op) for op in e.ops])
            if why is not None:
                relay.skip(len(run) - len(taken), f"station {station} seq {e.seq} refused: {why}")
                break
            roles.observe([vars(op) for op in e.ops])
            taken.append(e)
        if taken:
            self._project_users(conn, auth.branch_id, taken)
            relay.events += taken
            relay.acked[station] = taken[-1].seq

    def _visible(self, auth: StationAuth):  # type: ignore[no-untyped-def]
        return or_(db.events.c.branch_id == auth.branch_id, db.events.c.branch_id == GLOBAL_BRANCH)

    def pull(self, auth: StationAuth, after: int, limit: int, client_time_ms: int | None) -> bytes:
        """GET /v1/events as JSON bytes, events spliced in as stored (no re-validation)."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(db.events.c.cursor, db.events.c.body).where(and_(
                db.events.c.cursor > after, self._visible(auth), db.events.c.station_id != auth.station_id))
                .order_by(db.events.c.cursor).limit(limit)).all()
        cursor = rows[-1].cursor if rows else after
        head = ClockReport(**clock_report(client_time_ms, self.clock())).model_dump_json(exclude_none=True)[1:-1]
        body = ",".join(r.body for r in rows)
        return (f'{{"cursor":{cursor},"has_more":{"true" if len(rows) == limit else "false"},{head},'
                f'"events":[{body}]}}').encode()

    def snapshot(self, auth: StationAuth, own_upto: int = 0) -> Iterator[bytes]:
        """NDJSON: a header line {"cursor", "count"} then every event the branch sees, own ones too,
        except the station's own events with seq <= `own_upto` (it says it already holds them)."""
        seen = self._visible(auth)
        if own_upto > 0:
            seen = and_(seen, or_(db.events.c.station_id != auth.station_id, db.events.c.seq > own_upto))
        with self.engine.connect() as conn:
            upto = int(conn.execute(select(func.coalesce(func.max(db.events.c.cursor), 0))).scalar_one())
            count = int(conn.execute(select(func.count()).select_from(db.events).where(and_(
                db.events.c.cursor <= upto, seen))).scalar_one())
        yield f'{{"cursor":{upto},"count":{count}}}\n'.encode()
        after = 0
        while count:
            with self.engine.connect() as conn:
                rows = conn.execute(select(db.events.c.cursor, db.events.c.body).where(and_(
                    db.events.c.cursor > after, db.events.c.cursor <= upto, seen))
                    .order_by(db.events.c.cursor).limit(2000)).all()
            if not rows:
                return
            yield ("\n".join(r.body for r in rows) + "\n").encode()
            after = rows[-1].cursor

    def snapshot_compacted(self, auth: StationAuth) -> Iterator[bytes]:
        """NDJSON: the branch's rows as they stand (sync/cloud/compaction.py), then the station pulls
        from the header's cursor."""
        return self.compactor.stream(auth.branch_id)

    def compact(self, branch_id: str | None = None) -> dict[str, dict[str, int]]:
        """Bring the replicas of one branch (or every branch) up to date ahead of the next new station."""
        with self.engine.connect() as conn:
            ids = [r.id for r in conn.execute(select(db.branches.c.id).order_by(db.branches.c.id))]
        if branch_id is not None:
            if branch_id not in ids:
                raise CloudError(404, f"no branch {branch_id}")
            ids = [branch_id]
        return {b: self.compactor.catch_up(b) for b in ids}

    def whoami(self, auth: StationAuth, client_time_ms: int | None) -> StationOut:
        with self.engine.connect() as conn:
            row = conn.execute(select(db.stations.c.acked_seq, db.branches.c.code).join(
                db.branches, db.branches.c.id == db.stations.c.branch_id).where(
                db.stations.c.id == auth.station_id)).one()
            branch = {r.id: int(r.acked_seq) for r in conn.execute(
                select(db.stations.c.id, db.stations.c.acked_seq).where(db.stations.c.branch_id == auth.branch_id))}
        return StationOut(station_id=auth.station_id, station_code=auth.station_code, branch_id=auth.branch_id,
                          branch_code=row.code, acked_seq=row.acked_seq, branch_acked=branch,
                          **clock_report(client_time_ms, self.clock()))

    def publish_master(self, body: MasterIn) -> MasterOut:
        branch = body.branch_id or GLOBAL_BRANCH
        with self.engine.begin() as conn:
            if branch != GLOBAL_BRANCH and not conn.execute(
                    select(db.branches.c.id).where(db.branches.c.id == branch)).first():
                raise CloudError(404, f"no branch {branch}")
            event, cursor = self.author_event(conn, branch, body.type, [op.model_dump() for op in body.ops])
        return MasterOut(event_id=event.event_id, seq=event.seq, hlc=event.hlc, cursor=cursor)

    def _publish(self, conn: Connection, branch: str, type_: str, ops: list[dict]) -> MasterOut:
        event, cursor = self.author_event(conn, branch, type_, ops)
        return MasterOut(event_id=event.event_id, seq=event.seq, hlc=event.hlc, cursor=cursor)

    def author_event(self, conn: Connection, branch: str, type_: str, ops: list[dict], *,
                     authority: int = 1) -> tuple[Event, int]:
        """A cloud-authored event (master data, a station's key, a settled QRIS payment) stored in the
        caller's transaction; returns it with its cursor. Refused ops raise 422 and roll the caller back."""
        seq = self._take(conn, "cloud_seq", 1)
        last = conn.execute(select(db.server_meta.c.value).where(db.server_meta.c.key == "hlc")).scalar_one()
        stamp = HybridClock(last, now_ms=self.clock).now()
        conn.execute(update(db.server_meta).where(db.server_meta.c.key == "hlc").values(value=stamp))
        try:
            event = Event.model_validate({"event_id": uuid.uuid4().hex, "station_id": CLOUD_STATION, "seq": seq,
                                          "hlc": stamp, "authority": authority, "branch_id": branch,
                                          "schema_version": SCHEMA_VERSION, "type": type_, "ops": ops})
        except ValueError as exc:
            raise CloudError(422, f"event refused: {exc}") from exc
        cursor = self._take(conn, "cursor", 1)
        now = self.clock()
        conn.execute(db.events.insert().values(
            cursor=cursor, event_id=event.event_id, station_id=CLOUD_STATION, seq=seq, branch_id=branch,
            authority=authority, hlc=stamp, schema_version=SCHEMA_VERSION, body=event.model_dump_json(),
            received_at_ms=now))
        self._project_users(conn, branch, [event])
        for hook in self.push_hooks:
            hook(conn, [event], now)
        return event, cursor

    # -- trust: signatures and roles (the same rules a station merges with) ----------------------
    def _check_signed(self, conn: Connection, station_id: str, evs: list[Event]) -> None:
        """Every event must be signed by its station (one signature per run, links for the rest)."""
        row = conn.execute(select(db.stations.c.pubkey, db.stations.c.revoked_after_seq)
                           .where(db.stations.c.id == station_id)).one()
        key = public_key(row.pubkey) if row.pubkey else None
        if key is None:
            raise CloudError(403, f"station {station_id} has no signing key on the cloud; enrol it again")
        keys = KeyDirectory({station_id: KnownStation(key, row.revoked_after_seq)})
        _, refused = screen(_records(evs), keys, from_lan=False)
        if refused:
            rec, why = refused[0]
            raise CloudError(403, f"event {rec[0]} (seq {rec[2]}) is not signed by station {station_id}: {why};"
                                  " nothing stored")

    def _roles(self, conn: Connection, branch_id: str) -> Roles:
        return Roles({r.user_id: (r.role if r.active else None) for r in conn.execute(
            select(db.branch_users.c.user_id, db.branch_users.c.role, db.branch_users.c.active)
            .where(db.branch_users.c.branch_id.in_([branch_id, GLOBAL_BRANCH])))})

    def _check_roles(self, conn: Connection, branch_id: str, evs: list[Event], roles: Roles | None = None) -> None:
        """Every event's actor must be a user of the branch whose role may make its changes."""
        roles = roles or self._roles(conn, branch_id)
        for e in evs:
            ops = [vars(op) for op in e.ops]
            why = roles.refusal(e.authority, e.actor_id, ops)
            if why == UNKNOWN_ACTOR:
                why = f"actor {e.actor_id} is not a user of this branch on the cloud (yet)"
            if why is not None:
                raise CloudError(403, f"event {e.event_id} (seq {e.seq}) refused: {why}; nothing stored")
            roles.observe(ops)
        self._project_users(conn, branch_id, evs)

    def _project_users(self, conn: Connection, branch_id: str, evs: list[Event]) -> None:
        """Keep the branch's users (role, active) per field by merge key, as the stations merge them."""
        for e in evs:
            key = f"{e.authority}|{e.hlc}|{e.station_id}"
            for op in e.ops:
                if getattr(op, "table", None) != "users" or op.op != "upsert":
                    continue
                values = {k: v for k, v in op.fields.items() if k in ("role", "active")}
                if not values:
                    continue
                t = db.branch_users
                row = conn.execute(select(t).where(t.c.branch_id == branch_id, t.c.user_id == op.id)
                                   .with_for_update()).first()
                if row is None:
                    conn.execute(t.insert().values(branch_id=branch_id, user_id=op.id, role=values.get("role"),
                                                   role_key=key if "role" in values else "",
                                                   active=values.get("active"),
                                                   active_key=key if "active" in values else ""))
                    continue
                change: dict = {}
                for name in values:
                    if key > getattr(row, f"{name}_key"):
                        change[name], change[f"{name}_key"] = values[name], key
                if change:
                    conn.execute(update(t).where(t.c.branch_id == branch_id, t.c.user_id == op.id).values(**change))

    def health(self) -> dict:
        with self.engine.connect() as conn:
            version = conn.execute(select(func.max(db.cloud_schema.c.version))).scalar_one()
        out = {"status": "ok", "database": self.engine.dialect.name, "schema_version": int(version or 0),
               "server_time_ms": self.clock()}
        for part in self.health_parts:
            out.update(part())
        return out
