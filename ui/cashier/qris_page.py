"""QRIS: the QR the cloud made for the invoice, large, with the amount and a countdown.

States (from `QrisModel`): asking the cloud, pending (the QR; the customer scans it), confirming
(the cloud says paid; the payment is on its way here through sync), and the problems (expired,
failed, cloud unreachable, not enrolled), each with the other methods and — where it helps — a
new QR. Never a made-up QR: the QR is drawn only from the string the cloud sent.
"""

from __future__ import annotations

from datetime import datetime, timezone

import qrcode
from PySide6.QtCore import QEvent, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ui.widgets.message_strip import MessageStrip
from ui.widgets.rupiah import RupiahLabel
from ui.widgets.touch_button import TouchButton


def qr_image(text: str, box: int = 8, border: int = 4) -> QImage:
    """The QR code of `text` as a black-on-white image (quiet zone included)."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=border)
    code.add_data(text)
    code.make(fit=True)
    matrix = code.get_matrix()
    size = len(matrix) * box
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect(QRectF(x * box, y * box, box, box))
    painter.end()
    return image


class QrisPage(QWidget):
    other_method = Signal()
    new_qr = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Cashier.QrisPage")
        self.state = "idle"
        self.detail = ""
        self.expires_at: datetime | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("Cashier.PageHeading")
        self.amount = RupiahLabel("Cashier.QrisAmount", 0, self)
        self.amount.setProperty("big", True)
        self.qr = QLabel(self)
        self.qr.setObjectName("Cashier.QrisCode")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.qr.setMinimumSize(200, 200)
        self.image: QImage | None = None
        self.countdown = QLabel(self)
        self.countdown.setObjectName("Cashier.QrisCountdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel(self)
        self.status.setObjectName("Cashier.QrisStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)
        self.message = MessageStrip("Cashier.QrisMessage", self)
        self.other = TouchButton("Cashier.QrisOtherMethod", parent=self)
        self.other.clicked.connect(self.other_method.emit)
        self.again = TouchButton("Cashier.QrisNew", parent=self, kind="primary")
        self.again.clicked.connect(self.new_qr.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.other)
        buttons.addWidget(self.again, 1)
        side = QVBoxLayout()
        side.addWidget(self.heading)
        side.addWidget(self.amount)
        side.addWidget(self.countdown)
        side.addWidget(self.status, 1)
        side.addWidget(self.message)
        side.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.qr, 3)
        layout.addLayout(side, 2)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._tick)
        self.retranslate()

    # -- states ----------------------------------------------------------------------------
    def asking(self, amount: int) -> None:
        self.amount.set_amount(amount)
        self.image, self.expires_at = None, None
        self.message.clear_message()
        self._state("asking")

    def show_charge(self, state: str, charge: object) -> None:
        if charge is not None:
            self.amount.set_amount(int(getattr(charge, "amount", 0)))
            qr_string = getattr(charge, "qr_string", None)
            if qr_string and state == "pending" and self.image is None:
                self.image = qr_image(qr_string)
            expires = getattr(charge, "expires_at", None)
            self.expires_at = _parse(expires) if expires else None
        if state == "pending":
            self.message.clear_message()
        self._state(state)

    def show_problem(self, kind: str, detail: str) -> None:
        if kind == "poll_offline":  # the QR stays: the cloud is asked again at the next poll
            self.message.show_message(self.tr("The cloud does not answer right now; still waiting for the "
                                              "payment. The QR stays valid."), "warning")
            return
        self.detail = detail
        self.image = None
        self._state(kind)
        self.message.show_message(self._problem_text(kind), "error" if kind in ("refused", "failed") else "warning")

    def _state(self, state: str) -> None:
        self.state = state
        self._paint_qr()
        self.status.setText(self._status_text(state))
        self.other.setVisible(state not in ("confirming", "paid"))
        self.again.setVisible(state in ("expired", "failed", "offline"))
        if state == "pending" and self.expires_at is not None:
            self.tick.start()
        else:
            self.tick.stop()
        self._tick()

    def _paint_qr(self) -> None:
        if self.image is None or self.state not in ("pending",):
            self.qr.clear()
            self.qr.setText(self.tr("QR") if self.state == "asking" else "")
            return
        side = max(120, min(self.qr.width(), self.qr.height()) - 8)
        self.qr.setPixmap(QPixmap.fromImage(self.image).scaled(
            side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation))

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().resizeEvent(event)
        self._paint_qr()

    def _tick(self) -> None:
        if self.state != "pending" or self.expires_at is None:
            self.countdown.setText("")
            return
        left = max(0, int((self.expires_at - datetime.now(timezone.utc)).total_seconds()))
        self.countdown.setText(self.tr("Valid for %1").replace("%1", f"{left // 60:d}:{left % 60:02d}"))

    # -- words -----------------------------------------------------------------------------
    def _status_text(self, state: str) -> str:
        return {
            "asking": self.tr("Asking the cloud for a QRIS code…"),
            "pending": self.tr("Let the customer scan the QR with any QRIS app. Waiting for the payment…"),
            "confirming": self.tr("Paid: the payment is on its way to this till…"),
            "paid": self.tr("Paid by QRIS"),
        }.get(state, "")

    def _problem_text(self, kind: str) -> str:
        return {
            "expired": self.tr("The QR expired and nothing was paid: make a new QR or choose another method."),
            "failed": self.tr("The QRIS payment failed and nothing was paid: make a new QR or choose another "
                              "method."),
            "offline": self.tr("The cloud cannot be reached, so there is no QR: choose another method, or try "
                               "again."),
            "not_enrolled": self.tr("QRIS needs this till to be connected to the cloud: choose another method."),
            "refused": self.tr("The cloud refused the QRIS charge (%1): choose another method.")
            .replace("%1", self.detail[:120]),
        }.get(kind, kind)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("QRIS"))
        self.other.setText(self.tr("Other method"))
        self.again.setText(self.tr("New QR"))
        self._state(self.state)
        if self.message.isVisible() and self.state in ("expired", "failed", "offline", "not_enrolled", "refused"):
            self.message.setText(self._problem_text(self.state))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _parse(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
