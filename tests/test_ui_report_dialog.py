"""File → Export board report… and Print…: the choice, the export, the printed pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from kuva_desktop.exchange.sample import load_sample_data
from kuva_desktop.ui.main_window import MainWindow
from kuva_desktop.ui.report_dialog import (
    ReportChoice,
    ReportDialog,
    configure_printer,
    print_pdf,
    run_report,
)

pytestmark = pytest.mark.usefixtures("qt_settings")


def test_the_dialog_offers_years_rounds_languages_and_paper(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    dialog = ReportDialog([2019, 2020, 2021], 2021, "fi")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Vie lautakunnan raportti"
    assert [dialog.round.itemText(i) for i in range(4)] == [
        "Ennuste 1/2021",
        "Ennuste 2/2021",
        "Ennuste 3/2021",
        "Toteuma 2021",
    ]
    dialog.round.setCurrentIndex(2)
    dialog.language.setCurrentIndex(1)
    dialog.paper.setCurrentIndex(1)
    dialog.only_round.setChecked(True)
    with qtbot.waitSignal(dialog.chosen) as chosen:
        dialog.buttons.accepted.emit()
    assert chosen.args == [ReportChoice(2021, "3", "sv", "A3", True)]
    dialog.round.setCurrentIndex(3)
    assert not dialog.only_round.isEnabled()


def test_export_from_the_window_writes_and_opens_the_pdf(
    qtbot, database, translations, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    load_sample_data(database)
    window = MainWindow(database, translations)
    qtbot.addWidget(window)
    target = tmp_path / "raportti.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)

    window.menus.coordinator.export.trigger()
    dialog = window.coordinator_files.report_dialog
    dialog.year.setCurrentIndex(2)  # 2021
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    assert opened == [QUrl.fromLocalFile(str(target))]
    text = PdfReader(target).pages[0].extract_text()
    assert "Sitovat tavoitteet" in text and "Ennuste 1/2021" in text


def test_a_refused_export_says_why_in_the_window_language(
    qtbot, database, translations, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The report is made by the export-pdf command in a child process: its refusal (here a
    folder that does not exist) comes back as the window's Finnish sentence, without details,
    and nothing is written."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    load_sample_data(database)
    window = MainWindow(database, translations)
    qtbot.addWidget(window)
    target = tmp_path / "ei-ole" / "raportti.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: pytest.fail("opened"))

    window.menus.coordinator.export.trigger()
    window.coordinator_files.report_dialog.buttons.button(
        QDialogButtonBox.StandardButton.Ok
    ).click()
    runner = window.coordinator_files.report_runner
    qtbot.waitUntil(lambda: getattr(runner, "failure_box", None) is not None, timeout=20_000)
    box = runner.failure_box
    assert box.windowTitle() == "Raporttia ei tehty"
    assert box.text() == f"{target}: tiedostoa ei voi kirjoittaa (kansiota {target.parent} ei ole)"
    assert box.icon() == QMessageBox.Icon.Warning and not box.detailedText()
    assert not target.exists()


def test_printed_pages_are_the_pdf_pages(qapp, database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    load_sample_data(database)
    choice = ReportChoice(2020, "3", "fi")
    report = tmp_path / "report.pdf"
    run_report(database, choice, report)  # the export-pdf command, as the window runs it
    pages = len(PdfReader(report).pages)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure_printer(printer, choice)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert print_pdf(report, printer, dpi=96) == pages  # screen resolution: quick
    assert len(PdfReader(printed).pages) == pages == len(PdfReader(report).pages)


def test_export_as_excel(database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    load_sample_data(database)
    target = tmp_path / "raportti.xlsx"
    run_report(database, ReportChoice(2021, "1", "sv"), target)
    sheet = load_workbook(target).active
    assert any(cell.value == "Uppnås" for row in sheet.iter_rows() for cell in row)


def test_export_as_web_page_from_the_window(
    qtbot, database, translations, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from bs4 import BeautifulSoup
    from PySide6.QtWidgets import QDialogButtonBox

    load_sample_data(database)
    window = MainWindow(database, translations)
    qtbot.addWidget(window)
    offered: list[str] = []

    def save_as(_parent, _title, _name, filters, *_a, **_k):  # type: ignore[no-untyped-def]
        offered.extend(filters.split(";;"))
        # a name without a suffix, the web page type chosen
        return str(tmp_path / "raportti"), offered[-1]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)

    window.menus.coordinator.export.trigger()
    dialog = window.coordinator_files.report_dialog
    dialog.year.setCurrentIndex(2)  # 2021
    dialog.language.setCurrentIndex(1)  # Svenska
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    assert offered[-1] == "Verkkosivu (*.html)"
    target = tmp_path / "raportti.html"
    assert opened == [QUrl.fromLocalFile(str(target))]
    page = BeautifulSoup(target.read_text(encoding="utf-8"), "html.parser")
    assert page.html["lang"] == "sv"
    assert page.table.caption.h1.get_text() == (
        "Bindande verksamhetsmål / Kultur- och fritidssektorn"
    )
    assert "Prognos 1/2021" in page.table.caption.p.get_text()


def test_ctrl_p_previews_and_prints_the_report_and_the_window_lives_on(
    qtbot, database, translations, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+P, OK, the preview, its Print button: a PDF printer gets every page of the report.

    The preview outlived its printer once (a segmentation fault); the pages go to the printer
    at the screen's resolution here, to keep the test quick.
    """
    import gc

    from pypdf import PdfReader
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QAction
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

    from kuva_desktop.ui import report_dialog

    load_sample_data(database)
    window = MainWindow(database, translations)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.coordinator_files.report_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Tulosta lautakunnan raportti"
    dialog.year.setCurrentIndex(dialog.year.findData(2020))
    dialog.round.setCurrentIndex(2)  # Ennuste 3/2020: four pages
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    runner = window.coordinator_files.report_runner
    qtbot.waitUntil(
        lambda: runner.preview is not None and runner.preview.isVisible(), timeout=20_000
    )
    gc.collect()  # the printer must not go with the call that opened the preview
    assert len(runner.preview_images) == 4
    screen = report_dialog.screen_dpi(window)
    assert runner.preview_images[0].width() < 12 * screen  # a landscape A4 at screen resolution

    printed = tmp_path / "tulostettu.pdf"
    monkeypatch.setattr(report_dialog, "PRINT_DPI", screen)
    print_button = next(
        action
        for action in runner.preview.findChildren(QAction)
        if action.objectName() == "printAction" or action.text().replace("&", "") == "Tulosta"
    )

    def answer_the_print_dialog() -> None:
        # The print dialog: a PDF printer here, its file named as a user would type it.
        print_dialog = QApplication.activeModalWidget()
        assert isinstance(print_dialog, QPrintDialog)
        print_dialog.findChild(QLineEdit, "filename").setText(str(printed))
        print_dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer_the_print_dialog)
    print_button.trigger()
    qtbot.waitUntil(printed.exists, timeout=20_000)
    assert len(PdfReader(printed).pages) == 4
    qtbot.waitUntil(lambda: runner.preview is None)  # printing closes the preview
    assert window.isVisible()
