"""Start the GUI: `run_gui(services)` (called by `sentra run` and `sentra demo`)."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtWidgets import QApplication

from app.services import Services
from ui.i18n import install_translator
from ui.main_window import MainWindow
from ui.operations import task_manager
from ui.theme import apply_theme


def run_gui(services: Services, *, hardware: Any = None, lang: str | None = None,
            theme: str | None = None) -> int:
    """Build the app, translator, theme and main window; run the event loop; return its exit code.

    `lang` is `id` or `en` and `theme` is `standard` or `glove`; when None, `SENTRA_LANG` /
    `SENTRA_THEME` decide, else Indonesian and the standard theme. The caller owns `services`
    and closes them after this returns; background calls are drained first.
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("SentraAuto Care")
    app.setOrganizationName("SentraAuto")
    install_translator(app, lang)
    apply_theme(app, theme)
    window = MainWindow(services, hardware=hardware)
    window.show()
    try:
        return app.exec()
    finally:
        window.close()
        task_manager().shutdown()
        window.deleteLater()
