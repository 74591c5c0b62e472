"""The board report as an Excel workbook (openpyxl): the same table as the PDF, one sheet.

What the sheet shows comes from ``table`` (``build_board_table``, ``build_year_end``); this module
only lays it out: a title and a subtitle row, the header row (frozen, repeated on every printed
page), one row per metric with the theme and goal cells merged over their rows (a text too long
for one row continues on the rows below, ``xlsx_cells``), the status cells filled in their
colour, the numeric forecast in % as a number ("87,5 %" by its number format), wrapped text,
column widths, row heights estimated from the text, fonts named (Calibri), and an A4 landscape
page fitted to the width with the note of the Swedish fallbacks inside the print area.

User text is always written as text: a comment "=SUM(A1:A3)" stays a string (never a formula),
and the cell gets Excel's quote prefix so that it stays text when edited. Characters that XML
cannot carry (the control characters other than tab and line feed) are removed; a carriage
return becomes a line feed; a text longer than Excel's 32 767 characters is cut. The output is
deterministic: the document's dates and the archive's timestamps are those of the print date.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from kuva_desktop.domain import terms
from kuva_desktop.domain.dates import format_date
from kuva_desktop.domain.rules import FINAL
from kuva_desktop.reports.table import (
    EXPLANATION_TITLE,
    FELL_BACK,
    GOAL_OUTCOME_TITLE,
    METRIC_NUMBER,
    METRIC_OUTCOME_TITLE,
    METRIC_TITLE,
    PAGE,
    PRINTED,
    BoardTable,
    Cell,
    YearEndReport,
    YearSource,
    build_board_table,
    build_year_end,
)
from kuva_desktop.reports.xlsx_cells import (
    BORDER,
    FIRST_DATA_ROW,
    FONT_NAME,
    HEADER_ROW,
    SUBTITLE_ROW,
    TITLE_ROW,
    WRAP_TOP,
    Block,
    clean_text,
    estimate_lines,
    fit_group,
    goal_cell,
    goal_text,
    make_room,
    merge_down,
    row_height,
    split_text,
    text_cell,
)
from kuva_desktop.storage.files import write_file

# Column widths in Excel's units (the width of "0"): the prose columns wide, the short ones narrow.
WIDTHS = {
    "theme": 16,
    "goal": 34,
    "metric": 34,
    "recovery": 16,
    "round": 15,  # a status label; the narrative layout's prose gets ROUND_PROSE_WIDTH
    "comments": 36,
    "numeric": 13,
    "links": 26,
}
ROUND_PROSE_WIDTH = 36
LANGUAGE_TAGS = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}

YEAR_END_WIDTHS = (40, 16, 40, 18, 44)

HEADER_FILL = PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
BOLD = Font(name=FONT_NAME, bold=True)
TITLE_FONT = Font(name=FONT_NAME, bold=True, size=14)
NOTE_FONT = Font(name=FONT_NAME, italic=True)


def write_workbook(
    source: YearSource, year: int, round_key: str, language: str, path: Path, **kw: Any
) -> None:
    """The board table for rounds "1"–"3", the year-end report for "final"; see the two below.

    ``kw``: ``only_round`` (ignored for "final": the year-end report has no round columns) and
    ``printed``.
    """
    if round_key == FINAL:
        write_year_end_xlsx(source, year, language, path, printed=kw.get("printed"))
    else:
        write_board_xlsx(source, year, round_key, language, path, **kw)


def write_board_xlsx(
    source: YearSource,
    year: int,
    round_key: str,
    language: str,
    path: Path,
    *,
    only_round: bool = False,
    printed: dt.date | None = None,
) -> None:
    """Write the board table of ``year`` for round ``round_key`` ("1"–"3") to ``path``.

    Raises InputError for a year not in the database or a path that cannot be written.
    """
    table = build_board_table(
        source, year, round_key, language, only_round=only_round, printed=printed
    )
    workbook = board_workbook(table)
    _save(workbook, Path(path), table.printed)


def write_year_end_xlsx(
    source: YearSource,
    year: int,
    language: str,
    path: Path,
    *,
    printed: dt.date | None = None,
) -> None:
    """Write the year-end report of ``year`` (seed 004: goals, outcomes, explanations)."""
    report = build_year_end(source, year, language, printed=printed)
    workbook = year_end_workbook(report)
    _save(workbook, Path(path), report.printed)


# The board table


def board_workbook(table: BoardTable) -> Workbook:
    """The workbook of one board table, not yet saved."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = _sheet_title(terms.round_label(table.round_key, table.year, table.language))
    _properties(workbook, f"{table.title} – {table.subtitle}", table.division, table)
    columns = table.columns
    widths = [_board_width(column.kind, table.layout) for column in columns]
    _title_rows(sheet, table.title, table.subtitle, len(columns))
    _header_row(sheet, [column.title for column in columns], widths)

    # Each metric's own cells, a long text cut into pieces that continue on the rows below.
    blocks: list[Block] = []
    for row in table.rows:
        block = Block()
        for index, column in enumerate(columns, start=1):
            if column.kind not in ("theme", "goal"):
                block.add(index, row.cells.get(column) or Cell(), widths, table.language)
        blocks.append(block)
    kinds = [column.kind for column in columns]
    runs: list[tuple[int, int, int, str, bool]] = []  # first, last, column, text, bold
    for kind, key in (("theme", "theme_id"), ("goal", "goal_id")):
        if kind in kinds:
            index = kinds.index(kind) + 1
            for first, last in _runs([getattr(row, key) for row in table.rows]):
                row = table.rows[first]
                text = (
                    row.theme
                    if kind == "theme"
                    else goal_text(row.goal_title, row.goal_description)
                )
                runs.append((first, last, index, text, kind == "goal"))
    for first, last, index, text, bold in runs:
        make_room(blocks, first, last, estimate_lines(text, widths[index - 1], bold=bold))

    heights: list[float] = []
    spans: list[tuple[int, int]] = []  # each metric's first and last data row
    for row, block in zip(table.rows, blocks, strict=True):
        first = len(heights)
        for sub in range(block.rows):
            number = FIRST_DATA_ROW + first + sub
            for index, column in enumerate(columns, start=1):
                if column.kind == "theme":
                    text_cell(sheet, number, index, row.theme)
                elif column.kind == "goal":
                    goal_cell(sheet, number, index, row.goal_title, row.goal_description)
            heights.append(block.write(sheet, number, sub, widths))
        block.merge(sheet, first)
        spans.append((first, len(heights) - 1))

    # The theme and goal cells span the rows of their group; the group's rows grow if need be.
    for first, last, index, text, bold in runs:
        top, bottom = spans[first][0], spans[last][1]
        fit_group(heights, top, bottom, estimate_lines(text, widths[index - 1], bold=bold))
        merge_down(sheet, index, top, bottom)
    for offset, height in enumerate(heights):
        sheet.row_dimensions[FIRST_DATA_ROW + offset].height = height

    last_row = FIRST_DATA_ROW + len(heights) - 1
    last_row = (
        _fallback_note(sheet, last_row + 2, table.fallbacks, table.language, widths) or last_row
    )
    _page_setup(sheet, len(columns), last_row, table.language)
    first_rows = [FIRST_DATA_ROW + first for first, _ in spans]
    _id_column(sheet, table, HEADER_ROW, first_rows, len(columns) + 1)
    return workbook


