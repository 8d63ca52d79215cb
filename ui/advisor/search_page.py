"""The desk's first page: one search field for a plate (any spelling), VIN, phone or name.

Results show as you type (the `SearchBox` debounces and runs the search on the store lane).
Enter on an exact plate opens that vehicle; an unknown complete plate offers to register it.
Names: `Advisor.Search`, `Advisor.Result` (property `row`, `vehicle_id`), `Advisor.NoResults`,
`Advisor.RegisterNew`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.queries.search import SearchHit, SearchResult
from ui.advisor.desk_model import DeskModel
from ui.widgets.search_box import SearchBox
from ui.widgets.touch_button import TouchButton

MAX_SHOWN = 12


def hit_text(hit: SearchHit) -> str:
    car = " ".join(str(x) for x in (hit.make, hit.model, hit.year) if x)
    first = f"{hit.plate}   {car}" if hit.plate else "—"
    second = " · ".join(x for x in (hit.customer_name, hit.phone) if x)
    return f"{first}\n{second}"


class SearchPage(QWidget):
    vehicle_chosen = Signal(str)  # vehicle id
    register_requested = Signal(str)  # the typed plate, normalised (or "")
    customer_without_vehicle = Signal(str)  # customer id: register their vehicle

    def __init__(self, model: DeskModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AdvisorSearchPage")
        self.model = model
        self.box = SearchBox("Advisor.Search", self, tasks=model.ctx.tasks)
        self.box.setProperty("big", True)
        self.box.bind(model.query, model.set_results)
        self.box.returnPressed.connect(self._enter)
        self.hint = QLabel(self)
        self.hint.setObjectName("Advisor.SearchHint")
        self.hint.setWordWrap(True)
        self.empty = QLabel(self)
        self.empty.setObjectName("Advisor.NoResults")
        self.empty.hide()
        self.register_button = TouchButton("Advisor.RegisterNew", "", self, kind="primary")
        self.register_button.hide()
        self.register_button.clicked.connect(lambda: self.register_requested.emit(self._plate()))
        self.list_host = QWidget(self)
        self.list_layout = QVBoxLayout(self.list_host)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(6)
        self.list_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.list_host)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.box)
        layout.addWidget(self.hint)
        layout.addWidget(self.empty)
        layout.addWidget(self.register_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(scroll, 1)
        self.buttons: list[QPushButton] = []
        self._enter_waiting = False
        model.results_changed.connect(self.show_results)
        self.retranslate()

    def _plate(self) -> str:
        result = self.model.result
        return result.plate or "" if result else ""

    def show_results(self, result: SearchResult | None) -> None:
        for button in self.buttons:
            button.hide()
            button.setParent(None)
            button.deleteLater()
        self.buttons = []
        hits = result.hits[:MAX_SHOWN] if result else []
        for row, hit in enumerate(hits):
            button = QPushButton(hit_text(hit).replace("&", "&&"), self.list_host)
            button.setObjectName("Advisor.Result")
            button.setProperty("adv", "item")
            button.setProperty("row", str(row))
            button.setProperty("vehicle_id", hit.vehicle_id or "")
            button.setProperty("matched", hit.matched)
            button.clicked.connect(lambda _=False, h=hit: self._choose(h))
            self.list_layout.insertWidget(row, button)
            self.buttons.append(button)
        typed = bool(result and result.text.strip())
        self.empty.setVisible(typed and not hits)
        unknown_plate = bool(result and result.plate and not result.plate_known)
        self.register_button.setVisible(typed and (unknown_plate or not hits))
        self.retranslate()

    def _choose(self, hit: SearchHit) -> None:
        if hit.vehicle_id:
            self.vehicle_chosen.emit(hit.vehicle_id)
        else:
            self.customer_without_vehicle.emit(hit.customer_id)

    def _enter(self) -> None:
        """Enter: the exact plate, or the only hit, opens at once (the same decision as a tap)."""
        result = self.model.result
        if result is None or result.text.strip() != self.box.text().strip():
            if not self._enter_waiting:  # the search for this text is still running: act on its result
                self._enter_waiting = True
                self.model.results_changed.connect(self._enter_after_search)
            return
        hits = result.hits
        exact = [h for h in hits if h.plate and result.plate and h.plate == result.plate]
        if exact:
            self._choose(exact[0])
        elif len(hits) == 1:
            self._choose(hits[0])
        elif result.plate and not result.plate_known:
            self.register_requested.emit(result.plate)

    def _enter_after_search(self, _result: object) -> None:
        self.model.results_changed.disconnect(self._enter_after_search)
        self._enter_waiting = False
        if self.model.result is not None and self.model.result.text.strip() == self.box.text().strip():
            self._enter()

    def focus_search(self) -> None:
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)
        self.box.selectAll()

    def retranslate(self) -> None:
        self.box.setPlaceholderText(self.tr("Plate, phone, name or VIN — e.g. B 1234 XYZ"))
        self.hint.setText(self.tr("Type a plate in any spelling (b1234xyz), a phone number (0812… or +62812…),"
                                  " a customer's name or a VIN. Enter opens an exact plate."))
        self.empty.setText(self.tr("No customer or vehicle matches “%1”.").replace("%1", self.box.text().strip()))
        plate = self._plate()
        self.register_button.setText(self.tr("Register new customer with %1").replace("%1", plate) if plate
                                     else self.tr("Register new customer"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
