"""The admin master-data screen's state: the HQ admin token, the catalogue import, tax rules, warehouses.

The cloud admin token is typed on the screen and kept only in this object's memory: it is never
stored in the station's database or settings, never logged, and goes away at logout (the shell
drops the screen). Imports and publishing run on the net lane (`sync.master_import`); the rules
a hand-made record must meet are checked first by `app.master_rules` against the rows this
station already holds (`app.master_data`), so a bad record is a message and nothing is sent.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.master_data import MasterData
from app.master_rules import branch_fields, station_code, tax_rule_op, warehouse_op
from sync.master_import import ImportOutcome, PublishError, admin_post, cloud_http, import_csv, publish_ops
from ui.kit.changes import ChangeWatcher
from ui.kit.labels import error_message
from ui.kit.operations import Lane, QueryOp
from ui.kit.screen import ViewContext

MASTER_TABLES = frozenset({"tax_rules", "warehouses", "branches"})


class MasterModel(QObject):
    loaded = Signal()
    progressed = Signal(int, int)
    imported = Signal(object)  # an ImportOutcome
    published = Signal(str)  # what was published
    code_made = Signal(str, str)  # station code, enrolment code (shown once, to pass on)
    failed = Signal(str)

    def __init__(self, ctx: ViewContext, parent: QObject, origin: str) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data = MasterData(ctx.services.store)
        self._token = ""  # memory only
        self.http: Any = None  # tests: the in-process cloud's client; None: one per operation
        self.busy = False
        self.tax_rules: list[dict[str, Any]] = []
        self.warehouses: list[dict[str, Any]] = []
        self.branches: list[dict[str, Any]] = []
        self.watcher = ChangeWatcher(ctx.services.store, set(MASTER_TABLES), owner=parent, origin=origin)
        self.watcher.changed.connect(lambda _changes: self.reload())

    def set_token(self, token: str) -> None:
        self._token = token

    @property
    def has_token(self) -> bool:
        return bool(self._token.strip())

    def reload(self) -> None:
        data, actor = self.data, self.ctx.actor
        QueryOp(self, lambda: (data.tax_rules(actor), data.warehouses(actor), data.branches(actor)),
                tasks=self.ctx.tasks) \
            .success(self._set).failure(lambda exc: self.failed.emit(error_message(exc))).run()

    def _set(self, rows: tuple[list[dict[str, Any]], ...]) -> None:
        self.tax_rules, self.warehouses, self.branches = rows
        self.loaded.emit()

    def _net(self, work: Callable[[Any, Any], Any], done: Callable[[Any], None]) -> None:
        if self.busy:
            return
        self.busy = True
        given, url, token = self.http, self.ctx.settings.cloud_url or "", self._token

        def run(job) -> Any:  # noqa: ANN001, ANN401 - a ui.kit.operations.Job
            http = given if given is not None else cloud_http(url)
            try:
                return work(http, (job, token))
            finally:
                if given is None:
                    http.close()

        def ok(result: Any) -> None:  # noqa: ANN401
            self.busy = False
            done(result)

        def bad(exc: BaseException) -> None:
            self.busy = False
            self.failed.emit(self.reason(exc))

        QueryOp(self, run, lane=Lane.NET, with_job=True, tasks=self.ctx.tasks) \
            .progress(lambda d, t, _l: self.progressed.emit(d, t)).success(ok).failure(bad).run()

    def reason(self, exc: BaseException) -> str:
        text = str(exc)
        if not isinstance(exc, PublishError):
            return error_message(exc)
        if "enter the HQ admin token" in text:
            return self.tr("Enter the HQ admin token first.")
        if "(401)" in text or "(403)" in text:
            return self.tr("The cloud refused the HQ admin token.")
        if "no cloud address" in text:
            return self.tr("This station has no cloud address.")
        return text

    def import_catalogue(self, kind: str, path: str) -> None:
        """Check the CSV whole; publish it in staged batches with progress, or report rejected rows."""
        def work(http: Any, ctx: Any) -> ImportOutcome:  # noqa: ANN401
            job, token = ctx
            return import_csv(http, token, kind, Path(path),
                              progress=lambda done, total: job.report(done, total, ""))

        self._net(work, self.imported.emit)

    def publish_tax_rule(self, name: str, rate: str, dpp: str, valid_from: str, rule_id: str | None) -> None:
        try:
            op = tax_rule_op(name, rate, dpp, valid_from, self.tax_rules, rule_id=rule_id)
        except Exception as exc:  # noqa: BLE001 - a ValidationError: the message, nothing sent
            self.failed.emit(error_message(exc))
            return
        self._publish([op], None, op["fields"]["name"])

    def publish_warehouse(self, code: str, name: str, warehouse_id: str | None) -> None:
        try:
            op = warehouse_op(self.data.branch_id, code, name, self.warehouses, warehouse_id=warehouse_id)
        except Exception as exc:  # noqa: BLE001
            self.failed.emit(error_message(exc))
            return
        self._publish([op], self.data.branch_id, op["fields"]["code"])

    def _publish(self, ops: list[dict[str, Any]], branch_id: str | None, what: str) -> None:
        def work(http: Any, ctx: Any) -> str:  # noqa: ANN401
            _job, token = ctx
            publish_ops(http, token, ops, branch_id=branch_id)
            return what

        self._net(work, self.published.emit)

    def create_branch(self, code: str, name: str) -> None:
        try:
            body = branch_fields(code, name)
        except Exception as exc:  # noqa: BLE001 - a ValidationError
            self.failed.emit(error_message(exc))
            return
        self._net(lambda http, ctx: admin_post(http, ctx[1], "/v1/admin/branches", body)["code"],
                  self.published.emit)

    def make_code(self, branch_id: str | None, code: str) -> None:
        """A one-time enrolment code for a station of `branch_id` (a new one, or one replacing a broken one)."""
        try:
            station = station_code(code)
            if not branch_id:
                raise ValueError("choose the branch")
        except Exception as exc:  # noqa: BLE001
            self.failed.emit(self.tr("Choose the branch.") if isinstance(exc, ValueError) and "branch" in str(exc)
                             else error_message(exc))
            return
        body = {"branch_id": branch_id, "station_code": station}
        self._net(lambda http, ctx: admin_post(http, ctx[1], "/v1/admin/enrolment-codes", body)["code"],
                  lambda enrol: self.code_made.emit(station, enrol))
