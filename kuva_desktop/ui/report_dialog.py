"""File → Export board report… and File → Print…: choose, export with progress, open or print.

The report is always made as a PDF by the ``export-pdf`` command (or a workbook or a web page by
``export-xlsx`` / ``export-html``, when the user saves as .xlsx or .html), run as a child process:
the report's garbage-collector tuning and ReportLab's process-wide settings stay out of the
window. Printing prints that PDF's pages, rendered by PDFium in a thread, so what is printed is
exactly what is exported.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, QObject, QRectF, QSizeF, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintEngine,
    QPainter,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from kuva_desktop.domain.fields import FINAL, ROUND_KEYS
from kuva_desktop.domain.terms import round_label
from kuva_desktop.reports import MESSAGE_LANGUAGE_ENV, PROGRESS_ENV
from kuva_desktop.storage.files import SERVER_ENV
from kuva_desktop.ui.i18n import Retranslated, ui_language

if TYPE_CHECKING:
    from kuva_desktop.storage.database import Database

ROUNDS = ROUND_KEYS
LANGUAGES = (("fi", "Suomi"), ("sv", "Svenska"))
PAPERS = ("A4", "A3")
PRINT_DPI = 300  # enough for text on paper; the printer's 600 or 1200 dpi only costs time
WEB_SUFFIXES = (".html", ".htm")
REFUSED = 2  # the command line's exit status for refused input (docs/cli.md)


@dataclass(frozen=True)
class ReportChoice:
    """What to export: the arguments of ``export-pdf``."""

    year: int
    round_key: str
    language: str
    paper: str = "A4"
    only_round: bool = False

    def file_name(self, suffix: str) -> str:
        round_part = "toteuma" if self.round_key == FINAL else f"ennuste{self.round_key}"
        return f"sitovat-tavoitteet-{self.year}-{round_part}-{self.language}{suffix}"


class ReportFailed(Exception):
    """The report command failed: ``message`` (a refusal, in the window's language) and the
    details of a bug (its stderr), empty for a refusal."""

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.message, self.details = message, details


def report_command(database: Database, choice: ReportChoice, path: Path) -> list[str]:
    """The command line that writes the report as the path's suffix says (.pdf, .xlsx, .html):
    ``kuva-desktop --db FILE export-pdf …`` with this program (the bundle's executable, or this
    Python with ``-m kuva_desktop``). A server database goes in the environment, not here."""
    suffix = path.suffix.lower()
    name = "export-html" if suffix in WEB_SUFFIXES else f"export-{suffix.lstrip('.') or 'pdf'}"
    program = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m"]
    if not getattr(sys, "frozen", False):
        program.append("kuva_desktop")
    where = ["--db", str(database.path)] if database.path is not None else []
    command = [*program, *where, name, "--year", str(choice.year), "--round", choice.round_key]
    command += ["--lang", choice.language, "-o", str(path)]
    if name == "export-pdf":
        command += ["--paper", choice.paper]
    if choice.only_round and choice.round_key != FINAL:
        command.append("--only-round")
    return command


def run_report(
    database: Database,
    choice: ReportChoice,
    path: Path,
    progress: Any = None,
    language: str = "en",
) -> None:
    """Write the report in a child process running the report command (``report_command``),
    so that the report's collector tuning and ReportLab's global settings never touch the
    window's process. ``progress(done, total)`` as the child reports it; refusals come in
    ``language``. Raises ``ReportFailed``. Blocks: call it from a worker thread."""
    environment = dict(os.environ)
    environment.update(
        {MESSAGE_LANGUAGE_ENV: language, PROGRESS_ENV: "1", "PYTHONIOENCODING": "utf-8"}
    )
    if database.path is None:  # a server: its URL (never a password) as the window has it
        environment[SERVER_ENV] = database.url
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console window flashes on Windows
    with subprocess.Popen(
        report_command(database, choice, path),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=environment,
        encoding="utf-8",
        errors="replace",
        creationflags=flags,
    ) as child:
        assert child.stderr is not None
        said: list[str] = []
        for line in child.stderr:
            parts = line.split()
            if len(parts) == 3 and parts[0] == "progress" and parts[1].isdigit():
                if progress is not None:
                    progress(int(parts[1]), int(parts[2]))
            else:
                said.append(line.rstrip("\n"))
        status = child.wait()
    if status == 0:
        return
    last = next((line for line in reversed(said) if line.strip()), "")
    message = last.removeprefix("kuva-desktop: ")
    if status == REFUSED:
        raise ReportFailed(message)
    raise ReportFailed(message or f"exit status {status}", "\n".join(said))


class ReportJob(QObject):
    """Writes a report in a child process (``run_report``) watched from a thread of its own, so
    that the window stays alive and shows progress.

    For printing, the thread also renders the pages for the preview (``preview_dpi``), so that
    the GUI thread only paints ready images.

    Signals:
        progress(done, total): rows laid out so far.
        pages(done, total): pages rendered so far (printing only).
        finished(path): the file is written (and its pages rendered, in ``images``).
        failed(message, details): refused input (no details) or a bug (the traceback).
    """

    progress = Signal(int, int)
    pages = Signal(int, int)
    finished = Signal(str)
    failed = Signal(str, str)

    def __init__(
        self,
        database: Database,
        choice: ReportChoice,
        path: Path,
        preview_dpi: float | None = None,
    ) -> None:
        super().__init__()
        self.database, self.choice, self.path = database, choice, path
        self.preview_dpi = preview_dpi
        self.images: list[QImage] = []
        self.language = ui_language()  # of the refusals, read here on the GUI thread

    def start(self) -> None:
        threading.Thread(target=self._run, name="report", daemon=True).start()

    def _run(self) -> None:
        try:
            run_report(
                self.database,
                self.choice,
                self.path,
                lambda d, t: self.progress.emit(d, t),
                self.language,
            )
            if self.preview_dpi is not None:
                self.images = render_pages(
                    self.path, self.preview_dpi, lambda d, t: self.pages.emit(d, t)
                )
        except ReportFailed as error:
            self.failed.emit(error.message, error.details)
        except Exception as error:  # a bug: the details go to the crash dialog's text
            self.failed.emit(str(error), traceback.format_exc())
        else:
            self.finished.emit(str(self.path))


class PageRenderer(QObject):
    """Renders a PDF's pages to images in a thread of its own (for the printer, after the preview).

    Signals:
        pages(done, total): pages rendered so far.
        finished(): ``images`` holds every page (or the error is in ``error``).
    """

    pages = Signal(int, int)
    finished = Signal()

    def __init__(self, path: Path, dpi: float) -> None:
        super().__init__()
        self.path, self.dpi = path, dpi
        self.images: list[QImage] = []
        self.error: BaseException | None = None

    def start(self) -> None:
        threading.Thread(target=self._run, name="print-pages", daemon=True).start()

    def _run(self) -> None:
        try:
            self.images = render_pages(self.path, self.dpi, lambda d, t: self.pages.emit(d, t))
        except Exception as error:  # shown by the runner, with the details
            self.error = error
        self.finished.emit()


class ReportDialog(Retranslated, QDialog):
    """Year, round, language, paper and "only this round", for export or for printing.

    Signals:
        chosen(choice): OK was pressed with this choice.
    """

    chosen = Signal(object)

    def __init__(
        self,
        years: list[int],
        year: int | None,
        language: str,
        parent: QWidget | None = None,
        *,
        printing: bool = False,
    ) -> None:
        super().__init__(parent)
        self.printing = printing
        self.year = QComboBox()
        for value in years:
            self.year.addItem(str(value), value)
        if year in years:
            self.year.setCurrentIndex(years.index(year))
        self.round = QComboBox()
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(1 if language == "sv" else 0)
        self.paper = QComboBox()
        for paper in PAPERS:
            self.paper.addItem(paper, paper)
        self.only_round = QCheckBox()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout(self)
        self.labels: dict[str, QLabel] = {}
        for key, widget in (
            ("year", self.year),
            ("round", self.round),
            ("language", self.language),
            ("paper", self.paper),
        ):
            label = self.labels[key] = QLabel()
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self.form.addRow(self.only_round)
        self.form.addRow(self.buttons)
        self.year.currentIndexChanged.connect(self._fill_rounds)
        self.round.currentIndexChanged.connect(self._round_changed)
        self.ui_language = language
        self._fill_rounds()
        self.retranslate_ui()

    def _fill_rounds(self) -> None:
        current = self.round.currentData() or "1"
        year = self.year.currentData() or 0
        self.round.clear()
        for key in ROUNDS:
            self.round.addItem(round_label(key, year, self.ui_language), key)
        self.round.setCurrentIndex(ROUNDS.index(current))

    def _round_changed(self) -> None:
        self.only_round.setEnabled(self.round.currentData() != FINAL)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("Print board report") if self.printing else self.tr("Export board report")
        )
        texts = {
            "year": self.tr("&Year:"),
            "round": self.tr("&Round:"),
            "language": self.tr("&Language of the report:"),
            "paper": self.tr("&Paper:"),
        }
        for key, label in self.labels.items():
            label.setText(texts[key])
        self.only_round.setText(self.tr("&Only the column of this round (as in the 2021 print)"))
        for widget, name in (
            (self.year, self.tr("Year")),
            (self.round, self.tr("Round")),
            (self.language, self.tr("Language of the report")),
            (self.paper, self.tr("Paper")),
        ):
            widget.setAccessibleName(name)

    def choice(self) -> ReportChoice:
        round_key = self.round.currentData()
        return ReportChoice(
            year=int(self.year.currentData()),
            round_key=round_key,
            language=self.language.currentData(),
            paper=self.paper.currentData(),
            only_round=self.only_round.isChecked() and round_key != FINAL,
        )

    def _accept(self) -> None:
        self.chosen.emit(self.choice())
        self.accept()


class ReportRunner(QObject):
    """Runs an export or a print for the window: file name, progress, opening, printing.

    Printing: the report is written and its pages rendered at the screen's resolution in a
    thread, then the print preview opens on a printer that the runner keeps (the preview is not
    modal and outlives the call that opened it). When the user prints from the preview, the pages
    are rendered again at the printer's resolution, at most ``PRINT_DPI``, in a thread, with
    progress, and painted on the GUI thread, which is cheap.
    """

    def __init__(self, database: Database, parent: QWidget) -> None:
        super().__init__(parent)
        self.database = database
        self.window = parent
        self.job: ReportJob | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.printer: QPrinter | None = None
        self.preview: QPrintPreviewDialog | None = None
        self.preview_images: list[QImage] = []
        self.printed_path: Path | None = None
        self.print_images: dict[float, list[QImage]] = {}
        self.render_dialog: QProgressDialog | None = None

    def export(self, choice: ReportChoice) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, file_type = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export board report"),
            str(Path(folder) / choice.file_name(".pdf")),
            self.tr("PDF (*.pdf);;Excel workbook (*.xlsx);;Web page (*.html)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".pdf", ".xlsx", *WEB_SUFFIXES):
            # no known suffix typed: the one of the chosen file type, PDF by default
            chosen = next((s for s in (".xlsx", ".html") if s in file_type), ".pdf")
            target = target.with_suffix(chosen)
        self._run(choice, target, self._open)

    def print(self, choice: ReportChoice) -> None:
        folder = Path(tempfile.mkdtemp(prefix="kuva-print-"))
        self._run(
            choice,
            folder / choice.file_name(".pdf"),
            lambda p: self._preview(p, choice),
            preview_dpi=screen_dpi(self.window),
        )

    def _run(
        self, choice: ReportChoice, path: Path, then: Any, preview_dpi: float | None = None
    ) -> None:
        self.job = ReportJob(self.database, choice, path, preview_dpi)
        dialog = QProgressDialog(self.tr("Making the report…"), self.tr("Hide"), 0, 0, self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress_dialog = dialog
        self.job.progress.connect(self._on_progress)
        self.job.pages.connect(self._on_pages)
        self.job.finished.connect(self._on_finished)
        self.job.failed.connect(self._failed)
        self._then = then
        self.job.start()

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setMaximum(max(total, 1))
            self.progress_dialog.setValue(min(done, total))

    def _on_pages(self, done: int, total: int) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setLabelText(
                self.tr("Preparing page %1 of %2…")
                .replace("%1", str(min(done + 1, total)))
                .replace("%2", str(total))
            )
            self._on_progress(done, total)

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.reset()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _on_finished(self, path: str) -> None:
        self._close_progress()
        if self.job is not None:
            self.preview_images = self.job.images
        self._then(Path(path))

    def _failed(self, message: str, details: str) -> None:
        self._close_progress()
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning if not details else QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("The report was not made"))
        box.setText(message)
        if details:
            box.setDetailedText(details)
        box.finished.connect(box.deleteLater)
        self.failure_box = box
        box.open()

    def _open(self, path: Path) -> None:
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            return
        # No viewer took the file: say where it is, so that the export is not lost.
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Board report exported"))
        box.setText(
            self.tr(
                "The report was saved as %1, but no program opened it. "
                "Open it from that folder with a PDF reader or a spreadsheet."
            ).replace("%1", str(path))
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.finished.connect(box.deleteLater)
        self.opened_box = box
        box.open()

    def _preview(self, path: Path, choice: ReportChoice) -> None:
        if self.preview is not None:
            self.preview.close()
        # Kept by the runner: the preview is not modal and paints on this printer after this
        # method returns (a local printer was deleted under it: a segmentation fault).
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        configure_printer(self.printer, choice)
        self.printed_path = path
        self.print_images = {}
        preview = QPrintPreviewDialog(self.printer, self.window)
        preview.paintRequested.connect(self._paint)
        preview.finished.connect(self._preview_closed)
        self.preview = preview
        preview.open()

    def _preview_closed(self) -> None:
        if self.preview is not None:
            self.preview.deleteLater()
        self.preview = None
        self.preview_images = []
        self.print_images = {}

    def _paint(self, printer: QPrinter) -> None:
        """The preview's pages (ready images), or the printer's (rendered now, in a thread)."""
        engine = printer.paintEngine()
        if engine is not None and engine.type() == QPaintEngine.Type.Picture:
            paint_pages(self.preview_images, printer)  # the preview records what is painted
            return
        if self.printed_path is None:
            return
        dpi = float(min(printer.resolution(), PRINT_DPI))
        images = self.print_images.get(dpi)
        if images is None:
            images = self._render_waiting(self.printed_path, dpi)
            if images is None:
                return
            self.print_images = {dpi: images}
        paint_pages(images, printer)

    def _render_waiting(self, path: Path, dpi: float) -> list[QImage] | None:
        """Render the pages in a thread while the window stays alive; None when it failed."""
        renderer = PageRenderer(path, dpi)
        loop = QEventLoop(self)
        dialog = QProgressDialog(self.tr("Preparing the pages…"), "", 0, 0, self.window)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        self.render_dialog = dialog
        renderer.pages.connect(self._on_render_pages)
        renderer.finished.connect(loop.quit)
        renderer.start()
        loop.exec()
        self.render_dialog = None
        dialog.reset()
        dialog.deleteLater()
        if renderer.error is not None:
            details = "".join(traceback.format_exception(renderer.error))
            self._failed(str(renderer.error), details)
            return None
        return renderer.images

    def _on_render_pages(self, done: int, total: int) -> None:
        dialog = self.render_dialog
        if dialog is not None:
            dialog.setLabelText(
                self.tr("Preparing page %1 of %2…")
                .replace("%1", str(min(done + 1, total)))
                .replace("%2", str(total))
            )
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, total))


def screen_dpi(widget: QWidget) -> float:
    """The resolution of the widget's screen in device pixels per inch (96 on most screens)."""
    screen = widget.screen()
    return float(screen.logicalDotsPerInch() * screen.devicePixelRatio()) if screen else 96.0


def configure_printer(printer: QPrinter, choice: ReportChoice) -> None:
    size = QPageSize.PageSizeId.A3 if choice.paper == "A3" else QPageSize.PageSizeId.A4
    orientation = (
        QPageLayout.Orientation.Portrait
        if choice.round_key == FINAL
        else QPageLayout.Orientation.Landscape
    )
    printer.setPageSize(QPageSize(size))
    printer.setPageOrientation(orientation)
    printer.setDocName(choice.file_name(""))
    printer.setFullPage(True)  # the PDF has its own margins


def render_pages(path: Path, dpi: float, progress: Any = None) -> list[QImage]:
    """Every page of the PDF as an image at ``dpi``, rendered by PDFium (any thread)."""
    import pypdfium2  # lazy: PDFium loads only when a report is printed or previewed

    document = pypdfium2.PdfDocument(str(path))
    try:
        count = len(document)
        images = []
        for number in range(count):
            if progress is not None:
                progress(number, count)
            page = document[number]
            # Four bytes a pixel (BGRx), as QImage's RGB32 has them; opaque pages render as BGR.
            bitmap = page.render(scale=dpi / 72, rev_byteorder=False, prefer_bgrx=True)
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGB32,
            )
            images.append(image.copy())  # its own pixels: the bitmap's are freed below
            image = QImage()
            bitmap.close()
            page.close()
        if progress is not None:
            progress(count, count)
        return images
    finally:
        document.close()


def paint_pages(images: list[QImage], printer: QPrinter) -> int:
    """Paint the page images on the printer, one printer page each, scaled to the paper."""
    painter = QPainter()
    if not images or not painter.begin(printer):
        return 0
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        target = QRectF(painter.viewport())
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            size = QSizeF(image.size()).scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            # The engine scales (a PDF printer keeps the image's own pixels): no scaled copy.
            painter.drawImage(QRectF(target.topLeft(), size), image)
        return len(images)
    finally:
        painter.end()


def print_pdf(path: Path, printer: QPrinter, dpi: float = PRINT_DPI) -> int:
    """Print every page of the PDF at ``dpi`` (at most the printer's); the page count."""
    return paint_pages(render_pages(path, min(dpi, printer.resolution())), printer)
