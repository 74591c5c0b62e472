"""The coordinator's side of the work packages: issue, import submissions, conflicts, completeness.

All the work is done by ``kuva_desktop.exchange.packages`` (headless, as the command line uses
it); these dialogs choose, show progress and show the outcome. Refusals are messages, never
tracebacks: each file's refusal names the file and says why.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kuva_desktop.domain.numbers import format_numeric
from kuva_desktop.domain.rules import ROUND_KEYS
from kuva_desktop.domain.statuses import status_label
from kuva_desktop.domain.terms import round_label

if TYPE_CHECKING:
    from kuva_desktop.exchange.packages import CompletenessRow, ConflictView, MergeReport
    from kuva_desktop.storage.database import Database

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
CONTEXT = "Packages"
FIELD_LABELS = {
    "status": QT_TRANSLATE_NOOP("Packages", "Status"),
    "forecast": QT_TRANSLATE_NOOP("Packages", "Forecast"),
    "comment": QT_TRANSLATE_NOOP("Packages", "Comments"),
    "numeric": QT_TRANSLATE_NOOP("Packages", "Numeric forecast"),
    "unit": QT_TRANSLATE_NOOP("Packages", "Unit"),
    "explanation": QT_TRANSLATE_NOOP("Packages", "Explanation"),
}
# The refusals of docs/package-format.md, as the window says them (the details stay as they are).
REASON_LABELS = {
    "unreadable": QT_TRANSLATE_NOOP("Packages", "the file cannot be read"),
    "too_large": QT_TRANSLATE_NOOP("Packages", "the file is larger than a package can be"),
    "not_a_package": QT_TRANSLATE_NOOP("Packages", "not a Kuva package or submission"),
    "version": QT_TRANSLATE_NOOP("Packages", "a format version this application does not read"),
    "damaged": QT_TRANSLATE_NOOP("Packages", "incomplete or damaged"),
    "invalid": QT_TRANSLATE_NOOP("Packages", "does not follow the package format"),
    "not_a_submission": QT_TRANSLATE_NOOP("Packages", "a package, not a submission"),
    "altered": QT_TRANSLATE_NOOP("Packages", "changed after it was written"),
    "other_package": QT_TRANSLATE_NOOP("Packages", "signed with the key of another package"),
    "other_database": QT_TRANSLATE_NOOP("Packages", "from another database"),
    "unknown_package": QT_TRANSLATE_NOOP("Packages", "a package this database did not issue"),
    "wrong_year_round": QT_TRANSLATE_NOOP(
        "Packages", "for another year, round or owner than its package"
    ),
    "locked": QT_TRANSLATE_NOOP("Packages", "for a locked round"),
    "outside_assignment": QT_TRANSLATE_NOOP(
        "Packages", "changes something outside the owner's assignment"
    ),
    "invalid_value": QT_TRANSLATE_NOOP("Packages", "a value the rules refuse"),
    "stale": QT_TRANSLATE_NOOP(
        "Packages", "older than a submission already merged from the same package"
    ),
}
# Completeness states (the API's labels) as the window says them, with their colours.
STATE_LABELS = {
    "not issued": QT_TRANSLATE_NOOP("Packages", "not issued"),
    "not sent": QT_TRANSLATE_NOOP("Packages", "not sent"),
    "received": QT_TRANSLATE_NOOP("Packages", "received"),
    "merged": QT_TRANSLATE_NOOP("Packages", "merged"),
    "in conflict": QT_TRANSLATE_NOOP("Packages", "in conflict"),
}
LATE = QT_TRANSLATE_NOOP("Packages", "late")
STATE_COLOURS = {
    "not issued": "#e4e4e4",
    "not sent": "#f6c9c4",
    "received": "#fbe7a1",
    "merged": "#c8e6c0",
    "in conflict": "#f9b97a",
}


def translate(text: str) -> str:
    return QCoreApplication.translate("Packages", text)


def field_label(field: str) -> str:
    return translate(FIELD_LABELS.get(field, field))


def shown_value(field: str, value: str | None, language: str) -> str:
    """A field's value as a person reads it: a status by its label, a number in their form."""
    if value is None or value == "":
        return "—"
    try:
        if field == "status":
            return status_label(value, language)
        if field == "numeric":
            return format_numeric(Decimal(value), None, language).rsplit(" ", 1)[0]
    except (ValueError, ArithmeticError):
        pass
    return value


