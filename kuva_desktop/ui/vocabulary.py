"""The vocabularies dialog: goal owners and link names, added, edited, renamed and deleted.

Each tab lists the vocabulary with a form below it. The form is checked as the user types: an
empty or duplicate name, or an e-mail address that is not one, marks the field, says why, and
disables Save. Save writes the form (a new item, or the selected one, renamed when its name
changed: goals and metrics keep pointing at it). Deleting an owner or link that is in use is
refused with the places named. Every change is its own transaction, recorded in the history.

Signals:
    vocabulary_changed(): an owner or link was added, changed or deleted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kuva_desktop.domain.fields import OWNER_LANGUAGES
from kuva_desktop.domain.labels import shorten
from kuva_desktop.editing import vocabulary as vocab
from kuva_desktop.errors import InputError
from kuva_desktop.storage.database import Database
from kuva_desktop.ui.i18n import Retranslated, error_text

INVALID_STYLE = 'QLineEdit[invalid="true"] { border: 2px solid #c00000; background: #fff0f0; }'
MAX_PLACES = 5
LANGUAGE_NAMES = {"fi": "suomi", "sv": "svenska"}  # each in its own language, as a menu has it

# The owner and link to select in the lists after a change (None: the first).
Selection = tuple[str | None, str | None]


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def _form_rows(form: QFormLayout, fields: Sequence[QWidget]) -> list[QLabel]:
    """A row per field, each with a label whose mnemonic focuses the field."""
    labels = []
    for field in fields:
        label = QLabel()
        label.setBuddy(field)
        form.addRow(label, field)
        labels.append(label)
    return labels


def _mark(field: QLineEdit, problem: str) -> None:
    """Mark a field as invalid (a red frame) and say why to screen readers, or clear the mark."""
    if bool(field.property("invalid")) != bool(problem):
        field.setProperty("invalid", bool(problem))
        field.style().unpolish(field)
        field.style().polish(field)
    field.setToolTip(problem)
    field.setAccessibleDescription(problem)


class VocabularyDialog(Retranslated, QDialog):
    """Edits the owners and the links; see the module doc."""

    vocabulary_changed = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.language = "fi"
        self.setStyleSheet(INVALID_STYLE)
        self._owners: list[vocab.OwnerInfo] = []
        self._links: list[vocab.LinkInfo] = []
        self._owner_old: str | None = None  # the owner in the form; None: a new one
        self._link_old: str | None = None

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_owners(), "")
        self.tabs.addTab(self._build_links(), "")
        self.tabs.currentChanged.connect(self._validate)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.resize(720, 520)

        self.retranslate_ui()
        self.reload()

    # Building

    def _build_owners(self) -> QWidget:
        page = QWidget()
        self.owner_list = _table(4)
        self.owner_list.itemSelectionChanged.connect(self._owner_selected)
        self.owner_name = QLineEdit()
        self.owner_email = QLineEdit()
        self.owner_area = QComboBox()
        self.owner_area.addItem("", "")
        for area in vocab.AREAS:
            self.owner_area.addItem(area, area)
        # The language the e-mail drafts to the owner are written in; each name in its language.
        self.owner_language = QComboBox()
        for code in OWNER_LANGUAGES:
            self.owner_language.addItem(LANGUAGE_NAMES[code], code)
        self.owner_message = QLabel()
        self.owner_message.setWordWrap(True)
        self.owner_message.setStyleSheet("color: #a00000")
        self.new_owner_button = QPushButton()
        self.delete_owner_button = QPushButton()
        self.new_owner_button.clicked.connect(self.new_owner)
        self.delete_owner_button.clicked.connect(self.delete_owner)
        for signal in (self.owner_name.textChanged, self.owner_email.textChanged):
            signal.connect(self._validate)
        self.owner_area.currentIndexChanged.connect(self._validate)
        self.owner_language.currentIndexChanged.connect(self._validate)

        self.owner_form = QFormLayout()
        self.owner_labels = _form_rows(
            self.owner_form,
            (self.owner_name, self.owner_email, self.owner_area, self.owner_language),
        )
        return self._page(
            page,
            self.owner_list,
            self.owner_form,
            self.owner_message,
            (self.new_owner_button, self.delete_owner_button),
        )

    def _build_links(self) -> QWidget:
        page = QWidget()
        self.link_list = _table(2)
        self.link_list.itemSelectionChanged.connect(self._link_selected)
        self.link_name_fi = QLineEdit()
        self.link_name_sv = QLineEdit()
        self.link_message = QLabel()
        self.link_message.setWordWrap(True)
        self.link_message.setStyleSheet("color: #a00000")
        self.new_link_button = QPushButton()
        self.delete_link_button = QPushButton()
        self.new_link_button.clicked.connect(self.new_link)
        self.delete_link_button.clicked.connect(self.delete_link)
        for signal in (self.link_name_fi.textChanged, self.link_name_sv.textChanged):
            signal.connect(self._validate)

        self.link_form = QFormLayout()
        self.link_labels = _form_rows(self.link_form, (self.link_name_fi, self.link_name_sv))
        return self._page(
            page,
            self.link_list,
            self.link_form,
            self.link_message,
            (self.new_link_button, self.delete_link_button),
        )

    def _page(
        self,
        page: QWidget,
        table: QTableWidget,
        form: QFormLayout,
        message: QLabel,
        buttons: Sequence[QPushButton],
    ) -> QWidget:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(table, 1)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(message)
        return page

    # Texts

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Vocabularies"))
        self.tabs.setTabText(0, self.tr("&Owners"))
        self.tabs.setTabText(1, self.tr("&Links"))
        self.owner_list.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("E-mail"), self.tr("Service area"), self.tr("Language")]
        )
        self.owner_list.setAccessibleName(self.tr("Owners"))
        self.link_list.setHorizontalHeaderLabels([self.tr("Finnish name"), self.tr("Swedish name")])
        self.link_list.setAccessibleName(self.tr("Links"))
        for labels, texts in (
            (
                self.owner_labels,
                (
                    self.tr("Na&me:"),
                    self.tr("&E-mail:"),
                    self.tr("Service &area:"),
                    self.tr("Lan&guage:"),
                ),
            ),
            (self.link_labels, (self.tr("&Finnish name:"), self.tr("S&wedish name:"))),
        ):
            for label, text in zip(labels, texts, strict=True):
                label.setText(text)
        self.owner_area.setItemText(0, self.tr("Division (no service area)"))
        self.owner_email.setPlaceholderText(self.tr("name@hel.fi"))
        self.owner_language.setToolTip(
            self.tr(
                "The language of the e-mail sent to the owner with a work package or a reminder"
            )
        )
        self.new_owner_button.setText(self.tr("&New owner"))
        self.delete_owner_button.setText(self.tr("&Delete owner"))
        self.new_link_button.setText(self.tr("&New link"))
        self.delete_link_button.setText(self.tr("&Delete link"))
        self._validate()

    def set_language(self, language: str) -> None:
        """The dialog's texts all come from Qt's translations; kept for the window's loop."""
        self.language = language
        self.retranslate_ui()

    # Loading

    def reload(self, owner: str | None = None, link: str | None = None) -> None:
        """Read both vocabularies; select ``owner`` / ``link`` (else the first) in the lists."""
        self._owners = vocab.owners(self._database)
        self._links = vocab.links(self._database)
        self._fill(
            self.owner_list,
            [
                [o.name, o.email or "", o.area or "", LANGUAGE_NAMES.get(o.language, o.language)]
                for o in self._owners
            ],
            next((i for i, o in enumerate(self._owners) if o.name == owner), 0),
        )
        self._fill(
            self.link_list,
            [[link_.name_fi, link_.name_sv or ""] for link_ in self._links],
            next((i for i, x in enumerate(self._links) if x.name_fi == link), 0),
        )
        if not self._owners:
            self._clear_owner_form()
        if not self._links:
            self._clear_link_form()

    def _fill(self, table: QTableWidget, rows: list[list[str]], selected: int) -> None:
        table.blockSignals(True)
        table.clearSelection()
        table.setRowCount(len(rows))
        for number, cells in enumerate(rows):
            for column, text in enumerate(cells):
                table.setItem(number, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.blockSignals(False)
        if rows:
            table.selectRow(selected)

    # Owners

    def _owner_selected(self) -> None:
        rows = self.owner_list.selectionModel().selectedRows()
        if not rows:
            return
        owner = self._owners[rows[0].row()]
        self._owner_old = owner.name
        self.owner_name.setText(owner.name)
        self.owner_email.setText(owner.email or "")
        self.owner_area.setCurrentIndex(max(0, self.owner_area.findData(owner.area or "")))
        self.owner_language.setCurrentIndex(max(0, self.owner_language.findData(owner.language)))
        self._validate()

    def new_owner(self) -> None:
        """Empty the form for a new owner."""
        self.tabs.setCurrentIndex(0)
        self._clear_owner_form()
        self.owner_name.setFocus()

    def _clear_owner_form(self) -> None:
        self.owner_list.clearSelection()
        self._owner_old = None
        self.owner_name.clear()
        self.owner_email.clear()
        self.owner_area.setCurrentIndex(0)
        self.owner_language.setCurrentIndex(0)
        self._validate()

    def _owner_problems(self) -> tuple[str, str]:
        """(problem of the name, problem of the e-mail); empty strings when fine."""
        name = self.owner_name.text().strip()
        name_problem = ""
        if not name:
            name_problem = self.tr("The name is empty.")
        elif any(vocab.same_name(o.name, name) and o.name != self._owner_old for o in self._owners):
            name_problem = self.tr("“%1” is already in the list.").replace("%1", name)
        email = self.owner_email.text().strip()
        email_problem = ""
        if email and not vocab.looks_like_email(email):
            email_problem = self.tr("“%1” is not an e-mail address.").replace("%1", email)
        return name_problem, email_problem

    def _owner_changed(self) -> bool:
        current = next((o for o in self._owners if o.name == self._owner_old), None)
        if current is None:
            return True
        return (
            " ".join(self.owner_name.text().split()),
            self.owner_email.text().strip(),
            str(self.owner_area.currentData() or ""),
            str(self.owner_language.currentData()),
        ) != (current.name, current.email or "", current.area or "", current.language)

    def _save_owner(self) -> Selection:
        name = self.owner_name.text()
        vocab.save_owner(
            self._database,
            self._owner_old,
            name,
            self.owner_email.text(),
            str(self.owner_area.currentData() or ""),
            str(self.owner_language.currentData()),
        )
        return " ".join(name.split()), self._link_old

    def delete_owner(self) -> None:
        """Delete the selected owner after asking; refused when a goal or metric names it."""
        name = self._owner_old
        if name is None:
            return
        uses = vocab.owner_uses(self._database, name)
        if uses:
            QMessageBox.warning(
                self,
                self.tr("The owner is in use"),
                self.tr("“%1” cannot be deleted: it is the owner of\n%2")
                .replace("%1", name)
                .replace("%2", self._places(uses)),
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete owner"),
            self.tr("Delete the owner “%1”?").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:

            def delete() -> Selection:
                vocab.delete_owner(self._database, name)
                return None, self._link_old

            self._write(delete)

    # Links

    def _link_selected(self) -> None:
        rows = self.link_list.selectionModel().selectedRows()
        if not rows:
            return
        link = self._links[rows[0].row()]
        self._link_old = link.name_fi
        self.link_name_fi.setText(link.name_fi)
        self.link_name_sv.setText(link.name_sv or "")
        self._validate()

    def new_link(self) -> None:
        """Empty the form for a new link."""
        self.tabs.setCurrentIndex(1)
        self._clear_link_form()
        self.link_name_fi.setFocus()

    def _clear_link_form(self) -> None:
        self.link_list.clearSelection()
        self._link_old = None
        self.link_name_fi.clear()
        self.link_name_sv.clear()
        self._validate()

    def _link_problem(self) -> str:
        name = self.link_name_fi.text().strip()
        if not name:
            return self.tr("The Finnish name is empty.")
        if any(
            vocab.same_name(x.name_fi, name) and x.name_fi != self._link_old for x in self._links
        ):
            return self.tr("“%1” is already in the list.").replace("%1", name)
        return ""

    def _link_changed(self) -> bool:
        current = next((x for x in self._links if x.name_fi == self._link_old), None)
        if current is None:
            return True
        return (
            " ".join(self.link_name_fi.text().split()),
            " ".join(self.link_name_sv.text().split()),
        ) != (current.name_fi, current.name_sv or "")

    def _save_link(self) -> Selection:
        name = self.link_name_fi.text()
        vocab.save_link(self._database, self._link_old, name, self.link_name_sv.text())
        return self._owner_old, " ".join(name.split())

    def delete_link(self) -> None:
        """Delete the selected link after asking; refused when a goal lists it."""
        name = self._link_old
        if name is None:
            return
        uses = vocab.link_uses(self._database, name)
        if uses:
            QMessageBox.warning(
                self,
                self.tr("The link is in use"),
                self.tr("“%1” cannot be deleted: it is a link of\n%2")
                .replace("%1", name)
                .replace("%2", self._places(uses)),
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete link"),
            self.tr("Delete the link “%1”?").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:

            def delete() -> Selection:
                vocab.delete_link(self._database, name)
                return self._owner_old, None

            self._write(delete)

    # Both

    def _places(self, uses: list[vocab.Use]) -> str:
        lines = []
        for use in uses[:MAX_PLACES]:
            title = shorten(use.title, 70)
            text = self.tr("%1: goal “%2”") if use.kind == "goal" else self.tr("%1: metric “%2”")
            lines.append("• " + text.replace("%1", str(use.year)).replace("%2", title))
        if len(uses) > MAX_PLACES:
            lines.append(self.tr("and %1 more").replace("%1", str(len(uses) - MAX_PLACES)))
        return "\n".join(lines)

    def _validate(self, *_args: object) -> bool:
        """Mark what is wrong in the current tab's form; Save only when it is right and new."""
        name_problem, email_problem = self._owner_problems()
        _mark(self.owner_name, name_problem)
        _mark(self.owner_email, email_problem)
        self.owner_message.setText("\n".join(p for p in (name_problem, email_problem) if p))
        link_problem = self._link_problem()
        _mark(self.link_name_fi, link_problem)
        self.link_message.setText(link_problem)
        self.delete_owner_button.setEnabled(self._owner_old is not None)
        self.delete_link_button.setEnabled(self._link_old is not None)
        if self.tabs.currentIndex() == 0:
            ok = not (name_problem or email_problem) and self._owner_changed()
        else:
            ok = not link_problem and self._link_changed()
        self.save_button.setEnabled(ok)
        return ok

    def save(self) -> None:
        """Write the form of the current tab."""
        if not self._validate():
            return
        self._write(self._save_owner if self.tabs.currentIndex() == 0 else self._save_link)

    def _write(self, action: Callable[[], Selection]) -> None:
        """Run a change; show a refusal; else read the lists again and select what it says."""
        try:
            owner, link = action()
        except InputError as error:
            QMessageBox.warning(self, self.tr("Not saved"), error_text(error))
            return
        self.reload(owner=owner, link=link)
        self.vocabulary_changed.emit()
