"""File → Import table…: choose the file, the year and the round, see what the import would add,
change and warn about, then import. The reading and the writing run in a thread."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
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
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kuva_desktop.domain.fields import FORECAST_ROUNDS
from kuva_desktop.errors import InputError
from kuva_desktop.ui.i18n import error_text, ui_language

if TYPE_CHECKING:
    from kuva_desktop.exchange.table.service import PreparedImport
    from kuva_desktop.storage.database import Database

# What the file dialog offers: every kind of table import-table reads (docs/import-table.md).
TABLE_PATTERNS = "*.xlsx *.ods *.docx *.html *.htm *.csv *.txt *.tsv"


class _Job(QObject):
    """One call in a thread of its own.

    Signals:
        finished(result): what the call returned.
        failed(message, details): a refusal in the UI language (no details) or a bug (the
            traceback).
    """

    finished = Signal(object)
    failed = Signal(str, str)

    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__()
        self.work = work

    def start(self) -> None:
        threading.Thread(target=self._run, name="table-import", daemon=True).start()

    def _run(self) -> None:
        try:
            result = self.work()
        except InputError as error:
            self.failed.emit(error_text(error), "")
        except Exception as error:  # a bug: shown with its details
            self.failed.emit(str(error), traceback.format_exc())
        else:
            self.finished.emit(result)


class TableImportDialog(QDialog):
    """The file, year and round; the preview; then the import.

    Nothing is written before Import is clicked, and Import is enabled only for a preview of
    the file, year and round shown, with the changes that need a choice allowed.

    Signals:
        imported(changed): the import wrote ``changed`` values (the window reads them again).
    """

    imported = Signal(int)

    def __init__(self, database: Database, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.prepared: PreparedImport | None = None
        self.job: _Job | None = None
        self.progress: QProgressDialog | None = None

        self.path_edit = QLineEdit(self)
        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        self.year_box = QSpinBox(self)
        self.year_box.setRange(1900, 2999)
        self.year_box.setValue(year)
        self.round_box = QComboBox(self)
        self.form = QFormLayout()
        self.file_label, self.year_label, self.round_label = QLabel(), QLabel(), QLabel()
        self.form.addRow(self.file_label, file_row)
        self.form.addRow(self.year_label, self.year_box)
        self.form.addRow(self.round_label, self.round_box)

        self.preview_button = QPushButton(self)
        self.preview_button.clicked.connect(self.preview)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.allow_moves = QCheckBox(self)
        self.allow_names = QCheckBox(self)
        for box in (self.allow_moves, self.allow_names):
            box.setVisible(False)
            box.toggled.connect(self._update_buttons)

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.clicked.connect(self.run_import)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.allow_moves)
        layout.addWidget(self.allow_names)
        layout.addWidget(self.buttons)
        self.resize(760, 520)

        for changed in (self.path_edit.textChanged, self.year_box.valueChanged):
            changed.connect(self._forget_preview)
        self.round_box.currentIndexChanged.connect(self._forget_preview)
        self.retranslate_ui()
        self._update_buttons()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import table"))
        self.file_label.setText(self.tr("&File:"))
        self.file_label.setBuddy(self.path_edit)
        self.year_label.setText(self.tr("&Year:"))
        self.year_label.setBuddy(self.year_box)
        self.round_label.setText(self.tr("&Round of the comments:"))
        self.round_label.setBuddy(self.round_box)
        self.choose_button.setText(self.tr("&Choose…"))
        self.preview_button.setText(self.tr("&Preview"))
        self.import_button.setText(self.tr("&Import"))
        self.allow_moves.setText(self.tr("Allow &goals to move to other themes"))
        self.allow_names.setText(
            self.tr("Allow new items &named as existing items are in the other language")
        )
        current = self.round_box.currentIndex()
        self.round_box.clear()
        self.round_box.addItem(self.tr("The last round with values"), None)
        for key in FORECAST_ROUNDS:
            self.round_box.addItem(self.tr("Round %1").replace("%1", key), key)
        self.round_box.setCurrentIndex(max(current, 0))

    # The file, the preview, the import

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import table"),
            self.path_edit.text(),
            self.tr("Tables (%1)").replace("%1", TABLE_PATTERNS) + ";;" + self.tr("All files (*)"),
        )
        if path:
            self.path_edit.setText(path)
            self.preview()

    def preview(self) -> None:
        """Read the table and match it with the year, in a thread; nothing is written."""
        text = self.path_edit.text().strip()
        if not text or self.job is not None:
            return
        # Lazy: the table reader (about 0.1 s) loads when a table is first read, not when the
        # dialog opens; the imports of its plan below stay inside their functions for the same
        # reason (they run after a preview).
        from kuva_desktop.exchange.table.service import prepare_import

        path, year, round_key = Path(text), self.year_box.value(), self.round_box.currentData()
        self._forget_preview()
        self._start(
            lambda: prepare_import(self.database, path, year=year, round_key=round_key),
            self.tr("Reading the table…"),
            self._previewed,
        )

    def run_import(self) -> None:
        """Write the previewed import (a backup first), in a thread."""
        prepared = self.prepared
        if prepared is None or self.job is not None or self._needed():
            return
        from kuva_desktop.exchange.table.service import apply_plan

        self._start(
            lambda: apply_plan(self.database, prepared), self.tr("Importing…"), self._imported
        )

    def _start(self, work: Callable[[], object], label: str, done: Callable[[Any], None]) -> None:
        job = _Job(work)
        self.job = job
        progress = QProgressDialog(label, "", 0, 0, self)
        progress.setWindowTitle(self.tr("Import table"))
        progress.setCancelButton(None)
        progress.setMinimumDuration(500)  # shown only when it takes long
        progress.setAutoClose(False)
        self.progress = progress
        job.finished.connect(done)
        job.failed.connect(self._failed)
        self._update_buttons()
        job.start()

    def _end_job(self) -> None:
        self.job = None
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        self._update_buttons()

    def _previewed(self, prepared: PreparedImport) -> None:
        from kuva_desktop.exchange.table.plan import MOVE, NAMES

        self._end_job()
        self.prepared = prepared
        plan = prepared.plan
        themes, goals, metrics, entries = prepared.counts()
        language = self.tr("Swedish") if prepared.table.language == "sv" else self.tr("Finnish")
        summary = (
            self.tr("%1 table: %2 themes, %3 goals, %4 metrics, %5 entries.")
            .replace("%1", language)
            .replace("%2", str(themes))
            .replace("%3", str(goals))
            .replace("%4", str(metrics))
            .replace("%5", str(entries))
        )
        summary += " " + (
            self.tr("Would add %1 and change %2; %3 warnings. Nothing is written yet.")
            .replace("%1", str(len(plan.added)))
            .replace("%2", str(len(plan.changed)))
            .replace("%3", str(len(plan.warnings)))
            if plan.writes
            else self.tr("The import would change nothing.")
        )
        kinds = {choice.kind for choice in plan.choices}
        if kinds:
            summary += " " + self.tr("Some changes need your choice below.")
        self.summary.setText(summary)
        self.details.setPlainText("\n".join(prepared.preview_lines(ui_language())[1:]))
        for box, kind in ((self.allow_moves, MOVE), (self.allow_names, NAMES)):
            box.setChecked(False)
            box.setVisible(kind in kinds)
        self._update_buttons()

    def _imported(self, result: Any) -> None:
        self._end_job()
        changed = int(result.changed_fields)
        self.summary.setText(
            self.tr("Imported: %1 values changed.").replace("%1", str(changed))
            if changed
            else self.tr("Imported: nothing changed.")
        )
        self.prepared = None
        self.allow_moves.setVisible(False)
        self.allow_names.setVisible(False)
        self._update_buttons()
        self.imported.emit(changed)

    def _failed(self, message: str, details: str) -> None:
        self._end_job()
        self.prepared = None
        self.summary.setText(self.tr("Not imported: %1").replace("%1", message))
        self.details.setPlainText(details)
        self._update_buttons()

    def _forget_preview(self) -> None:
        if self.prepared is not None:
            self.prepared = None
            self.summary.clear()
            self.details.clear()
            self.allow_moves.setVisible(False)
            self.allow_names.setVisible(False)
        self._update_buttons()

    def _needed(self) -> list[Any]:
        from kuva_desktop.exchange.table.plan import MOVE, NAMES

        if self.prepared is None:
            return []
        allowed = {MOVE} if self.allow_moves.isChecked() else set()
        allowed |= {NAMES} if self.allow_names.isChecked() else set()
        return self.prepared.plan.needs(allowed)

    def _update_buttons(self) -> None:
        idle = self.job is None
        self.preview_button.setEnabled(idle and bool(self.path_edit.text().strip()))
        self.import_button.setEnabled(
            idle and self.prepared is not None and self.prepared.plan.writes and not self._needed()
        )
