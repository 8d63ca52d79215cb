"""The work-order board: open WOs in columns by state, cards with plate, customer, bay and SLA.

Every role starts here. The board reloads through a `QueryOp` and, in batches, on change sets
that touch the tables it shows (work orders, vehicles, customers), only while it is visible.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, QRect,
                            QRectF, QSize, Qt, QTimer, Property)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QLabel, QListView, QStyle,
                               QSizePolicy, QStyledItemDelegate, QStyleOptionViewItem, QToolTip, QVBoxLayout, QWidget)

from app.services import Services
from app.wo_states import WOStatus
from app.workorders import BoardCard
from ui.kit.labels import clock_text, status_label
from ui.screens.board_model import BOARD_STATES, BoardModel, CardRole, StatusFilter
from ui.kit.changes import ChangeWatcher
from ui.kit.operations import TaskManager
from ui.kit.screen import Screen, ViewContext

OVERDUE_RECHECK_MS = 60_000
BOARD_TABLES = frozenset({"workorders", "vehicles", "customers"})


def _color_property(name: str, default: str) -> Property:
    attr = f"_{name}"

    def getter(self: "CardList") -> QColor:
        return getattr(self, attr, QColor(default))

    def setter(self: "CardList", value: QColor) -> None:
        setattr(self, attr, QColor(value))
        self.viewport().update()

    return Property(QColor, getter, setter)


class CardList(QListView):
    """One column's list of cards. Its colours come from the theme (`qproperty-*` in QSS)."""

    cardColor = _color_property("cardColor", "#ffffff")  # noqa: N815 - Qt property names
    borderColor = _color_property("borderColor", "#cfd6df")  # noqa: N815
    textColor = _color_property("textColor", "#1b2430")  # noqa: N815
    mutedColor = _color_property("mutedColor", "#5b6675")  # noqa: N815
    accentColor = _color_property("accentColor", "#1f6feb")  # noqa: N815
    overdueColor = _color_property("overdueColor", "#c62828")  # noqa: N815
    overdueFill = _color_property("overdueFill", "#fdecec")  # noqa: N815
    plateColor = _color_property("plateColor", "#111111")  # noqa: N815
    plateText = _color_property("plateText", "#ffffff")  # noqa: N815

    def __init__(self, status: WOStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CardList")
        self.setProperty("status", status.value)
        self.status = status
        self.empty_text = ""
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setItemDelegate(CardDelegate(self))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(self.mutedColor)
            rect = self.viewport().rect().adjusted(8, 24, -8, -8)
            painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                             self.empty_text)


