"""File → Restore from a backup…: the database's backups, each checked, and one put back.

The list shows when and before what each backup was made, its size and whether it passes the
full check (checked in a thread, row by row, so the dialog opens at once). Restore asks first,
then does what ``kuva-desktop restore`` does. On a file (``RestoreDialog``) that is
``storage.backups.restore``: the current state is backed up, the backup written into the database
through SQLite; the window closes its own connections first and reopens the database after
(``CoordinatorFiles.restore_backup``). On a server (``YearRestoreDialog``) the backups are the year
documents saved before imports and merges, and the list also says whose year each is;
``exchange.year_backups.restore`` saves the year as it is now, then imports the document back as
the whole truth of its year.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url

from kuva_desktop.errors import InputError
from kuva_desktop.exchange import year_backups
from kuva_desktop.storage import backups
from kuva_desktop.storage.database import Database
from kuva_desktop.storage.files import database_error
from kuva_desktop.ui.i18n import QT_TRANSLATE_NOOP, Retranslated, error_text, ui_language
from kuva_desktop.ui.rows_model import AnyIndex, RowsModel

DAMAGED_COLOUR = "#f4c7c3"
AnyBackup = backups.Backup | year_backups.YearBackup


class BackupModel(RowsModel):
    """The backups of one database, newest first, with their check results as they come."""

    CONTEXT = "BackupModel"

    COLUMN_TIME, COLUMN_REASON, COLUMN_SIZE, COLUMN_CHECK = range(4)
    HEADERS: ClassVar[tuple[object, ...]] = (
        QT_TRANSLATE_NOOP("BackupModel", "Made"),
        QT_TRANSLATE_NOOP("BackupModel", "Before"),
        QT_TRANSLATE_NOOP("BackupModel", "Size"),
        QT_TRANSLATE_NOOP("BackupModel", "Check"),
    )
    REASONS: ClassVar[dict[str, str]] = {
        backups.IMPORT: QT_TRANSLATE_NOOP("BackupModel", "an import"),
        backups.MERGE: QT_TRANSLATE_NOOP("BackupModel", "a merge"),
        backups.MIGRATION: QT_TRANSLATE_NOOP("BackupModel", "an update of the database"),
        backups.SAMPLE_DATA: QT_TRANSLATE_NOOP("BackupModel", "loading the sample data"),
        backups.RESTORE: QT_TRANSLATE_NOOP("BackupModel", "a restore"),
    }
    CHECKING = QT_TRANSLATE_NOOP("BackupModel", "checking…")
    OK = QT_TRANSLATE_NOOP("BackupModel", "OK")
    DAMAGED = QT_TRANSLATE_NOOP("BackupModel", "damaged: %1")

    def set_check(self, path: Path, result: str) -> None:
        for number, row in enumerate(self.rows):
            if row.path == path:
                self.rows[number] = dataclasses.replace(row, check=result)
                changed = self.index(number, self.COLUMN_CHECK)
                self.dataChanged.emit(changed, changed)

    def check_text(self, row: AnyBackup) -> str:
        if row.check is None:
            return _tr(self.CHECKING)
        return _tr(self.OK) if row.ok else _tr(self.DAMAGED).replace("%1", row.check)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.COLUMN_TIME:
                return f"{row.time.astimezone():%Y-%m-%d %H:%M:%S}"
            if column == self.COLUMN_REASON:
                reason = self.REASONS.get(row.kind)
                return _tr(reason) if reason else row.reason
            if column == self.COLUMN_SIZE:
                return _size(row.size)
            if column == self.COLUMN_CHECK:
                return self.check_text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COLUMN_SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        damaged = row.check is not None and not row.ok
        if role == Qt.ItemDataRole.BackgroundRole and column == self.COLUMN_CHECK and damaged:
            return QBrush(QColor(DAMAGED_COLOUR))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COLUMN_CHECK and damaged:
            return QBrush(QColor("#000000"))
        return None


class YearBackupModel(BackupModel):
    """A server's backups: the year documents, each with its year."""

    COLUMN_TIME, COLUMN_REASON, COLUMN_YEAR, COLUMN_SIZE, COLUMN_CHECK = range(5)
    HEADERS: ClassVar[tuple[object, ...]] = (
        QT_TRANSLATE_NOOP("BackupModel", "Made"),
        QT_TRANSLATE_NOOP("BackupModel", "Before"),
        QT_TRANSLATE_NOOP("BackupModel", "Year"),
        QT_TRANSLATE_NOOP("BackupModel", "Size"),
        QT_TRANSLATE_NOOP("BackupModel", "Check"),
    )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            index.isValid()
            and index.column() == self.COLUMN_YEAR
            and 0 <= index.row() < len(self.rows)
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        ):
            row = self.rows[index.row()]
            return str(row.year) if isinstance(row, year_backups.YearBackup) else None
        return super().data(index, role)


def _server_name(url: str) -> str:
    """The server database as its users name it: host:port/database (no user, no password)."""
    parsed = make_url(url)
    return f"{parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database or ''}"


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupModel", text)


def _size(size: int) -> str:
    return f"{size / 1024:.0f} kB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


class _Checker(QObject):
    """Runs the full check of each backup in a thread of its own.

    Signals:
        checked(path, result): one backup checked (``ok`` or what the check found).
    """

    checked = Signal(object, str)

    def __init__(self, paths: list[Path], check: Callable[[Path], str]) -> None:
        super().__init__()
        self.paths, self.check = paths, check
        self.stopped = False

    def start(self) -> None:
        threading.Thread(target=self._run, name="backup-checker", daemon=True).start()

    def _run(self) -> None:
        for path in self.paths:
            if self.stopped:
                return
            self.checked.emit(path, self.check(path))


