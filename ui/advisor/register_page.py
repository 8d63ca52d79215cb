"""Register a new customer and their vehicle, the typed plate pre-filled. Each field says what
is wrong with it, under it, as soon as it is left and again on Save; nothing is written until
every field is right (one command for both rows).

Names: `Advisor.Register`, `Advisor.Register.<field>` (name, phone, email, plate, make, model,
year, vin), `Advisor.Register.<field>.Error`, `Advisor.Register.Save`, `Advisor.Register.Cancel`,
`Advisor.Register.Message`.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.reception import NewCustomer
from ui.kit.labels import error_message
from ui.widgets.message_strip import MessageStrip
from ui.widgets.plate_field import PlateField
from ui.widgets.touch_button import TouchButton

FIELDS = ("plate", "name", "phone", "email", "make", "model", "year", "vin")


class RegisterPage(QWidget):
    save_requested = Signal(object, str)  # NewCustomer, the registered customer's id ("" for a new customer)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Advisor.Register")
        self.title = QLabel(self)
        self.title.setProperty("heading", True)
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setVerticalSpacing(2)
        for name in FIELDS:
            edit: QLineEdit = PlateField(f"Advisor.Register.{name}", self) if name == "plate" else QLineEdit(self)
            edit.setObjectName(f"Advisor.Register.{name}")
            error = QLabel(self)
            error.setObjectName(f"Advisor.Register.{name}.Error")
            error.setProperty("fieldError", True)
            error.setWordWrap(True)
            error.hide()
            box = QVBoxLayout()
            box.setSpacing(0)
            box.addWidget(edit)
            box.addWidget(error)
            label = QLabel(self)
            form.addRow(label, box)
            self.fields[name], self.errors[name], self.labels[name] = edit, error, label
            edit.editingFinished.connect(lambda n=name: self.check_field(n))
            edit.textEdited.connect(lambda _t, n=name: self.set_error(n, ""))
        self.customer_id = ""
        self.fields["year"].setMaxLength(4)
        self.fields["vin"].setMaxLength(17)
        self.message = MessageStrip("Advisor.Register.Message", self)
        self.save = TouchButton("Advisor.Register.Save", "", self, kind="primary")
        self.save.clicked.connect(self.submit)
        self.cancel = TouchButton("Advisor.Register.Cancel", "", self)
        self.cancel.clicked.connect(self.cancelled)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()

    def start(self, plate: str, customer: tuple[str, str, str] | None = None) -> None:
        """A new customer with `plate` pre-filled, or (customer id, name, phone) a registered one's new car."""
        self.customer_id = customer[0] if customer else ""
        for name in FIELDS:
            self.fields[name].clear()
            self.set_error(name, "")
            self.fields[name].setReadOnly(False)
        self.message.clear_message()
        self.fields["plate"].setText(plate)
        if customer:
            self.fields["name"].setText(customer[1])
            self.fields["phone"].setText(customer[2])
            for name in ("name", "phone", "email"):
                self.fields[name].setReadOnly(True)
        self.retranslate()
        (self.fields["name"] if plate and not customer else self.fields["plate"]).setFocus()

    def form(self) -> NewCustomer:
        values = {name: self.fields[name].text() for name in FIELDS}
        plate_field = self.fields["plate"]
        if isinstance(plate_field, PlateField) and plate_field.plate():
            values["plate"] = plate_field.plate()
        return NewCustomer(**values)

    def set_error(self, name: str, text: str) -> None:
        label = self.errors[name]
        label.setText(text)
        label.setVisible(bool(text))
        self.fields[name].setProperty("invalid", bool(text))
        self.fields[name].style().unpolish(self.fields[name])
        self.fields[name].style().polish(self.fields[name])

    def check_field(self, name: str) -> str:
        """The local checks of one field (the core repeats them, and checks a taken plate)."""
        text = self.fields[name].text().strip()
        problem = ""
        if name == "plate":
            field = self.fields["plate"]
            if not text:
                problem = self.tr("The plate is required.")
            elif isinstance(field, PlateField) and not field.plate():
                problem = self.tr("Not an Indonesian plate: region letters, 1–4 digits, up to 3 letters (B 1234 XYZ).")
        elif name == "name" and not text:
            problem = self.tr("The customer's name is required.")
        elif name == "phone" and text and not 8 <= len(re.sub(r"\D", "", text)) <= 15:
            problem = self.tr("A phone number has 8 to 15 digits.")
        elif name == "email" and text and ("@" not in text or " " in text):
            problem = self.tr("Not an e-mail address.")
        elif name == "year" and text and not (text.isdigit() and 1950 <= int(text) <= 2100):
            problem = self.tr("A model year like 2019.")
        elif name == "vin" and text and not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", text.upper()):
            problem = self.tr("A VIN has 17 letters and digits, never I, O or Q.")
        self.set_error(name, problem)
        return problem

    def submit(self) -> None:
        problems = [self.check_field(name) for name in FIELDS]
        if any(problems):
            self.message.error(self.tr("Check the fields marked in red."))
            return
        self.message.clear_message()
        self.save_requested.emit(self.form(), self.customer_id)

    def refused(self, errors: dict) -> None:
        """The core's answer: messages by field (its text; a taken plate is the usual one)."""
        for name, problem in errors.items():
            if name in self.errors:
                if "already registered" in str(problem):
                    self.set_error(name, self.tr("This plate is already registered."))
                elif not self.check_field(name):  # the local check, in the user's language, when it knows why
                    self.set_error(name, str(problem))
            else:
                self.message.error(error_message(problem) if isinstance(problem, BaseException) else str(problem))
        if any(name in self.errors for name in errors):
            self.message.error(self.tr("Check the fields marked in red."))

    def set_busy(self, busy: bool) -> None:
        self.save.setEnabled(not busy)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Another vehicle for %1").replace("%1", self.fields["name"].text())
                           if self.customer_id else self.tr("New customer and vehicle"))
        texts = {"plate": self.tr("Plate *"), "name": self.tr("Name *"), "phone": self.tr("Phone / WhatsApp"),
                 "email": self.tr("E-mail"), "make": self.tr("Make"), "model": self.tr("Model"),
                 "year": self.tr("Year"), "vin": self.tr("VIN (chassis no.)")}
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.save.setText(self.tr("Save"))
        self.cancel.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
