"""The coordinator's work with packages (DOMAIN.md section 7): issue them, import the
submissions (the menu, Ctrl+I, or files dropped onto the window), resolve the conflicts, and see
who has sent what (completeness, where the round is also locked).

The dialogs' modules are imported when a dialog is first opened, not at the top: each pulls in the
exchange layer's package code, which the filled window does not need (start-up speed).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from kuva_desktop.editing.read import years_with_open_rounds
from kuva_desktop.storage.database import Database
from kuva_desktop.storage.keys import per_round_id
from kuva_desktop.ui.shell import Shell

if TYPE_CHECKING:
    from kuva_desktop.ui.completeness import CompletenessDialog
    from kuva_desktop.ui.conflict_dialog import ConflictDialog
    from kuva_desktop.ui.issue_dialog import IssueDialog
    from kuva_desktop.ui.submission_import import SubmissionImport


class CoordinatorPackages(QObject):
    """File → Issue work packages…, Import submissions…; Edit → Resolve conflicts…;
    View → Completeness….

    Signals:
        merged(): submissions were merged into the database; the window reads it again.
    """

    merged = Signal()

    def __init__(self, shell: Shell, database: Database) -> None:
        super().__init__(shell.widget())
        self.shell, self.database = shell, database
        self.submission_import: SubmissionImport | None = None
        self.issue_dialog: IssueDialog | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self.completeness_dialog: CompletenessDialog | None = None

    def year_for_packages(self) -> int | None:
        """The selected year if a round of it is open, else the latest year with an open round."""
        open_years = years_with_open_rounds(self.database)
        selected = self.shell.selected_year()
        if selected in open_years or not open_years:
            return selected
        return max(open_years)

    def issue_packages(self) -> None:
        """File → Issue work packages…: year, open round, owners, folder; then the files."""
        from kuva_desktop.ui.issue_dialog import IssueDialog  # on first use (module doc)

        self.issue_dialog = self._open_for_year(IssueDialog)

    def import_submissions(self, paths: list[Path] | None = None) -> None:
        """File → Import submissions… (or files dropped onto the window): dry run, merge."""
        from kuva_desktop.ui.submission_import import SubmissionImport  # on first use

        if self.submission_import is None:
            self.submission_import = SubmissionImport(self.database, self.shell.widget())
            self.submission_import.merged.connect(lambda _report: self.merged.emit())
            self.submission_import.conflicts_waiting.connect(self.show_conflicts)
        if paths is None:
            self.submission_import.choose()
        else:
            self.submission_import.start(paths)

    def show_conflicts(self) -> None:
        """Edit → Resolve conflicts…: the conflicts that wait, side by side."""
        from kuva_desktop.ui.conflict_dialog import ConflictDialog  # on first use

        if self.conflict_dialog is not None and self.conflict_dialog.isVisible():
            self.conflict_dialog.reload()
            self.conflict_dialog.raise_()
            return
        dialog = ConflictDialog(self.database, self.shell.language(), self.shell.widget())
        dialog.resolved.connect(self._on_conflict_resolved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.destroyed.connect(self._forget_conflict_dialog)
        self.conflict_dialog = dialog
        dialog.open()

    def _forget_conflict_dialog(self, _obj: Any = None) -> None:
        self.conflict_dialog = None

    def _on_conflict_resolved(self, metric_id: str, round_key: str) -> None:
        self.shell.item_changed("entry", per_round_id(metric_id, round_key))

    def show_completeness(self) -> None:
        """View → Completeness…: per round, who has sent what."""
        from kuva_desktop.ui.completeness import CompletenessDialog  # on first use

        self.completeness_dialog = self._open_for_year(CompletenessDialog)

    def _open_for_year(self, make: Any) -> Any:
        """Open ``make``'s dialog (issue, completeness) on the year for packages; None (and no
        dialog) when there is no year yet. The dialog is deleted when it closes."""
        shell = self.shell
        if not shell.years():
            return None
        dialog = make(
            self.database,
            shell.years(),
            self.year_for_packages(),
            shell.language(),
            shell.widget(),
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
