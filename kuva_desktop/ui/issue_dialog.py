"""File → Issue work packages…: the round, the owners, a folder; one file per owner.

After issuing, ``IssuedDialog`` lists the files, with Open folder and Send by e-mail per owner.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kuva_desktop.domain.fields import DEFAULT_OWNER_LANGUAGE, OPEN, ROUND_KEYS
from kuva_desktop.domain.terms import round_label
from kuva_desktop.editing.read import read_year
from kuva_desktop.editing.vocabulary import owners
from kuva_desktop.errors import InputError
from kuva_desktop.exchange.packages import issue_packages, owners_with_assignments
from kuva_desktop.ui.i18n import Retranslated, error_text
from kuva_desktop.ui.issued_dialog import IssuedDialog, IssuedFile

if TYPE_CHECKING:
    from kuva_desktop.storage.database import Database


@dataclass(frozen=True)
class IssueChoice:
    year: int
    round_key: str
    owners: tuple[str, ...]
    folder: Path


class IssueDialog(Retranslated, QDialog):
    """Year, an open round, owners and a folder for File → Issue work packages….

    Signals:
        chosen(choice): the packages of this ``IssueChoice`` were issued (or refused, and
            said so); ``issued`` lists the files written.
    """

    chosen = Signal(object)

    def __init__(
        self,
        database: Database,
        years: Sequence[int],
        year: int | None,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database, self.language = database, language
        self.issued: list[Path] = []
        self.issued_dialog: IssuedDialog | None = None  # what was written, after Issue
        self._deadlines: dict[str, dt.date | None] = {}
        self.year = QComboBox()
        for value in years:
            self.year.addItem(str(value), value)
        self.round = QComboBox()
        self.no_round = QLabel()
        self.no_round.setWordWrap(True)
        self.all_owners = QCheckBox()
        self.owners = QListWidget()
        self.folder = QLineEdit()
        self.browse = QPushButton()
        self.year_label, self.round_label = QLabel(), QLabel()
        self.owners_label, self.folder_label = QLabel(), QLabel()
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.year_label, self.year)
        form.addRow(self.round_label, self.round)
        form.addRow("", self.no_round)
        form.addRow(self.owners_label, self.all_owners)
        form.addRow("", self.owners)
        form.addRow(self.folder_label, folder_row)
        for label, buddy in (
            (self.year_label, self.year),
            (self.round_label, self.round),
            (self.owners_label, self.owners),
            (self.folder_label, self.folder),
        ):
            label.setBuddy(buddy)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        self.reason = QLabel()  # why Issue is disabled
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: #8a1c00;")
        layout.addLayout(form)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.year.currentIndexChanged.connect(self._fill)
        self.round.currentIndexChanged.connect(self._validate)
        self.owners.itemChanged.connect(self._on_owner_changed)
        self.all_owners.toggled.connect(self._on_all)
        self.folder.textChanged.connect(self._validate)
        self.browse.clicked.connect(self._browse)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        if year is not None and year in years:
            self.year.setCurrentIndex(list(years).index(year))
        self.retranslate_ui()
        self._fill()
        self.resize(520, 480)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Issue work packages"))
        self.year_label.setText(self.tr("&Year"))
        self.round_label.setText(self.tr("&Round"))
        self.owners_label.setText(self.tr("Ow&ners"))
        self.all_owners.setText(self.tr("&All owners"))
        self.folder_label.setText(self.tr("&Folder"))
        self.browse.setText(self.tr("&Browse…"))
        self.folder.setAccessibleName(self.tr("Folder"))
        self.owners.setAccessibleName(self.tr("Owners"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Issue"))

    def _fill(self) -> None:
        """The year's open rounds and the owners with something assigned."""
        year = self.year.currentData()
        self.round.clear()
        self.owners.clear()
        if year is None:
            self._validate()
            return
        view = read_year(self.database, year)
        rounds = view.rounds if view else ()
        open_rounds = [r.key for r in rounds if r.state == OPEN]
        self._deadlines = {r.key: r.deadline for r in rounds}
        for key in ROUND_KEYS:
            if key in open_rounds:
                self.round.addItem(round_label(key, year, self.language), key)
        self.no_round.setText(
            ""
            if open_rounds
            else self.tr(
                "No round of %1 is open: packages are issued only for an open round. Open one "
                "in the year's form."
            ).replace("%1", str(year))
        )
        self.no_round.setVisible(not open_rounds)
        self.owners.blockSignals(True)
        for name in owners_with_assignments(self.database, year):
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.owners.addItem(item)
        self.owners.blockSignals(False)
        self.all_owners.setChecked(False)
        self._validate()

    def _on_all(self, checked: bool) -> None:
        self.owners.blockSignals(True)
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for i in range(self.owners.count()):
            self.owners.item(i).setCheckState(state)
        self.owners.blockSignals(False)
        self._validate()

    def _on_owner_changed(self, _item: QListWidgetItem) -> None:
        chosen = len(self.chosen_owners())
        self.all_owners.blockSignals(True)
        self.all_owners.setChecked(chosen == self.owners.count() and chosen > 0)
        self.all_owners.blockSignals(False)
        self._validate()

    def chosen_owners(self) -> list[str]:
        return [
            self.owners.item(i).text()
            for i in range(self.owners.count())
            if self.owners.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the work packages"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)
        self._validate()  # the same text, but the folder may have been made in the file dialog

    def choice(self) -> IssueChoice | None:
        folder = self.folder.text().strip()
        if self.round.currentData() is None or not self.chosen_owners() or not folder:
            return None
        if not Path(folder).is_dir():
            return None
        return IssueChoice(
            self.year.currentData(),
            self.round.currentData(),
            tuple(self.chosen_owners()),
            Path(folder),
        )

    def why_not(self) -> str:
        """Why the packages cannot be issued yet; empty when they can."""
        folder = self.folder.text().strip()
        if self.round.currentData() is None:
            return self.tr("No round of this year is open.")
        if not self.chosen_owners():
            return self.tr("Choose at least one owner.")
        if not folder:
            return self.tr("Choose the folder for the packages (Browse…).")
        if not Path(folder).is_dir():
            return self.tr("The folder %1 does not exist: make it with Browse….").replace(
                "%1", folder
            )
        return ""

    def _validate(self) -> None:
        reason = self.why_not()
        self.reason.setText(reason)
        self.reason.setVisible(bool(reason))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.choice() is not None)
        ok.setToolTip(reason)

    def changeEvent(self, event: QEvent) -> None:
        # Back from a file manager where the folder was made: look again.
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._validate()
        super().changeEvent(event)

    def _accept(self) -> None:
        choice = self.choice()
        if choice is not None:
            self.accept()
            self.issued = self.issue(choice)
            self.chosen.emit(choice)

    def issue(self, choice: IssueChoice) -> list[Path]:
        """Issue the packages and show which files were written (``IssuedDialog``), or say why
        nothing was."""
        parent = self.parentWidget()
        try:
            issued = issue_packages(
                self.database, choice.year, choice.round_key, list(choice.owners), choice.folder
            )
        except InputError as error:
            QMessageBox.warning(parent or self, self.tr("Issue work packages"), error_text(error))
            return []
        contacts = {o.name: o for o in owners(self.database)}
        files = [
            IssuedFile(
                p.owner,
                p.path,
                contacts[p.owner].email if p.owner in contacts else None,
                contacts[p.owner].language if p.owner in contacts else DEFAULT_OWNER_LANGUAGE,
            )
            for p in issued
        ]
        # Parented to the window: this dialog is closed, and deleted with it.
        dialog = IssuedDialog(
            choice.year,
            choice.round_key,
            self._deadlines.get(choice.round_key),
            choice.folder,
            files,
            parent,
        )
        dialog.finished.connect(dialog.deleteLater)
        self.issued_dialog = dialog
        dialog.open()
        return [p.path for p in issued]
