"""What the `preview:` printer printed, shown where the catalogue was until it is closed.
Names: `Advisor.PrintPreview`, `Advisor.PrintPreview.Title`, `Advisor.PrintPreview.Image`,
`Advisor.PrintPreview.Close`."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.widgets.touch_button import TouchButton


class PrintPreview(QFrame):
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Advisor.PrintPreview")
        self.title = QLabel(self)
        self.title.setObjectName("Advisor.PrintPreview.Title")
        self.title.setProperty("heading", True)
        self.image = QLabel(self)
        self.image.setObjectName("Advisor.PrintPreview.Image")
        self.image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea(self)
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        self.close_button = TouchButton("Advisor.PrintPreview.Close", "", self, kind="primary")
        self.close_button.clicked.connect(self.closed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.retranslate()

    def show_print(self, title: str, pixmap: QPixmap) -> None:
        self.title.setText(title)
        self.image.setPixmap(pixmap)  # at the printer's own size: what the paper will show

    def retranslate(self) -> None:
        self.close_button.setText(self.tr("Close preview"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
