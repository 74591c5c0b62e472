"""The coordinator's files and vocabularies: the board report (export, print), File → Import
table…, File → Restore from a backup…, File → Owners and links….

The dialogs' modules are imported when a dialog is first opened, not at the top: the report's
pulls in Qt's printing module, the table import the exchange layer's readers, which the filled
window does not need (start-up speed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from kuva_desktop.errors import InputError
from kuva_desktop.storage.database import Database, open_database
from kuva_desktop.ui.i18n import error_text
from kuva_desktop.ui.shell import Shell

if TYPE_CHECKING:
    from kuva_desktop.ui.report_dialog import ReportDialog, ReportRunner
    from kuva_desktop.ui.restore_dialog import RestoreDialog
    from kuva_desktop.ui.table_import import TableImportDialog
    from kuva_desktop.ui.vocabulary import VocabularyDialog


class CoordinatorFiles(QObject):
    """The coordinator's reports, table import, backups and vocabularies.

    Signals:
        restored(): a backup was put back; the undo steps belonged to the state replaced.
        vocabulary_changed(): an owner or link was added, renamed or deleted.
    """

    restored = Signal()
    vocabulary_changed = Signal()

    def __init__(self, shell: Shell, database: Database, release: Callable[[], None]) -> None:
        """``release`` lets go of the database file before a backup is put back."""
        super().__init__(shell.widget())
        self.shell, self.database = shell, database
        self._release = release
        self.report_runner: ReportRunner | None = None
        self.report_dialog: ReportDialog | None = None
        self.table_import_dialog: TableImportDialog | None = None
        self.restore_dialog: RestoreDialog | None = None
        self.vocabulary_dialog: VocabularyDialog | None = None

    def open_report_dialog(self, printing: bool) -> None:
        """File → Export board report… / Print…: choose, then make the report with progress."""
        from kuva_desktop.ui.report_dialog import ReportDialog, ReportRunner  # on first use

        shell = self.shell
        if not shell.years():
            return
        if self.report_runner is None:
            self.report_runner = ReportRunner(self.database, shell.widget())
        runner = self.report_runner
        dialog = ReportDialog(
            shell.years(),
            shell.selected_year(),
            shell.language(),
            shell.widget(),
            printing=printing,
        )
        dialog.chosen.connect(runner.print if printing else runner.export)
        dialog.finished.connect(dialog.deleteLater)
        self.report_dialog = dialog
        dialog.open()

    def edit_vocabulary(self) -> None:
        """File → Owners and links…"""
        from kuva_desktop.ui.vocabulary import VocabularyDialog  # on first use

        dialog = VocabularyDialog(self.database, self.shell.widget())
        dialog.set_language(self.shell.language())
        dialog.vocabulary_changed.connect(self.vocabulary_changed)
        dialog.finished.connect(dialog.deleteLater)
        self.vocabulary_dialog = dialog
        dialog.open()

    def import_table(self) -> None:
        """File → Import table…: the file, year and round, a preview, then the import."""
        from kuva_desktop.ui.table_import import TableImportDialog  # on first use

        shell = self.shell
        year = shell.selected_year() or max(shell.years(), default=dt.date.today().year)
        dialog = TableImportDialog(self.database, year, shell.widget())
        dialog.imported.connect(lambda _changed: shell.refresh_after(self.tr("Imported")))
        dialog.finished.connect(dialog.deleteLater)
        self.table_import_dialog = dialog
        dialog.open()

    def restore_backup(self) -> None:
        """File → Restore from a backup…: the backups listed and checked, one put back, the
        database reopened (ui/restore_dialog.py)."""
        from kuva_desktop.ui.restore_dialog import RestoreDialog  # on first use

        if self.database.path is None:
            return  # a server database has no backup files
        dialog = RestoreDialog(self.database.path, self.shell.widget(), release=self._release)
        dialog.restored.connect(self._on_restored)
        dialog.finished.connect(dialog.deleteLater)
        self.restore_dialog = dialog
        dialog.open()

    def _on_restored(self, restored: Any) -> None:
        """Reopen the restored database (checked, and migrated when the backup is older) and
        show it."""
        assert self.database.path is not None
        try:
            open_database(self.database.path).dispose()
        except InputError as error:
            QMessageBox.warning(
                self.shell.widget(), self.tr("The backup was not restored"), error_text(error)
            )
            return
        self.restored.emit()
        self.shell.refresh_after(self.tr("Restored from %1").replace("%1", restored.backup.name))
