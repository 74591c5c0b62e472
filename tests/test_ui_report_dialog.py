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
    write,
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

    window.export_action.trigger()
    dialog = window.report_dialog
    dialog.year.setCurrentIndex(2)  # 2021
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    assert opened == [QUrl.fromLocalFile(str(target))]
    text = PdfReader(target).pages[0].extract_text()
    assert "Sitovat tavoitteet" in text and "Ennuste 1/2021" in text


def test_printed_pages_are_the_pdf_pages(qapp, database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    load_sample_data(database)
    choice = ReportChoice(2020, "3", "fi")
    report = tmp_path / "report.pdf"
    pages = write(database, choice, report)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure_printer(printer, choice)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert print_pdf(report, printer) == pages
    assert len(PdfReader(printed).pages) == pages == len(PdfReader(report).pages)


def test_export_as_excel(database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    load_sample_data(database)
    target = tmp_path / "raportti.xlsx"
    write(database, ReportChoice(2021, "1", "sv"), target)
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

    window.export_action.trigger()
    dialog = window.report_dialog
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
