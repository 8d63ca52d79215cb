"""A label that never clips: when its text does not fit it ends in "…" (a `suffix`, such as a
column's count, always stays whole). `text()` is the full text; the tooltip shows it when cut."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStyle, QStyleOption, QWidget


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(text, parent)
        if name:
            self.setObjectName(name)
        self._suffix = ""
        self.lines = 1  # more: the text wraps (set by a parent that keeps a row of labels aligned)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_parts(self, main: str, suffix: str = "") -> None:
        """`main` may be cut, `suffix` never (e.g. "Penerimaan", "  (3)")."""
        self._suffix = suffix
        self.setText(main + suffix)

    def fits(self, width: int | None = None) -> bool:
        """Whether the whole text fits on one line (at `width`, default the current one)."""
        width = self.contentsRect().width() if width is None else width
        return QFontMetrics(self.font()).horizontalAdvance(self.text()) <= width

    def wrapped(self, width: int | None = None) -> list[str]:
        """The text broken into lines at word boundaries to fit `width`; the suffix stays whole
        (on the last line when it fits there); a word wider than the line is elided."""
        metrics = QFontMetrics(self.font())
        width = self.contentsRect().width() if width is None else width
        full = self.text()
        suffix = self._suffix if self._suffix and full.endswith(self._suffix) else ""
        main = full[: len(full) - len(suffix)] if suffix else full
        lines: list[str] = []
        for word in main.split():
            if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(metrics.elidedText(word, Qt.TextElideMode.ElideRight, width))
        tail = suffix.strip()
        if tail:
            if lines and metrics.horizontalAdvance(lines[-1] + suffix) <= width:
                lines[-1] += suffix
            else:
                lines.append(tail)
        return lines or [""]

    def set_lines(self, lines: int) -> None:
        """Draw the text wrapped on up to `lines` lines, with room for them (1: one elided line)."""
        lines = max(1, lines)
        if lines != self.lines:
            self.lines = lines
            margins = self.contentsMargins()
            height = lines * QFontMetrics(self.font()).lineSpacing() + margins.top() + margins.bottom() + 4
            self.setMinimumHeight(height if lines > 1 else 0)
            self.update()

    def elided(self) -> str:
        """What is drawn at the current width."""
        metrics = QFontMetrics(self.font())
        width = self.contentsRect().width()
        full = self.text()
        if self.lines > 1:
            wrapped = self.wrapped(width)
            if len(wrapped) > self.lines:
                wrapped = wrapped[: self.lines]
                wrapped[-1] = metrics.elidedText(wrapped[-1] + " …", Qt.TextElideMode.ElideRight, width)
            return "\n".join(wrapped)
        if metrics.horizontalAdvance(full) <= width:
            return full
        suffix = self._suffix if full.endswith(self._suffix) else ""
        main = full[: len(full) - len(suffix)] if suffix else full
        room = max(0, width - metrics.horizontalAdvance(suffix))
        return metrics.elidedText(main, Qt.TextElideMode.ElideRight, room) + suffix

    def is_cut(self) -> bool:
        """Whether a character of the text is not shown (wrapping is not cutting)."""
        return " ".join(self.elided().split()) != " ".join(self.text().split())

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setText(text)
        self._sync_tip()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._sync_tip()

    def _sync_tip(self) -> None:
        self.setToolTip(self.text() if self.is_cut() else "")

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().minimumSizeHint()
        return QSize(QFontMetrics(self.font()).horizontalAdvance("…" + self._suffix), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)
        text = self.elided()
        self.style().drawItemText(painter, self.contentsRect(), int(self.alignment()), self.palette(),
                                  self.isEnabled(), text, self.foregroundRole())
