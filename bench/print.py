"""File → Print… of the 2021 sample report to a PDF printer: how long each step takes.

uv run python bench/print.py [--runs 5] [--year 2021] [--round 1] [--dpi 300]

On a fresh database with the sample data, inside one process (the window's way, without the
dialogs): the board report 1/2021 in Finnish written as PDF by the ``export-pdf`` command in a
child process (``run_report``, as the window runs it), its pages rendered by
PDFium at the screen's resolution for the preview and at ``--dpi`` for the printer
(``render_pages``, the worker thread's part), and painted on a 1200 dpi ``QPrinter`` in
``PdfFormat`` (``paint_pages``, the GUI thread's part). Medians of ``--runs`` after one warm-up.
Target: write + render at the print resolution + paint under 2 s; the paint, which is all the
GUI thread does, well under 1 s. The old way (every page rendered at the printer's resolution,
600 dpi, and scaled smoothly on the GUI thread) is timed once beside it for comparison.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--year", type=int, default=2021)
    parser.add_argument("--round", default="1")
    parser.add_argument("--dpi", type=float, default=None, help="print resolution (PRINT_DPI)")
    args = parser.parse_args()

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from bench.bytecode import PYCACHE, compile_bytecode
    from kuva_desktop.exchange.sample import load_sample_data
    from kuva_desktop.storage.database import open_database
    from kuva_desktop.ui.report_dialog import (
        PRINT_DPI,
        ReportChoice,
        configure_printer,
        paint_pages,
        render_pages,
        report_command,
        run_report,
    )

    app = QApplication([])
    dpi = args.dpi or PRINT_DPI
    preview_dpi = 96.0
    folder = Path(tempfile.mkdtemp(prefix="kuva-bench-print-"))
    database = open_database(folder / "kuva.db")
    load_sample_data(database)
    choice = ReportChoice(args.year, args.round, "fi")
    # The child process starts from compiled bytecode, as an installed copy does (bench/bytecode).
    os.environ["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    compile_bytecode(dict(os.environ), [report_command(database, choice, folder / "warm.pdf")], 600)

    def printer(name: str) -> QPrinter:
        made = QPrinter(QPrinter.PrinterMode.HighResolution)
        configure_printer(made, choice)
        made.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        made.setOutputFileName(str(folder / name))
        return made

    times: dict[str, list[float]] = {"write": [], "preview": [], "render": [], "paint": []}
    # CPU seconds, which a loaded machine inflates less than the wall clock: the child's for the
    # write, this process's (every thread) for rendering and painting.
    cpu: dict[str, list[float]] = {"write": [], "render": [], "paint": []}
    pages = 0
    for run in range(args.runs + 1):
        report = folder / f"report{run}.pdf"
        before = os.times()
        start = time.perf_counter()
        run_report(database, choice, report)
        written = time.perf_counter()
        after = os.times()
        render_pages(report, preview_dpi)
        previewed = time.perf_counter()
        cpu_start = time.process_time()
        images = render_pages(report, dpi)
        rendered = time.perf_counter()
        cpu_rendered = time.process_time()
        target = printer(f"printed{run}.pdf")
        pages = paint_pages(images, target)
        painted = time.perf_counter()
        cpu_painted = time.process_time()
        if run:  # the first run warms up
            cpu["write"].append(
                after.children_user
                + after.children_system
                - before.children_user
                - before.children_system
            )
            cpu["render"].append(cpu_rendered - cpu_start)
            cpu["paint"].append(cpu_painted - cpu_rendered)
            times["write"].append(written - start)
            times["preview"].append(previewed - written)
            times["render"].append(rendered - previewed)
            times["paint"].append(painted - rendered)

    # The old way: full printer resolution, smooth scaling on the GUI thread.
    import pypdfium2

    old = printer("old.pdf")
    start = time.perf_counter()
    document = pypdfium2.PdfDocument(str(folder / "report0.pdf"))
    painter = QPainter(old)
    for number in range(len(document)):
        if number:
            old.newPage()
        bitmap = document[number].render(scale=600 / 72, rev_byteorder=False, prefer_bgrx=True)
        image = QImage(
            bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32
        )
        view = painter.viewport()
        scaled = image.size().scaled(view.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawImage(
            view.topLeft(), image.scaled(scaled, mode=Qt.TransformationMode.SmoothTransformation)
        )
    painter.end()
    document.close()
    old_seconds = time.perf_counter() - start

    median = {key: statistics.median(values) for key, values in times.items()}
    total = median["write"] + median["render"] + median["paint"]
    print(f"{args.year} sample, round {args.round}, fi: {pages} pages; 1200 dpi PDF printer")
    print(f"  write the PDF (child process)     {median['write']:.3f} s")
    print(f"  render for the preview, {preview_dpi:.0f} dpi     {median['preview']:.3f} s")
    print(f"  render for the printer, {dpi:.0f} dpi    {median['render']:.3f} s (thread)")
    print(f"  paint on the printer (GUI thread) {median['paint']:.3f} s")
    print(f"  print to PDF, write+render+paint  {total:.3f} s (target < 2 s)")
    print(f"  the old way, 600 dpi on GUI thread {old_seconds:.3f} s (render + paint)")
    busy = {key: statistics.median(values) for key, values in cpu.items()}
    print(
        f"  CPU: write {busy['write']:.3f} s (child), render {busy['render']:.3f} s, "
        f"paint {busy['paint']:.3f} s; total {sum(busy.values()):.3f} s"
    )
    database.dispose()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
