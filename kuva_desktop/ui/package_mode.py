"""The owner's side: the main window on a work package ("package mode").

Opening a package (File → Open work package…, or the program's argument) opens its working
database (``exchange.packages.workdb``): only the owner's goals and metrics, the package's round
open and the others locked. The main window then runs on it as usual, so the owner types in the
same forms with the same validation, and every change is kept as it is typed. Package mode adds a
banner saying whose package it is, hides what only the coordinator does (structure, new year,
vocabularies, reports, issuing, merging), makes the year, theme, goal and metric forms read-only,
and adds File → Save submission… (Ctrl+S), which writes the signed submission and shows what
changed and whether the rules hold.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kuva_desktop.domain.rules import RULES
from kuva_desktop.domain.terms import round_label
from kuva_desktop.ui.formatting import date_text
from kuva_desktop.ui.i18n import Retranslated, error_text
from kuva_desktop.ui.package_texts import field_label, shown_value

if TYPE_CHECKING:
    from kuva_desktop.exchange.packages import SubmissionSummary, WorkingCopy
    from kuva_desktop.storage.database import Database
    from kuva_desktop.ui.i18n import Translations
    from kuva_desktop.ui.main_window import MainWindow

BANNER_STYLE = (
    "QLabel { background: #fff4c2; color: #3d3200; border-bottom: 1px solid #d9c36a;"
    " padding: 6px 10px; }"
)


def open_package(path: Path) -> tuple[WorkingCopy, Database]:
    """The package's working copy and working database (``InputError`` when refused)."""
    from kuva_desktop.exchange.packages import WorkingCopy
    from kuva_desktop.exchange.packages.workdb import open_working_database

    copy = WorkingCopy.open(Path(path))
    return copy, open_working_database(copy)


def package_window(path: Path, translations: Translations) -> MainWindow:
    """A main window in package mode on the package at ``path``; it closes its database."""
    from kuva_desktop.ui.main_window import MainWindow

    copy, database = open_package(path)
    window = MainWindow(database, translations)
    window.enter_package_mode(copy, owns_database=True)
    return window


def text_in(text: Any, language: str) -> str:
    """A package text (``fi``, ``sv``) in the language, Finnish where there is no Swedish."""
    return str((text.sv if language == "sv" else None) or text.fi)


class PackageMode(QObject):
    """Package mode of one main window (see the module doc)."""

    def __init__(
        self, window: MainWindow, copy: WorkingCopy, *, owns_database: bool = False
    ) -> None:
        super().__init__(window)
        self.window, self.copy = window, copy
        self.owns_database = owns_database
        self.summary_dialog: SubmissionSummaryDialog | None = None
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_action = QAction(window)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save_submission)

    @property
    def round_key(self) -> str:
        return self.copy.round_key

    def install(self) -> None:
        """Turn the window into the owner's window on the package."""
        window = self.window
        central = window.takeCentralWidget()
        container = QWidget()
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(central, 1)
        window.setCentralWidget(container)
        self._restore_layout()
        window.file_menu.insertAction(window.file_menu.actions()[0], self.save_action)
        for action in window.coordinator_actions():
            action.setVisible(False)
            action.setEnabled(False)
        window.tree.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        forms = window.forms
        if forms is not None:
            # The owner fills in the round; the rest of the year is the coordinator's.
            for form in (forms.year_form, forms.theme_form, forms.goal_form, forms.metric_form):
                form.set_read_only(True)
        self.retranslate_ui()
        self.show_first_goal()

    def _restore_layout(self) -> None:
        """The package window's own splitter and history dock, as the owner left them.

        Without a saved layout the tree and the form get the height and the history a strip:
        the coordinator's saved layout is not the owner's.
        """
        from kuva_desktop.ui import settings

        window = self.window
        state = settings.value(settings.PACKAGE_WINDOW_STATE)
        if state.isEmpty() or not window.restoreState(state):
            window.history_dock.show()
            window.resizeDocks([window.history_dock], [150], Qt.Orientation.Vertical)
        splitter = settings.value(settings.PACKAGE_SPLITTER_STATE)
        if not splitter.isEmpty():
            window.splitter.restoreState(splitter)

    def show_first_goal(self) -> None:
        """The first goal of the package in the package's round, ready to type."""
        from kuva_desktop.ui.main_window import ROUND_CHOICES
        from kuva_desktop.ui.tree_model import GOAL

        window = self.window
        window.tree.expandAll()
        window.round_combo.setCurrentIndex(ROUND_CHOICES.index(self.round_key))
        goals = self.copy.package.goals
        if not goals or window.forms is None:
            return
        index = window.model.find(GOAL, goals[0].id)
        if index.isValid():
            window.tree.setCurrentIndex(index)
            window.forms.show_round(goals[0].id, self.round_key)

    def retranslate_ui(self) -> None:
        language = self.window.language()
        package = self.copy.package
        self.save_action.setText(self.tr("&Save submission…"))
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
        self.window.setWindowTitle(
            self.tr("%1 – work package – Kuva Desktop").replace("%1", self.copy.package_path.name)
        )

    # Saving

    def save_submission(self) -> SubmissionSummary | None:
        """Ask where, copy the typed entries into the working copy, write the signed file."""
        from kuva_desktop.errors import InputError
        from kuva_desktop.exchange.packages.format import SUBMISSION_SUFFIX
        from kuva_desktop.exchange.packages.workdb import sync_working_copy

        window = self.window
        if window.forms is not None:
            window.forms.commit_pending()  # the last words typed
        if self._refuse_invalid_input():
            return None
        chosen, _ = QFileDialog.getSaveFileName(
            window,
            self.tr("Save submission"),
            str(self.copy.default_submission_path()),
            self.tr("Submissions (*%1)").replace("%1", SUBMISSION_SUFFIX),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != SUBMISSION_SUFFIX:
            path = path.with_name(path.name + SUBMISSION_SUFFIX)
        if window.database is None:
            return None
        try:
            sync_working_copy(window.database, self.copy)
            summary = self.copy.save_submission(path)
        except InputError as error:
            QMessageBox.warning(window, self.tr("The submission was not saved"), error_text(error))
            return None
        window.statusBar().showMessage(
            self.tr("Submission saved: %1").replace("%1", str(summary.path)), 10_000
        )
        dialog = SubmissionSummaryDialog(summary, self.copy, window.language(), window)
        dialog.finished.connect(dialog.deleteLater)
        self.summary_dialog = dialog
        dialog.open()
        return summary

    def _refuse_invalid_input(self) -> bool:
        """A field that shows what is not a value ("abc" as a number) stops the save, named.

        The database holds the last valid value, and the submission would carry it without a
        word; the owner sees one thing and sends another.
        """
        forms = self.window.forms
        form = forms.current_form() if forms is not None else None
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
                    self.window,
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

    def close(self) -> None:
        if self.owns_database and self.window.database is not None:
            self.window.database.dispose()


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
        return text_in(self.copy.items[metric_id][1].text, self.language)

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
