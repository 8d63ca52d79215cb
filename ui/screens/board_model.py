"""The open work orders as a Qt list model, plus a per-state filter for the board's columns.

The model never reads the store itself: `refresh()` runs `WorkOrderService.board()` through
an `Operation` and swaps the cards in when it returns. Refreshes asked for while one is
running fold into a single follow-up load.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex,
                            QSortFilterProxyModel, Qt, Signal)

from app.errors import DomainError
from app.services import Services
from app.wo_states import WOStatus
from app.workorders import BoardCard
from ui.kit.operations import QueryOp, TaskManager

BOARD_STATES: tuple[WOStatus, ...] = (
    WOStatus.INTAKE, WOStatus.DIAGNOSING, WOStatus.WORKING, WOStatus.WAITING_PARTS, WOStatus.QC_TEST,
)

CardRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2
OverdueRole = Qt.ItemDataRole.UserRole + 3
IdRole = Qt.ItemDataRole.UserRole + 4

AnyIndex = QModelIndex | QPersistentModelIndex


class BoardModel(QAbstractListModel):
    """One row per open work order (a `BoardCard`)."""

    loaded = Signal()
    load_failed = Signal(str)

    def __init__(self, services: Services, parent: QObject | None = None, *,
                 tasks: TaskManager | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.cards: list[BoardCard] = []
        self.loading = False
        self.load_count = 0
        self.loaded_at: datetime | None = None
        self._again = False

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.cards)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.cards):
            return None
        card = self.cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{card.number} {card.plate} {card.customer_name}"
        if role == CardRole:
            return card
        if role == StatusRole:
            return card.status.value
        if role == OverdueRole:
            return card.overdue
        if role == IdRole:
            return card.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{card.number}\n{card.plate} · {card.customer_name}"
        return None

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload in the background; a request during a load becomes one more load after it."""
        if self.loading:
            self._again = True
            return
        self.loading = True
        workorders = self.services.workorders
        QueryOp(self, workorders.board, tasks=self.tasks) \
            .success(self.set_cards).failure(self._failed).finally_(self._done).run()

    def _failed(self, exc: BaseException) -> None:
        self.load_failed.emit(str(exc) if isinstance(exc, DomainError) else f"{type(exc).__name__}: {exc}")

    def _done(self) -> None:
        self.loading = False
        if self._again:
            self._again = False
            self.refresh()

    def set_cards(self, cards: list[BoardCard]) -> None:
        self.beginResetModel()
        self.cards = list(cards)
        self.endResetModel()
        self.load_count += 1
        self.loaded_at = datetime.now().astimezone()
        self.loaded.emit()

    def count(self, status: WOStatus | None = None) -> int:
        return len(self.cards) if status is None else sum(1 for c in self.cards if c.status is status)

    def overdue_count(self) -> int:
        return sum(1 for c in self.cards if c.overdue)


class StatusFilter(QSortFilterProxyModel):
    """The cards of one state (one board column)."""

    def __init__(self, status: WOStatus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status = status

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802 - Qt API
        source = self.sourceModel()
        index = source.index(source_row, 0, source_parent)
        return source.data(index, StatusRole) == self.status.value

    def numbers(self) -> list[str]:
        return [self.data(self.index(row, 0), CardRole).number for row in range(self.rowCount())]
