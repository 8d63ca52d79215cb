"""Start the GUI: `run_gui(services)` (called by `sentra run` and `sentra demo`)."""

from __future__ import annotations

import signal
import sys
from typing import Any

from PySide6.QtCore import QTimer
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
    previous = _quit_on_ctrl_c(app)
    # Python handles signals only while it runs; this timer lets it look now and then.
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(500)
    try:
        return app.exec()
    finally:
        wake.stop()
        wake.deleteLater()
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
        window.close()
        task_manager().shutdown()
        window.deleteLater()


def _quit_on_ctrl_c(app: QApplication) -> Any:
    """Ctrl+C in the terminal closes the app cleanly (exit code 130) instead of being lost."""
    try:
        return signal.signal(signal.SIGINT, lambda *_: app.exit(130))
    except ValueError:  # not the main thread (embedded use): leave signals alone
        return None
