"""Users of the branch: list them, add one with a role and a PIN, give a new PIN, unlock, deactivate.

For supervisors and admins (`user.admin`). The PIN is typed on the numeric keypad into a
masked field and goes straight to the core; it is never shown. Deactivating asks for a second
tap. Names: `Users.List` (items carry the user id as `UserRole` data), `Users.New`,
`Users.Selected`, `Users.ResetPin`, `Users.Unlock`, `Users.Deactivate`, `Users.Form`,
`Users.FormTitle`, `Users.Name`, `Users.Role` (property `role`), `Users.Pin`, `Users.Keypad`,
`Users.Save`, `Users.Cancel`, `Users.Message`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QSizePolicy, QVBoxLayout, QWidget)

from app.auth import UserStatus
from app.roles import Role
from ui.kit.labels import role_label
from ui.kit.screen import Screen, ViewContext
from ui.supervisor.users_model import UsersModel
from ui.widgets.keypad import NumericKeypad
from ui.widgets.message_strip import MessageStrip
from ui.widgets.touch_button import TouchButton

IDLE, CREATE, PIN = "idle", "create", "pin"


class UsersScreen(Screen):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, screen_id="supervisor.users")
        self.vm = UsersModel(ctx, self, self.origin)
        self.mode = IDLE
        self.selected_id: str | None = None
        self.confirming = False

        self.new_button = TouchButton("Users.New", parent=self, kind="primary")
        self.new_button.clicked.connect(self.start_create)
        self.list = QListWidget(self)
        self.list.setObjectName("Users.List")
        self.list.setSpacing(4)
        self.list.currentItemChanged.connect(self._picked)
        left = QVBoxLayout()
        left.addWidget(self.new_button)
        left.addWidget(self.list, 1)

        self.selected = QLabel(self)
        self.selected.setObjectName("Users.Selected")
        self.selected.setWordWrap(True)
        self.reset_button = TouchButton("Users.ResetPin", parent=self)
        self.reset_button.clicked.connect(self.start_pin)
        self.unlock_button = TouchButton("Users.Unlock", parent=self)
        self.unlock_button.clicked.connect(self._unlock)
        self.deactivate_button = TouchButton("Users.Deactivate", parent=self, kind="danger")
        self.deactivate_button.clicked.connect(self._deactivate)
        actions = QHBoxLayout()
        for button in (self.reset_button, self.unlock_button, self.deactivate_button):
            actions.addWidget(button)

        self.form = self._build_form()
        self.message = MessageStrip("Users.Message", self)
        right = QVBoxLayout()
        right.addWidget(self.selected)
        right.addLayout(actions)
        right.addWidget(self.form, 1)
        right.addStretch(0)
        right.addWidget(self.message)

        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addLayout(right, 3)
        self.body_layout.addLayout(row, 1)

        self.vm.loaded.connect(self._show_users)
        self.vm.done.connect(self._done)
        self.vm.failed.connect(self.message.error)
        self.retranslate()
        self._show_selection()
        self.vm.reload()

    def _build_form(self) -> QFrame:
        form = QFrame(self)
        form.setObjectName("Users.Form")
        self.form_title = QLabel(form)
        self.form_title.setObjectName("Users.FormTitle")
        self.name_edit = QLineEdit(form)
        self.name_edit.setObjectName("Users.Name")
        self.name_edit.setMaxLength(60)
        self.role_group = QButtonGroup(form)
        self.role_buttons: dict[Role, QPushButton] = {}
        roles = QGridLayout()
        for index, role in enumerate(self.vm.roles()):
            button = TouchButton("Users.Role", parent=form)
            button.setProperty("role", role.value)
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.role_group.addButton(button)
            self.role_buttons[role] = button
            roles.addWidget(button, index // 2, index % 2)
        self.pin_edit = QLineEdit(form)
        self.pin_edit.setObjectName("Users.Pin")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setReadOnly(True)
        self.pin_edit.setMaxLength(8)
        self.pin_label = QLabel(form)
        self.keypad = NumericKeypad(form, target=self.pin_edit, name="Users.Keypad")
        self.keypad.setMinimumSize(220, 260)
        self.save_button = TouchButton("Users.Save", parent=form, kind="primary")
        self.save_button.clicked.connect(self._save)
        self.cancel_button = TouchButton("Users.Cancel", parent=form)
        self.cancel_button.clicked.connect(self.cancel_form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button, 1)
        fields = QVBoxLayout()
        fields.addWidget(self.form_title)
        fields.addWidget(self.name_edit)
        fields.addLayout(roles)
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin_label)
        pin_row.addWidget(self.pin_edit, 1)
        fields.addLayout(pin_row)
        fields.addStretch(1)
        fields.addLayout(buttons)
        layout = QHBoxLayout(form)  # the keypad beside the fields: all of it fits at 1024×700
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(fields, 3)
        layout.addWidget(self.keypad, 2)
        form.hide()
        return form

    def title(self) -> str:
        return self.tr("Users")

    # -- the list ----------------------------------------------------------------------------
    def _status_text(self, user: UserStatus) -> str:
        if not user.active:
            return self.tr("inactive")
        if user.locked:
            return self.tr("locked")
        return self.tr("active")

    def _show_users(self) -> None:
        keep = self.selected_id
        self.list.blockSignals(True)
        self.list.clear()
        for user in self.vm.users:
            item = QListWidgetItem(f"{user.name}\n{role_label(user.role)} · {self._status_text(user)}")
            item.setData(Qt.ItemDataRole.UserRole, user.id)
            if not user.active:
                item.setForeground(self.palette().placeholderText())
            self.list.addItem(item)
            if user.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.vm.user(keep) is None:
            self.selected_id = None
        self._show_selection()

    def _picked(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        self.selected_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if self.mode == PIN:
            self.cancel_form()
        self._show_selection()

    def _show_selection(self) -> None:
        self.confirming = False
        user = self.vm.user(self.selected_id)
        if user is None:
            self.selected.setText(self.tr("Pick a user, or add a new one."))
        else:
            self.selected.setText(f"<b>{user.name}</b> · {role_label(user.role)} · {self._status_text(user)}")
        manageable = user is not None and user.role in self.vm.roles()
        self.reset_button.setEnabled(manageable and user.active)
        self.unlock_button.setEnabled(manageable and user.active and user.locked)
        self.deactivate_button.setEnabled(manageable and user.active and user.id != self.ctx.actor.user_id)
        self.deactivate_button.setText(self.tr("Deactivate"))

    # -- the form ----------------------------------------------------------------------------
    def start_create(self) -> None:
        self.mode = CREATE
        self.name_edit.clear()
        self.pin_edit.clear()
        self.role_group.setExclusive(False)
        for button in self.role_buttons.values():
            button.setChecked(False)
        self.role_group.setExclusive(True)
        self._show_form()
        self.name_edit.setFocus()

    def start_pin(self) -> None:
        if self.vm.user(self.selected_id) is None:
            return
        self.mode = PIN
        self.pin_edit.clear()
        self._show_form()

    def cancel_form(self) -> None:
        self.mode = IDLE
        self.pin_edit.clear()
        self.form.hide()

    def _show_form(self) -> None:
        creating = self.mode == CREATE
        self.name_edit.setVisible(creating)
        for button in self.role_buttons.values():
            button.setVisible(creating)
        user = self.vm.user(self.selected_id)
        if creating:
            self.form_title.setText(self.tr("New user: name, role and PIN"))
        elif user is not None:
            self.form_title.setText(self.tr("New PIN for %1").replace("%1", user.name))
        self.save_button.setText(self.tr("Add user") if creating else self.tr("Save PIN"))
        self.message.clear_message()
        self.form.show()

    def _chosen_role(self) -> Role | None:
        return next((role for role, button in self.role_buttons.items() if button.isChecked()), None)

    def _save(self) -> None:
        pin = self.pin_edit.text()
        if self.mode == CREATE:
            name, role = self.name_edit.text().strip(), self._chosen_role()
            if not name:
                self.message.error(self.tr("Type the user's name."))
            elif role is None:
                self.message.error(self.tr("Choose the user's role."))
            else:
                self.vm.create(name, role, pin, self.tr("%1 added.").replace("%1", name))
        elif self.mode == PIN and (user := self.vm.user(self.selected_id)) is not None:
            self.vm.set_pin(user.id, pin, self.tr("New PIN saved for %1.").replace("%1", user.name))
        self.pin_edit.clear()

    def _done(self, text: str) -> None:
        self.cancel_form()
        self.message.ok(text)

    # -- actions on the chosen user ------------------------------------------------------------
    def _unlock(self) -> None:
        if (user := self.vm.user(self.selected_id)) is not None:
            self.vm.unlock(user.id, self.tr("%1 can log in again.").replace("%1", user.name))

    def _deactivate(self) -> None:
        user = self.vm.user(self.selected_id)
        if user is None:
            return
        if not self.confirming:
            self.confirming = True
            self.deactivate_button.setText(self.tr("Tap again to deactivate"))
            return
        self.confirming = False
        self.vm.deactivate(user.id, self.tr("%1 can no longer log in.").replace("%1", user.name))

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New user"))
        self.reset_button.setText(self.tr("New PIN"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.name_edit.setPlaceholderText(self.tr("Name"))
        self.pin_label.setText(self.tr("PIN"))
        self.cancel_button.setText(self.tr("Cancel"))
        for role, button in self.role_buttons.items():
            button.setText(role_label(role))
        if self.mode != IDLE:
            self._show_form()
        self._show_users()

    def shutdown(self) -> None:
        self.vm.shutdown()
