"""What every bay screen shares: targets of at least 12 mm at the screen's real density, large
type, kinetic scrolling, choices as big buttons, and a destructive action asked once with big
buttons (an in-screen page, never a small dialog)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QScroller, QStackedWidget,
                               QVBoxLayout, QWidget)

from app.job_clock import PauseReason
from ui.kit.density import FALLBACK_DPI, MIN_TARGET_MM, mm_to_px, px_to_mm, screen_dpi  # noqa: F401 - re-exported
from ui.kit.screen import Screen, ViewContext
from ui.kit.theme import current_theme
from ui.widgets.touch_button import TouchButton

# a disabled button reads as "not now": dimmer than every enabled one, in each theme
DISABLED = {True: "background: #1c1c1c; border-color: #3a3a3a; color: #6f6f6f;",
            False: "background: #eef2f6; border-color: #d5dce4; color: #9aa7b6;"}
BAY_TABLES = {"workorders", "wo_jobs", "wo_complaints", "job_clock_intervals", "qc_checks", "wo_findings",
              "pick_slips", "pick_slip_lines", "wo_parts", "stock_movements"}


def hms(seconds: int) -> str:
    h, rest = divmod(max(0, int(seconds)), 3600)
    return f"{h}:{rest // 60:02d}:{rest % 60:02d}"


def plain(text: str) -> str:
    """A text for a button as it is: `&` shown, not taken for a keyboard mnemonic."""
    return text.replace("&", "&&")


def tr(text: str) -> str:
    """Bay texts. pyside6-lupdate files a bare `tr("…")` call under the empty context, so that is
    where they are looked up (the pick lists marked with QT_TRANSLATE_NOOP("Bay") go through `tr_bay`)."""
    return QCoreApplication.translate("", text)


def tr_bay(text: str) -> str:
    return QCoreApplication.translate("Bay", text)


def sla_text(minutes: int | None) -> str:
    if minutes is None:
        return tr("no SLA")
    if minutes < 0:
        return tr("SLA overdue %1").replace("%1", f"{-minutes // 60}:{-minutes % 60:02d}")
    return tr("SLA %1 left").replace("%1", f"{minutes // 60}:{minutes % 60:02d}")


def pause_reason_text(reason: PauseReason | str) -> str:
    return {PauseReason.WAITING_PARTS: tr("Waiting for parts"), PauseReason.BREAK: tr("Break"),
            PauseReason.OTHER_JOB: tr("Other job")}[PauseReason(reason)]


def kinetic(area: QScrollArea) -> QScrollArea:
    """Flick to scroll with a finger or a glove; no scroll bars to aim at."""
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    return area


def scroll_list(parent: QWidget, name: str) -> tuple[QScrollArea, QVBoxLayout]:
    area = kinetic(QScrollArea(parent))
    area.setObjectName(name)
    inner = QWidget(area)
    inner.setObjectName(name + "Body")
    rows = QVBoxLayout(inner)
    rows.setContentsMargins(0, 0, 0, 0)
    rows.setSpacing(10)
    rows.addStretch(1)
    area.setWidget(inner)
    return area, rows


def clear(layout: QVBoxLayout | QHBoxLayout | QGridLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().hide()
            item.widget().deleteLater()


def label(name: str, parent: QWidget, *, wrap: bool = True) -> QLabel:
    lab = QLabel(parent)
    lab.setObjectName(name)
    lab.setWordWrap(wrap)
    return lab


class BayScreen(Screen):
    """A bay screen: its content and an ask-once page (`ask`). Every button, field and keypad key
    in it is at least 12 mm high and wide at the screen's density (set here, whatever the theme)."""

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None, *, screen_id: str) -> None:
        super().__init__(ctx, parent, screen_id=screen_id)
        self.setProperty("bay", True)
        self.body_layout.setContentsMargins(12, 8, 12, 8)
        self.pages = QStackedWidget(self)
        self.content = QWidget(self.pages)
        self.content.setObjectName("Bay.Content")
        self.pages.addWidget(self.content)
        self.confirm_page = QWidget(self.pages)
        self.confirm_page.setObjectName("Bay.Confirm")
        box = QVBoxLayout(self.confirm_page)
        box.addStretch(1)
        self.confirm_text = label("Bay.ConfirmText", self.confirm_page)
        self.confirm_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.confirm_text)
        row = QHBoxLayout()
        self.confirm_no = TouchButton("Bay.ConfirmNo", parent=self.confirm_page)
        self.confirm_yes = TouchButton("Bay.ConfirmYes", parent=self.confirm_page, kind="danger")
        for b in (self.confirm_no, self.confirm_yes):
            b.setMinimumHeight(mm_to_px(18, self))
            row.addWidget(b, 1)
        box.addLayout(row)
        box.addStretch(1)
        self.pages.addWidget(self.confirm_page)
        self.body_layout.addWidget(self.pages)
        self._on_yes: Callable[[], None] | None = None
        self.confirm_no.clicked.connect(self._answer_no)
        self.confirm_yes.clicked.connect(self._answer_yes)
        self.size_targets()

    def size_targets(self) -> None:
        """Minimum sizes from the real density, over the theme's (a widget's own sheet wins)."""
        px = mm_to_px(MIN_TARGET_MM + 0.5, self)
        self.setStyleSheet(
            f"QPushButton, QLineEdit, QPlainTextEdit {{ min-height: {px}px; }}"
            f" QPushButton {{ min-width: {px}px; }}"
            f" #KeypadKey, #KeypadAction, #KeypadOk {{ min-height: {px}px; min-width: {px}px; }}"
            " QPushButton[touch]:pressed, #KeypadKey:pressed, #KeypadOk:pressed"
            " { background: #ffffff; color: #000000; border-color: #ffd600; }"
            f" QPushButton[touch]:disabled {{ {DISABLED[current_theme() == 'glove']} }}"
            " QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
            " QLabel { font-size: 15pt; }"
            ' QLabel[objectName="Clock.Time"] { font-size: 56pt; font-weight: bold; }'
            ' QLabel[objectName="Clock.State"], QLabel[objectName$="Title"] { font-size: 17pt; font-weight: bold; }'
            ' QLabel[objectName="Bay.ConfirmText"] { font-size: 20pt; font-weight: bold; }'
            " QLineEdit { font-size: 18pt; background: #ffffff; color: #000000; border: 3px solid #9e9e9e;"
            " border-radius: 8px; padding: 0 10px; }")

    def ask(self, question: str, yes: str, on_yes: Callable[[], None], *, no: str | None = None) -> None:
        """A destructive or final action: asked once, with two big buttons."""
        self.confirm_text.setText(question)
        self.confirm_yes.setText(yes)
        self.confirm_no.setText(no or tr("No, go back"))
        self._on_yes = on_yes
        self.pages.setCurrentWidget(self.confirm_page)

    def _answer_no(self) -> None:
        self._on_yes = None
        self.pages.setCurrentWidget(self.content)

    def _answer_yes(self) -> None:
        action, self._on_yes = self._on_yes, None
        self.pages.setCurrentWidget(self.content)
        if action is not None:
            action()
