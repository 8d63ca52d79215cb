"""The header menu's "Support bundle": the app's logs and the station's status in one zip
(`app.support.make_bundle`, off the GUI thread through `ui.operations`); the status bar says
where the file was saved."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from app.support import make_bundle
from ui.operations import Lane, QueryOp, TaskManager


def default_folder() -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs else Path.home()


class SupportBundleAction(QAction):
    """Emits `saved(path)` once the zip is written, `failed(message)` when it could not be."""

    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QWidget, status: dict[str, object], *, folder: Path | None = None,
                 tasks: TaskManager | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SupportBundle")
        self.status = status
        self.folder = folder
        self.tasks = tasks
        self.triggered.connect(self.make)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Send support bundle"))

    def make(self) -> None:
        folder = self.folder or default_folder()
        dest = folder / f"sentra-support-{datetime.now():%Y%m%d-%H%M%S}.zip"
        status = dict(self.status)

        def build() -> Path:
            folder.mkdir(parents=True, exist_ok=True)
            return make_bundle(dest, status=status)

        QueryOp(self.parent(), build, lane=Lane.NET, tasks=self.tasks) \
            .success(lambda path: self.saved.emit(str(path))) \
            .failure(lambda exc: self.failed.emit(str(exc))).run()
