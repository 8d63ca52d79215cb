"""Staged master-data imports (HQ's catalogues), all or nothing.

An admin opens an import, sends its operations in numbered batches of at most 500 (each checked
as master data on arrival), then commits: every batch becomes one cloud-authored event, all in
one transaction, so stations see the whole catalogue or none of it. An import never committed
publishes nothing (a failed upload leaves only its staged rows, dropped on the next commit or
after a day).
"""

from __future__ import annotations

import uuid

from pydantic import TypeAdapter
from sqlalchemy import delete, select, update

from app.events.hlc import HybridClock
from app.events.models import DeleteOp, Event, UpsertOp
from app.storage.migrations import SCHEMA_VERSION
from sync.cloud import db
from sync.cloud.models import (CLOUD_STATION, GLOBAL_BRANCH, MasterBatchIn, MasterBatchOut, MasterCommitOut,
                               MasterImportIn, MasterImportOut)

STALE_MS = 24 * 3600 * 1000
# The catalogues HQ imports (users and stations have their own paths: their rows feed the cloud's
# projections, which a staged import does not update).
IMPORT_TABLES = frozenset({"parts", "labour_catalogue", "tax_rules", "price_list_items"})
_OPS = TypeAdapter(list[UpsertOp | DeleteOp])
_STAND_IN = UpsertOp(table="parts", id="stand-in", fields={"sku": "X"})
_STAND_IN_TAIL = _OPS.dump_json([_STAND_IN]).decode() + "}"


class ImportService:
    def __init__(self, cloud) -> None:  # noqa: ANN001 - a CloudService (its engine, clock, _publish)
        self.cloud = cloud

    def open(self, body: MasterImportIn) -> MasterImportOut:
        from sync.cloud.service import CloudError

        branch = body.branch_id or GLOBAL_BRANCH
        import_id = uuid.uuid4().hex
        with self.cloud.engine.begin() as conn:
            if branch != GLOBAL_BRANCH and not conn.execute(
                    select(db.branches.c.id).where(db.branches.c.id == branch)).first():
                raise CloudError(404, f"no branch {branch}")
            conn.execute(db.master_imports.insert().values(id=import_id, branch_id=branch, type=body.type,
                                                           created_ms=self.cloud.clock()))
        return MasterImportOut(import_id=import_id)

    def _staged(self, conn, import_id: str):  # noqa: ANN001, ANN202
        from sync.cloud.service import CloudError

        row = conn.execute(select(db.master_imports).where(db.master_imports.c.id == import_id)).first()
        if row is None:
            raise CloudError(404, f"no open import {import_id}")
        return row

    def add_batch(self, import_id: str, body: MasterBatchIn) -> MasterBatchOut:
        """Checked here as the commit's event will be (the ops' own rules, and catalogue tables
        only), so the commit publishes without checking each op again."""
        from sync.cloud.service import CloudError

        for op in body.ops:
            if op.table not in IMPORT_TABLES:
                raise CloudError(422, f"an import carries {', '.join(sorted(IMPORT_TABLES))} only, not {op.table}")
        ops = _OPS.dump_json(body.ops).decode()
        with self.cloud.engine.begin() as conn:
            self._staged(conn, import_id)
            batches = db.master_import_batches
            conn.execute(delete(batches).where(batches.c.import_id == import_id, batches.c.n == body.n))
            conn.execute(batches.insert().values(import_id=import_id, n=body.n, count=len(body.ops), ops=ops))
        return MasterBatchOut(import_id=import_id, n=body.n, ops=len(body.ops))

    def commit(self, import_id: str) -> MasterCommitOut:
        from sync.cloud.service import CloudError

        batches = db.master_import_batches
        with self.cloud.engine.begin() as conn:
            staged = self._staged(conn, import_id)
            rows = conn.execute(select(batches.c.ops, batches.c.count).where(batches.c.import_id == import_id)
                                .order_by(batches.c.n)).all()
            if not rows:
                raise CloudError(409, f"import {import_id} has no batches; nothing published")
            events = ops = cursor = 0
            for row in rows:
                cursor = self._publish(conn, staged.branch_id, staged.type, row.ops)
                events, ops = events + 1, ops + row.count
            conn.execute(delete(batches).where(batches.c.import_id == import_id))
            conn.execute(delete(db.master_imports).where(db.master_imports.c.id == import_id))
            self._drop_stale(conn)
        return MasterCommitOut(import_id=import_id, events=events, ops=ops, cursor=cursor)

    def _publish(self, conn, branch: str, type_: str, ops_json: str) -> int:  # noqa: ANN001
        """One cloud-authored event of staged (already checked) ops, written as
        `Event.model_dump_json` writes it: the envelope is validated and serialised by `Event`
        (with a stand-in op), the ops are the staged JSON. Returns the event's cursor."""
        svc = self.cloud
        seq = svc._take(conn, "cloud_seq", 1)
        last = conn.execute(select(db.server_meta.c.value).where(db.server_meta.c.key == "hlc")).scalar_one()
        stamp = HybridClock(last, now_ms=svc.clock).now()
        conn.execute(update(db.server_meta).where(db.server_meta.c.key == "hlc").values(value=stamp))
        event_id = uuid.uuid4().hex
        envelope = Event(event_id=event_id, station_id=CLOUD_STATION, seq=seq, hlc=stamp, authority=1,
                         branch_id=branch, schema_version=SCHEMA_VERSION, type=type_, ops=[_STAND_IN]).model_dump_json()
        head, tail = envelope.rsplit('"ops":', 1)
        if tail != _STAND_IN_TAIL:  # Event gained a field after `ops`: splice no more, fail loudly
            raise RuntimeError("Event's JSON no longer ends with its ops")
        cursor = svc._take(conn, "cursor", 1)
        conn.execute(db.events.insert().values(
            cursor=cursor, event_id=event_id, station_id=CLOUD_STATION, seq=seq, branch_id=branch, authority=1,
            hlc=stamp, schema_version=SCHEMA_VERSION, body=f'{head}"ops":{ops_json}}}', received_at_ms=svc.clock()))
        return cursor

    def _drop_stale(self, conn) -> None:  # noqa: ANN001
        """Imports opened more than a day ago and never committed: their staged batches go."""
        old = [r.id for r in conn.execute(select(db.master_imports.c.id).where(
            db.master_imports.c.created_ms < self.cloud.clock() - STALE_MS))]
        if old:
            conn.execute(delete(db.master_import_batches).where(db.master_import_batches.c.import_id.in_(old)))
            conn.execute(delete(db.master_imports).where(db.master_imports.c.id.in_(old)))

