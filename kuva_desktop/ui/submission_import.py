"""File → Import submissions…: a dry run, the merge in a thread, the summary; dropped files too."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QObject,
    Signal,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

if TYPE_CHECKING:
    from kuva_desktop.exchange.packages import MergeReport
    from kuva_desktop.storage.database import Database

from kuva_desktop.errors import InputError
from kuva_desktop.exchange.suffixes import SUBMISSION_SUFFIX
from kuva_desktop.ui.i18n import error_text, ui_language
from kuva_desktop.ui.package_texts import merge_details, refusal_text


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
        # Lazy: the package code (about 0.1 s) loads in this thread, not before the file dialog.
        from kuva_desktop.exchange.packages import merge_files

        try:
            report = merge_files(self.database, self._files(), dry_run=self.dry_run)
        except InputError as error:
            self.failed.emit(error_text(error), "")
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
            language = ui_language()
            text += "\n".join(refusal_text(r, language) for r in report.refused)
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
        box.setDetailedText(merge_details(report, ui_language()))
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
        box.setDetailedText(merge_details(report, ui_language()))
        if report.conflicts:
            box.setInformativeText(self.tr("The conflicts are shown next, side by side."))
        box.finished.connect(lambda _result: self._summary_closed(report))
        self.summary_box = box
        box.open()

    def _summary_closed(self, report: MergeReport) -> None:
        if report.conflicts:
            self.conflicts_waiting.emit()


# Conflicts
