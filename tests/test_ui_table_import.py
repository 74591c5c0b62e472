"""File → Import table…: the file chosen, the preview before anything is written, the choices
that a risky table needs, then the import; through the menu and the dialog's buttons."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from kuva_desktop.exchange import yeardoc
from kuva_desktop.reports.xlsx import write_board_xlsx
from kuva_desktop.resources import resource_path
from kuva_desktop.ui.i18n import Translations
from kuva_desktop.ui.main_window import MainWindow
from kuva_desktop.ui.table_import import TableImportDialog

pytestmark = pytest.mark.usefixtures("qt_settings")
TABLES = Path(__file__).parent / "data" / "tables"


@pytest.fixture
def loaded(database):  # type: ignore[no-untyped-def]
    document = yeardoc.load(resource_path("sample", "2021.json"))
    with database.session(source="test") as session:
        yeardoc.apply_document(session, document, replace=True, name="2021.json")
    return database


def _theme_names(database) -> list[dict[str, str | None]]:  # type: ignore[no-untyped-def]
    with database.reader() as session:
        return [t.name.model_dump() for t in yeardoc.export_year(session, 2021).themes]


def _open_dialog(qtbot, database, translations: Translations) -> TableImportDialog:  # type: ignore[no-untyped-def]
    window = MainWindow(database, translations)
    action_text = {
        "en": "Import &table…",
        "fi": "Tuo taulu&kko…",
        "sv": "Importera &tabell…",
    }[translations.language]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    (action,) = [a for a in window.menus.file.actions() if a.text() == action_text]
    assert action.isEnabled()
    action.trigger()
    dialog = window.coordinator_files.table_import_dialog
    assert isinstance(dialog, TableImportDialog) and dialog.isVisible()
    assert dialog.year_box.value() == 2021
    return dialog


def _choose(qtbot, dialog: TableImportDialog, path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None and bool(dialog.summary.text()), timeout=20000)


def test_preview_then_import_of_an_edited_swedish_export(
    qtbot, loaded, translations, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    translations.set_language("en")
    path = tmp_path / "2021-sv.xlsx"
    write_board_xlsx(loaded, 2021, "1", "sv", path)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    row = [r for r in range(4, sheet.max_row) if sheet.cell(r, 1).value][2]
    sheet.cell(row, 1).value = "Förnyade tjänster"
    workbook.save(path)
    before = _theme_names(loaded)

    dialog = _open_dialog(qtbot, loaded, translations)
    assert not dialog.import_button.isEnabled()
    _choose(qtbot, dialog, path, monkeypatch)

    assert dialog.summary.text() == (
        "Swedish table: 3 themes, 3 goals, 3 metrics, 3 entries. Would add 0 and change 1; "
        "1 warnings. Nothing is written yet."
    )
    details = dialog.details.toPlainText()
    change = f"change: 2021-sv.xlsx: row {row}: theme: 'Uudistuvat palvelut' → 'Förnyade tjänster'"
    assert change in details
    # The note is the sheet's last row (long comments continue on rows of their own above it).
    note_row = openpyxl.load_workbook(path).worksheets[0].max_row
    assert f"warning: 2021-sv.xlsx: row {note_row}: skipped as a note under the table" in details
    assert _theme_names(loaded) == before  # the preview wrote nothing
    assert dialog.import_button.isEnabled()
    assert not dialog.allow_moves.isVisible() and not dialog.allow_names.isVisible()

    with qtbot.waitSignal(dialog.imported, timeout=20000) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert imported.args == [1]
    assert dialog.summary.text() == "Imported: 1 values changed."
    assert _theme_names(loaded)[2] == {"fi": "Uudistuvat palvelut", "sv": "Förnyade tjänster"}
    assert not dialog.import_button.isEnabled()


def test_a_table_that_would_move_goals_needs_the_choice(
    qtbot, loaded, translations, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    translations.set_language("en")
    path = tmp_path / "2021-sv.xlsx"
    write_board_xlsx(loaded, 2021, "1", "sv", path)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    finnish = [
        "Kaupunkistrategian teema",
        "Sitova toiminnan tavoite",
        "Sitovan toiminnan tavoitteen mittarit",
    ]
    for column, title in enumerate(finnish, start=1):
        sheet.cell(3, column).value = title  # Swedish texts under Finnish titles, no ids
    sheet.delete_cols(sheet.max_column)
    workbook.save(path)

    dialog = _open_dialog(qtbot, loaded, translations)
    _choose(qtbot, dialog, path, monkeypatch)
    assert "Some changes need your choice below." in dialog.summary.text()
    assert "needs a choice: " in dialog.details.toPlainText()
    assert dialog.allow_moves.isVisible() and dialog.allow_names.isVisible()
    assert not dialog.import_button.isEnabled()
    dialog.allow_moves.click()
    assert not dialog.import_button.isEnabled()
    dialog.allow_names.click()
    assert dialog.import_button.isEnabled()
    dialog.year_box.setValue(2020)  # another year: the preview no longer stands
    assert not dialog.import_button.isEnabled() and dialog.details.toPlainText() == ""


def test_a_refused_file_is_said_in_the_ui_language(
    qtbot, loaded, translations, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    translations.set_language("fi")
    dialog = _open_dialog(qtbot, loaded, translations)
    _choose(qtbot, dialog, TABLES / "2021-protected.xlsx", monkeypatch)
    assert dialog.summary.text().endswith(
        "2021-protected.xlsx: työkirja on suojattu salasanalla; avaa se, tallenna kopio ilman "
        "salasanaa ja tuo kopio"
    )
    assert not dialog.import_button.isEnabled()


def _edited_export(database, language: str, path: Path) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """The year's export in ``language`` with the third theme renamed; (its row, the note's
    row)."""
    write_board_xlsx(database, 2021, "1", language, path)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    row = [r for r in range(4, sheet.max_row) if sheet.cell(r, 1).value][2]
    sheet.cell(row, 1).value = {"fi": "Uusi teema", "sv": "Förnyade tjänster"}[language]
    note = sheet.max_row + 2
    sheet.cell(note, 1).value = "Lähde: Kuva"
    workbook.save(path)
    return row, note


@pytest.mark.parametrize(
    ("language", "change", "warning"),
    [
        (
            "fi",
            "muutetaan: 2021-fi.xlsx: rivi {row}: teema: 'Uudistuvat palvelut' → 'Uusi teema'",
            "varoitus: 2021-fi.xlsx: rivi {note}: ohitettu taulukon alla olevana huomautuksena "
            "('Lähde: Kuva')",
        ),
        (
            "sv",
            "ändras: 2021-sv.xlsx: rad {row}: tema: 'Uudistuvat palvelut' → 'Förnyade tjänster'",
            "varning: 2021-sv.xlsx: rad {note}: hoppades över som en anteckning under tabellen "
            "('Lähde: Kuva')",
        ),
    ],
)
def test_the_preview_is_in_the_ui_language(
    qtbot, loaded, translations, tmp_path, monkeypatch, language, change, warning
) -> None:  # type: ignore[no-untyped-def]
    translations.set_language(language)
    path = tmp_path / f"2021-{language}.xlsx"
    row, note = _edited_export(loaded, language, path)
    dialog = _open_dialog(qtbot, loaded, translations)
    _choose(qtbot, dialog, path, monkeypatch)
    lines = dialog.details.toPlainText().splitlines()
    assert change.format(row=row) in lines
    assert warning.format(note=note) in lines
    assert dialog.import_button.isEnabled()


@pytest.mark.parametrize(
    ("language", "refusal"),
    [
        (
            "fi",
            'Ei tuotu: 2021.xlsx: rivi {row}, sarake "Ennuste 1/2021": tuntematon tila '
            "'melkein valmis'; ennustekierroksen tila on jokin näistä: 'Toteutuu', "
            "'Toteutuminen epävarma', 'Ei toteudu'",
        ),
        (
            "sv",
            'Inte importerat: 2021.xlsx: rad {row}, kolumn "Ennuste 1/2021": okänd status '
            "'melkein valmis'; en prognosomgångs status är en av dessa: 'Toteutuu', "
            "'Toteutuminen epävarma', 'Ei toteudu'",
        ),
    ],
)
def test_a_refused_table_is_said_in_the_ui_language(
    qtbot, loaded, translations, tmp_path, monkeypatch, language, refusal
) -> None:  # type: ignore[no-untyped-def]
    translations.set_language(language)
    path = tmp_path / "2021.xlsx"
    write_board_xlsx(loaded, 2021, "1", "fi", path)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    column = next(
        c for c in range(1, sheet.max_column + 1) if sheet.cell(3, c).value == "Ennuste 1/2021"
    )
    row = next(r for r in range(4, sheet.max_row) if sheet.cell(r, column).value)
    sheet.cell(row, column).value = "melkein valmis"
    workbook.save(path)
    dialog = _open_dialog(qtbot, loaded, translations)
    _choose(qtbot, dialog, path, monkeypatch)
    assert dialog.summary.text() == refusal.format(row=row)
    assert not dialog.import_button.isEnabled()
