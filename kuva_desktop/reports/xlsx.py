"""The board report as an Excel workbook (openpyxl): the same table as the PDF, one sheet.

What the sheet shows comes from ``table`` (``build_board_table``, ``build_year_end``); this module
only lays it out: a title and a subtitle row, the header row (frozen, repeated on every printed
page), one row per metric with the theme and goal cells merged over their rows, the status cells
filled in their colour, wrapped text, column widths, row heights estimated from the text, and an
A4 landscape page fitted to the width.

User text is always written as text: a comment "=SUM(A1:A3)" stays a string (never a formula),
and the cell gets Excel's quote prefix so that it stays text when edited. Characters that XML
cannot carry (the control characters other than tab and line feed) are removed; a carriage
return becomes a line feed; a text longer than Excel's 32 767 characters is cut. The output is
deterministic: the document's dates and the archive's timestamps are those of the print date.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import textwrap
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from kuva_desktop.domain import terms
from kuva_desktop.domain.labels import Label
from kuva_desktop.domain.rules import FINAL
from kuva_desktop.domain.statuses import status_colour
from kuva_desktop.errors import InputError
from kuva_desktop.reports.table import (
    FELL_BACK,
    METRIC_NUMBER,
    PAGE,
    PRINTED,
    BoardTable,
    YearEndMetric,
    YearEndReport,
    YearSource,
    build_board_table,
    build_year_end,
)

MAX_CELL_TEXT = 32_767  # Excel's limit for the characters of one cell
FORMULA_STARTS = ("=", "+", "-", "@")  # what a spreadsheet would take for a formula when typed
LINE_HEIGHT_PT = 15.0  # one line of 11 pt Calibri, the workbook's default font
MAX_ROW_HEIGHT_PT = 409.0  # Excel's largest row height
CHARS_PER_WIDTH = 1.15  # characters of running text per unit of column width ("0" characters)
TITLE_ROW, SUBTITLE_ROW, HEADER_ROW = 1, 2, 3
FIRST_DATA_ROW = HEADER_ROW + 1

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

# The year-end sheet's columns (the board table's titles are in ``terms``).
GOAL_OUTCOME_TITLE = Label("Tavoitteen toteuma", "Målets utfall", "Outcome of the goal")
METRIC_TITLE = Label("Mittari", "Indikator", "Metric")
METRIC_OUTCOME_TITLE = Label("Mittarin toteuma", "Indikatorns utfall", "Outcome of the metric")
EXPLANATION_TITLE = Label("Selvitys", "Utredning", "Explanation")
YEAR_END_WIDTHS = (40, 16, 40, 18, 44)

THIN = Side(style="thin", color="FF808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
HEADER_FILL = PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
BOLD = Font(bold=True)
TITLE_FONT = Font(bold=True, size=14)


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

    lines: list[int] = []  # the estimated lines of each row's unmerged cells
    for offset, row in enumerate(table.rows):
        number = FIRST_DATA_ROW + offset
        row_lines = 1
        for index, column in enumerate(columns, start=1):
            if column.kind == "theme":
                _text_cell(sheet, number, index, row.theme)
            elif column.kind == "goal":
                _goal_cell(sheet, number, index, row.goal_title, row.goal_description)
            else:
                cell = row.cells.get(column)
                text = cell.text if cell is not None else ""
                status = cell.status if cell is not None else None
                _text_cell(sheet, number, index, text, status)
                row_lines = max(row_lines, _lines(text, widths[index - 1]))
        lines.append(row_lines)
    heights = [_height(n) for n in lines]

    # The theme and goal cells span the rows of their group; the group's rows grow if need be.
    kinds = [column.kind for column in columns]
    for kind, key in (("theme", "theme_id"), ("goal", "goal_id")):
        if kind not in kinds:
            continue
        index = kinds.index(kind) + 1
        for first, last in _runs([getattr(row, key) for row in table.rows]):
            row = table.rows[first]
            text = (
                row.theme if kind == "theme" else _goal_text(row.goal_title, row.goal_description)
            )
            _fit_group(heights, first, last, _lines(text, widths[index - 1], bold=kind == "goal"))
            _merge_down(sheet, index, first, last)
    for offset, height in enumerate(heights):
        sheet.row_dimensions[FIRST_DATA_ROW + offset].height = height

    _fallback_note(
        sheet, FIRST_DATA_ROW + len(table.rows) + 1, table.fallbacks, table.language, widths
    )
    _page_setup(sheet, len(columns), FIRST_DATA_ROW + len(table.rows) - 1, table.language)
    _id_column(sheet, table, HEADER_ROW, FIRST_DATA_ROW, len(columns) + 1)
    return workbook


ID_COLUMN_TITLE = "kuva-ids"  # what import-table looks for (exchange/table/columns.py)


def _id_column(
    sheet: Worksheet, table: BoardTable, header_row: int, first_row: int, column: int
) -> None:
    """A hidden column after the table: each row's theme, goal and metric ids, so that
    ``import-table`` matches the rows of an edited copy to the items they came from (texts alone
    cannot: a Swedish sheet shows Swedish names, and names change). The title says the year,
    round and language. It is not printed (the print area ends before it) and moves with its
    row when rows are sorted or inserted."""
    title = f"{ID_COLUMN_TITLE} {table.year} {table.round_key} {table.language}"
    sheet.cell(row=header_row, column=column, value=title).data_type = "s"
    for offset, row in enumerate(table.rows):
        ids = " ".join(part for part in (row.theme_id, row.goal_id, row.metric_id) if part)
        sheet.cell(row=first_row + offset, column=column, value=ids).data_type = "s"
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

    number = FIRST_DATA_ROW
    heights: list[float] = []
    groups: list[tuple[int, int, int]] = []  # (first, last, lines of the goal's cells)
    for goal in report.goals:
        first = number - FIRST_DATA_ROW
        metrics: list[YearEndMetric | None] = [*goal.metrics] or [None]
        for metric in metrics:
            _goal_cell(sheet, number, 1, goal.title, goal.explanation)
            _text_cell(sheet, number, 2, goal.outcome, goal.status)
            row_lines = 1
            if metric is not None:
                number_text = METRIC_NUMBER(language) % {"n": metric.number}
                text = f"{number_text}: {metric.text}"
                cells: tuple[tuple[int, str, str | None], ...] = (
                    (3, text, None),
                    (4, metric.outcome, metric.status),
                    (5, metric.explanation, None),
                )
                for index, value, status in cells:
                    _text_cell(sheet, number, index, value, status)
                    row_lines = max(row_lines, _lines(value, widths[index - 1]))
            heights.append(_height(row_lines))
            number += 1
        last = number - 1 - FIRST_DATA_ROW
        goal_lines = max(
            _lines(_goal_text(goal.title, goal.explanation), widths[0], bold=True),
            _lines(goal.outcome, widths[1]),
        )
        groups.append((first, last, goal_lines))
    for first, last, goal_lines in groups:
        _fit_group(heights, first, last, goal_lines)
        for column in (1, 2):
            _merge_down(sheet, column, first, last)
    for offset, height in enumerate(heights):
        sheet.row_dimensions[FIRST_DATA_ROW + offset].height = height

    _fallback_note(sheet, number + 1, report.fallbacks, language, widths)
    _page_setup(sheet, len(titles), number - 1, language)
    return workbook


# Cells


def clean_text(text: str) -> str:
    """Text that XML and Excel accept: line feeds for CR, no control characters, cut to size."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    if len(text) > MAX_CELL_TEXT:
        text = text[: MAX_CELL_TEXT - 1] + "…"
    return text


