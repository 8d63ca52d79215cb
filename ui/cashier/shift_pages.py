"""The shift screen's pages: open with a float; count the drawer per note and coin; the Z-report."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QImage, QIntValidator, QPixmap
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from app.money import format_rupiah
from app.shifts import COINS, DENOMINATIONS, ZReport
from ui.widgets.keypad import NumericKeypad
from ui.widgets.message_strip import MessageStrip
from ui.widgets.rupiah import RupiahEntry, RupiahLabel
from ui.widgets.touch_button import TouchButton


class OpenPage(QWidget):
    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Cashier.OpenShiftPage")
        self.heading = QLabel(self)
        self.heading.setObjectName("Cashier.PageHeading")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.float_entry = RupiahEntry("Cashier.Float", self)
        self.float_entry.setProperty("big", True)
        self.keypad = NumericKeypad(self, target=self.float_entry, with_thousands=True, name="Cashier.FloatKeypad")
        self.open_button = TouchButton("Cashier.OpenShift", parent=self, kind="primary")
        self.open_button.setMinimumHeight(72)
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self.float_entry.amount()))
        self.last_z = TouchButton("Cashier.LastZ", parent=self)
        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(self.hint)
        left.addWidget(self.float_entry)
        left.addStretch(1)
        left.addWidget(self.last_z)
        left.addWidget(self.open_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        layout.addWidget(self.keypad, 2)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Open the shift"))
        self.hint.setText(self.tr("Count the float in the drawer (the change money) and enter it."))
        self.open_button.setText(self.tr("Open shift"))
        self.last_z.setText(self.tr("Last Z-report"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class CountPage(QWidget):
    """One row per denomination: tap a count, type it on the keypad; counted, expected, variance."""

    counts_changed = Signal(object)  # dict[int, int]
    close_requested = Signal()
    settle_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Cashier.CountPage")
        self.expected = 0
        self.threshold = 0
        self.heading = QLabel(self)
        self.heading.setObjectName("Cashier.PageHeading")
        self.summary = QLabel(self)
        self.summary.setObjectName("Cashier.ShiftSummary")
        self.summary.setWordWrap(True)
        self.fields: dict[int, QLineEdit] = {}
        self.amounts: dict[int, QLabel] = {}
        grid = QGridLayout()
        grid.setVerticalSpacing(4)
        for row, denom in enumerate(DENOMINATIONS):
            name = QLabel(format_rupiah(denom) + (" ●" if denom in COINS else ""), self)
            name.setObjectName("Cashier.Denomination")
            field = QLineEdit(self)
            field.setObjectName("Cashier.Count")
            field.setProperty("denom", str(denom))
            field.setValidator(QIntValidator(0, 99_999, field))
            field.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            field.setMinimumHeight(40)
            field.textChanged.connect(self._changed)
            field.installEventFilter(self)
            amount = QLabel(format_rupiah(0), self)
            amount.setObjectName("Cashier.CountAmount")
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(name, row, 0)
            grid.addWidget(field, row, 1)
            grid.addWidget(amount, row, 2)
            self.fields[denom], self.amounts[denom] = field, amount
        self.keypad = NumericKeypad(self, target=self.fields[DENOMINATIONS[0]], name="Cashier.CountKeypad")
        self.counted = RupiahLabel("Cashier.Counted", 0, self)
        self.expected_label = RupiahLabel("Cashier.ExpectedCash", 0, self)
        self.variance = RupiahLabel("Cashier.Variance", 0, self)
        self.variance.setProperty("big", True)
        totals = QGridLayout()
        self.total_names = [QLabel(self) for _ in range(3)]
        for row, (name, value) in enumerate(zip(self.total_names, (self.counted, self.expected_label, self.variance))):
            totals.addWidget(name, row, 0)
            totals.addWidget(value, row, 1)
        self.message = MessageStrip("Cashier.ShiftMessage", self)
        self.close_button = TouchButton("Cashier.CloseShift", parent=self, kind="primary")
        self.close_button.setMinimumHeight(64)
        self.close_button.clicked.connect(self.close_requested.emit)
        self.settle_button = TouchButton("Cashier.SettleTerminal", parent=self)
        self.settle_button.clicked.connect(self.settle_requested.emit)
        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(self.summary)
        left.addLayout(grid)
        left.addStretch(1)
        left.addWidget(self.settle_button)
        right = QVBoxLayout()
        right.addWidget(self.keypad, 1)
        right.addLayout(totals)
        right.addWidget(self.message)
        right.addWidget(self.close_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self.retranslate()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802, ANN001 - Qt API
        if event.type() == QEvent.Type.FocusIn and watched in self.fields.values():
            self.keypad.target = watched
        return super().eventFilter(watched, event)

    def counts(self) -> dict[int, int]:
        return {d: int(f.text() or 0) for d, f in self.fields.items()}

    def reset(self, summary: str, expected: int, threshold: int) -> None:
        self.expected, self.threshold = expected, threshold
        self.summary.setText(summary)
        for field in self.fields.values():
            field.blockSignals(True)
            field.clear()
            field.blockSignals(False)
        self.message.clear_message()
        self._changed()

    def _changed(self, *_: object) -> None:
        counts = self.counts()
        for denom, n in counts.items():
            self.amounts[denom].setText(format_rupiah(denom * n))
        counted = sum(d * n for d, n in counts.items())
        self.counted.set_amount(counted)
        self.expected_label.set_amount(self.expected)
        variance = counted - self.expected
        self.variance.set_amount(variance)
        over = abs(variance) > self.threshold
        self.variance.setProperty("warn", over)
        self.variance.style().unpolish(self.variance)
        self.variance.style().polish(self.variance)
        if over and counted:
            self.message.show_message(self.tr("The variance is over %1: a supervisor confirms the close.")
                                      .replace("%1", format_rupiah(self.threshold)), "warning")
        else:
            self.message.clear_message()
        self.counts_changed.emit(counts)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Close the shift: count the drawer"))
        for label, text in zip(self.total_names, (self.tr("Counted"), self.tr("Expected"), self.tr("Variance"))):
            label.setText(text)
        self.close_button.setText(self.tr("Close shift"))
        self.settle_button.setText(self.tr("Settle the card terminal"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ZPage(QWidget):
    reprint = Signal()
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Cashier.ZPage")
        self.heading = QLabel(self)
        self.heading.setObjectName("Cashier.PageHeading")
        self.message = MessageStrip("Cashier.ZMessage", self)
        self.figures: dict[str, RupiahLabel] = {}
        self.figure_names: dict[str, QLabel] = {}
        figures = QGridLayout()
        for row, key in enumerate(("sales", "expected", "counted", "variance")):
            name = QLabel(self)
            value = RupiahLabel(f"Cashier.Z.{key}", 0, self)
            figures.addWidget(name, row, 0)
            figures.addWidget(value, row, 1)
            self.figures[key], self.figure_names[key] = value, name
        self.figures["variance"].setProperty("big", True)
        self.preview = QLabel(self)
        self.preview.setObjectName("Cashier.ZPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.preview)
        self.reprint_button = TouchButton("Cashier.PrintZ", parent=self)
        self.reprint_button.clicked.connect(self.reprint.emit)
        self.done_button = TouchButton("Cashier.ZDone", parent=self, kind="primary")
        self.done_button.clicked.connect(self.done.emit)
        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(self.message)
        left.addLayout(figures)
        left.addStretch(1)
        left.addWidget(self.reprint_button)
        left.addWidget(self.done_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 2)
        layout.addWidget(scroll, 3)
        self.retranslate()

    def show_z(self, report: ZReport) -> None:
        self.heading.setText(self.tr("Shift closed · %1").replace("%1", report.z_number))
        self.figures["sales"].set_amount(sum(report.sales_by_method.values()))
        self.figures["expected"].set_amount(report.expected_cash)
        self.figures["counted"].set_amount(report.counted_cash)
        self.figures["variance"].set_amount(report.variance)
        self.preview.clear()

    def show_preview(self, image: QImage) -> None:
        self.preview.setPixmap(QPixmap.fromImage(image).scaledToWidth(380, Qt.TransformationMode.SmoothTransformation))

    def show_printed(self, ok: bool, detail: str) -> None:
        if ok:
            self.message.ok(self.tr("Z-report printed and kept."))
        else:
            self.message.error(self.tr("The Z-report did not print (%1); it is kept: print it again.")
                               .replace("%1", detail))

    def retranslate(self) -> None:
        names = {"sales": self.tr("Sales"), "expected": self.tr("Expected cash"), "counted": self.tr("Counted"),
                 "variance": self.tr("Variance")}
        for key, text in names.items():
            self.figure_names[key].setText(text)
        self.reprint_button.setText(self.tr("Print again"))
        self.done_button.setText(self.tr("Done"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