def _id_column(
    sheet: Worksheet, table: BoardTable, header_row: int, first_rows: Sequence[int], column: int
) -> None:
    """A hidden column after the table: each row's theme, goal and metric ids, so that
    ``import-table`` matches the rows of an edited copy to the items they came from (texts alone
    cannot: a Swedish sheet shows Swedish names, and names change). The title says the year,
    round and language. It is not printed (the print area ends before it) and moves with its
    row when rows are sorted or inserted."""
    title = f"{terms.ID_COLUMN_TITLE} {table.year} {table.round_key} {table.language}"
    sheet.cell(row=header_row, column=column, value=title).data_type = "s"
    for number, row in zip(first_rows, table.rows, strict=True):
        ids = " ".join(part for part in (row.theme_id, row.goal_id, row.metric_id) if part)
        sheet.cell(row=number, column=column, value=ids).data_type = "s"
    sheet.column_dimensions[get_column_letter(column)].hidden = True


def _board_width(kind: str, layout: str) -> float:
    if kind == "round" and layout != "status":
        return ROUND_PROSE_WIDTH
    return WIDTHS.get(kind, 20)


def _runs(keys: Sequence[str]) -> list[tuple[int, int]]:
    """The (first, last) indexes of each run of equal consecutive keys."""
    runs: list[tuple[int, int]] = []
    start = 0
    for index in range(1, len(keys) + 1):
        if index == len(keys) or keys[index] != keys[start]:
            runs.append((start, index - 1))
            start = index
    return runs