def refusal_text(reason: str, file: str, message: str) -> str:
    """ "file: why (details)", the why in the UI language."""
    name = Path(file).name
    detail = message.split(" (", 1)[1].rstrip(")") if " (" in message else ""
    text = f"{name}: {translate(REASON_LABELS.get(reason, reason))}"
    return text + (f" ({detail})" if detail else "")


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


# Issuing


@dataclass(frozen=True)
class IssueChoice:
    year: int
    round_key: str
    owners: tuple[str, ...]
    folder: Path


class IssueDialog(QDialog):
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
        layout.addLayout(form)
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill(self) -> None:
        """The year's open rounds and the owners with something assigned."""
        from kuva_desktop.exchange.packages import owners_with_assignments
        from kuva_desktop.storage.queries import load_year

        year = self.year.currentData()
        self.round.clear()
        self.owners.clear()
        if year is None:
            self._validate()
            return
        with self.database.reader() as session:
            row = load_year(session, year)
            open_rounds = [r.key for r in row.rounds if r.state == "open"] if row else []
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

    def _validate(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.choice() is not None
        )

    def _accept(self) -> None:
        choice = self.choice()
        if choice is not None:
            self.accept()
            self.issued = self.issue(choice)
            self.chosen.emit(choice)

    def issue(self, choice: IssueChoice) -> list[Path]:
        """Issue the packages and say which files were written, or why nothing was."""
        from kuva_desktop.errors import InputError
        from kuva_desktop.exchange.packages import issue_packages

        parent = self.parentWidget() or self
        try:
            issued = issue_packages(
                self.database, choice.year, choice.round_key, list(choice.owners), choice.folder
            )
        except InputError as error:
            QMessageBox.warning(parent, self.tr("Issue work packages"), error.message)
            return []
        paths = [p.path for p in issued]
        QMessageBox.information(
            parent,
            self.tr("Issue work packages"),
            self.tr("%n work packages written into %1:", "", len(paths)).replace(
                "%1", str(choice.folder)
            )
            + "\n\n"
            + "\n".join(p.name for p in paths),
        )
        return paths


# Importing submissions


