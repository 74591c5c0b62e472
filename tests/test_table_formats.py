"""Each kind of file import-table reads, made from the seeds' content the way each program writes it
(tests/data/tables, made by scripts/make-table-files): the same year document as the seed's."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest

from kuva_desktop.errors import InputError
from kuva_desktop.exchange.document import YearDocument
from kuva_desktop.exchange.table import read_table
from tests.conftest import SEED_2020, SEED_2021

TABLES = Path(__file__).parent / "data" / "tables"
DIVISION = "Kulttuurin ja vapaa-ajan toimiala"
NOTE = "skipped as a note under the table ('Lähde: Kuvan toimialan sitovien tavoitteiden seuranta')"

FILES = [
    ("xlsx", "Excel workbook (openpyxl), merged cells, bold titles", True),
    ("ods", "LibreOffice Calc's OpenDocument spreadsheet", True),
    ("calc.csv", "LibreOffice Calc's Finnish 'Text CSV' (;)", True),
    ("calc.html", "LibreOffice Calc's 'Save as web page'", True),
    ("docx", "Word document, merged cells, bold titles, a title above", True),
    ("per-goal.docx", "Word document, a table with its header per goal", True),
    ("writer.html", "LibreOffice Writer's 'Save as web page' of the Word document", True),
    ("word.htm", "Word's 'Save as web page': windows-1252, MsoNormal, rowspan", True),
]


def _seed(year: int) -> YearDocument:
    document = read_table(SEED_2020 if year == 2020 else SEED_2021, year=year).document
    document.division.fi = DIVISION  # the files have the title line above the table
    return document


@pytest.mark.parametrize("year", [2020, 2021])
@pytest.mark.parametrize(("kind", "what", "has_note"), FILES)
def test_each_program_s_file_gives_the_seed_s_year(
    year: int, kind: str, what: str, has_note: bool
) -> None:
    name = f"{year}.{kind}" if kind in ("xlsx", "ods", "docx") else f"{year}-{kind}"
    result = read_table(TABLES / name, year=year)
    assert result.document.model_dump() == _seed(year).model_dump(), what
    if has_note:
        assert result.warnings[-1] == f"{name}: row {_last_row(result)}: {NOTE}"


def _last_row(result) -> int:  # type: ignore[no-untyped-def]
    return int(result.warnings[-1].split(": row ")[1].split(":")[0])


@pytest.mark.parametrize("year", [2020, 2021])
def test_excel_csv_utf8_with_a_tab_in_a_quoted_cell(year: int) -> None:
    """Finnish Excel's "CSV UTF-8": ; separated, a byte-order mark, CRLF; a tab pasted in the
    first metric made the file tab-separated, and refused, before."""
    result = read_table(TABLES / f"{year}-excel.csv", year=year)
    expected = _seed(year)
    first = expected.themes[0].goals[0].metrics[0]
    first.text.fi = first.text.fi.replace(" ", "\t", 1)
    assert result.document.model_dump() == expected.model_dump()


@pytest.mark.parametrize("year", [2020, 2021])
def test_the_seed_saved_as_finnish_text_csv_by_libreoffice(year: int) -> None:
    path = TABLES / f"{year}-seed.csv"
    expected = read_table(SEED_2020 if year == 2020 else SEED_2021, year=year).document
    assert read_table(path, year=year).document.model_dump() == expected.model_dump()


def test_old_excel_file_says_what_to_do() -> None:
    with pytest.raises(InputError) as error:
        read_table(TABLES / "2021.xls", year=2021)
    assert str(error.value) == (
        "2021.xls: an old Excel 97–2003 (.xls) or Word 97–2003 (.doc) file; open it and save it "
        "as an Excel workbook (.xlsx) or a Word document (.docx), then import that"
    )


def test_password_protected_workbook_says_so(cli) -> None:  # type: ignore[no-untyped-def]
    status, out, err = cli("import-table", TABLES / "2021-protected.xlsx", "--year", "2021")
    assert status == 2 and out == ""
    assert err.strip().endswith(
        "2021-protected.xlsx: the workbook is protected with a password; open it, save a copy "
        "without the password and import the copy"
    )
    assert "\n" not in err.strip()


def test_web_page_in_its_declared_encoding(tmp_path: Path) -> None:
    """The Word page declares windows-1252: its ä and ö come out right, not as mojibake."""
    data = (TABLES / "2021-word.htm").read_bytes()
    assert b"charset=windows-1252" in data and "ä".encode("cp1252") in data
    theme = read_table(TABLES / "2021-word.htm", year=2021).document.themes[1]
    assert theme.name.fi == "Kestävän kasvun turvaaminen on kaupungin keskeisin tehtävä"


def test_html_rowspan_and_colspan_lay_out_on_the_grid(tmp_path: Path) -> None:
    path = tmp_path / "t.html"
    path.write_text(
        "<html><meta charset='utf-8'><body><table>"
        "<tr><th>Kaupunkistrategian teema</th><th>Sitova toiminnan tavoite</th>"
        "<th>Sitovan toiminnan tavoitteen mittarit</th><th>Ennuste 1/2020</th></tr>"
        "<tr><td rowspan=3>Teema</td><td rowspan=2><b>Tavoite A</b><p>Kuvaus</p></td>"
        "<td>Mittari 1</td><td>Etenee</td></tr>"
        "<tr><td colspan=2>Mittari 2</td></tr>"
        "<tr><td><b>Tavoite B</b></td><td>Mittari 3</td><td>Valmis</td></tr>"
        "</table></body></html>",
        encoding="utf-8",
    )
    document = read_table(path, year=2020).document
    (theme,) = document.themes
    assert [g.title.fi for g in theme.goals] == ["Tavoite A", "Tavoite B"]
    assert theme.goals[0].description.fi == "Kuvaus"
    assert [m.text.fi for m in theme.goals[0].metrics] == ["Mittari 1", "Mittari 2"]
    assert theme.goals[1].metrics[0].entries["1"].forecast == "Valmis"


def test_word_document_with_a_title_paragraph_names_the_division() -> None:
    assert read_table(TABLES / "2021.docx", year=2021).document.division.fi == DIVISION


def test_a_word_document_without_a_table_is_refused(tmp_path: Path) -> None:
    from docx import Document

    word = Document()
    word.add_paragraph("Ei taulukkoa")
    path = tmp_path / "empty.docx"
    word.save(str(path))
    with pytest.raises(InputError) as error:
        read_table(path, year=2021)
    assert str(error.value).startswith("empty.docx: no table found")


def test_a_damaged_word_document_is_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<not xml")
    path = tmp_path / "broken.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(InputError) as error:
        read_table(path, year=2021)
    assert str(error.value).startswith("broken.docx: not a readable Word file (")


def test_a_semicolon_file_with_more_commas_than_semicolons(tmp_path: Path) -> None:
    """The prose year as ; text without the repeated headers has more commas than semicolons,
    which made the old count of characters read it as comma-separated and refuse it."""
    rows = [
        r
        for r in csv.reader(io.StringIO(SEED_2020.read_text("utf-8"), newline=""), delimiter="\t")
        if r
    ]
    rows = [rows[0]] + [r for r in rows[1:] if r != rows[0]]
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(rows)
    assert buffer.getvalue().count(",") > buffer.getvalue().count(";")
    path = tmp_path / "2020.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    expected = read_table(SEED_2020, year=2020).document
    assert read_table(path, year=2020).document.model_dump() == expected.model_dump()


def test_excel_web_page_frames_point_at_the_sheet_file(tmp_path: Path) -> None:
    """Excel's "Web Page" of a workbook is a frameset; the table is in the folder beside it."""
    path = tmp_path / "taulukko.htm"
    path.write_text(
        '<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">'
        '</head><frameset rows="*,39"><frame src="taulukko_files/sheet001.htm" name="frSheet">'
        "</frameset></html>",
        encoding="cp1252",
    )
    with pytest.raises(InputError) as error:
        read_table(path, year=2021)
    assert str(error.value) == (
        "taulukko.htm: the web page shows its sheets from other files (Excel saves them in the "
        "folder beside it, as sheet001.htm); import the sheet's file"
    )


