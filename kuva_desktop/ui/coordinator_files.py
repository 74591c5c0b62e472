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
    from kuva_desktop.ui.restore_dialog import RestoreDialog, YearRestoreDialog
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
        """``release`` writes what is typed and lets go of the database before a backup is put
        back."""
        super().__init__(shell.widget())
        self.shell, self.database = shell, database
        self._release = release
        self.report_runner: ReportRunner | None = None
        self.report_dialog: ReportDialog | None = None
        self.table_import_dialog: TableImportDialog | None = None
        self.restore_dialog: RestoreDialog | YearRestoreDialog | None = None
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

    def can_restore(self) -> bool:
        """Whether the database has backups the window can put back: a file's, or a server's
        year documents."""
        from kuva_desktop.exchange import year_backups  # the exchange layer: module doc

        return self.database.path is not None or year_backups.is_server(self.database)

    def restore_backup(self) -> None:
        """File → Restore from a backup…: the backups listed and checked, one put back; a file
        reopened, a server's year read again (ui/restore_dialog.py)."""
        from kuva_desktop.ui.restore_dialog import RestoreDialog, YearRestoreDialog  # first use

        dialog: RestoreDialog | YearRestoreDialog
        if self.database.path is not None:
            dialog = RestoreDialog(self.database.path, self.shell.widget(), release=self._release)
            dialog.restored.connect(self._on_restored)
        elif self.can_restore():
            dialog = YearRestoreDialog(self.database, self.shell.widget(), release=self._release)
            dialog.restored.connect(self._on_year_restored)
        else:
            return  # the action is disabled: a database of another kind has no backups
        dialog.finished.connect(dialog.deleteLater)
        self.restore_dialog = dialog
        dialog.open()

    def _on_year_restored(self, restored: Any) -> None:
        """A server's year was put back: its undo steps belong to the state replaced."""
        self.restored.emit()
        self.shell.refresh_after(
            self.tr("Year %1 restored from %2")
            .replace("%1", str(restored.year))
            .replace("%2", restored.backup.name)
        )

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