def _text_cell(
    sheet: Worksheet, row: int, column: int, text: str, status: str | None = None
) -> None:
    cell = sheet.cell(row=row, column=column)
    text = clean_text(text)
    if text:
        cell.value = text
        # openpyxl takes a string that starts with "=" for a formula: user text never is one.
        cell.data_type = "s"
        if text.startswith(FORMULA_STARTS):
            cell.quotePrefix = True  # and stays text when edited in Excel or LibreOffice
    cell.alignment = WRAP_TOP
    cell.border = BORDER
    if status:
        colour = "FF" + status_colour(status).lstrip("#").upper()
        cell.fill = PatternFill(fill_type="solid", start_color=colour, end_color=colour)


def _goal_text(title: str, description: str) -> str:
    return f"{title}\n\n{description}" if title and description else title or description


def _goal_cell(sheet: Worksheet, row: int, column: int, title: str, description: str) -> None:
    """The goal's title in bold, a blank line, then its description (rich text)."""
    title, description = clean_text(title), clean_text(description)
    _text_cell(sheet, row, column, "")
    cell = sheet.cell(row=row, column=column)
    if title:
        parts: list[str | TextBlock] = [TextBlock(InlineFont(b=True), title)]
        if description:
            parts.append("\n\n" + description)
        cell.value = CellRichText(parts)
    elif description:
        _text_cell(sheet, row, column, description)


