"""Where a scan goes: to the page on screen if it takes scans, nowhere otherwise (with a message).

The window owns one `ScanHub` (the keyboard-wedge filter, installed on the application, and any
port scanner). Each scan is handed to the current target's `on_scan(code, source)`; a target
without one (the login page, a screen that expects no scan) ignores it and `ignored(code)` is
emitted for a short message. This is what keeps a scan on the login page from filling the PIN
dots (and costing the chosen user a PIN attempt).

The wedge filter is on while the target takes scans, and otherwise only while no text field
has the focus: a burst typed into a focused field of a screen that takes no scans stays the
field's text (a barcode in a search box), while a burst elsewhere — which would press the
default button with its Enter — is swallowed and ignored.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit

from hardware.scanner.wedge import WedgeConfig, WedgeScannerFilter
from ui.devices.scanner import ScanHub

TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


@runtime_checkable
class ScanTarget(Protocol):
    """A page or screen that takes scans."""

    def on_scan(self, code: str, source: str) -> None: ...


def takes_scans(target: object) -> bool:
    return callable(getattr(target, "on_scan", None))


class ScanRouter(QObject):
    """Routes the hub's scans to `current()` (the page or screen on show)."""

    ignored = Signal(str)
    routed = Signal(str)

    def __init__(self, hub: ScanHub, current: Callable[[], Any], *, wedge: QObject | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.current = current
        self.wedge = wedge
        hub.scanned.connect(self._route)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.update()

    @Slot(object, object)
    def _focus_changed(self, _old: object, _new: object) -> None:
        self.update()

    def update(self) -> None:
        """Switch the wedge filter on or off for the target and focus now on screen."""
        if self.wedge is None:
            return
        try:
            target = self.current()
        except RuntimeError:  # the window is being torn down
            return
        if takes_scans(target):
            self.wedge.enabled = True  # type: ignore[attr-defined]
            return
        self.wedge.enabled = not isinstance(QApplication.focusWidget(), TEXT_INPUTS)  # type: ignore[attr-defined]

    @Slot(str, str)
    def _route(self, code: str, source: str) -> None:
        target = self.current()
        if takes_scans(target):
            self.routed.emit(code)
            target.on_scan(code, source)
        else:
            self.ignored.emit(code)


def install_wedge(owner: QObject, config: WedgeConfig | None = None) -> WedgeScannerFilter:
    """The keyboard-wedge filter on the application, removed again when `owner` goes."""
    wedge = WedgeScannerFilter(config, parent=owner)
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(wedge)
        owner.destroyed.connect(lambda *_a: app.removeEventFilter(wedge))
    return wedge