class MergeJob(QObject):
    """A merge (or a dry run) of submission files in a thread of its own.

    Signals:
        progress(done, total): files read so far.
        finished(report): the ``MergeReport``.
        failed(message, details): a database error (no details) or a bug (the traceback).
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str, str)

    def __init__(self, database: Database, paths: Sequence[Path], dry_run: bool) -> None:
        super().__init__()
        self.database, self.paths, self.dry_run = database, list(paths), dry_run
        self.cancelled = False

    def start(self) -> None:
        threading.Thread(target=self._run, name="merge", daemon=True).start()

    def _files(self) -> Iterator[Path]:
        # merge_files reads one file at a time: counting here shows the progress and lets a
        # cancel stop between two files (each file is merged whole or not at all).
        for done, path in enumerate(self.paths):
            if self.cancelled:
                return
            self.progress.emit(done, len(self.paths))
            yield path
        self.progress.emit(len(self.paths), len(self.paths))

    def _run(self) -> None:
        from kuva_desktop.errors import InputError
        from kuva_desktop.exchange.packages import merge_files

        try:
            report = merge_files(self.database, self._files(), dry_run=self.dry_run)
        except InputError as error:
            self.failed.emit(error.message, "")
        except Exception as error:  # a bug: the details go to the message's details
            self.failed.emit(str(error), traceback.format_exc())
        else:
            self.finished.emit(report)


class SubmissionImport(QObject):
    """Edit → Import submissions…: a dry run, the question, the merge, the summary.

    Every step is non-blocking: the boxes are opened with ``open()`` and kept as attributes
    (``confirm_box``, ``summary_box``), the work runs in a ``MergeJob``.

    Signals:
        merged(report): the merge wrote to the database (the window reads it again).
        conflicts_waiting(): the summary was closed and conflicts wait for review.
    """

    merged = Signal(object)
    conflicts_waiting = Signal()

    def __init__(self, database: Database, parent: QWidget) -> None:
        super().__init__(parent)
        self.database = database
        self.window = parent
        self.paths: list[Path] = []
        self.job: MergeJob | None = None
        self.progress: QProgressDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.summary_box: QMessageBox | None = None
        self.report: MergeReport | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None

    def choose(self) -> None:
        """Ask for the files, then start."""
        from kuva_desktop.exchange.packages.format import SUBMISSION_SUFFIX

        paths, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import submissions"),
            "",
            self.tr("Submissions (*%1)").replace("%1", SUBMISSION_SUFFIX)
            + ";;"
            + self.tr("All files (*)"),
        )
        if paths:
            self.start([Path(p) for p in paths])

    def start(self, paths: Sequence[Path]) -> None:
        if self.busy or not paths:
            return
        self.paths = list(paths)
        self._run(dry_run=True)

    def _run(self, dry_run: bool) -> None:
        job = MergeJob(self.database, self.paths, dry_run)
        self.job = job
        progress = QProgressDialog(self.window)
        progress.setWindowTitle(self.tr("Import submissions"))
        progress.setLabelText(
            self.tr("Checking the submissions…") if dry_run else self.tr("Merging…")
        )
        progress.setRange(0, len(self.paths))
        progress.setMinimumDuration(500)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(lambda: setattr(job, "cancelled", True))
        self.progress = progress
        job.progress.connect(lambda done, _total: progress.setValue(done))
        job.finished.connect(self._dry_run_done if dry_run else self._merge_done)
        job.failed.connect(self._failed)
        job.start()

    def report_text(self, report: MergeReport) -> str:
        """The summary in the UI language: applied, conflicts, refused (and which, why)."""
        if report.dry_run:
            parts = [
                self.tr("%n entries will be applied", "", len(report.applied)),
                self.tr("%n conflicts", "", len(report.conflicts)),
                self.tr("%n files refused", "", len(report.refused)),
            ]
        else:
            parts = [
                self.tr("%n entries applied", "", len(report.applied)),
                self.tr("%n conflicts to resolve", "", len(report.conflicts)),
                self.tr("%n files refused", "", len(report.refused)),
            ]
        text = ", ".join(parts) + "."
        already = sum(f.status == "already" for f in report.files)
        if already:
            text += " " + self.tr("%n files were merged before and change nothing.", "", already)
        late = sum(f.late for f in report.files)
        if late:
            text += " " + self.tr("%n submissions were written after the deadline.", "", late)
        if report.refused:
            text += "\n\n" + self.tr("Refused:") + "\n"
            text += "\n".join(refusal_text(r.reason, r.file, r.message) for r in report.refused)
        return text

    def _end_job(self) -> bool:
        cancelled = self.job is not None and self.job.cancelled
        self.job = None
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        return cancelled

    def _failed(self, message: str, details: str) -> None:
        self._end_job()
        box = QMessageBox(
            QMessageBox.Icon.Critical if details else QMessageBox.Icon.Warning,
            self.tr("Import submissions"),
            self.tr("Nothing more was merged: %1").replace("%1", message),
            QMessageBox.StandardButton.Close,
            self.window,
        )
        if details:
            box.setDetailedText(details)
        self.summary_box = box
        box.open()

    def _dry_run_done(self, report: MergeReport) -> None:
        if self._end_job():
            return
        self.report = report
        nothing = not report.applied and not report.conflicts
        box = QMessageBox(
            QMessageBox.Icon.Information if nothing else QMessageBox.Icon.Question,
            self.tr("Import submissions"),
            self.report_text(report),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setDetailedText("\n".join(report.lines()))
        merge = box.button(QMessageBox.StandardButton.Ok)
        merge.setText(self.tr("&Merge"))
        if nothing:
            box.setInformativeText(self.tr("There is nothing to merge."))
            merge.setEnabled(False)
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(self._on_confirmed)
        self.confirm_box = box
        box.open()

    def _on_confirmed(self, result: int) -> None:
        if self.confirm_box is not None and self.confirm_box.clickedButton() is (
            self.confirm_box.button(QMessageBox.StandardButton.Ok)
        ):
            self._run(dry_run=False)

    def _merge_done(self, report: MergeReport) -> None:
        self._end_job()
        self.report = report
        self.merged.emit(report)
        box = QMessageBox(
            QMessageBox.Icon.Warning if report.refused else QMessageBox.Icon.Information,
            self.tr("Submissions merged"),
            self.report_text(report),
            QMessageBox.StandardButton.Close,
            self.window,
        )
        box.setDetailedText("\n".join(report.lines()))
        if report.conflicts:
            box.setInformativeText(self.tr("The conflicts are shown next, side by side."))
        box.finished.connect(lambda _result: self._summary_closed(report))
        self.summary_box = box
        box.open()

    def _summary_closed(self, report: MergeReport) -> None:
        if report.conflicts:
            self.conflicts_waiting.emit()


# Conflicts


class ConflictDialog(QDialog):
    """The conflicts that wait, one field at a time: base, ours and theirs side by side.

    "Keep theirs", "Keep ours" or an edited value + "Use this" resolves the selected conflict
    (``resolve_conflict``: the choice and both sides are kept); the next one is selected.
    Alt+N / Alt+P (or the arrow keys in the list) move between them.

    Signals:
        resolved(metric_id, round_key): an entry changed (or was settled) by a resolution.
    """

    resolved = Signal(str, str)

    def __init__(
        self,
        database: Database,
        language: str,
        parent: QWidget | None = None,
        *,
        year: int | None = None,
        round_key: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.database, self.language = database, language
        self.year, self.round_key = year, round_key
        self.conflicts: list[ConflictView] = []
        self.listing = QListWidget()
        self.listing.setMinimumWidth(300)
        self.listing.setAlternatingRowColors(True)
        self.listing.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.listing.setSpacing(2)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.metric_label = QLabel()
        self.metric_label.setWordWrap(True)
        _bold(self.metric_label)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.base, self.ours, self.theirs = QPlainTextEdit(), QPlainTextEdit(), QPlainTextEdit()
        self.base_label, self.ours_label, self.theirs_label = QLabel(), QLabel(), QLabel()
        for edit, label in (
            (self.base, self.base_label),
            (self.ours, self.ours_label),
            (self.theirs, self.theirs_label),
        ):
            edit.setReadOnly(True)
            edit.setTabChangesFocus(True)
            label.setBuddy(edit)
            _bold(label)
        self.edited = QPlainTextEdit()
        self.edited.setTabChangesFocus(True)
        self.edited.setMaximumHeight(90)
        self.edited_label = QLabel()
        self.edited_label.setBuddy(self.edited)
        self.keep_theirs, self.keep_ours = QPushButton(), QPushButton()
        self.use_edited = QPushButton()
        self.previous, self.next = QPushButton(), QPushButton()
        self.close_button = QPushButton()

        sides = QGridLayout()
        for column, (label, edit) in enumerate(
            (
                (self.base_label, self.base),
                (self.ours_label, self.ours),
                (self.theirs_label, self.theirs),
            )
        ):
            sides.addWidget(label, 0, column)
            sides.addWidget(edit, 1, column)
        sides.addWidget(self.keep_ours, 2, 1)
        sides.addWidget(self.keep_theirs, 2, 2)
        edited_row = QHBoxLayout()
        edited_row.addWidget(self.edited, 1)
        edited_row.addWidget(self.use_edited, 0, Qt.AlignmentFlag.AlignTop)
        right = QVBoxLayout()
        right.addWidget(self.metric_label)
        right.addWidget(self.where)
        right.addLayout(sides, 1)
        right.addWidget(self.edited_label)
        right.addLayout(edited_row)
        navigation = QHBoxLayout()
        navigation.addWidget(self.previous)
        navigation.addWidget(self.next)
        navigation.addStretch(1)
        navigation.addWidget(self.close_button)
        left = QVBoxLayout()
        left.addWidget(self.listing, 1)
        left.addWidget(self.empty)
        top = QHBoxLayout()
        top.addLayout(left, 2)
        top.addLayout(right, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(navigation)

        self.listing.currentRowChanged.connect(self._show)
        self.keep_theirs.clicked.connect(lambda: self.resolve("theirs"))
        self.keep_ours.clicked.connect(lambda: self.resolve("ours"))
        self.use_edited.clicked.connect(lambda: self.resolve("edited"))
        self.previous.clicked.connect(lambda: self._step(-1))
        self.next.clicked.connect(lambda: self._step(1))
        self.close_button.clicked.connect(self.accept)
        for keys, step in (("Ctrl+PgUp", -1), ("Ctrl+PgDown", 1)):
            QShortcut(QKeySequence(keys), self, lambda s=step: self._step(s))
        self.retranslate_ui()
        self.reload()
        self.resize(980, 520)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Conflicts"))
        self.base_label.setText(self.tr("&Base (as issued)"))
        self.ours_label.setText(self.tr("O&urs (master)"))
        self.theirs_label.setText(self.tr("&Theirs (owner)"))
        self.edited_label.setText(self.tr("&Edited value"))
        self.keep_theirs.setText(self.tr("Keep t&heirs"))
        self.keep_ours.setText(self.tr("Keep &ours"))
        self.use_edited.setText(self.tr("U&se this"))
        self.previous.setText(self.tr("&Previous"))
        self.next.setText(self.tr("&Next"))
        self.close_button.setText(self.tr("&Close"))
        self.listing.setAccessibleName(self.tr("Conflicts waiting"))
        self.empty.setText(self.tr("No conflicts wait: every submission is merged."))
        self._fill_list()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reload(self, select: int = 0) -> None:
        from kuva_desktop.exchange.packages import list_conflicts

        self.conflicts = list_conflicts(self.database, self.year, self.round_key)
        self._fill_list(select)

    def _fill_list(self, select: int | None = None) -> None:
        if not hasattr(self, "conflicts"):
            return
        current = self.listing.currentRow() if select is None else select
        self.listing.blockSignals(True)
        self.listing.clear()
        for c in self.conflicts:
            metric = " ".join(c.metric.split())
            metric = metric if len(metric) <= 40 else metric[:39] + "…"
            item = QListWidgetItem(
                f"{field_label(c.field)} · {c.owner} · "
                f"{round_label(c.round_key, c.year, self.language)}\n{metric}"
            )
            item.setToolTip(c.metric)
            self.listing.addItem(item)
        self.listing.blockSignals(False)
        has = bool(self.conflicts)
        self.empty.setVisible(not has)
        for widget in (
            self.keep_theirs,
            self.keep_ours,
            self.use_edited,
            self.edited,
            self.previous,
            self.next,
        ):
            widget.setEnabled(has)
        if has:
            self.listing.setCurrentRow(max(0, min(current, len(self.conflicts) - 1)))
            self._show(self.listing.currentRow())
        else:
            self._show(-1)

    def current(self) -> ConflictView | None:
        row = self.listing.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show(self, _row: int) -> None:
        c = self.current()
        if c is None:
            for edit in (self.base, self.ours, self.theirs, self.edited):
                edit.setPlainText("")
            self.metric_label.setText("")
            self.where.setText("")
            return
        self.metric_label.setText(c.metric)
        self.where.setText(
            self.tr("%1 · %2 · %3 · received %4")
            .replace("%1", c.owner)
            .replace("%2", round_label(c.round_key, c.year, self.language))
            .replace("%3", field_label(c.field))
            .replace("%4", c.received_at.strftime("%Y-%m-%d %H:%M"))
        )
        self.base.setPlainText(shown_value(c.field, c.base, self.language))
        self.ours.setPlainText(shown_value(c.field, c.ours, self.language))
        self.theirs.setPlainText(shown_value(c.field, c.theirs, self.language))
        edited = shown_value(c.field, c.theirs, self.language) if c.theirs is not None else ""
        self.edited.setPlainText(edited)

    def _step(self, step: int) -> None:
        if self.conflicts:
            row = (self.listing.currentRow() + step) % len(self.conflicts)
            self.listing.setCurrentRow(row)
            self.listing.setFocus()

    def resolve(self, choice: str) -> bool:
        """Resolve the selected conflict; False (and a message) when it is refused."""
        from kuva_desktop.errors import InputError
        from kuva_desktop.exchange.packages import resolve_conflict

        c = self.current()
        if c is None:
            return False
        value: Any = None
        if choice == "edited":
            value = self.edited.toPlainText().strip() or None
        try:
            resolve_conflict(self.database, c.id, choice, value)  # type: ignore[arg-type]
        except InputError as error:
            QMessageBox.warning(self, self.tr("Not resolved"), error.message)
            return False
        row = self.listing.currentRow()
        self.resolved.emit(c.metric_id, c.round_key)
        self.reload(row)
        return True


# Completeness


class CompletenessModel(QAbstractTableModel):
    """Per owner and assigned item, where the round's submission stands, coloured."""

    COLUMN_OWNER, COLUMN_GOAL, COLUMN_METRIC, COLUMN_STATE, COLUMN_RECEIVED = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("CompletenessModel", "Owner"),
        QT_TRANSLATE_NOOP("CompletenessModel", "Goal"),
        QT_TRANSLATE_NOOP("CompletenessModel", "Metric"),
        QT_TRANSLATE_NOOP("CompletenessModel", "State"),
        QT_TRANSLATE_NOOP("CompletenessModel", "Received"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CompletenessRow] = []

    def set_rows(self, rows: list[CompletenessRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

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
            return QCoreApplication.translate("CompletenessModel", self.HEADERS[section])
        return None

    @staticmethod
    def state_text(row: CompletenessRow) -> str:
        text = translate(STATE_LABELS.get(row.state, row.state))
        return f"{text} ({translate(LATE)})" if row.late else text

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.COLUMN_OWNER:
                return row.owner
            if column == self.COLUMN_GOAL:
                return row.goal
            if column == self.COLUMN_METRIC:
                return row.metric
            if column == self.COLUMN_STATE:
                return self.state_text(row)
            if column == self.COLUMN_RECEIVED:
                return row.received_at.strftime("%Y-%m-%d %H:%M") if row.received_at else ""
        if role == Qt.ItemDataRole.BackgroundRole and column == self.COLUMN_STATE:
            return QBrush(QColor(STATE_COLOURS.get(row.state, "#ffffff")))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COLUMN_STATE:
            return QBrush(QColor("#000000"))
        return None


class CompletenessDialog(QDialog):
    """View → Completeness…: per round, who has sent what (not sent, received, merged…)."""

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
        self.year, self.round = QComboBox(), QComboBox()
        for value in years:
            self.year.addItem(str(value), value)
        if year is not None and year in years:
            self.year.setCurrentIndex(list(years).index(year))
        self.year_label, self.round_label = QLabel(), QLabel()
        self.year_label.setBuddy(self.year)
        self.round_label.setBuddy(self.round)
        self.totals = QLabel()
        self.refresh = QPushButton()
        self.close_button = QPushButton()
        self.model = CompletenessModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        top = QHBoxLayout()
        for widget in (self.year_label, self.year, self.round_label, self.round):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.refresh)
        bottom = QHBoxLayout()
        bottom.addWidget(self.totals, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.year.currentIndexChanged.connect(self._fill_rounds)
        self.round.currentIndexChanged.connect(lambda _i: self.reload())
        self.refresh.clicked.connect(self.reload)
        self.close_button.clicked.connect(self.accept)
        self.retranslate_ui()
        self._fill_rounds()
        self.resize(980, 520)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Completeness"))
        self.year_label.setText(self.tr("&Year"))
        self.round_label.setText(self.tr("&Round"))
        self.refresh.setText(self.tr("Re&fresh"))
        self.close_button.setText(self.tr("&Close"))
        self.table.setAccessibleName(self.tr("Completeness of the round"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self._show_totals()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill_rounds(self) -> None:
        from kuva_desktop.storage.queries import load_year

        year = self.year.currentData()
        self.round.blockSignals(True)
        self.round.clear()
        chosen: int | None = None  # the first open round
        if year is not None:
            with self.database.reader() as session:
                row = load_year(session, year)
                states = {r.key: r.state for r in row.rounds} if row else {}
            for key in ROUND_KEYS:
                if key in states:
                    if states[key] == "open" and chosen is None:
                        chosen = self.round.count()
                    self.round.addItem(round_label(key, year, self.language), key)
        self.round.setCurrentIndex(chosen or 0)
        self.round.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        from kuva_desktop.errors import InputError
        from kuva_desktop.exchange.packages import completeness

        year, round_key = self.year.currentData(), self.round.currentData()
        rows: list[CompletenessRow] = []
        if year is not None and round_key is not None:
            try:
                rows = completeness(self.database, year, round_key)
            except InputError as error:
                self.totals.setText(error.message)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        for column in (CompletenessModel.COLUMN_GOAL, CompletenessModel.COLUMN_METRIC):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 300))
        self._show_totals()

    def _show_totals(self) -> None:
        rows = self.model.rows
        if not rows:
            self.totals.setText(self.tr("Nothing is assigned in this round."))
            return
        counts: dict[str, int] = {}
        for row in rows:
            counts[row.state] = counts.get(row.state, 0) + 1
        self.totals.setText(
            " · ".join(
                f"{translate(STATE_LABELS[state])}: {counts[state]}"
                for state in STATE_LABELS
                if state in counts
            )
        )