def _lines(text: str, width: float, *, bold: bool = False) -> int:
    """An estimate of the lines ``text`` takes when wrapped in a column ``width`` wide."""
    if not text:
        return 1
    chars = max(1, int(width * CHARS_PER_WIDTH * (0.9 if bold else 1.0)))
    total = 0
    for line in text.split("\n"):
        if len(line) <= chars:
            total += 1
        else:
            total += len(textwrap.wrap(line, chars, break_on_hyphens=False)) or 1
    return total


def _height(lines: int) -> float:
    return min(MAX_ROW_HEIGHT_PT, lines * LINE_HEIGHT_PT + 3)


def _fit_group(heights: list[float], first: int, last: int, lines: int) -> None:
    """Grow the rows ``first``..``last`` evenly until a merged cell of ``lines`` lines fits."""
    missing = _height(lines) - sum(heights[first : last + 1])
    if missing <= 0:
        return
    share = math.ceil(missing / (last - first + 1))
    for index in range(first, last + 1):
        heights[index] = min(MAX_ROW_HEIGHT_PT, heights[index] + share)


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
        lines = max(lines, _lines(title, width, bold=True))
    sheet.row_dimensions[HEADER_ROW].height = _height(lines)
    sheet.freeze_panes = sheet.cell(row=FIRST_DATA_ROW, column=1)
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"


def _merge_down(sheet: Worksheet, column: int, first: int, last: int) -> None:
    """One cell spanning the data rows ``first``..``last`` of ``column`` (nothing for one row)."""
    if last > first:
        sheet.merge_cells(
            start_row=FIRST_DATA_ROW + first,
            start_column=column,
            end_row=FIRST_DATA_ROW + last,
            end_column=column,
        )


def _fallback_note(
    sheet: Worksheet, row: int, fallbacks: Sequence[str], language: str, widths: Sequence[float]
) -> None:
    """Under the table, the cells of a Swedish report that show the Finnish text."""
    if not fallbacks:
        return
    text = f"{FELL_BACK(language)}: " + "; ".join(fallbacks)
    _text_cell(sheet, row, 1, text)
    cell = sheet.cell(row=row, column=1)
    cell.font = Font(italic=True)
    cell.border = Border()
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(widths))
    sheet.row_dimensions[row].height = _height(_lines(text, sum(widths)))


def _page_setup(sheet: Worksheet, columns: int, last_row: int, language: str) -> None:
    """A4 landscape, fitted to the page width, "Sivu 3 / 12" at the foot."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.gridLines = False
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    page = PAGE(language).replace("%(page)d", "&P").replace("%(pages)d", "&N")
    sheet.oddFooter.center.text = page
    sheet.print_area = f"A1:{get_column_letter(columns)}{max(last_row, HEADER_ROW)}"


def _sheet_title(text: str) -> str:
    """A sheet name Excel accepts: no / \\ ? * [ ] :, at most 31 characters."""
    for character in "/\\?*[]:":
        text = text.replace(character, "-")
    return text[:31]


def _date(day: dt.date, language: str) -> str:
    return day.isoformat() if language == "en" else day.strftime("%d.%m.%Y")


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
    try:
        path.write_bytes(buffer.getvalue())
    except OSError as error:
        raise InputError(f"{path}: cannot be written ({error.strerror})") from None