class _BackupsDialog(Retranslated, QDialog):
    """The list of backups with Restore and Cancel; the subclasses say what is listed, how it is
    checked and how the chosen one is put back.

    Signals:
        restored(result): the backup was put back (what the restore returned).
    """

    restored = Signal(object)

    def __init__(
        self,
        model: BackupModel,
        rows: list[AnyBackup],
        check: Callable[[Path], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = model
        model.setParent(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton()
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_chosen)
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        self.model.dataChanged.connect(self._update_button)
        self.table.doubleClicked.connect(lambda _index: self.restore_chosen())
        self.finished.connect(self._stop_checking)

        self.model.set_rows(rows)
        self.checker = _Checker([row.path for row in self.model.rows], check)
        self.checker.checked.connect(self.model.set_check)
        self.checker.start()
        if self.model.rows:
            self.table.selectRow(0)
        self.retranslate_ui()
        self.resize(720, 400)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.intro.setText(self.intro_text())
        self.empty.setText(self.empty_text())
        self.empty.setVisible(not self.model.rows)
        self.restore_button.setText(self.tr("&Restore"))
        self.table.setAccessibleName(self.tr("Backups"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.model.HEADERS) - 1)

    def intro_text(self) -> str:
        raise NotImplementedError

    def empty_text(self) -> str:
        raise NotImplementedError

    def question(self, chosen: Any, when: str) -> str:
        """What Restore asks before it puts ``chosen`` (made ``when``) back."""
        raise NotImplementedError

    def put_back(self, chosen: Any) -> object:
        """Restore ``chosen``; what the restore did, or an ``InputError``."""
        raise NotImplementedError

    def chosen(self) -> AnyBackup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_button(self, *_args: object) -> None:
        chosen = self.chosen()
        self.restore_button.setEnabled(chosen is not None and chosen.ok)

    def _stop_checking(self, _result: int) -> None:
        self.checker.stopped = True

    def restore_chosen(self) -> None:
        """Ask, then restore the chosen backup; the dialog closes when it is done."""
        chosen = self.chosen()
        if chosen is None or not chosen.ok:
            return
        when = self.model.data(self.model.index(self.table.currentIndex().row(), 0))
        answer = QMessageBox.question(
            self,
            self.tr("Restore from a backup"),
            self.question(chosen, str(when)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            result = self.put_back(chosen)
        except InputError as error:
            QMessageBox.warning(self, self.tr("The backup was not restored"), error_text(error))
            return
        self.restored.emit(result)
        self.accept()


class RestoreDialog(_BackupsDialog):
    """The backups of the database file ``database``; Restore puts the chosen one back, after
    asking.

    ``release`` is called just before the restore, to close the caller's connections.

    Signals:
        restored(result): the backup was put back (a ``backups.Restored``).
    """

    def __init__(
        self,
        database: Path,
        parent: QWidget | None = None,
        *,
        release: Callable[[], None] | None = None,
    ) -> None:
        self.database, self.release = database, release
        rows: list[AnyBackup] = list(backups.list_backups(database))
        super().__init__(BackupModel(), rows, backups.problems, parent)

    def intro_text(self) -> str:
        return self.tr(
            "Backups of %1, newest first. Restoring one replaces the database with it; the "
            "current state is backed up first, so the restore can be undone by restoring "
            "that backup."
        ).replace("%1", str(self.database))

    def empty_text(self) -> str:
        return self.tr("There are no backups of this database yet.")

    def question(self, chosen: Any, when: str) -> str:
        return self.tr(
            "Replace the database with the backup made %1? The current state is backed up first."
        ).replace("%1", when)

    def put_back(self, chosen: Any) -> object:
        if self.release is not None:
            self.release()
        try:
            return backups.restore(self.database, chosen.path)
        except Exception as error:
            refusal = database_error(error, self.database)
            if refusal is None:
                raise
            raise refusal from None


class YearRestoreDialog(_BackupsDialog):
    """The year documents saved on this machine before imports and merges into the server
    database ``database``; Restore puts the chosen one back as the whole truth of its year, after
    asking and after saving the year as it is now.

    ``release`` is called just before the restore, to write what is typed.

    Signals:
        restored(result): the year was put back (a ``year_backups.Restored``).
    """

    def __init__(
        self,
        database: Database,
        parent: QWidget | None = None,
        *,
        release: Callable[[], None] | None = None,
    ) -> None:
        self.database, self.release = database, release
        rows: list[AnyBackup] = list(year_backups.list_backups(database.url))
        language = ui_language()
        super().__init__(
            YearBackupModel(), rows, lambda path: year_backups.check(path, language), parent
        )

    def intro_text(self) -> str:
        return (
            self.tr(
                "The years of the server database %1 as they were before each import and merge, "
                "saved in %2, newest first. Restoring one replaces that year with it; the year as "
                "it is now is saved first, so the restore can be undone by restoring that backup. "
                "The whole database is backed up on the server (pg_dump)."
            )
            .replace("%1", _server_name(self.database.url))
            .replace("%2", str(year_backups.folder()))
        )

    def empty_text(self) -> str:
        return self.tr("No year of this server database has been saved on this computer yet.")

    def question(self, chosen: Any, when: str) -> str:
        return (
            self.tr(
                "Replace the year %1 with the backup made %2? The year %1 as it is now is saved "
                "first (before-restore), so that this can be undone."
            )
            .replace("%1", str(chosen.year))
            .replace("%2", when)
        )

    def put_back(self, chosen: Any) -> object:
        if self.release is not None:  # the last words typed go into the state saved first
            self.release()
        return year_backups.restore(self.database, chosen.path)