class CardDelegate(QStyledItemDelegate):
    """Paints a work-order card: number, number plate, customer, bay and SLA due time."""

    def __init__(self, view: CardList) -> None:
        super().__init__(view)
        self.view = view

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont, QFont]:
        base = QFont(option.font)
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.88)
        bold_small = QFont(small)
        bold_small.setBold(True)
        plate = QFont(base)
        plate.setBold(True)
        plate.setPointSizeF(base.pointSizeF() * 1.3)
        return base, small, bold_small, plate

    def _metrics(self, option: QStyleOptionViewItem) -> tuple[int, int, int, int]:
        base, small, _bold, plate = self._fonts(option)
        pad = max(8, QFontMetrics(base).height() // 2)
        return pad, QFontMetrics(base).height(), QFontMetrics(small).height(), QFontMetrics(plate).height()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        pad, line, small, plate = self._metrics(option)
        gap = pad // 2
        height = pad + small + gap + plate + pad // 2 + gap + line + gap + small + pad
        return QSize(160, height + 8)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        card: BoardCard | None = index.data(CardRole)
        if card is None:
            return
        view = self.view
        base, small, bold_small, plate_font = self._fonts(option)
        pad, line, small_h, plate_h = self._metrics(option)
        gap = pad // 2
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect).adjusted(2, 4, -2, -4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        fill = view.overdueFill if card.overdue else view.cardColor
        edge = view.overdueColor if card.overdue else (view.accentColor if selected else view.borderColor)
        painter.setPen(QPen(edge, 3 if card.overdue or selected else 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 8, 8)
        stripe = QRectF(rect.left(), rect.top(), 6, rect.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(view.overdueColor if card.overdue else view.accentColor)
        painter.drawRoundedRect(stripe, 3, 3)

        left = int(rect.left()) + 6 + pad
        width = int(rect.right()) - pad - left
        y = int(rect.top()) + pad
        align_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        # 1. work-order number (its tail is what people read out), and the overdue badge
        painter.setFont(bold_small)
        small_metrics = QFontMetrics(bold_small)
        number_w = width
        if card.overdue:
            badge = self.tr("OVERDUE")
            badge_w = small_metrics.horizontalAdvance(badge) + pad
            badge_rect = QRect(left + width - badge_w, y - 2, badge_w, small_h + 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(view.overdueColor)
            painter.drawRoundedRect(QRectF(badge_rect), 4, 4)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, badge)
            number_w = width - badge_w - gap
        painter.setPen(view.mutedColor)
        number = small_metrics.elidedText(card.number, Qt.TextElideMode.ElideLeft, number_w)
        painter.drawText(QRect(left, y, number_w, small_h), align_left, number)
        y += small_h + gap
        # 2. the number plate, drawn like one
        painter.setFont(plate_font)
        plate_metrics = QFontMetrics(plate_font)
        plate_w = min(width, plate_metrics.horizontalAdvance(card.plate or "—") + pad * 2)
        plate_rect = QRect(left, y, plate_w, plate_h + pad // 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(view.plateColor)
        painter.drawRoundedRect(QRectF(plate_rect), 4, 4)
        painter.setPen(view.plateText)
        painter.drawText(plate_rect, Qt.AlignmentFlag.AlignCenter, card.plate or "—")
        y += plate_rect.height() + gap
        # 3. customer
        painter.setFont(base)
        painter.setPen(view.textColor)
        name = QFontMetrics(base).elidedText(card.customer_name or "—", Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(left, y, width, line), align_left, name)
        y += line + gap
        # 4. bay on the left, SLA due time on the right (never cut)
        due = self.due_text(card)
        painter.setFont(bold_small)
        painter.setPen(view.overdueColor if card.overdue else view.textColor)
        due_w = small_metrics.horizontalAdvance(due) if due else 0
        painter.drawText(QRect(left + width - due_w, y, due_w, small_h), align_left, due)
        painter.setFont(small)
        painter.setPen(view.mutedColor)
        bay_w = max(0, width - due_w - gap)
        bay = card.bay or self.tr("No bay")
        if not card.bay and QFontMetrics(small).horizontalAdvance(bay) > bay_w:
            bay = "—"  # a narrow column: a dash rather than a cut word
        bay = QFontMetrics(small).elidedText(bay, Qt.TextElideMode.ElideRight, bay_w)
        painter.drawText(QRect(left, y, bay_w, small_h), align_left, bay)
        painter.restore()

    def due_text(self, card: BoardCard) -> str:
        if not card.sla_due:
            return ""
        try:
            due = datetime.fromisoformat(card.sla_due)
        except ValueError:
            return ""
        return self.tr("Due %1").replace("%1", clock_text(due))

    def tooltip(self, card: BoardCard) -> str:
        due = self.due_text(card)
        lines = [card.number, f"{card.plate} · {card.customer_name}", card.bay or self.tr("No bay")]
        if due:
            lines.append(f"{due} · {self.tr('OVERDUE')}" if card.overdue else due)
        return "\n".join(lines)

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,  # noqa: N802
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        card: BoardCard | None = index.data(CardRole)
        if event.type() == QEvent.Type.ToolTip and card is not None:
            QToolTip.showText(event.globalPos(), self.tooltip(card), view)
            return True
        return super().helpEvent(event, view, option, index)


class BoardColumn(QFrame):
    """A state's title with its count, over its list of cards."""

    def __init__(self, status: WOStatus, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BoardColumn")
        # equal widths whatever the titles' lengths: the layout's stretch alone decides
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.status = status
        self.proxy = StatusFilter(status, self)
        self.proxy.setSourceModel(model)
        self.title = QLabel(self)
        self.title.setObjectName("ColumnTitle")
        self.title.setProperty("status", status.value)
        self.list = CardList(status, self)
        self.list.setModel(self.proxy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        self.proxy.modelReset.connect(self.retranslate)
        self.proxy.rowsInserted.connect(self.retranslate)
        self.proxy.rowsRemoved.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(f"{status_label(self.status)}  ({self.proxy.rowCount()})")
        self.list.empty_text = self.tr("No work orders here")
        self.list.viewport().update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class BoardView(QWidget):
    """The columns, a summary line, and the batched refresh wiring."""

    def __init__(self, services: Services, parent: QWidget | None = None, *,
                 tasks: TaskManager | None = None, refresh_delay_ms: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BoardView")
        self.model = BoardModel(services, self, tasks=tasks)
        self.summary = QLabel(self)
        self.summary.setObjectName("BoardSummary")
        self.columns: dict[WOStatus, BoardColumn] = {}
        row = QHBoxLayout()
        row.setSpacing(12)
        for status in BOARD_STATES:
            column = BoardColumn(status, self.model, self)
            self.columns[status] = column
            row.addWidget(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.summary)
        layout.addLayout(row, 1)
        kwargs = {} if refresh_delay_ms is None else {"delay_ms": refresh_delay_ms}
        self.watcher = ChangeWatcher(services.store, BOARD_TABLES, owner=self, **kwargs)
        self.watcher.changed.connect(self._store_changed)
        self.batches = 0
        self._error = ""
        self.model.loaded.connect(self._loaded)
        self.model.load_failed.connect(self._load_failed)
        self._recheck = QTimer(self)
        self._recheck.setInterval(OVERDUE_RECHECK_MS)
        self._recheck.timeout.connect(self.model.refresh)
        self._recheck.start()
        self.retranslate()
        self.model.refresh()

    def _store_changed(self, _changes: object) -> None:
        self.batches += 1
        self.model.refresh()

    def _loaded(self) -> None:
        self._error = ""
        self.retranslate()

    def _load_failed(self, message: str) -> None:
        self._error = message
        self.retranslate()

    def retranslate(self) -> None:
        if self._error:
            self.summary.setText(self.tr("Could not load the board: %1").replace("%1", self._error))
            return
        if self.model.loaded_at is None:
            self.summary.setText(self.tr("Loading work orders…"))
            return
        text = self.tr("%1 open work orders · %2 overdue · updated %3")
        self.summary.setText(text.replace("%1", str(self.model.count()))
                             .replace("%2", str(self.model.overdue_count()))
                             .replace("%3", self.model.loaded_at.strftime("%H:%M:%S")))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def shutdown(self) -> None:
        self.watcher.close()
        self._recheck.stop()


class BoardScreen(Screen):
    """The work-order board as a screen: every role has it."""

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, screen_id="board")
        self.board = BoardView(ctx.services, self, tasks=ctx.tasks)
        self.body_layout.addWidget(self.board)

    def title(self) -> str:
        return self.tr("Work order board")

    def shutdown(self) -> None:
        self.board.shutdown()
