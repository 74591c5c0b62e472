"""What File → Issue work packages… wrote: the folder, and per owner the file and its e-mail.

"Open folder" shows the folder in the file manager; "Send by e-mail" on an owner's row opens a
draft in the mail program, in the owner's language, naming the round, the deadline and the file
to attach (a ``mailto:`` link cannot attach it). An owner without an e-mail address gets a
disabled button whose tooltip says why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kuva_desktop.exchange.packages.mail import package_draft
from kuva_desktop.ui.formatting import date_text
from kuva_desktop.ui.i18n import Retranslated
from kuva_desktop.ui.mail import open_draft, open_folder


@dataclass(frozen=True)
class IssuedFile:
    """One package written: whose, where, and how to write to its owner."""

    owner: str
    path: Path
    email: str | None
    language: str  # fi or sv


class IssuedDialog(Retranslated, QDialog):
    """The packages just issued, with Open folder and Send by e-mail per owner."""

    COLUMN_OWNER, COLUMN_FILE, COLUMN_EMAIL, COLUMN_SEND = range(4)

    def __init__(
        self,
        year: int,
        round_key: str,
        deadline: dt.date | None,
        folder: Path,
        files: Sequence[IssuedFile],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.year, self.round_key, self.deadline = year, round_key, deadline
        self.folder, self.files = folder, list(files)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(self.files), 4)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.send_buttons: dict[str, QPushButton] = {}
        for row, issued in enumerate(self.files):
            for column, text in (
                (self.COLUMN_OWNER, issued.owner),
                (self.COLUMN_FILE, issued.path.name),
                (self.COLUMN_EMAIL, issued.email or ""),
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(str(issued.path) if column == self.COLUMN_FILE else text)
                self.table.setItem(row, column, item)
            button = QPushButton()
            button.setAutoDefault(False)  # Enter closes the dialog, it does not send a mail
            button.setEnabled(bool(issued.email))
            button.clicked.connect(lambda _checked=False, i=issued: self.send(i))
            self.send_buttons[issued.owner] = button
            self.table.setCellWidget(row, self.COLUMN_SEND, button)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_folder_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder_button.clicked.connect(lambda: open_folder(self, self.folder))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(760, 360)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Work packages issued"))
        self.summary.setText(
            self.tr("%n work packages written into %1:", "", len(self.files)).replace(
                "%1", str(self.folder)
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Owner"), self.tr("File"), self.tr("E-mail"), ""]
        )
        self.table.setAccessibleName(self.tr("Work packages issued"))
        for issued in self.files:
            button = self.send_buttons[issued.owner]
            button.setText(self.tr("Send by e-mail"))
            if issued.email:
                button.setToolTip(
                    self.tr("A message to %1 in their language, naming the file to attach").replace(
                        "%1", issued.email
                    )
                )
            else:
                button.setToolTip(
                    self.tr(
                        "%1 has no e-mail address: add one in File → Owners and links…"
                    ).replace("%1", issued.owner)
                )
            button.setAccessibleDescription(button.toolTip())
        self.hint.setText(
            self.tr(
                "Send by e-mail opens a message in your e-mail program, in the owner's language "
                "(Owners and links…). Attach the file it names before sending: a link cannot "
                "attach it."
            )
        )
        self.open_folder_button.setText(self.tr("&Open folder"))
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        header.setSectionResizeMode(self.COLUMN_FILE, QHeaderView.ResizeMode.Stretch)

    def send(self, issued: IssuedFile) -> None:
        """Open the owner's e-mail draft for the package."""
        if not issued.email:
            return
        draft = package_draft(
            to=issued.email,
            name=issued.owner,
            language=issued.language,
            year=self.year,
            round_key=self.round_key,
            deadline=self.deadline,
            file=issued.path,
            date_format=date_text,
        )
        open_draft(self, draft)
