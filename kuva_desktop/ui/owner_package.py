"""The owner's side: the main window on a work package.

Opening a package (File → Open work package…, or the program's argument) opens its working
database (``exchange.packages.workdb``): only the owner's goals and metrics, the package's round
open and the others locked. The window is built in the owner's role (``shell.Role.OWNER``): it
has none of the coordinator's actions (structure, new year, vocabularies, reports, issuing,
merging), and ``OwnerPackage`` adds a banner saying whose package it is, makes the year, theme,
goal and metric forms read-only, and File → Save submission… (Ctrl+S), which writes the signed
submission and shows what changed and whether the rules hold. Closing the window with changes
not yet saved as a submission asks first.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kuva_desktop.domain.fields import ROUND_KEYS
from kuva_desktop.domain.labels import pick
from kuva_desktop.domain.rules import RULES
from kuva_desktop.domain.terms import round_label
from kuva_desktop.errors import InputError
from kuva_desktop.exchange.packages import SubmissionSummary, WorkingCopy
from kuva_desktop.exchange.packages.format import SUBMISSION_SUFFIX
from kuva_desktop.exchange.packages.workdb import (
    open_working_database,
    sync_working_copy,
    working_db_changes,
)
from kuva_desktop.storage.database import Database
from kuva_desktop.ui import settings
from kuva_desktop.ui.formatting import date_text
from kuva_desktop.ui.forms import FormStack
from kuva_desktop.ui.i18n import Retranslated, error_text
from kuva_desktop.ui.package_texts import field_label, shown_value
from kuva_desktop.ui.shell import Shell
from kuva_desktop.ui.tree_nodes import GOAL

BANNER_STYLE = (
    "QLabel { background: #fff4c2; color: #3d3200; border-bottom: 1px solid #d9c36a;"
    " padding: 6px 10px; }"
)


def open_package(path: Path) -> tuple[WorkingCopy, Database]:
    """The package's working copy and working database (``InputError`` when refused)."""
    copy = WorkingCopy.open(Path(path))
    return copy, open_working_database(copy)


