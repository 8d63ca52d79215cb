"""Paid: the change large, the receipt as it prints (preview), reprint, and the drawer when a
print failed with cash in the sale (the kept receipt reprints without opening the drawer)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.money import format_rupiah
from ui.widgets.message_strip import MessageStrip
from ui.widgets.touch_button import TouchButton


class DonePage(QWidget):
    reprint = Signal()
    open_drawer = Signal()
    next_sale = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Cashier.DonePage")
        self.change_amount = 0
        self.had_cash = False
        self.heading = QLabel(self)
        self.heading.setObjectName("Cashier.DoneHeading")
        self.change_title = QLabel(self)
        self.change_title.setObjectName("Cashier.ChangeTitle")
        self.change = QLabel(self)
        self.change.setObjectName("Cashier.DoneChange")
        self.change.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.print_message = MessageStrip("Cashier.PrintMessage", self)
        self.preview = QLabel(self)
        self.preview.setObjectName("Cashier.ReceiptPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea(self)
        scroll.setObjectName("Cashier.ReceiptScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.preview)
        scroll.setMinimumWidth(300)
        self.reprint_button = TouchButton("Cashier.Reprint", parent=self)
        self.reprint_button.clicked.connect(self.reprint.emit)
        self.drawer_button = TouchButton("Cashier.OpenDrawer", parent=self, kind="danger")
        self.drawer_button.clicked.connect(self.open_drawer.emit)
        self.drawer_button.hide()
        self.next_button = TouchButton("Cashier.Next", parent=self, kind="primary")
        self.next_button.setMinimumHeight(72)
        self.next_button.clicked.connect(self.next_sale.emit)
        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(self.change_title)
        left.addWidget(self.change, 1)
        left.addWidget(self.print_message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reprint_button)
        buttons.addWidget(self.drawer_button)
        left.addLayout(buttons)
        left.addWidget(self.next_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        layout.addWidget(scroll, 2)
        self.retranslate()

    def show_paid(self, number: str, change: int, had_cash: bool) -> None:
        self.change_amount, self.had_cash = change, had_cash
        self.heading.setText(self.tr("Paid · %1").replace("%1", number))
        self.change.setText(format_rupiah(change))
        self.change_title.setVisible(had_cash)
        self.change.setVisible(had_cash)
        self.preview.clear()
        self.print_message.info(self.tr("Printing the receipt…"))
        self.drawer_button.hide()

    def show_preview(self, image: QImage) -> None:
        self.preview.setPixmap(QPixmap.fromImage(image).scaledToWidth(360, Qt.TransformationMode.SmoothTransformation))

    def show_printed(self, ok: bool, detail: str) -> None:
        if ok:
            self.print_message.show_message(self.tr("Receipt printed."), "ok")
            return
        self.print_message.error(self.tr("The receipt did not print (%1). It is kept: reprint when the printer "
                                         "is ready.").replace("%1", detail))
        self.drawer_button.setVisible(self.had_cash)

    def retranslate(self) -> None:
        self.change_title.setText(self.tr("Change"))
        self.reprint_button.setText(self.tr("Reprint"))
        self.drawer_button.setText(self.tr("Open drawer"))
        self.next_button.setText(self.tr("Next customer"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
