"""First run: a station with no database enrols with a one-time code from HQ, or opens the demo.

Big buttons, Bahasa Indonesia first. With a code it runs `sync.provision.provision` on the net
lane (enrol: the encrypted database and its key; then the branch's data in a first sync, with a
progress bar) and emits `provisioned(path)`; the caller opens the station's login on it. A wrong
or used code is a message and leaves no file. The station's kind (advisor, bay, warehouse, cashier,
office) is chosen here with big buttons and kept in its settings (`app.station_settings.setup_station`):
a bay tablet starts in the glove theme. `demo_chosen` asks for the demo instead.

Names: `FirstRun`, `FirstRun.Title`, `FirstRun.Enrol`, `FirstRun.Demo`, `FirstRun.CloudUrl`,
`FirstRun.Code`, `FirstRun.StationCode`, `FirstRun.Kind` (property `kind_name`), `FirstRun.Go`,
`FirstRun.Back`, `FirstRun.Progress`, `FirstRun.Message`; when the branch has no user yet, its first admin:
`FirstRun.AdminName`, `FirstRun.AdminPin`, `FirstRun.AdminPinRepeat`, `FirstRun.AdminSave`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QFormLayout, QGridLayout, QLabel, QLineEdit, QProgressBar, QStackedWidget,
                               QVBoxLayout, QWidget)

from app.catalogue import STATION_KINDS
from ui.kit.labels import error_message
from ui.kit.operations import Lane, QueryOp, TaskManager
from ui.widgets.message_strip import MessageStrip
from ui.widgets.touch_button import TouchButton


class FirstRunWizard(QWidget):
    provisioned = Signal(object)  # the database's Path
    demo_chosen = Signal()

    def __init__(self, path: Path, parent: QWidget | None = None, *, cloud_url: str = "", http: Any = None,
                 tasks: TaskManager | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FirstRun")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # the theme paints its background
        self.path = path
        self.http = http  # an httpx client the caller owns (tests: the in-process cloud)
        self.tasks = tasks
        self.busy = False
        self.title = QLabel(self)
        self.title.setObjectName("FirstRun.Title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._choice_page())
        self.pages.addWidget(self._enrol_page(cloud_url))
        self.pages.addWidget(self._admin_page())
        self.message = MessageStrip("FirstRun.Message", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        self.retranslate()

    def _choice_page(self) -> QWidget:
        page = QWidget(self)
        self.enrol_button = TouchButton("FirstRun.Enrol", parent=page, kind="primary")
        self.enrol_button.clicked.connect(lambda: self._show(1))
        self.demo_button = TouchButton("FirstRun.Demo", parent=page)
        self.demo_button.clicked.connect(self.demo_chosen.emit)
        self.choice_hint = QLabel(page)
        self.choice_hint.setWordWrap(True)
        self.choice_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.choice_hint)
        for button in (self.enrol_button, self.demo_button):
            button.setProperty("big", True)
            layout.addWidget(button)
        layout.addStretch(2)
        return page

    def _enrol_page(self, cloud_url: str) -> QWidget:
        page = QWidget(self)
        self.cloud_edit = QLineEdit(cloud_url, page)
        self.cloud_edit.setObjectName("FirstRun.CloudUrl")
        self.code_edit = QLineEdit(page)
        self.code_edit.setObjectName("FirstRun.Code")
        self.code_edit.setMaxLength(64)
        self.station_edit = QLineEdit(page)
        self.station_edit.setObjectName("FirstRun.StationCode")
        self.station_edit.setMaxLength(16)
        for edit in (self.cloud_edit, self.code_edit, self.station_edit):
            edit.setMinimumHeight(48)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.cloud_label, self.code_label, self.station_label = QLabel(page), QLabel(page), QLabel(page)
        self.form.addRow(self.cloud_label, self.cloud_edit)
        self.form.addRow(self.code_label, self.code_edit)
        self.form.addRow(self.station_label, self.station_edit)
        self.kind_label = QLabel(page)
        self.kind_group = QButtonGroup(page)
        self.kind_buttons: dict[str, TouchButton] = {}
        kinds = QGridLayout()  # three a row: the glove theme's English labels fit at 1024 px
        for index, kind in enumerate(STATION_KINDS):
            button = TouchButton("FirstRun.Kind", parent=page)
            button.setProperty("kind_name", kind)
            button.setCheckable(True)
            button.setMinimumHeight(56)
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            kinds.addWidget(button, index // 3, index % 3)
        self.kind_buttons["office"].setChecked(True)
        self.progress = QProgressBar(page)
        self.progress.setObjectName("FirstRun.Progress")
        self.progress.setMinimumHeight(32)
        self.progress.hide()
        self.go_button = TouchButton("FirstRun.Go", parent=page, kind="primary")
        self.go_button.setProperty("big", True)
        self.go_button.clicked.connect(self.start)
        self.back_button = TouchButton("FirstRun.Back", parent=page)
        self.back_button.clicked.connect(lambda: self._show(0))
        layout = QVBoxLayout(page)
        layout.addLayout(self.form)
        layout.addWidget(self.kind_label)
        layout.addLayout(kinds)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addWidget(self.go_button)
        layout.addWidget(self.back_button)
        return page

    def _admin_page(self) -> QWidget:
        """The branch's first admin, when the branch has no user yet: name and a 6-digit PIN twice."""
        page = QWidget(self)
        self.admin_hint = QLabel(page)
        self.admin_hint.setWordWrap(True)
        self.admin_name = QLineEdit(page)
        self.admin_name.setObjectName("FirstRun.AdminName")
        self.admin_name.setMaxLength(60)
        self.admin_pin, self.admin_repeat = QLineEdit(page), QLineEdit(page)
        self.admin_pin.setObjectName("FirstRun.AdminPin")
        self.admin_repeat.setObjectName("FirstRun.AdminPinRepeat")
        for edit in (self.admin_pin, self.admin_repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(6)
            edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        for edit in (self.admin_name, self.admin_pin, self.admin_repeat):
            edit.setMinimumHeight(48)
        self.admin_labels = [QLabel(page) for _ in range(3)]
        form = QFormLayout()
        for label, edit in zip(self.admin_labels, (self.admin_name, self.admin_pin, self.admin_repeat)):
            form.addRow(label, edit)
        self.admin_button = TouchButton("FirstRun.AdminSave", parent=page, kind="primary")
        self.admin_button.setProperty("big", True)
        self.admin_button.clicked.connect(self.create_admin)
        layout = QVBoxLayout(page)
        layout.addWidget(self.admin_hint)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.admin_button)
        return page

    def create_admin(self) -> None:
        """The first admin (PIN hashed on this station with the branch secret), then `provisioned`."""
        if self.busy:
            return
        from app.first_admin import create_first_admin

        self.busy = True
        self.admin_button.setEnabled(False)
        path, name, pin, repeat = self.path, self.admin_name.text(), self.admin_pin.text(), self.admin_repeat.text()
        self.admin_pin.clear()
        self.admin_repeat.clear()
        QueryOp(self, lambda: create_first_admin(path, name, pin, repeat), lane=Lane.NET, tasks=self.tasks) \
            .success(lambda _user: self._admin_done()).failure(self._admin_failed).run()

    def _admin_done(self) -> None:
        self.busy = False
        self.message.ok(self.tr("This station is ready."))
        self.provisioned.emit(self.path)

    def _admin_failed(self, exc: BaseException) -> None:
        self.busy = False
        self.admin_button.setEnabled(True)
        text = str(exc)
        if "differ" in text:
            self.message.error(self.tr("The two PINs differ. Type the PIN again."))
        elif "6 digits" in text:
            self.message.error(self.tr("An admin's PIN is 6 digits."))
        else:
            self.message.error(error_message(exc))

    def _show(self, index: int) -> None:
        if not self.busy:
            self.message.clear_message()
            self.pages.setCurrentIndex(index)

    def start(self) -> None:
        """Enrol with the code and take the branch's data (net lane), then `provisioned`."""
        if self.busy:
            return
        from sync.provision import provision

        self.busy = True
        self._lock(True)
        self.message.info(self.tr("Contacting the cloud…"))
        self.progress.setRange(0, 0)  # busy until the first page tells how much
        self.progress.show()
        path, http = self.path, self.http
        url, code, station = self.cloud_edit.text(), self.code_edit.text(), self.station_edit.text()
        kind = self.kind()

        def work(job) -> dict:  # noqa: ANN001 - a ui.kit.operations.Job
            from app.station_settings import setup_station

            out = provision(path, url, code, station, http=http,
                            progress=lambda done, total: job.report(done, total or 0, ""))
            from app.first_admin import needs_first_admin

            setup_station(path, kind, url.strip())
            return {**out, "needs_admin": needs_first_admin(path)}

        QueryOp(self, work, lane=Lane.NET, with_job=True, tasks=self.tasks) \
            .progress(self._progressed).success(self._done).failure(self._failed).run()

    def kind(self) -> str:
        """The station kind chosen with the big buttons (`office` until another is tapped)."""
        return next(k for k, b in self.kind_buttons.items() if b.isChecked())

    def _progressed(self, done: int, total: int, _label: str) -> None:
        self.progress.setRange(0, max(total, done, 1))
        self.progress.setValue(done)
        self.message.info(self.tr("Taking the branch's data: %1 changes").replace("%1", str(done)))

    def _done(self, result: dict) -> None:
        self.busy = False
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        if result.get("needs_admin"):
            self.message.info(self.tr("Connected. This branch has no user yet: create its first admin."))
            self.pages.setCurrentIndex(2)
            self.admin_name.setFocus()
            return
        self.message.ok(self.tr("This station is ready."))
        self.provisioned.emit(self.path)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self._lock(False)
        self.progress.hide()
        self.message.error(self._reason(exc))

    def _reason(self, exc: BaseException) -> str:
        text = str(exc)
        if "enrolment code is wrong" in text:
            return self.tr("The enrolment code is wrong, used or expired. Ask HQ for a new one.")
        if "cannot reach the cloud" in text:
            return self.tr("Cannot reach the cloud. Check the address and the network.")
        if "starts with https" in text:
            return self.tr("The cloud address starts with https://")
        if "enter the enrolment code" in text:
            return self.tr("Enter the enrolment code and this station's code.")
        return error_message(exc)

    def _lock(self, locked: bool) -> None:
        for widget in (self.cloud_edit, self.code_edit, self.station_edit, self.go_button, self.back_button,
                       *self.kind_buttons.values()):
            widget.setEnabled(not locked)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to SentraAuto Care"))
        self.choice_hint.setText(self.tr("This station is not set up yet. Connect it to your branch with the"
                                         " enrolment code from HQ, or try the demo."))
        self.enrol_button.setText(self.tr("Connect with an enrolment code"))
        self.demo_button.setText(self.tr("Try the demo"))
        self.cloud_label.setText(self.tr("Cloud address"))
        self.code_label.setText(self.tr("Enrolment code"))
        self.station_label.setText(self.tr("Station code"))
        self.kind_label.setText(self.tr("This station is for:"))
        for kind, text in (("advisor", self.tr("Service advisor")), ("bay", self.tr("Mechanic bay")),
                           ("warehouse", self.tr("Warehouse")), ("cashier", self.tr("Cashier")),
                           ("office", self.tr("Office"))):
            self.kind_buttons[kind].setText(text)
        self.code_edit.setPlaceholderText("K7QM-4XRT-9PZD")
        self.station_edit.setPlaceholderText("K2")
        self.cloud_edit.setPlaceholderText("https://cloud.example.co.id")
        self.go_button.setText(self.tr("Connect this station"))
        self.admin_hint.setText(self.tr("The branch's first admin signs in on this station and adds the other users."))
        for label, text in zip(self.admin_labels, (self.tr("Admin's name"), self.tr("PIN (6 digits)"),
                                                   self.tr("PIN again"))):
            label.setText(text)
        self.admin_button.setText(self.tr("Create the first admin"))
        self.back_button.setText(self.tr("Back"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def run_first_run(path: Path, settings: Any) -> str:  # noqa: ANN401 - app.settings.Settings
    """The wizard in its own window before the app: "provisioned", "demo" or "closed"."""
    import sys

    from PySide6.QtWidgets import QApplication

    from ui.kit.i18n import install_translator
    from ui.kit.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translator(app, settings.lang)
    apply_theme(app, settings.theme)
    wizard = FirstRunWizard(path, cloud_url=settings.cloud_url or "")
    outcome = ["closed"]

    def finish(result: str) -> None:
        outcome[0] = result
        app.quit()

    wizard.provisioned.connect(lambda _path: finish("provisioned"))
    wizard.demo_chosen.connect(lambda: finish("demo"))
    wizard.resize(1024, 700)
    wizard.show()
    try:
        app.exec()
    finally:
        wizard.close()
        wizard.deleteLater()
    return outcome[0]