class OwnerPackage(QObject):
    """The owner's work on one package, in a window built in the owner's role (module doc).

    Made with the window (the banner and Save submission are there from the start); ``attach``
    gives it the package and its working database when they are open.
    """

    def __init__(self, shell: Shell, banner_place: QVBoxLayout, save_action: QAction) -> None:
        super().__init__(shell.widget())
        self.shell = shell
        self.copy: WorkingCopy | None = None
        self.database: Database | None = None
        self.forms: FormStack | None = None
        self.owns_database = False
        self.summary_dialog: SubmissionSummaryDialog | None = None
        self.unsaved_box: QMessageBox | None = None
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        banner_place.insertWidget(0, self.banner)
        self.save_action = save_action
        self.save_action.triggered.connect(lambda _checked=False: self.save_submission())
        shell.tree.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)

    @property
    def round_key(self) -> str:
        assert self.copy is not None
        return self.copy.round_key

    def attach(
        self,
        copy: WorkingCopy,
        database: Database,
        forms: FormStack,
        *,
        owns_database: bool,
    ) -> None:
        """The package is open: the owner fills in its round; the rest is read-only."""
        self.copy, self.database, self.forms = copy, database, forms
        self.owns_database = owns_database
        # The owner fills in the round; the rest of the year is the coordinator's.
        forms.configure(
            lambda form: form.set_read_only(True), frozenset({"year", "theme", "goal", "metric"})
        )
        self.retranslate_ui()

    @staticmethod
    def restore_layout(window: QMainWindow, history_dock: QDockWidget, splitter: QSplitter) -> None:
        """The package window's own splitter and history dock, as the owner left them.

        Without a saved layout the tree and the form get the height and the history a strip:
        the coordinator's saved layout is not the owner's.
        """
        state = settings.value(settings.PACKAGE_WINDOW_STATE)
        if state.isEmpty() or not window.restoreState(state):
            history_dock.show()
            window.resizeDocks([history_dock], [150], Qt.Orientation.Vertical)
        saved = settings.value(settings.PACKAGE_SPLITTER_STATE)
        if not saved.isEmpty():
            splitter.restoreState(saved)

    def show_first_goal(self, round_combo: Any) -> None:
        """The first goal of the package in the package's round, ready to type."""
        shell = self.shell
        if self.copy is None or self.forms is None:
            return
        shell.tree.expandAll()
        round_combo.setCurrentIndex(ROUND_KEYS.index(self.round_key))
        goals = self.copy.package.goals
        if not goals:
            return
        index = shell.model.find(GOAL, goals[0].id)
        if index.isValid():
            shell.tree.setCurrentIndex(index)
            self.forms.show_round(goals[0].id, self.round_key)

    def retranslate_ui(self) -> None:
        if self.copy is None:
            return
        language = self.shell.language()
        package = self.copy.package
        deadline = (
            date_text(package.round.deadline, language)
            if package.round.deadline
            else self.tr("none")
        )
        self.banner.setText(
            self.tr(
                "Work package of %1 · %2 · deadline %3 · everything you type is kept; "
                "File → Save submission (Ctrl+S) writes the file to send back."
            )
            .replace("%1", package.owner.name)
            .replace("%2", round_label(self.round_key, package.year, language))
            .replace("%3", deadline)
        )
        self.banner.setAccessibleName(self.tr("Work package"))
        self.shell.widget().setWindowTitle(
            self.tr("%1 – work package – Kuva Desktop").replace("%1", self.copy.package_path.name)
        )

    # Saving

    def save_submission(self) -> SubmissionSummary | None:
        """Ask where, copy the typed entries into the working copy, write the signed file."""
        copy, database, window = self.copy, self.database, self.shell.widget()
        if copy is None or database is None:
            return None
        if self.forms is not None:
            self.forms.commit_pending()  # the last words typed
        if self._refuse_invalid_input():
            return None
        chosen, _ = QFileDialog.getSaveFileName(
            window,
            self.tr("Save submission"),
            str(copy.default_submission_path()),
            self.tr("Submissions (*%1)").replace("%1", SUBMISSION_SUFFIX),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != SUBMISSION_SUFFIX:
            path = path.with_name(path.name + SUBMISSION_SUFFIX)
        try:
            sync_working_copy(database, copy)
            summary = copy.save_submission(path)
        except InputError as error:
            QMessageBox.warning(window, self.tr("The submission was not saved"), error_text(error))
            return None
        window.statusBar().showMessage(
            self.tr("Submission saved: %1").replace("%1", str(summary.path)), 10_000
        )
        dialog = SubmissionSummaryDialog(summary, copy, self.shell.language(), window)
        dialog.finished.connect(dialog.deleteLater)
        self.summary_dialog = dialog
        dialog.open()
        return summary

    def _refuse_invalid_input(self) -> bool:
        """A field that shows what is not a value ("abc" as a number) stops the save, named.

        The database holds the last valid value, and the submission would carry it without a
        word; the owner sees one thing and sends another.
        """
        form = self.forms.current_form() if self.forms is not None else None
        if form is None:
            return False
        for binding in form.bindings:
            widget = binding.widget
            if binding.ref is None or binding.read_only or not widget.isVisibleTo(form):
                continue
            try:
                binding.value()
            except ValueError:
                shown = widget.text() if isinstance(widget, QLineEdit) else ""
                QMessageBox.warning(
                    self.shell.widget(),
                    self.tr("The submission was not saved"),
                    self.tr(
                        "“%1” shows “%2”, which is not a valid value. Correct or clear it, "
                        "then save again."
                    )
                    .replace("%1", widget.accessibleName())
                    .replace("%2", shown),
                )
                widget.setFocus()
                return True
        return False

    def unsaved(self) -> bool:
        """The working database has values that no saved submission carries yet."""
        if self.copy is None or self.database is None:
            return False
        return bool(working_db_changes(self.database, self.copy))

    def may_close(self) -> bool:
        """Changes not yet saved as a submission: Save submission, Discard, or Cancel."""
        if not self.unsaved():
            return True
        box = QMessageBox(self.shell.widget())
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Save submission?"))
        box.setText(self.tr("Your changes have not been saved as a submission."))
        box.setInformativeText(
            self.tr(
                "What you typed is kept with the package, but the coordinator gets it only in a "
                "submission file."
            )
        )
        save = box.addButton(self.tr("&Save submission…"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        self.unsaved_box = box
        try:
            box.exec()
            clicked = box.clickedButton()
        finally:
            self.unsaved_box = None
        if clicked is save:
            return self.save_submission() is not None
        return clicked is discard

    def close(self) -> None:
        """The window closed: its working database goes with it when the window opened it.

        Nothing is asked when it is closed again (a closed window is closed once more when the
        application ends)."""
        if self.owns_database and self.database is not None:
            self.database.dispose()
        self.database = None


class SubmissionSummaryDialog(Retranslated, QDialog):
    """What "Save submission" wrote: the file, what changed since the package, the rules."""

    def __init__(
        self,
        summary: SubmissionSummary,
        copy: WorkingCopy,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.summary, self.copy, self.language = summary, copy, language
        self.saved = QLabel()
        self.saved.setWordWrap(True)
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changes_label = QLabel()
        self.changes_label.setProperty("role", "heading")
        self.changes = QTableWidget(0, 4)
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changes.verticalHeader().hide()
        self.changes.setWordWrap(True)
        self.changes_label.setBuddy(self.changes)
        self.rules_label = QLabel()
        self.rules = QLabel()
        self.rules.setWordWrap(True)
        self.rules.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.saved)
        layout.addSpacing(6)
        layout.addWidget(self.changes_label)
        layout.addWidget(self.changes, 1)
        layout.addSpacing(6)
        layout.addWidget(self.rules_label)
        layout.addWidget(self.rules)
        layout.addWidget(self.buttons)
        for label in (self.changes_label, self.rules_label):
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        self.retranslate_ui()
        self.resize(820, 460)

    def _metric(self, metric_id: str) -> str:
        text = self.copy.items[metric_id][1].text
        return pick(text.fi, text.sv, self.language)

    def retranslate_ui(self) -> None:
        summary, language = self.summary, self.language
        self.setWindowTitle(self.tr("Submission saved"))
        self.saved.setText(
            self.tr("Saved as %1 (submission number %2). Send this file to the coordinator.")
            .replace("%1", str(summary.path))
            .replace("%2", str(summary.sequence))
        )
        self.changes_label.setText(
            self.tr(
                "What changed since the package was issued (%n values)", "", len(summary.changes)
            )
        )
        self.changes.setHorizontalHeaderLabels(
            [self.tr("Metric"), self.tr("Field"), self.tr("Before"), self.tr("After")]
        )
        self.changes.setAccessibleName(self.tr("What changed"))
        self.changes.setRowCount(len(summary.changes))
        for row, change in enumerate(summary.changes):
            for column, text in enumerate(
                (
                    self._metric(change.metric_id),
                    field_label(change.field),
                    shown_value(change.field, change.before, language),
                    shown_value(change.field, change.after, language),
                )
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.changes.setItem(row, column, item)
        header = self.changes.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.changes.setColumnWidth(column, 150)
        self.changes.setVisible(bool(summary.changes))
        if not summary.changes:
            self.changes_label.setText(self.tr("Nothing changed since the package was issued."))
        self.rules_label.setText(self.tr("The rules"))
        if summary.problems:
            self.rules.setText(
                "\n".join(
                    f"• {self._metric(p.metric_id)}: {RULES[p.rule].label(language)}"
                    for p in summary.problems
                )
            )
            self.rules.setStyleSheet("color: #8a1c00;")
        else:
            self.rules.setText(self.tr("The rules are met."))
            self.rules.setStyleSheet("")
