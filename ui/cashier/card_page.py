"""Card: the EDC stages as they happen (sending, waiting for the card, PIN, approved/declined),
from the device lane. An unresolved sale shows "checking with the terminal" until the terminal
says what became of it; a decline offers the other methods."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.widgets.message_strip import MessageStrip
from ui.widgets.rupiah import RupiahLabel
from ui.widgets.touch_button import TouchButton

# The ECR link reports "sent" and "waiting for the card" (card and PIN happen on the terminal
# together, it does not say which): three steps, never a made-up one.
STEPS = ("sending", "card_pin", "result")
# what the terminal reports -> the step it is on
STAGE_STEP = {"sending": "sending", "sent": "card_pin", "waiting_for_card": "card_pin",
              "checking_status": "result", "done": "result", "approved": "result", "declined": "result",
              "unresolved": "result", "failed": "result"}


class CardPage(QWidget):
    start_requested = Signal()
    other_method = Signal()
    check_terminal = Signal()
    to_queue = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Cashier.CardPage")
        self.stage = "ready"
        self.heading = QLabel(self)
        self.heading.setObjectName("Cashier.PageHeading")
        self.amount = RupiahLabel("Cashier.CardAmount", 0, self)
        self.amount.setProperty("big", True)
        self.steps: dict[str, QLabel] = {}
        steps_row = QHBoxLayout()
        for step in STEPS:
            label = QLabel(self)
            label.setObjectName("Cashier.CardStep")
            label.setProperty("step", step)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            steps_row.addWidget(label)
            self.steps[step] = label
        self.stage_label = QLabel(self)
        self.stage_label.setObjectName("Cashier.CardStage")
        self.stage_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stage_label.setWordWrap(True)
        self.message = MessageStrip("Cashier.CardMessage", self)
        self.start = TouchButton("Cashier.StartCard", parent=self, kind="primary")
        self.start.setMinimumHeight(72)
        self.start.clicked.connect(self.start_requested.emit)
        self.other = TouchButton("Cashier.OtherMethod", parent=self)
        self.other.clicked.connect(self.other_method.emit)
        self.check = TouchButton("Cashier.CheckTerminal", parent=self)
        self.check.clicked.connect(self.check_terminal.emit)
        self.back = TouchButton("Cashier.CardBack", parent=self)
        self.back.clicked.connect(self.to_queue.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addWidget(self.other)
        buttons.addWidget(self.check)
        buttons.addWidget(self.start, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.amount)
        layout.addLayout(steps_row)
        layout.addWidget(self.stage_label, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslate()

    def ready(self, amount: int, busy_reason: str = "") -> None:
        """Before the sale: the amount and the start button (or why no sale can start now)."""
        self.amount.set_amount(amount)
        self.set_stage("ready")
        if busy_reason:
            self.message.show_message(busy_reason, "warning")
        else:
            self.message.clear_message()
        self.start.setEnabled(not busy_reason)

    def set_stage(self, stage: str) -> None:
        self.stage = stage
        current = STAGE_STEP.get(stage)
        reached = True
        for step in STEPS:
            label = self.steps[step]
            state = "current" if step == current else ("done" if reached and current else "todo")
            if step == current:
                reached = False
            if step == "result" and stage in ("approved", "declined", "unresolved", "failed"):
                state = stage
            label.setProperty("state", state)
            label.style().unpolish(label)
            label.style().polish(label)
        self.stage_label.setText(self._stage_text(stage))
        self.start.setVisible(stage == "ready")
        self.other.setVisible(stage in ("ready", "declined", "failed"))
        self.check.setVisible(stage == "unresolved")
        self.back.setVisible(stage in ("ready", "declined", "unresolved", "failed"))

    def _stage_text(self, stage: str) -> str:
        return {
            "ready": self.tr("Press start, then hand the customer the terminal."),
            "sending": self.tr("Sending to the terminal…"),
            "sent": self.tr("Sent to the terminal"),
            "waiting_for_card": self.tr("Waiting for the card and PIN on the terminal…"),
            "checking_status": self.tr("Checking with the terminal…"),
            "done": self.tr("The terminal answered"),
            "approved": self.tr("Approved"),
            "declined": self.tr("Declined: choose another method"),
            "unresolved": self.tr("Checking with the terminal: the sale is not known yet. It is never charged twice."),
            "failed": self.tr("The terminal could not take the sale"),
        }.get(stage, stage)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Card (EDC)"))
        texts = {"sending": self.tr("Sending"), "card_pin": self.tr("Card and PIN"), "result": self.tr("Result")}
        for step, text in texts.items():
            self.steps[step].setText(text)
        self.start.setText(self.tr("Start on terminal"))
        self.other.setText(self.tr("Other method"))
        self.check.setText(self.tr("Check again"))
        self.back.setText(self.tr("‹ Queue"))
        self.set_stage(self.stage)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
