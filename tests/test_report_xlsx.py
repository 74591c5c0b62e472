"""The Excel workbook of the board report, read back with openpyxl as another tool would."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.worksheet.worksheet import Worksheet
from pypdf import PdfReader

from kuva_desktop.domain.statuses import status_colour
from kuva_desktop.editing import Editor, Ref
from kuva_desktop.exchange.sample import SAMPLE_YEARS, load_sample_data
from kuva_desktop.reports.table import BoardTable, build_board_table
from kuva_desktop.reports.xlsx import write_board_xlsx, write_workbook, write_year_end_xlsx
from kuva_desktop.storage import models as m
from kuva_desktop.storage.queries import load_year

PRINTED = dt.date(2021, 12, 20)
HEADER_ROW, FIRST_ROW = 3, 4


@pytest.fixture
def sample(database):  # type: ignore[no-untyped-def]
    load_sample_data(database)
    return database


def _table(database, year: int, round_key: str, language: str, **kw) -> BoardTable:  # type: ignore[no-untyped-def]
    return build_board_table(database, year, round_key, language, printed=PRINTED, **kw)


def _sheet(path: Path, **kw) -> Worksheet:  # type: ignore[no-untyped-def]
    sheet = load_workbook(path, **kw).active
    assert sheet is not None
    return sheet


def _merged(sheet: Worksheet) -> set[str]:
    return {str(r) for r in sheet.merged_cells.ranges}


@pytest.mark.parametrize("language", ["fi", "sv"])
@pytest.mark.parametrize("year", SAMPLE_YEARS)
def test_every_cell_of_the_table_is_in_the_workbook(sample, tmp_path, year, language) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "report.xlsx"
    write_board_xlsx(sample, year, "3", language, path, printed=PRINTED)
    table = _table(sample, year, "3", language)
    sheet = _sheet(path)

    assert sheet["A1"].value == table.title
    assert sheet["A2"].value == table.subtitle
    headers = [sheet.cell(HEADER_ROW, i + 1).value for i in range(len(table.columns))]
    assert headers == [column.title for column in table.columns]
    seen_goals: set[str] = set()
    marks = (" (jatkuu)", " (forts.)")
    number = FIRST_ROW
    for offset, row in enumerate(table.rows):
        rows = 1  # a long text continues on the rows below, each piece but the last marked
        for index, column in enumerate(table.columns, start=1):
            value = sheet.cell(number, index).value
            if column.kind == "theme":
                expected = row.theme
            elif column.kind == "goal":
                expected = f"{row.goal_title}\n\n{row.goal_description}"
            else:
                expected = row.cells[column].text
            if (
                column.kind in ("theme", "goal")
                and offset
                and (
                    getattr(row, f"{column.kind}_id")
                    == getattr(table.rows[offset - 1], f"{column.kind}_id")
                )
            ):
                assert value is None  # inside a merged range: the text is in its first cell
                continue
            assert sheet.cell(number, index).alignment.wrap_text
            assert sheet.cell(number, index).alignment.vertical == "top"
            if column.kind == "numeric" and value is not None:
                # a number, shown as the text the PDF has
                assert isinstance(value, int | float)
                assert value * 100 == pytest.approx(float(row.cells[column].number or 0))
                assert sheet.cell(number, index).number_format.endswith(" %")
                continue
            pieces = [value or ""]
            while pieces[-1].endswith(marks):
                pieces[-1] = pieces[-1].rsplit(" (", 1)[0]
                pieces.append(sheet.cell(number + len(pieces), index).value or "")
            rows = max(rows, len(pieces))
            if len(pieces) == 1:
                assert (value or "") == expected, (year, number, column.title)
            else:  # cut at spaces: the same words
                assert " ".join(pieces).split() == expected.split(), (year, number, column.title)
        seen_goals.add(row.goal_id)
        number += rows
    assert len(seen_goals) == sum(len(t.goals) for t in _themes(sample, year))


def _themes(database, year: int) -> list[m.Theme]:  # type: ignore[no-untyped-def]
    with database.reader() as session:
        found = load_year(session, year)
        assert found is not None
        return list(found.themes)


def test_header_titles_in_finnish_and_swedish(sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    write_board_xlsx(sample, 2021, "2", "fi", tmp_path / "fi.xlsx", printed=PRINTED)
    write_board_xlsx(sample, 2021, "2", "sv", tmp_path / "sv.xlsx", printed=PRINTED)
    fi = [c.value for c in _sheet(tmp_path / "fi.xlsx")[HEADER_ROW]]
    sv = [c.value for c in _sheet(tmp_path / "sv.xlsx")[HEADER_ROW]]
    assert fi[:4] == [
        "Kaupunkistrategian teema",
        "Sitova toiminnan tavoite",
        "Sitovan toiminnan tavoitteen mittarit",
        "Palautumismittari",
    ]
    assert "Ennuste 1/2021" in fi and "Ennuste 2/2021" in fi and "Ennuste 3/2021" not in fi
    # After the links, the hidden column of ids that import-table matches the rows with.
    assert fi[-4:-2] == ["Kommentit", "Mittarin numeerinen ennuste"]
    assert fi[-1] == "kuva-ids 2021 2 fi" and sv[-1] == "kuva-ids 2021 2 sv"
    sheet = _sheet(tmp_path / "fi.xlsx")
    assert sheet.column_dimensions[sheet.cell(HEADER_ROW, len(fi)).column_letter].hidden
    assert sv[:2] == ["Stadsstrategins tema", "Bindande verksamhetsmål"]
    assert "Prognos 2/2021" in sv and "Kommentarer" in sv
    assert _sheet(tmp_path / "sv.xlsx")["A1"].value == (
        "Bindande verksamhetsmål / Kultur- och fritidssektorn"
    )


def test_theme_and_goal_cells_span_their_metric_rows(sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "2019.xlsx"
    write_board_xlsx(sample, 2019, "1", "fi", path, printed=PRINTED)
    table = _table(sample, 2019, "1", "fi")
    merged = _merged(_sheet(path))
    expected = set()
    for column, key in (("A", "theme_id"), ("B", "goal_id")):
        keys = [getattr(row, key) for row in table.rows]
        start = 0
        for index in range(1, len(keys) + 1):
            if index == len(keys) or keys[index] != keys[start]:
                if index - 1 > start:
                    expected.add(f"{column}{FIRST_ROW + start}:{column}{FIRST_ROW + index - 1}")
                start = index
    assert expected, "the 2019 sample has goals with more than one metric"
    assert expected <= merged
    assert {r for r in merged if r.split(":")[0] not in ("A1", "A2")} == expected


def test_goal_cell_is_bold_title_then_description(sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "r.xlsx"
    write_board_xlsx(sample, 2021, "1", "fi", path, printed=PRINTED)
    table = _table(sample, 2021, "1", "fi")
    value = _sheet(path, rich_text=True)["B4"].value
    assert isinstance(value, CellRichText)
    first = value[0]
    assert isinstance(first, TextBlock) and first.font.b and first.text == table.rows[0].goal_title
    assert str(value) == f"{table.rows[0].goal_title}\n\n{table.rows[0].goal_description}"


def test_status_cells_are_filled_in_their_colour(sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "r.xlsx"
    write_board_xlsx(sample, 2021, "3", "fi", path, printed=PRINTED)
    table = _table(sample, 2021, "3", "fi")
    sheet = _sheet(path)
    filled = 0
    for offset, row in enumerate(table.rows):
        for index, column in enumerate(table.columns, start=1):
            cell = sheet.cell(FIRST_ROW + offset, index)
            status = row.cells[column].status if column in row.cells else None
            if status:
                assert cell.fill.fill_type == "solid"
                assert cell.fill.fgColor.rgb == "FF" + status_colour(status).lstrip("#").upper()
                filled += 1
            elif column.kind not in ("theme", "goal"):
                assert cell.fill.fill_type is None
    assert filled >= len(table.rows)


def test_widths_page_setup_frozen_header_and_properties(sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "r.xlsx"
    write_board_xlsx(sample, 2021, "3", "sv", path, printed=PRINTED)
    workbook = load_workbook(path)
    sheet = workbook.active
    assert sheet is not None
    columns = len(_table(sample, 2021, "3", "sv").columns)
    widths = [sheet.column_dimensions[chr(ord("A") + i)].width for i in range(columns)]
    assert all(8 <= w <= 60 for w in widths)
    assert len(set(widths)) > 3
    assert sheet.freeze_panes == "A4"
    assert sheet.print_title_rows == "$3:$3"
    assert all(c.font.b and c.alignment.wrap_text for c in sheet[HEADER_ROW][:columns])
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.paperSize == 9  # A4
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.oddFooter.center.text == "Sida &P / &N"
    # the footer sits inside the bottom margin, the header inside the top one
    assert sheet.page_margins.footer < sheet.page_margins.bottom
    assert sheet.page_margins.header < sheet.page_margins.top
    assert sheet.title == "Prognos 3-2021"
    assert all(sheet.row_dimensions[FIRST_ROW + i].height for i in range(3))
    props = workbook.properties
    assert props.creator == "Kultur- och fritidssektorn"
    assert props.language == "sv-FI"
    assert props.title.startswith("Bindande verksamhetsmål")
    assert props.created == props.modified == dt.datetime(2021, 12, 20)


def test_the_same_report_gives_the_same_bytes(sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    write_board_xlsx(sample, 2021, "3", "fi", first, printed=PRINTED)
    write_board_xlsx(sample, 2021, "3", "fi", second, printed=PRINTED)
    assert first.read_bytes() == second.read_bytes()
    # Written in the same second, two files agree even on a member stamped with the time now;
    # every member must carry the print date, the worksheet that openpyxl spools to a file too.
    with zipfile.ZipFile(first) as archive:
        stamps = {info.filename: info.date_time for info in archive.infolist()}
    assert "xl/worksheets/sheet1.xml" in stamps
    assert set(stamps.values()) == {(2021, 12, 20, 0, 0, 0)}


def test_only_round_shows_one_forecast_column(sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "r.xlsx"
    write_workbook(sample, 2020, "2", "fi", path, only_round=True, printed=PRINTED)
    headers = [c.value for c in _sheet(path)[HEADER_ROW]]
    assert [h for h in headers if h and h.startswith("Ennuste")] == ["Ennuste 2/2020"]


def _set_texts(database, **texts: str) -> None:  # type: ignore[no-untyped-def]
    """Put ``texts`` into 2021's first theme, goal and metric (round 1)."""
    with database.session(source="test") as session:
        year = load_year(session, 2021)
        assert year is not None
        theme = year.themes[0]
        goal = theme.goals[0]
        entry = goal.metrics[0].entry("1")
        assert entry is not None
        theme.name_fi = texts.get("theme", theme.name_fi)
        goal.title_fi = texts.get("title", goal.title_fi)
        goal.description_fi = texts.get("description", goal.description_fi)
        entry.comment = texts.get("comment", entry.comment)
        goal.metrics[0].text_fi = texts.get("metric", goal.metrics[0].text_fi)


