"""Staged master-data imports (HQ's catalogues), all or nothing.

An admin opens an import, sends its operations in numbered batches of at most 500 (each checked
as master data on arrival), then commits: every batch becomes one cloud-authored event, all in
one transaction, so stations see the whole catalogue or none of it. An import never committed
publishes nothing (a failed upload leaves only its staged rows, dropped on the next commit or
after a day).
"""

from __future__ import annotations

import json
import uuid

from sqlalchemy import delete, select

from sync.cloud import db
from sync.cloud.models import (GLOBAL_BRANCH, MasterBatchIn, MasterBatchOut, MasterCommitOut, MasterImportIn,
                               MasterImportOut)

STALE_MS = 24 * 3600 * 1000


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
        ops = json.dumps([op.model_dump() for op in body.ops], separators=(",", ":"))
        with self.cloud.engine.begin() as conn:
            self._staged(conn, import_id)
            batches = db.master_import_batches
            conn.execute(delete(batches).where(batches.c.import_id == import_id, batches.c.n == body.n))
            conn.execute(batches.insert().values(import_id=import_id, n=body.n, ops=ops))
        return MasterBatchOut(import_id=import_id, n=body.n, ops=len(body.ops))

    def commit(self, import_id: str) -> MasterCommitOut:
        from sync.cloud.service import CloudError

        batches = db.master_import_batches
        with self.cloud.engine.begin() as conn:
            staged = self._staged(conn, import_id)
            rows = conn.execute(select(batches.c.ops).where(batches.c.import_id == import_id)
                                .order_by(batches.c.n)).all()
            if not rows:
                raise CloudError(409, f"import {import_id} has no batches; nothing published")
            events = ops = cursor = 0
            for row in rows:
                batch = json.loads(row.ops)
                cursor = self.cloud._publish(conn, staged.branch_id, staged.type, batch).cursor
                events, ops = events + 1, ops + len(batch)
            conn.execute(delete(batches).where(batches.c.import_id == import_id))
            conn.execute(delete(db.master_imports).where(db.master_imports.c.id == import_id))
            self._drop_stale(conn)
        return MasterCommitOut(import_id=import_id, events=events, ops=ops, cursor=cursor)

    def _drop_stale(self, conn) -> None:  # noqa: ANN001
        """Imports opened more than a day ago and never committed: their staged batches go."""
        old = [r.id for r in conn.execute(select(db.master_imports.c.id).where(
            db.master_imports.c.created_ms < self.cloud.clock() - STALE_MS))]
        if old:
            conn.execute(delete(db.master_import_batches).where(db.master_import_batches.c.import_id.in_(old)))
            conn.execute(delete(db.master_imports).where(db.master_imports.c.id.in_(old)))
