"""Open a work order for the vehicle on the card: today's odometer on the keypad, complaints
(tap the common ones, or type), Open. A reading below the last one needs a reason and a
supervisor's PIN (the core refuses it otherwise). In rework mode the same panel opens a warranty
rework linked to an earlier work order.

Names: `Advisor.OpenWo`, `Advisor.Odometer`, `Advisor.OdometerKeypad` (its keys `KeypadKey`),
`Advisor.Complaint` (checkable, property `complaint`), `Advisor.ComplaintText`,
`Advisor.OdometerReason`, `Advisor.OpenWoButton`, `Advisor.OpenWoMessage`, `Advisor.ReworkOf`,
`Advisor.ReworkCancel`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.auth import Actor
from app.errors import DomainError
from app.reception import COMMON_COMPLAINTS
from ui.kit.labels import error_message
from ui.widgets.keypad import NumericKeypad
from ui.widgets.message_strip import MessageStrip
from ui.widgets.touch_button import TouchButton


def km_text(km: int | None) -> str:
    return "—" if km is None else f"{km:,}".replace(",", ".") + " km"


class OpenWoPanel(QFrame):
    # vehicle id, km, complaints, reason ("" unless the reading goes back), rework-of WO id ("" if none)
    open_requested = Signal(str, object, list, str, str)
    supervisor_needed = Signal(str)  # the reason shown on the PIN prompt

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Advisor.OpenWo")
        self.vehicle_id = ""
        self.last_km: int | None = None
        self.rework_of: tuple[str, str] | None = None  # (wo id, number)
        self.title = QLabel(self)
        self.title.setObjectName("Advisor.OpenWoTitle")
        self.title.setProperty("heading", True)
        self.rework_label = QLabel(self)
        self.rework_label.setObjectName("Advisor.ReworkOf")
        self.rework_cancel = QPushButton("×", self)
        self.rework_cancel.setObjectName("Advisor.ReworkCancel")
        self.rework_cancel.setProperty("adv", "chip")
        self.rework_cancel.clicked.connect(lambda: self.set_rework(None))
        rework_row = QHBoxLayout()
        rework_row.addWidget(self.rework_label, 1)
        rework_row.addWidget(self.rework_cancel)
        self.km_label = QLabel(self)
        self.km = QLineEdit(self)
        self.km.setObjectName("Advisor.Odometer")
        self.km.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,7}"), self.km))
        self.km.textChanged.connect(self._km_changed)
        self.keypad = NumericKeypad(self, target=self.km, name="Advisor.OdometerKeypad")
        self.reason = QLineEdit(self)
        self.reason.setObjectName("Advisor.OdometerReason")
        self.reason.hide()
        self.chips: list[QPushButton] = []
        chips = QVBoxLayout()
        chips.setSpacing(6)
        for n, text in enumerate(COMMON_COMPLAINTS):
            chip = QPushButton(text.replace("&", "&&"), self)
            chip.setObjectName("Advisor.Complaint")
            chip.setProperty("adv", "chip")
            chip.setProperty("complaint", str(n))
            chip.setCheckable(True)
            chips.addWidget(chip)
            self.chips.append(chip)
        self.complaints_label = QLabel(self)
        self.text = QLineEdit(self)
        self.text.setObjectName("Advisor.ComplaintText")
        self.message = MessageStrip("Advisor.OpenWoMessage", self)
        self.open_button = TouchButton("Advisor.OpenWoButton", "", self, kind="primary")
        self.open_button.clicked.connect(self.submit)
        self.text.returnPressed.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        top = QHBoxLayout()  # the one thing to do stays in sight on a small screen
        top.addWidget(self.title, 1)
        top.addWidget(self.open_button)
        layout.addLayout(top)
        layout.addLayout(rework_row)
        layout.addWidget(self.km_label)
        layout.addWidget(self.message)
        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # keypad beside the complaints, or above them
        columns.setSpacing(10)
        self.columns = columns
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(self.km)
        left.addWidget(self.keypad)
        left.addWidget(self.reason)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(self.complaints_label)
        right.addLayout(chips)
        right.addWidget(self.text)
        right.addStretch(1)
        columns.addLayout(left, 5)
        columns.addLayout(right, 6)
        layout.addLayout(columns, 1)
        self.set_rework(None)
        self.retranslate()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt API
        """Side by side when both fit, else the complaints go under the keypad (big glove fonts)."""
        chips = max((chip.sizeHint().width() for chip in self.chips), default=0)
        wide = event.size().width() >= self.keypad.minimumSizeHint().width() + chips + 60
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)
        super().resizeEvent(event)

    def reset(self, vehicle_id: str, last_km: int | None) -> None:
        self.vehicle_id, self.last_km = vehicle_id, last_km
        self.km.clear()
        self.reason.clear()
        self.text.clear()
        for chip in self.chips:
            chip.setChecked(False)
        self.message.clear_message()
        self.set_rework(None)
        self.retranslate()

    def set_rework(self, rework: tuple[str, str] | None) -> None:
        self.rework_of = rework
        self.rework_label.setVisible(rework is not None)
        self.rework_cancel.setVisible(rework is not None)
        self.retranslate()

    def goes_back(self) -> bool:
        km = self.km_value()
        return km is not None and self.last_km is not None and km < self.last_km

    def _km_changed(self, _text: str) -> None:
        self.reason.setVisible(self.goes_back())

    def km_value(self) -> int | None:
        text = self.km.text().strip()
        return int(text) if text.isdigit() else None

    def complaints(self) -> list[str]:
        picked = [COMMON_COMPLAINTS[int(chip.property("complaint"))] for chip in self.chips if chip.isChecked()]
        typed = self.text.text().strip()
        return picked + ([typed] if typed else [])

    def submit(self) -> None:
        km, complaints = self.km_value(), self.complaints()
        if km is None and self.rework_of is None:
            self.message.error(self.tr("Enter today's odometer reading (km)."))
            self.km.setFocus()
            return
        if not complaints:
            self.message.error(self.tr("Pick or type at least one complaint."))
            return
        if self.goes_back() and not self.reason.text().strip():
            self.message.error(self.tr("%1 is below the last reading (%2): give a reason, a supervisor confirms.")
                               .replace("%1", km_text(km)).replace("%2", km_text(self.last_km)))
            self.reason.setFocus()
            return
        self.message.clear_message()
        if self.goes_back():
            self.supervisor_needed.emit(self.tr("Odometer %1 is below the last reading %2. Reason: %3")
                                        .replace("%1", km_text(km)).replace("%2", km_text(self.last_km))
                                        .replace("%3", self.reason.text().strip()))
            return
        self.open_requested.emit(self.vehicle_id, km, complaints, "", self.rework_of[0] if self.rework_of else "")

    def confirmed_by(self, supervisor: Actor) -> tuple[str, int | None, list[str], str, Actor]:
        """What to open once a supervisor confirmed the lower reading."""
        return self.vehicle_id, self.km_value(), self.complaints(), self.reason.text().strip(), supervisor

    def failed(self, exc: DomainError) -> None:
        if exc.code == "odometer_back":
            self.reason.show()
            self.message.error(self.tr("The reading is below the last one: give a reason, a supervisor confirms."))
        else:
            self.message.error(error_message(exc))

    def set_busy(self, busy: bool) -> None:
        self.open_button.setEnabled(not busy)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Warranty rework") if self.rework_of else self.tr("Open a work order"))
        if self.rework_of:
            self.rework_label.setText(self.tr("Rework of %1, linked to it").replace("%1", self.rework_of[1]))
        self.km_label.setText(self.tr("Odometer today (last: %1)").replace("%1", km_text(self.last_km)))
        self.km.setPlaceholderText(self.tr("km"))
        self.complaints_label.setText(self.tr("Complaints"))
        self.reason.setPlaceholderText(self.tr("Reason for the lower reading (e.g. odometer replaced)"))
        self.text.setPlaceholderText(self.tr("Other complaint, in the customer's words"))
        self.open_button.setText(self.tr("Open rework WO") if self.rework_of else self.tr("Open WO"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