def _column(sheet: Worksheet, title: str) -> int:
    return next(c.column for c in sheet[HEADER_ROW] if c.value == title)


def test_formula_looking_text_stays_text(sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _set_texts(
        sample,
        comment="=SUM(A1:A3)",
        metric="+358 40 123",
        theme="@user",
        description="-1 ja =A1",
    )
    path = tmp_path / "r.xlsx"
    write_board_xlsx(sample, 2021, "1", "fi", path, printed=PRINTED)
    sheet = _sheet(path)
    comment = sheet.cell(FIRST_ROW, _column(sheet, "Kommentit"))
    metric = sheet.cell(FIRST_ROW, _column(sheet, "Sitovan toiminnan tavoitteen mittarit"))
    theme = sheet.cell(FIRST_ROW, 1)
    for cell, text in ((comment, "=SUM(A1:A3)"), (theme, "@user")):
        assert cell.value == text
        assert cell.data_type == "s"
        assert cell.quotePrefix
    assert metric.value.startswith("+358 40 123") and metric.data_type == "s"
    assert sheet.cell(FIRST_ROW, 2).value.endswith("\n\n-1 ja =A1")
    formulas = [c.coordinate for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    assert formulas == []
    # The raw XML has no formula element at all.
    import zipfile

    with zipfile.ZipFile(path) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")


def test_control_characters_are_removed_not_fatal(sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _set_texts(
        sample, comment="Riski\x01\x07 kasvaa\x1b.\r\nSeuraava\rrivi\x0b", title="Ot\x0csikko"
    )
    path = tmp_path / "r.xlsx"
    write_board_xlsx(sample, 2021, "1", "fi", path, printed=PRINTED)
    sheet = _sheet(path)
    assert sheet.cell(FIRST_ROW, _column(sheet, "Kommentit")).value == (
        "Riski kasvaa.\nSeuraava\nrivi"
    )
    assert sheet.cell(FIRST_ROW, 2).value.startswith("Otsikko\n\n")


def _set_final(database) -> None:  # type: ignore[no-untyped-def]
    with database.session(source="test") as session:
        year = load_year(session, 2020)
        assert year is not None
        goals = [g for t in year.themes for g in t.goals]
        for goal in goals:
            for metric in goal.metrics:
                metric.entries.append(
                    m.Entry(round_key="final", status="achieved", explanation="Hyvin meni.")
                )
        last = goals[-1]
        last.metrics[-1].entry("final").status = "not_achieved"  # type: ignore[union-attr]
        last.metrics[-1].entry("final").explanation = "=Resurssit puuttuivat."  # type: ignore[union-attr]
        last.outcome_explanation = "Tavoite jäi kesken."


def test_year_end_sheet(sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _set_final(sample)
    path = tmp_path / "final.xlsx"
    write_workbook(sample, 2020, "final", "fi", path, printed=PRINTED)
    sheet = _sheet(path)
    assert sheet["A1"].value == (
        "Kulttuurin ja vapaa-ajan toimialan vuoden 2020 sitovien tavoitteiden toteumatiedot"
    )
    assert sheet["A2"].value == "Toteuma 2020 · Tulostettu 20.12.2021"
    assert [c.value for c in sheet[HEADER_ROW]] == [
        "Sitova toiminnan tavoite",
        "Tavoitteen toteuma",
        "Mittari",
        "Mittarin toteuma",
        "Selvitys",
    ]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=FIRST_ROW)]
    rows = [r for r in rows if any(r)]
    metrics = [r[2] for r in rows]
    assert metrics[0].startswith("Tavoite 1: ")
    assert any(text.startswith("Tavoite 3: ") for text in metrics)
    assert rows[0][1] == "toteutui" and rows[0][3] == "Tavoite toteutui."
    last = rows[-1]
    assert last[3] == "Tavoite ei toteutunut." and last[4] == "=Resurssit puuttuivat."
    missed = next(r for r in rows if r[0] and "Tavoite jäi kesken." in r[0])
    assert missed[1] == "ei toteutunut"
    fills = {sheet.cell(row, 4).fill.fgColor.rgb for row in range(FIRST_ROW, FIRST_ROW + len(rows))}
    assert fills == {"FF8FD18F", "FFF29A9A"}
    assert any(
        r.startswith("A") and r.endswith(str(FIRST_ROW + len(rows) - 1)) for r in _merged(sheet)
    )
    assert sheet.title == "Toteuma 2020"


def test_year_end_in_swedish(sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "final.xlsx"
    write_year_end_xlsx(sample, 2021, "sv", path, printed=PRINTED)
    sheet = _sheet(path)
    assert sheet.cell(HEADER_ROW, 1).value == "Bindande verksamhetsmål"
    assert sheet.cell(FIRST_ROW, 3).value.startswith("Mål 1: ")
    assert sheet.cell(FIRST_ROW, 2).value == "ännu inte bedömt"


def _print_area_rows(sheet: Worksheet) -> int:
    """The last row of the sheet's print area."""
    match = re.search(r"\$[A-Z]+\$(\d+)$", str(sheet.print_area))
    assert match, sheet.print_area
    return int(match[1])


def test_swedish_report_lists_the_finnish_fallbacks_inside_the_print_area(sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "sv.xlsx"
    write_board_xlsx(sample, 2021, "1", "sv", path, printed=PRINTED)
    table = _table(sample, 2021, "1", "sv")
    assert table.fallbacks
    sheet = _sheet(path)
    rows = [
        r for r in range(1, sheet.max_row + 1) if str(sheet.cell(r, 1).value).startswith("Finsk")
    ]
    assert len(rows) == 1
    note = sheet.cell(rows[0], 1).value
    assert note.startswith("Finsk text eftersom svensk text saknas: ")
    assert all(where in note for where in table.fallbacks)
    assert sheet.cell(rows[0], 1).font.i and sheet.cell(rows[0], 1).font.name == "Calibri"
    assert _print_area_rows(sheet) == rows[0]  # printed with the table


def test_fonts_are_named(sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A bold style without a font name prints in a serif in LibreOffice."""
    path = tmp_path / "r.xlsx"
    write_board_xlsx(sample, 2021, "3", "sv", path, printed=PRINTED)
    sheet = load_workbook(path, rich_text=True).active
    bold = [c for row in sheet.iter_rows() for c in row if c.font is not None and c.font.b]
    assert len(bold) > 10  # the title and the header row
    assert {c.font.name for c in bold} == {"Calibri"}
    title = sheet.cell(FIRST_ROW, 2).value  # the goal: its title in bold rich text
    assert isinstance(title, CellRichText)
    assert [block.font.rFont for block in title if isinstance(block, TextBlock)] == ["Calibri"]


def _year_2022(database) -> tuple[list[str], str]:  # type: ignore[no-untyped-def]
    """A 2022 copy of the sample's 2021 (whose rounds are locked): its first goal's metric ids
    and that goal's id."""
    Editor(database, who="test").new_year_from(2021, 2022)
    with database.reader() as session:
        year = load_year(session, 2022)
        assert year is not None
        goal = year.themes[0].goals[0]
        return [metric.id for metric in goal.metrics] + [year.themes[1].goals[0].metrics[0].id], (
            goal.id
        )


def test_numeric_forecast_is_a_number_shown_as_percent(sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    metrics, _goal = _year_2022(sample)
    editor = Editor(sample, who="test")
    editor.set_field(Ref.entry(metrics[0], "1"), "numeric", "87,5")
    editor.set_field(Ref.entry(metrics[1], "1"), "numeric", "100 %")
    path = tmp_path / "n.xlsx"
    write_board_xlsx(sample, 2022, "1", "fi", path, printed=PRINTED)
    sheet = _sheet(path)
    headers = [c.value for c in sheet[HEADER_ROW]]
    column = headers.index("Mittarin numeerinen ennuste") + 1
    values = [sheet.cell(FIRST_ROW + i, column) for i in range(2)]
    assert [c.value for c in values] == [0.875, 1]
    assert [c.number_format for c in values] == ["0.0 %", "0 %"]  # "87,5 %", "100 %"


def _long_comment() -> str:
    """About 6 000 characters, every word numbered so that a lost line shows."""
    words = [f"riski{n}" for n in range(1, 700)]
    paragraphs = [" ".join(words[i : i + 60]) for i in range(0, len(words), 60)]
    return "\n\n".join(paragraphs)


def test_a_long_comment_continues_on_the_rows_below(sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    metrics, _goal = _year_2022(sample)
    comment = _long_comment()
    Editor(sample, who="test").set_field(Ref.entry(metrics[0], "1"), "comment", comment)
    path = tmp_path / "long.xlsx"
    write_board_xlsx(sample, 2022, "1", "sv", path, printed=PRINTED)
    sheet = _sheet(path)
    headers = [c.value for c in sheet[HEADER_ROW]]
    column = headers.index("Kommentarer") + 1
    pieces = []
    row = FIRST_ROW
    while True:
        value = sheet.cell(row, column).value
        pieces.append(value)
        assert sheet.row_dimensions[row].height <= 409
        if not value.endswith(" (forts.)"):
            break
        row += 1
    assert len(pieces) >= 3
    words = " ".join(p.removesuffix(" (forts.)") for p in pieces).split()
    assert words == comment.split()
    # the metric's other cells span its rows; the next metric starts below them
    assert f"C{FIRST_ROW}:C{row}" in _merged(sheet)
    assert f"B{FIRST_ROW}:B{row}" in _merged(sheet)  # the goal, of one metric
    assert sheet.cell(row + 1, column).value != pieces[-1]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_prints_every_word_the_footer_and_the_note(sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    metrics, _goal = _year_2022(sample)
    comment = _long_comment()
    Editor(sample, who="test").set_field(Ref.entry(metrics[0], "1"), "comment", comment)
    path = tmp_path / "long.xlsx"
    write_board_xlsx(sample, 2022, "1", "sv", path, printed=PRINTED)
    profile = tmp_path / "profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    reader = PdfReader(tmp_path / "long.pdf")
    pages = [page.extract_text() for page in reader.pages]
    text = " ".join(pages)
    printed = {word for word in re.findall(r"riski\d+", text)}
    assert printed == set(comment.split())  # nothing cut
    for number, page in enumerate(pages, start=1):
        assert f"Sida {number} / {len(pages)}" in page  # the footer, on every page
    assert "Finsk text eftersom svensk text saknas" in " ".join(text.split())
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in (page["/Resources"].get("/Font") or {}).values()
    }
    assert not any("Serif" in font for font in fonts), fonts


# The command line


def test_cli_export_xlsx(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert cli("sample-data")[0] == 0
    path = tmp_path / "out.xlsx"
    status, out, err = cli(
        "export-xlsx", "--year", "2021", "--round", "2", "--lang", "sv", "-o", path,
        "--only-round", "--date", "2021-09-30",
    )  # fmt: skip
    assert (status, err) == (0, "")
    assert str(path) in out
    sheet = _sheet(path)
    assert sheet["A2"].value == "Prognos 2/2021 · Utskriven 30.9.2021"
    assert [c.value for c in sheet[HEADER_ROW] if c.value and "Prognos" in c.value] == [
        "Prognos 2/2021"
    ]
    final = tmp_path / "final.xlsx"
    assert (
        cli("export-xlsx", "--year", "2020", "--round", "final", "--lang", "fi", "-o", final)[0]
        == 0
    )
    assert _sheet(final)[HEADER_ROW][2].value == "Mittari"


def test_cli_unknown_year_is_refused(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert cli("sample-data")[0] == 0
    path = tmp_path / "out.xlsx"
    status, _, err = cli(
        "export-xlsx", "--year", "2030", "--round", "1", "--lang", "fi", "-o", path
    )
    assert status == 2
    assert err == "kuva-desktop: year 2030: not in the database\n"
    assert not path.exists()


def test_cli_unwritable_path_is_refused(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert cli("sample-data")[0] == 0
    path = tmp_path / "missing-folder" / "out.xlsx"
    status, _, err = cli(
        "export-xlsx", "--year", "2021", "--round", "1", "--lang", "fi", "-o", path
    )
    assert status == 2
    assert err.startswith(f"kuva-desktop: {path}: cannot be written (") and err.count("\n") == 1


def test_cli_bad_date_is_a_usage_error(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exit_info:
        cli("export-xlsx", "--year", "2021", "--round", "1", "--lang", "fi", "-o", tmp_path / "x",
            "--date", "30.9.2021")  # fmt: skip
    assert exit_info.value.code == 2


def test_cli_only_round_with_final_is_refused_as_for_the_pdf(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert cli("sample-data")[0] == 0
    path = tmp_path / "final.xlsx"
    status, _, err = cli(
        "export-xlsx", "--year", "2019", "--round", "final", "--lang", "fi", "-o", path,
        "--only-round",
    )  # fmt: skip
    assert status == 2
    assert err == (
        "kuva-desktop: --only-round: the year-end report (--round final) has no round columns\n"
    )
    assert not path.exists()


def test_year_end_long_explanations_are_not_cut(sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    metrics, goal = _year_2022(sample)
    words = [f"selitys{n}" for n in range(1, 900)]
    text = "\n\n".join(" ".join(words[i : i + 60]) for i in range(0, len(words), 60))
    editor = Editor(sample, who="test")
    editor.set_field(Ref("goal", goal), "outcome_explanation", text)
    editor.set_field(Ref.entry(metrics[0], "final"), "status", "not_achieved")
    editor.set_field(Ref.entry(metrics[0], "final"), "explanation", text)
    path = tmp_path / "ye.xlsx"
    write_year_end_xlsx(sample, 2022, "fi", path, printed=PRINTED)
    sheet = _sheet(path)
    pieces = [sheet.cell(FIRST_ROW, 5).value]
    while pieces[-1].endswith(" (jatkuu)"):
        pieces[-1] = pieces[-1].removesuffix(" (jatkuu)")
        pieces.append(sheet.cell(FIRST_ROW + len(pieces), 5).value)
    assert len(pieces) >= 3
    assert " ".join(pieces).split() == words
    last = FIRST_ROW + len(pieces) - 1
    # the goal's cell (title and its long explanation) spans the rows, which hold it all
    goal_rows = next(r for r in _merged(sheet) if r.startswith(f"A{FIRST_ROW}:"))
    bottom = int(goal_rows.split(":")[1][1:])
    assert bottom >= last
    height = sum(sheet.row_dimensions[r].height for r in range(FIRST_ROW, bottom + 1))
    assert height >= 15 * len(text) / (40 * 1.15 * 0.9)  # the goal column's lines, estimated
    assert all(sheet.row_dimensions[r].height <= 409 for r in range(FIRST_ROW, bottom + 1))