# The year-end report


def year_end_workbook(report: YearEndReport) -> Workbook:
    """The workbook of the year-end report: one row per metric, the goal cells merged."""
    language = report.language
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = _sheet_title(terms.round_label(FINAL, report.year, language))
    subtitle = f"{terms.round_label(FINAL, report.year, language)} · {PRINTED(language)} " + (
        _date(report.printed, language)
    )
    _properties(workbook, f"{report.title} – {subtitle}", report.division, report)
    titles = [
        terms.COLUMN_GOAL(language),
        GOAL_OUTCOME_TITLE(language),
        METRIC_TITLE(language),
        METRIC_OUTCOME_TITLE(language),
        EXPLANATION_TITLE(language),
    ]
    widths = list(YEAR_END_WIDTHS)
    _title_rows(sheet, report.title, subtitle, len(titles))
    _header_row(sheet, titles, widths)

    blocks: list[Block] = []
    runs: list[tuple[int, int, int]] = []  # first and last block of a goal, lines of its cells
    for goal in report.goals:
        first = len(blocks)
        for metric in goal.metrics:
            block = Block()
            number_text = METRIC_NUMBER(language) % {"n": metric.number}
            block.add(3, Cell(f"{number_text}: {metric.text}"), widths, language)
            block.add(4, Cell(metric.outcome, metric.status), widths, language)
            block.add(5, Cell(metric.explanation), widths, language)
            blocks.append(block)
        if not goal.metrics:
            blocks.append(Block())
        goal_lines = max(
            estimate_lines(goal_text(goal.title, goal.explanation), widths[0], bold=True),
            estimate_lines(goal.outcome, widths[1]),
        )
        runs.append((first, len(blocks) - 1, goal_lines))
        make_room(blocks, first, len(blocks) - 1, goal_lines)

    heights: list[float] = []
    spans: list[tuple[int, int]] = []
    goals = [goal for goal in report.goals for _ in range(len(goal.metrics) or 1)]
    for goal, block in zip(goals, blocks, strict=True):
        first = len(heights)
        for sub in range(block.rows):
            number = FIRST_DATA_ROW + first + sub
            goal_cell(sheet, number, 1, goal.title, goal.explanation)
            text_cell(sheet, number, 2, goal.outcome, goal.status)
            for index in (3, 4, 5):
                text_cell(sheet, number, index, "")
            heights.append(block.write(sheet, number, sub, widths))
        block.merge(sheet, first)
        spans.append((first, len(heights) - 1))
    for first, last, goal_lines in runs:
        top, bottom = spans[first][0], spans[last][1]
        fit_group(heights, top, bottom, goal_lines)
        for column in (1, 2):
            merge_down(sheet, column, top, bottom)
    for offset, height in enumerate(heights):
        sheet.row_dimensions[FIRST_DATA_ROW + offset].height = height

    last_row = FIRST_DATA_ROW + len(heights) - 1
    note = _fallback_note(sheet, last_row + 2, report.fallbacks, language, widths)
    _page_setup(sheet, len(titles), note or last_row, language)
    return workbook


# The sheet around the table


def _title_rows(sheet: Worksheet, title: str, subtitle: str, columns: int) -> None:
    for row, text, font in ((TITLE_ROW, title, TITLE_FONT), (SUBTITLE_ROW, subtitle, None)):
        cell = sheet.cell(row=row, column=1, value=clean_text(text))
        cell.data_type = "s"
        if font is not None:
            cell.font = font
        cell.alignment = Alignment(vertical="top")
        if columns > 1:
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=columns)
    sheet.row_dimensions[TITLE_ROW].height = 22


