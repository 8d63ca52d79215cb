"""Keyboard-wedge (HID) scanner detection as a Qt event filter.

A scanner "types" a code much faster than a person: by default keys under 50 ms apart, at least
3 characters, ended by Enter or Tab. The filter holds printable keys back while they might be a
scan; a scan is swallowed (no characters land in the focused field) and emitted as
``scanned(code, source)``; anything else is replayed, in order, to the widget that was to get it.

Install it on the application: ``app.installEventFilter(detector)``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable

from pydantic import BaseModel, Field
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent

_TERMINATOR_KEYS = {
    "enter": (Qt.Key.Key_Return, Qt.Key.Key_Enter),
    "tab": (Qt.Key.Key_Tab,),
}
_MODIFIER_KEYS = {
    Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta,
    Qt.Key.Key_AltGr, Qt.Key.Key_CapsLock,
}


class WedgeConfig(BaseModel):
    max_gap_ms: float = Field(50.0, gt=0, description="keys closer than this may be a scanner")
    min_length: int = Field(3, ge=1, description="shortest code accepted")
    terminators: tuple[str, ...] = Field(("enter", "tab"), description="keys that end a scan: enter, tab")
    require_terminator: bool = Field(True, description="False: a fast burst that just stops is a scan too")
    idle_timeout_ms: float = Field(100.0, gt=0, description="quiet time after which held keys are released")
    source: str = "wedge"


@dataclass
class _HeldKey:
    receiver: QObject
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    at: float


def key_text(event: QKeyEvent) -> str:
    """The character a key press types, Shift included (``event.text()`` or derived from the key)."""
    text = event.text()
    if text and text.isprintable():
        return text
    key = event.key()
    shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    if Qt.Key.Key_A.value <= key <= Qt.Key.Key_Z.value:
        ch = chr(key)
        return ch if shift else ch.lower()
    if Qt.Key.Key_Space.value < key <= Qt.Key.Key_AsciiTilde.value:
        return chr(key)
    return ""


class WedgeScannerFilter(QObject):
    """Tells scanner bursts from human typing; emits ``scanned(code, source)`` for bursts."""

    scanned = Signal(str, str)

    def __init__(
        self,
        config: WedgeConfig | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.config = config or WedgeConfig()
        self._clock = clock
        self._held: list[_HeldKey] = []
        self._replaying = False
        self.enabled = True
        self._terminators = {k for name in self.config.terminators for k in _TERMINATOR_KEYS[name.lower()]}
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(int(self.config.idle_timeout_ms))
        self._idle.timeout.connect(self._on_idle)

    # -- public --------------------------------------------------------------------------
    @property
    def held_text(self) -> str:
        return "".join(k.text for k in self._held)

    def flush_pending(self) -> None:
        """Decide now about held keys, as if the idle timeout had passed."""
        self._idle.stop()
        self._on_idle()

    # -- filter ----------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if self._replaying or not self.enabled or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        if event.isAutoRepeat():
            self._release_held()
            return False
        key = event.key()
        if key in _MODIFIER_KEYS:
            return False  # Shift on its own neither types nor breaks a burst
        now = self._clock()
        if key in self._terminators:
            if self._is_scan(now):
                code = self.held_text
                self._held.clear()
                self._idle.stop()
                self.scanned.emit(code, self.config.source)
                return True
            self._release_held()
            return False
        mods = event.modifiers()
        if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier):
            self._release_held()
            return False
        text = key_text(event)
        if not text:
            self._release_held()
            return False
        if self._held and (now - self._held[-1].at) * 1000 > self.config.max_gap_ms:
            self._settle_without_terminator()
        self._held.append(_HeldKey(obj, key, mods, text, now))
        self._idle.start()
        return True

    # -- decisions ----------------------------------------------------------------------------
    def _fast(self, now: float | None) -> bool:
        times = [k.at for k in self._held] + ([now] if now is not None else [])
        gap = self.config.max_gap_ms / 1000
        return all(b - a <= gap for a, b in zip(times, times[1:]))

    def _is_scan(self, now: float | None) -> bool:
        return len(self._held) >= self.config.min_length and self._fast(now)

    def _settle_without_terminator(self) -> None:
        if not self.config.require_terminator and self._is_scan(None):
            code = self.held_text
            self._held.clear()
            self.scanned.emit(code, self.config.source)
        else:
            self._release_held()

    def _on_idle(self) -> None:
        if self._held:
            self._settle_without_terminator()

    def _release_held(self) -> None:
        """Human typing after all: give the keys, in order, to whoever was to get them."""
        self._idle.stop()
        held, self._held = self._held, []
        if not held:
            return
        self._replaying = True
        try:
            for k in held:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    try:
                        QCoreApplication.sendEvent(k.receiver, QKeyEvent(kind, k.key, k.modifiers, k.text))
                    except RuntimeError:  # the widget is gone
                        break
        finally:
            self._replaying = False
