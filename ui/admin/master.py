"""HQ master data from an admin's station: catalogue CSV import, tax rules, the branch's warehouses.

For admins (`master.publish`). The HQ admin token is typed at the top and kept in memory only
(see `ui.admin.master_model`). The catalogue import (parts, labour, or a price list) checks the
whole file, then publishes it through the cloud's staged import with a progress bar, or lists the rejected rows by line and
reason and publishes nothing. Tax rules and warehouses: pick one to edit or start a new one;
"Publish" checks it against what the station holds and sends it as cloud-authored master data,
which every station then receives through sync.

Names: `AdminMaster.Token`, `AdminMaster.ShowImport`,
`AdminMaster.ShowTax`, `AdminMaster.ShowWarehouses`, `AdminMaster.Parts`, `AdminMaster.Labour`, `AdminMaster.Prices`,
`AdminMaster.File`, `AdminMaster.Browse`, `AdminMaster.Import`, `AdminMaster.Progress`,
`AdminMaster.Report`, `AdminMaster.TaxList`, `AdminMaster.TaxName`, `AdminMaster.TaxRate`,
`AdminMaster.TaxDpp`, `AdminMaster.TaxFrom`, `AdminMaster.TaxNew`, `AdminMaster.TaxPublish`,
`AdminMaster.WhList`, `AdminMaster.WhCode`, `AdminMaster.WhName`, `AdminMaster.WhNew`,
`AdminMaster.WhPublish`, `AdminMaster.ShowBranches`, `AdminMaster.BranchList`, `AdminMaster.BranchCode`,
`AdminMaster.BranchName`, `AdminMaster.BranchCreate`, `AdminMaster.StationCode`, `AdminMaster.MakeCode`,
`AdminMaster.CodeOut`, `AdminMaster.Message`.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QFileDialog, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QProgressBar, QStackedWidget, QVBoxLayout, QWidget)

from app.tax import percent_text
from sync.master_import import ImportOutcome
from ui.admin.master_model import MasterModel
from ui.kit.screen import Screen, ViewContext
from ui.widgets.message_strip import MessageStrip
from ui.widgets.touch_button import TouchButton

REPORT_LIMIT = 200


def _edit(name: str, parent: QWidget, max_len: int = 60) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setMaxLength(max_len)
    edit.setMinimumHeight(44)
    return edit


class AdminMasterScreen(Screen):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, screen_id="admin.master")
        self.vm = MasterModel(ctx, self, self.origin)
        self.tax_id: str | None = None
        self.wh_id: str | None = None
        self.token_edit = _edit("AdminMaster.Token", self, 256)
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.textChanged.connect(self.vm.set_token)
        self.token_edit.setMinimumWidth(180)
        self.pages = QStackedWidget(self)
        self.section_group = QButtonGroup(self)
        self.section_buttons: list[TouchButton] = []
        top = QHBoxLayout()
        for index, (name, page) in enumerate((("AdminMaster.ShowImport", self._import_tab()),
                                              ("AdminMaster.ShowTax", self._tax_tab()),
                                              ("AdminMaster.ShowWarehouses", self._wh_tab()),
                                              ("AdminMaster.ShowBranches", self._branch_tab()))):
            button = TouchButton(name, parent=self)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, i=index: self.show_section(i))
            self.section_group.addButton(button)
            self.section_buttons.append(button)
            self.pages.addWidget(page)
            top.addWidget(button)
        self.section_buttons[0].setChecked(True)
        top.addSpacing(8)
        top.addWidget(self.token_edit, 1)  # its name is the placeholder: the row fits 1024 px in the glove theme
        self.message = MessageStrip("AdminMaster.Message", self)
        self.body_layout.addLayout(top)
        self.body_layout.addWidget(self.pages, 1)
        self.body_layout.addWidget(self.message)
        self.vm.loaded.connect(self._show_lists)
        self.vm.progressed.connect(self._progressed)
        self.vm.imported.connect(self._imported)
        self.vm.published.connect(self._published)
        self.vm.failed.connect(self._failed)
        self.vm.code_made.connect(self._code_made)
        self.retranslate()
        self.vm.reload()

    # catalogue import
    def _import_tab(self) -> QWidget:
        page = QWidget(self)
        self.parts_button = TouchButton("AdminMaster.Parts", parent=page)
        self.labour_button = TouchButton("AdminMaster.Labour", parent=page)
        self.prices_button = TouchButton("AdminMaster.Prices", parent=page)  # HQ price lists (schema 15)
        self.kind_group = QButtonGroup(page)
        for button, kind in ((self.parts_button, "parts"), (self.labour_button, "labour"),
                             (self.prices_button, "prices")):
            button.setCheckable(True)
            button.setProperty("kind_name", kind)
            self.kind_group.addButton(button)
        self.parts_button.setChecked(True)
        self.file_edit = _edit("AdminMaster.File", page, 1024)
        self.browse_button = TouchButton("AdminMaster.Browse", parent=page)
        self.browse_button.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        self.import_button = TouchButton("AdminMaster.Import", parent=page, kind="primary")
        self.import_button.clicked.connect(self.start_import)
        self.progress = QProgressBar(page)
        self.progress.setObjectName("AdminMaster.Progress")
        self.progress.setMinimumHeight(28)
        self.progress.hide()
        self.report = QPlainTextEdit(page)  # the format as its placeholder, the rejected rows after a check
        self.report.setObjectName("AdminMaster.Report")
        self.report.setReadOnly(True)
        self.report.setMinimumHeight(120)
        actions = QHBoxLayout()
        actions.addWidget(self.parts_button, 1)
        actions.addWidget(self.labour_button, 1)
        actions.addWidget(self.prices_button, 1)
        actions.addWidget(self.import_button, 2)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(file_row)
        layout.addLayout(actions)
        layout.addWidget(self.progress)
        layout.addWidget(self.report, 1)
        return page

    def show_section(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.section_buttons[index].setChecked(True)

    def kind(self) -> str:
        checked = self.kind_group.checkedButton()
        return str(checked.property("kind_name")) if checked is not None else "parts"

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a CSV file"), "", "CSV (*.csv)")
        if path:
            self.file_edit.setText(path)

    def start_import(self) -> None:
        if self.vm.busy:
            return
        if not self.file_edit.text().strip():
            self.message.error(self.tr("Choose the CSV file first."))
            return
        self.report.clear()
        self.progress.setRange(0, 0)
        self.progress.show()
        self._lock(True)
        self.message.info(self.tr("Checking the file…"))
        self.vm.import_catalogue(self.kind(), self.file_edit.text().strip())

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, done, 1))
        self.progress.setValue(done)
        self.message.info(self.tr("Publishing: %1 of %2 rows").replace("%1", str(done)).replace("%2", str(total)))

    def _imported(self, outcome: ImportOutcome) -> None:
        self._lock(False)
        if outcome.rejected:
            self.progress.hide()
            lines = [self.tr("Line %1: %2").replace("%1", str(line)).replace("%2", why)
                     for line, why in outcome.rejected[:REPORT_LIMIT]]
            if len(outcome.rejected) > REPORT_LIMIT:
                lines.append(self.tr("… and %1 more").replace("%1", str(len(outcome.rejected) - REPORT_LIMIT)))
            self.report.setPlainText("\n".join(lines))
            self.message.error(self.tr("%1 rows rejected: nothing was imported. Fix the file and import it again.")
                               .replace("%1", str(len(outcome.rejected))))
            return
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.message.ok(self.tr("%1 rows published to every station.").replace("%1", str(outcome.published)), 0)

    # tax rules
    def _tax_tab(self) -> QWidget:
        page = QWidget(self)
        self.tax_list = QListWidget(page)
        self.tax_list.setObjectName("AdminMaster.TaxList")
        self.tax_list.currentItemChanged.connect(self._tax_picked)
        self.tax_name = _edit("AdminMaster.TaxName", page)
        self.tax_rate = _edit("AdminMaster.TaxRate", page, 16)
        self.tax_dpp = _edit("AdminMaster.TaxDpp", page, 16)
        self.tax_from = _edit("AdminMaster.TaxFrom", page, 10)
        self.tax_labels = [QLabel(page) for _ in range(4)]
        self.tax_form = self._grid(self.tax_labels, [self.tax_name, self.tax_rate, self.tax_dpp, self.tax_from])
        self.tax_new = TouchButton("AdminMaster.TaxNew", parent=page)
        self.tax_new.clicked.connect(lambda: self.tax_list.setCurrentRow(-1))
        self.tax_publish = TouchButton("AdminMaster.TaxPublish", parent=page, kind="primary")
        self.tax_publish.clicked.connect(self._publish_tax)
        return self._list_form(page, self.tax_list, self.tax_form, self.tax_new, self.tax_publish)

    @staticmethod
    def _grid(labels: list[QLabel], edits: list[QLineEdit]) -> QGridLayout:
        """Label-field pairs, two pairs a row across the full width (fits 1024x700 in the glove theme)."""
        grid = QGridLayout()
        for index, (label, edit) in enumerate(zip(labels, edits)):
            row, col = divmod(index, 2)
            grid.addWidget(label, row, col * 2)
            grid.addWidget(edit, row, col * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return grid

    def _list_form(self, page: QWidget, items: QListWidget, form: QGridLayout, new: TouchButton,
                   publish: TouchButton) -> QWidget:
        items.setMinimumHeight(96)
        buttons = QHBoxLayout()
        buttons.addWidget(new, 1)
        buttons.addWidget(publish, 2)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(items, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        return page

    def _tax_picked(self, item: QListWidgetItem | None) -> None:
        rule = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.tax_id = rule["id"] if rule else None
        self.tax_name.setText(rule["name"] if rule else "")
        self.tax_rate.setText(f"{rule['rate_num']}/{rule['rate_den']}" if rule else "")
        self.tax_dpp.setText(f"{rule['dpp_num']}/{rule['dpp_den']}" if rule else "")
        self.tax_from.setText(rule["valid_from"] if rule else "")

    def _publish_tax(self) -> None:
        self.vm.publish_tax_rule(self.tax_name.text(), self.tax_rate.text(), self.tax_dpp.text(),
                                 self.tax_from.text(), self.tax_id)

    # warehouses
    def _wh_tab(self) -> QWidget:
        page = QWidget(self)
        self.wh_list = QListWidget(page)
        self.wh_list.setObjectName("AdminMaster.WhList")
        self.wh_list.currentItemChanged.connect(self._wh_picked)
        self.wh_code = _edit("AdminMaster.WhCode", page, 16)
        self.wh_name = _edit("AdminMaster.WhName", page)
        self.wh_labels = [QLabel(page), QLabel(page)]
        self.wh_form = self._grid(self.wh_labels, [self.wh_code, self.wh_name])
        self.wh_new = TouchButton("AdminMaster.WhNew", parent=page)
        self.wh_new.clicked.connect(lambda: self.wh_list.setCurrentRow(-1))
        self.wh_publish = TouchButton("AdminMaster.WhPublish", parent=page, kind="primary")
        self.wh_publish.clicked.connect(
            lambda: self.vm.publish_warehouse(self.wh_code.text(), self.wh_name.text(), self.wh_id))
        return self._list_form(page, self.wh_list, self.wh_form, self.wh_new, self.wh_publish)

    def _wh_picked(self, item: QListWidgetItem | None) -> None:
        row = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.wh_id = row["id"] if row else None
        self.wh_code.setText(row["code"] if row else "")
        self.wh_name.setText(row["name"] if row else "")

    # branches and enrolment codes
    def _branch_tab(self) -> QWidget:
        page = QWidget(self)
        self.br_list = QListWidget(page)
        self.br_list.setObjectName("AdminMaster.BranchList")
        self.br_code = _edit("AdminMaster.BranchCode", page, 16)
        self.br_name = _edit("AdminMaster.BranchName", page)
        self.br_station = _edit("AdminMaster.StationCode", page, 16)
        self.br_labels = [QLabel(page) for _ in range(3)]
        self.br_create = TouchButton("AdminMaster.BranchCreate", parent=page)
        self.br_create.clicked.connect(lambda: self.vm.create_branch(self.br_code.text(), self.br_name.text()))
        self.br_make_code = TouchButton("AdminMaster.MakeCode", parent=page, kind="primary")
        self.br_make_code.clicked.connect(self._make_code)
        self.br_code_out = QLabel(page)
        self.br_code_out.setObjectName("AdminMaster.CodeOut")
        self.br_code_out.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        code_row = QHBoxLayout()
        code_row.addWidget(self.br_labels[2])
        code_row.addWidget(self.br_station, 1)
        code_row.addWidget(self.br_make_code, 1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        self.br_list.setMinimumHeight(96)
        layout.addWidget(self.br_list, 1)
        layout.addLayout(code_row)
        layout.addWidget(self.br_code_out)
        create_row = QHBoxLayout()
        for widget, stretch in ((self.br_labels[0], 0), (self.br_code, 1), (self.br_labels[1], 0), (self.br_name, 2),
                                (self.br_create, 1)):
            create_row.addWidget(widget, stretch)
        layout.addLayout(create_row)
        return page

    def _make_code(self) -> None:
        item = self.br_list.currentItem()
        branch = item.data(Qt.ItemDataRole.UserRole)["id"] if item is not None else None
        self.br_code_out.clear()
        self.vm.make_code(branch, self.br_station.text())

    def _code_made(self, station: str, code: str) -> None:
        self.br_code_out.setText(self.tr("Enrolment code for %1: %2 (once; type it in the new station's wizard)")
                                 .replace("%1", station).replace("%2", code))
        self.message.ok(self.tr("Enrolment code made."), 0)

    def _show_lists(self) -> None:
        for items, rows, text in ((self.tax_list, self.vm.tax_rules, self._tax_text),
                                  (self.wh_list, self.vm.warehouses, lambda r: f"{r['code']} · {r['name']}"),
                                  (self.br_list, self.vm.branches, lambda r: f"{r['code']} · {r['name'] or ''}")):
            items.blockSignals(True)
            items.clear()
            for row in rows:
                item = QListWidgetItem(text(row))
                item.setData(Qt.ItemDataRole.UserRole, row)
                item.setSizeHint(item.sizeHint().expandedTo(self.token_edit.minimumSize()))
                items.addItem(item)
            items.blockSignals(False)

    def _tax_text(self, rule: dict[str, Any]) -> str:
        rate = percent_text(Fraction(rule["rate_num"], rule["rate_den"]))
        dpp = f"{rule['dpp_num']}/{rule['dpp_den']}"
        return self.tr("%1 · %2 · DPP %3 · from %4").replace("%1", rule["name"]).replace("%2", rate) \
            .replace("%3", dpp).replace("%4", rule["valid_from"])

    def _published(self, what: str) -> None:
        self.message.ok(self.tr("%1 published; stations receive it at their next sync.").replace("%1", what), 0)

    def _failed(self, text: str) -> None:
        self._lock(False)
        self.progress.hide()
        self.message.error(text)

    def _lock(self, locked: bool) -> None:
        for widget in (self.import_button, self.browse_button, self.file_edit, self.parts_button,
                       self.labour_button, self.prices_button, self.tax_publish, self.wh_publish, self.br_create, self.br_make_code):
            widget.setEnabled(not locked)

    def title(self) -> str:
        return self.tr("Master data")

    def retranslate(self) -> None:
        self.token_edit.setPlaceholderText(self.tr("HQ admin token"))
        self.token_edit.setToolTip(self.tr("kept only until logout"))
        for button, text in zip(self.section_buttons, (self.tr("Catalogue import"), self.tr("Tax rules"),
                                                        self.tr("Warehouses"), self.tr("Branches"))):
            button.setText(text)
        self.parts_button.setText(self.tr("Parts"))
        self.labour_button.setText(self.tr("Labour"))
        self.prices_button.setText(self.tr("Price list"))
        self.report.setPlaceholderText(self.tr("Parts: sku,name,unit_price[,unit][,barcode][,has_expiry]. "
                                         "Labour: code,name,flat_hours,rate_per_hour. First row is the header.")
                                       + "\n" + self.tr("Price list: kind (part/labour),code,price,valid_from"
                                                        " (YYYY-MM-DD)[,branch_code] (empty: every branch)."))
        self.file_edit.setPlaceholderText(self.tr("CSV file"))
        self.browse_button.setText(self.tr("Choose file…"))
        self.import_button.setText(self.tr("Check and import"))
        for label, text in zip(self.tax_labels, (self.tr("Name"), self.tr("PPN rate"), self.tr("DPP factor"),
                                                 self.tr("In force from"))):
            label.setText(text)
        self.tax_rate.setPlaceholderText(self.tr("12 or 3/25"))
        self.tax_dpp.setPlaceholderText(self.tr("11/12 or 100"))
        self.tax_from.setPlaceholderText("2025-01-01")
        for label, text in zip(self.wh_labels, (self.tr("Code"), self.tr("Name"))):
            label.setText(text)
        for label, text in zip(self.br_labels, (self.tr("Code"), self.tr("Name"), self.tr("Station code"))):
            label.setText(text)
        self.br_create.setText(self.tr("Create branch"))
        self.br_make_code.setText(self.tr("Make enrolment code"))
        for button in (self.tax_new, self.wh_new):
            button.setText(self.tr("New"))
        for button in (self.tax_publish, self.wh_publish):
            button.setText(self.tr("Publish"))
        if self.vm.tax_rules or self.vm.warehouses or self.vm.branches:
            self._show_lists()
