"""Findings: what I found beyond the complaint, from a pick list of big buttons plus free text,
and optionally an extra job to recommend (the advisor proposes it to the customer)."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from app.catalogue import LabourItem
from app.findings import FINDING_CODES, Finding
from app.queries.mechanic_jobs import my_jobs
from ui.kit.changes import ChangeWatcher
from ui.kit.labels import error_message
from ui.kit.operations import CommandOp, QueryOp
from ui.kit.screen import ViewContext
from ui.mechanic.common import BAY_TABLES, BayScreen, clear, kinetic, label, plain, tr
from ui.widgets.message_strip import MessageStrip
from ui.widgets.touch_button import TouchButton

# The pick list's texts for the translation files (the core holds the English source).
_CODES = [QT_TRANSLATE_NOOP("Findings", "Brake pads worn"), QT_TRANSLATE_NOOP("Findings", "Tyres worn"),
          QT_TRANSLATE_NOOP("Findings", "Oil leak"), QT_TRANSLATE_NOOP("Findings", "Coolant low or leaking"),
          QT_TRANSLATE_NOOP("Findings", "Battery weak"), QT_TRANSLATE_NOOP("Findings", "Drive belt cracked"),
          QT_TRANSLATE_NOOP("Findings", "Wiper blades worn"), QT_TRANSLATE_NOOP("Findings", "Air conditioning weak"),
          QT_TRANSLATE_NOOP("Findings", "Suspension noise or play"), QT_TRANSLATE_NOOP("Findings", "Other")]
assert set(_CODES) == set(FINDING_CODES.values())


def finding_text(code: str) -> str:
    return QCoreApplication.translate("Findings", FINDING_CODES.get(code, code))


class FindingsScreen(BayScreen):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, screen_id="mechanic.findings")
        self.wos: list[tuple[str, str]] = []
        self.wo_id: str | None = None
        self.code: str | None = None
        self.labour_id: str | None = None
        self.labour: list[LabourItem] = []
        self.found: list[Finding] = []
        outer = QVBoxLayout(self.content)
        outer.setContentsMargins(0, 0, 0, 0)
        area = kinetic(QScrollArea(self.content))
        area.setObjectName("Findings.Scroll")
        body = QWidget(area)
        body.setObjectName("Findings.Body")
        box = QVBoxLayout(body)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        self.wo_row = QHBoxLayout()
        box.addLayout(self.wo_row)
        self.pick_title = label("Findings.PickTitle", body)
        box.addWidget(self.pick_title)
        grid = QGridLayout()
        self.code_buttons: dict[str, TouchButton] = {}
        for i, code in enumerate(FINDING_CODES):
            b = TouchButton("Findings.Code", parent=body)
            b.setCheckable(True)
            b.setProperty("code", code)
            b.clicked.connect(lambda _=False, c=code: self._choose_code(c))
            self.code_buttons[code] = b
            grid.addWidget(b, i // 2, i % 2)
        box.addLayout(grid)
        self.text = QLineEdit(body)
        self.text.setObjectName("Findings.Text")
        self.text.setMaxLength(300)
        box.addWidget(self.text)
        self.recommend_title = label("Findings.RecommendTitle", body)
        box.addWidget(self.recommend_title)
        self.labour_grid = QGridLayout()
        box.addLayout(self.labour_grid)
        self.list = label("Findings.List", body)
        box.addWidget(self.list)
        box.addStretch(1)
        area.setWidget(body)
        outer.addWidget(area, 1)
        self.save_button = TouchButton("Findings.Save", parent=self.content, kind="primary")
        self.save_button.clicked.connect(self.save)
        outer.addWidget(self.save_button)
        self.strip = MessageStrip("Findings.Message", self.content)
        outer.addWidget(self.strip)
        self.watcher = ChangeWatcher(ctx.services.store, BAY_TABLES, owner=self, origin=self.origin, parent=self)
        self.watcher.changed.connect(lambda _c: self.refresh())
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return self.tr("Findings")

    def retranslate(self) -> None:
        self.pick_title.setText(tr("What did you find?"))
        self.text.setPlaceholderText(tr("More detail (optional; needed for Other)"))
        self.recommend_title.setText(tr("Recommend an extra job (optional):"))
        self.save_button.setText(tr("Save finding"))
        for code, b in self.code_buttons.items():
            b.setText(finding_text(code))
        self._show()

    def refresh(self) -> None:
        s, me, wo_id = self.ctx.services, self.ctx.actor.user_id, self.wo_id

        def load():  # noqa: ANN202
            seen: dict[str, str] = {}
            for j in my_jobs(s.store, me, datetime.now(timezone.utc)):
                seen.setdefault(j.wo_id, f"{j.plate}  ·  {j.bay or '-'}")
            chosen = wo_id if wo_id in seen else next(iter(seen), None)
            return list(seen.items()), chosen, s.catalogue.labour_items(), (s.findings.for_wo(chosen) if chosen else [])

        QueryOp(self, load, tasks=self.ctx.tasks).success(self._loaded) \
            .failure(lambda e: self.strip.error(error_message(e))).run()

    def _loaded(self, result) -> None:  # noqa: ANN001
        self.wos, self.wo_id, self.labour, self.found = result
        self._show()

    def _show(self) -> None:
        clear(self.wo_row)
        for wo_id, text in self.wos[:3]:
            b = TouchButton("Findings.Wo", plain(text), self.content)
            b.setCheckable(True)
            b.setChecked(wo_id == self.wo_id)
            b.clicked.connect(lambda _=False, w=wo_id: self._choose_wo(w))
            self.wo_row.addWidget(b, 1)
        clear(self.labour_grid)
        for i, item in enumerate(self.labour[:6]):
            b = TouchButton("Findings.Labour", plain(item.name), self.content)
            b.setCheckable(True)
            b.setChecked(item.id == self.labour_id)
            b.setProperty("code", item.code)
            b.setToolTip(item.name)
            b.clicked.connect(lambda _=False, lid=item.id: self._choose_labour(lid))
            self.labour_grid.addWidget(b, i // 2, i % 2)
        for code, b in self.code_buttons.items():
            b.setChecked(code == self.code)
        self.list.setText("\n".join(f"• {finding_text(f.code)}{': ' + f.text if f.text else ''}"
                                    + ("  (" + tr("extra job recommended") + ")" if f.recommended_job_id else "")
                                    for f in self.found) or tr("No findings yet on this work order."))
        self.save_button.setEnabled(self.wo_id is not None)

    def _choose_wo(self, wo_id: str) -> None:
        self.wo_id = wo_id
        self.refresh()

    def _choose_code(self, code: str) -> None:
        self.code = code
        self._show()

    def _choose_labour(self, labour_id: str) -> None:
        self.labour_id = None if self.labour_id == labour_id else labour_id
        self._show()

    def save(self) -> None:
        if self.wo_id is None or self.code is None:
            self.strip.error(tr("Tap what you found first."))
            return
        s, actor = self.ctx.services, self.ctx.actor
        wo_id, code, text, labour_id = self.wo_id, self.code, self.text.text(), self.labour_id
        CommandOp(self, lambda: s.findings.record(actor, wo_id, code, text, recommend_labour_id=labour_id),
                  origin=self.origin, tasks=self.ctx.tasks).success(self._saved) \
            .failure(lambda e: self.strip.error(error_message(e))).finally_(self.refresh).run()

    def _saved(self, finding: Finding) -> None:
        self.code, self.labour_id = None, None
        self.text.clear()
        self.strip.ok(tr("Finding saved") + ("; " + tr("the advisor sees the extra job") if finding.recommended_job_id else ""))

    def shutdown(self) -> None:
        self.watcher.close()
