"""File → Restore from a backup…: the database's backups, each checked, and one put back.

The list shows when and before what each backup was made, its size and whether it passes the
full check (checked in a thread, row by row, so the dialog opens at once). Restore asks first,
then does what ``kuva-desktop restore`` does (``storage.backups.restore``): the current state is
backed up, the backup written into the database through SQLite. The window closes its own
connections first and reopens the database after (see ``MainWindow.restore_backup``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
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

from kuva_desktop.storage import backups
from kuva_desktop.storage.files import database_error
from kuva_desktop.ui.i18n import QT_TRANSLATE_NOOP, Retranslated, error_text

ROOT = QModelIndex()
AnyIndex = QModelIndex | QPersistentModelIndex
DAMAGED_COLOUR = "#f4c7c3"


class BackupModel(QAbstractTableModel):
    """The backups of one database, newest first, with their check results as they come."""

    COLUMN_TIME, COLUMN_REASON, COLUMN_SIZE, COLUMN_CHECK = range(4)
    HEADERS = (
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

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[backups.Backup] = []

    def set_rows(self, rows: list[backups.Backup]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def set_check(self, path: Path, result: str) -> None:
        for number, row in enumerate(self.rows):
            if row.path == path:
                self.rows[number] = backups.Backup(row.path, row.time, row.reason, row.size, result)
                changed = self.index(number, self.COLUMN_CHECK)
                self.dataChanged.emit(changed, changed)

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return _tr(self.HEADERS[section])
        return None

    def check_text(self, row: backups.Backup) -> str:
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

    def __init__(self, paths: list[Path]) -> None:
        super().__init__()
        self.paths = paths
        self.stopped = False

    def start(self) -> None:
        threading.Thread(target=self._run, name="backup-checker", daemon=True).start()

    def _run(self) -> None:
        for path in self.paths:
            if self.stopped:
                return
            self.checked.emit(path, backups.problems(path))


class RestoreDialog(Retranslated, QDialog):
    """The backups of ``database``; Restore puts the chosen one back, after asking.

    ``release`` is called just before the restore, to close the caller's connections.

    Signals:
        restored(result): the backup was put back (a ``backups.Restored``).
    """

    restored = Signal(object)

    def __init__(
        self,
        database: Path,
        parent: QWidget | None = None,
        *,
        release: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.database, self.release = database, release
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = BackupModel(self)
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

        self.model.set_rows(backups.list_backups(database))
        self.checker = _Checker([row.path for row in self.model.rows])
        self.checker.checked.connect(self.model.set_check)
        self.checker.start()
        if self.model.rows:
            self.table.selectRow(0)
        self.retranslate_ui()
        self.resize(720, 400)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.intro.setText(
            self.tr(
                "Backups of %1, newest first. Restoring one replaces the database with it; the "
                "current state is backed up first, so the restore can be undone by restoring "
                "that backup."
            ).replace("%1", str(self.database))
        )
        self.empty.setText(self.tr("There are no backups of this database yet."))
        self.empty.setVisible(not self.model.rows)
        self.restore_button.setText(self.tr("&Restore"))
        self.table.setAccessibleName(self.tr("Backups"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)

    def chosen(self) -> backups.Backup | None:
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
            self.tr(
                "Replace the database with the backup made %1? The current state is backed up "
                "first."
            ).replace("%1", str(when)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.release is not None:
            self.release()
        try:
            result = backups.restore(self.database, chosen.path)
        except Exception as error:
            refusal = database_error(error, self.database)
            if refusal is None:
                raise
            QMessageBox.warning(self, self.tr("The backup was not restored"), error_text(refusal))
            return
        self.restored.emit(result)
        self.accept()