def _header_row(sheet: Worksheet, titles: Sequence[str], widths: Sequence[float]) -> None:
    lines = 1
    for index, (title, width) in enumerate(zip(titles, widths, strict=True), start=1):
        cell = sheet.cell(row=HEADER_ROW, column=index, value=clean_text(title))
        cell.data_type = "s"
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.alignment = WRAP_TOP
        cell.border = BORDER
        sheet.column_dimensions[get_column_letter(index)].width = width
        lines = max(lines, estimate_lines(title, width, bold=True))
    sheet.row_dimensions[HEADER_ROW].height = row_height(lines)
    sheet.freeze_panes = sheet.cell(row=FIRST_DATA_ROW, column=1)
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"


def _fallback_note(
    sheet: Worksheet, row: int, fallbacks: Sequence[str], language: str, widths: Sequence[float]
) -> int | None:
    """Under the table, the cells of a Swedish report that show the Finnish text; the last row
    it takes (a long list continues on the rows below), or None when there are none."""
    if not fallbacks:
        return None
    text = f"{FELL_BACK(language)}: " + "; ".join(fallbacks)
    for number, piece in enumerate(split_text(clean_text(text), sum(widths), language), start=row):
        text_cell(sheet, number, 1, piece)
        cell = sheet.cell(row=number, column=1)
        cell.font = NOTE_FONT
        cell.border = Border()
        sheet.merge_cells(start_row=number, start_column=1, end_row=number, end_column=len(widths))
        sheet.row_dimensions[number].height = row_height(estimate_lines(piece, sum(widths)))
    return number


def _page_setup(sheet: Worksheet, columns: int, last_row: int, language: str) -> None:
    """A4 landscape, fitted to the page width, "Sivu 3 / 12" at the foot."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.gridLines = False
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    # The footer sits within the bottom margin (Excel's defaults): with a footer distance as
    # large as the margin, LibreOffice clipped "Sivu 1 / 3".
    sheet.page_margins.top = sheet.page_margins.bottom = 0.75
    sheet.page_margins.header = sheet.page_margins.footer = 0.3
    page = PAGE(language).replace("%(page)d", "&P").replace("%(pages)d", "&N")
    sheet.oddFooter.center.text = page
    sheet.print_area = f"A1:{get_column_letter(columns)}{max(last_row, HEADER_ROW)}"


def _sheet_title(text: str) -> str:
    """A sheet name Excel accepts: no / \\ ? * [ ] :, at most 31 characters."""
    for character in "/\\?*[]:":
        text = text.replace(character, "-")
    return text[:31]


def _date(day: dt.date, language: str) -> str:
    return format_date(day, language)


def _properties(
    workbook: Workbook, title: str, division: str, report: BoardTable | YearEndReport
) -> None:
    stamp = dt.datetime.combine(report.printed, dt.time())
    properties = workbook.properties
    properties.title = clean_text(title)
    properties.creator = clean_text(division)
    properties.lastModifiedBy = clean_text(division)
    properties.language = LANGUAGE_TAGS.get(report.language, report.language)
    properties.created = stamp
    properties.modified = stamp


# Saving


class _StampedZip(zipfile.ZipFile):
    """A zip archive whose members all carry one timestamp, so the same report gives the same
    bytes (``ZipFile.writestr`` stamps a member with the current time, and ``ZipFile.write``,
    which openpyxl uses for the worksheets it spools to a temporary file, with that file's)."""

    def __init__(self, file: Any, stamp: dt.date) -> None:
        super().__init__(file, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
        self.stamp = (max(stamp.year, 1980), stamp.month, stamp.day, 0, 0, 0)

    def writestr(self, zinfo_or_arcname: Any, data: Any, *args: Any, **kw: Any) -> None:
        if isinstance(zinfo_or_arcname, str):
            zinfo_or_arcname = zipfile.ZipInfo(zinfo_or_arcname, self.stamp)
            zinfo_or_arcname.compress_type = zipfile.ZIP_DEFLATED
        super().writestr(zinfo_or_arcname, data, *args, **kw)

    def write(self, filename: Any, arcname: Any = None, *args: Any, **kw: Any) -> None:
        self.writestr(arcname or Path(filename).name, Path(filename).read_bytes())


def _save(workbook: Workbook, path: Path, printed: dt.date) -> None:
    buffer = io.BytesIO()
    with _StampedZip(buffer, printed) as archive:
        # ExcelWriter rather than Workbook.save, which stamps the document with the time now.
        ExcelWriter(workbook, archive).save()
    write_file(path, buffer.getvalue())