def test_excel_sheet_web_page_with_line_breaks_in_cells(tmp_path: Path) -> None:
    """A sheet as Excel's "Web Page" writes it: classes, mso line breaks, windows-1252."""
    path = tmp_path / "sheet001.htm"
    path.write_bytes(
        (
            "<html xmlns:o='urn:schemas-microsoft-com:office:office'><head>"
            '<meta http-equiv=Content-Type content="text/html; charset=windows-1252">'
            "</head><body><table border=0 cellpadding=0 cellspacing=0>"
            "<tr height=20><td class=xl65>Kaupunkistrategian teema</td>"
            "<td class=xl65>Sitova toiminnan tavoite</td>"
            "<td class=xl65>Sitovan toiminnan tavoitteen mittarit</td>"
            "<td class=xl65>Ennuste 1/2021</td></tr>"
            "<tr><td rowspan=2 class=xl66>Maailman toimivin kaupunki</td>"
            "<td rowspan=2 class=xl66><b>Palveluja parannetaan</b>"
            "<br style='mso-data-placement:same-cell'>Kuvaus tässä.</td>"
            "<td class=xl66>Mittari yksi</td><td class=xl67>Toteutuu</td></tr>"
            "<tr><td class=xl66>Mittari kaksi</td><td class=xl67>Ei toteudu</td></tr>"
            "</table></body></html>"
        ).encode("cp1252")
    )
    document = read_table(path, year=2021).document
    goal = document.themes[0].goals[0]
    assert (goal.title.fi, goal.description.fi) == ("Palveluja parannetaan", "Kuvaus tässä.")
    assert [m.entries["1"].status for m in goal.metrics] == ["on_track", "off_track"]


def test_word_table_with_plain_goal_titles_and_a_bold_word_elsewhere(tmp_path: Path) -> None:
    """Bold text in a comment makes the cells HTML; plain goal cells are still each a goal."""
    from docx import Document

    word = Document()
    titles = [
        "Kaupunkistrategian teema",
        "Sitova toiminnan tavoite",
        "Sitovan toiminnan tavoitteen mittarit",
        "Ennuste 1/2021",
        "Kommentit",
    ]
    table = word.add_table(rows=1, cols=len(titles))
    for cell, title in zip(table.rows[0].cells, titles, strict=True):
        cell.text = title
    for goal in ("Ensimmäinen tavoite", "Toinen tavoite"):
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text, cells[3].text = (
            "Teema",
            goal,
            f"Mittari: {goal}",
            "Toteutuu",
        )
        cells[4].paragraphs[0].add_run("Riskit:").bold = True
        cells[4].paragraphs[0].add_run(" ei riskejä")
    path = tmp_path / "plain.docx"
    word.save(str(path))
    goals = read_table(path, year=2021).document.themes[0].goals
    assert [g.title.fi for g in goals] == ["Ensimmäinen tavoite", "Toinen tavoite"]
    assert goals[0].metrics[0].entries["1"].comment == "Riskit: ei riskejä"
