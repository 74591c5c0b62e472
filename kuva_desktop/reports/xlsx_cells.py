"""The cells of the Excel export: text as text, estimated heights, long texts over several rows.

Excel caps a row at 409 pt, about 27 lines of the default 11 pt Calibri, and prints no more of a
taller cell. A text that needs more is cut at a space into pieces of at most ``LINES_PER_ROW``
estimated lines, each but the last ending in "(jatkuu)" / "(forts.)"; the pieces go in the same
column on consecutive rows (``Block``). The wrapping is estimated from the column width
(``estimate_lines``), on the safe side: a row may show some empty space, never a cut text.
"""

from __future__ import annotations

import math
import re
import textwrap
from collections.abc import Sequence
from decimal import Decimal

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

from kuva_desktop.domain.statuses import status_colour
from kuva_desktop.reports.table import CONTINUED, Cell

MAX_CELL_TEXT = 32_767  # Excel's limit for the characters of one cell
FORMULA_STARTS = ("=", "+", "-", "@")  # what a spreadsheet would take for a formula when typed
LINE_HEIGHT_PT = 15.0  # one line of 11 pt Calibri, the workbook's default font
MAX_ROW_HEIGHT_PT = 409.0  # Excel's largest row height
# The lines a row holds of a text continued on the next rows: 409 pt hold 27 lines of 11 pt
# Calibri, less a margin for the estimate of the wrapping.
LINES_PER_ROW = 26
CHARS_PER_WIDTH = 1.15  # characters of running text per unit of column width ("0" characters)
TITLE_ROW, SUBTITLE_ROW, HEADER_ROW = 1, 2, 3
FIRST_DATA_ROW = HEADER_ROW + 1

THIN = Side(style="thin", color="FF808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
# Every font names its face: a bold style without a name prints in a serif in LibreOffice.
FONT_NAME = "Calibri"  # the workbook's default font


class Block:
    """One metric's own cells (not the merged theme and goal) on one or more rows: a long text
    in pieces on consecutive rows, a cell of one piece spanning the metric's rows (as the theme
    and goal cells span theirs). A numeric forecast in % is stored as a number."""

    def __init__(self) -> None:
        self.cells: dict[int, tuple[list[str], Cell]] = {}
        self.rows = 1

    def add(self, column: int, cell: Cell, widths: Sequence[float], language: str) -> None:
        pieces = split_text(clean_text(cell.text), widths[column - 1], language)
        self.cells[column] = (pieces, cell)
        self.rows = max(self.rows, len(pieces))

    def write(self, sheet: Worksheet, number: int, sub: int, widths: Sequence[float]) -> float:
        """Write row ``sub`` of the block at sheet row ``number``; the row's height."""
        lines = 1
        for column, (pieces, cell) in self.cells.items():
            text = pieces[sub] if sub < len(pieces) else ""
            if cell.number is not None and cell.unit == "%" and sub == 0:
                percent_cell(sheet, number, column, cell.number)
            else:
                text_cell(sheet, number, column, text, cell.status if text else None)
            lines = max(lines, estimate_lines(text, widths[column - 1]))
        return row_height(lines)

    def merge(self, sheet: Worksheet, first: int) -> None:
        """Cells of one piece span all the block's rows (from data row offset ``first``)."""
        for column, (pieces, _cell) in self.cells.items():
            if len(pieces) == 1:
                merge_down(sheet, column, first, first + self.rows - 1)


def make_room(blocks: Sequence[Block], first: int, last: int, lines: int) -> None:
    """Give a merged cell of ``lines`` over blocks ``first``..``last`` the rows it needs."""
    needed = math.ceil(lines / LINES_PER_ROW)
    have = sum(block.rows for block in blocks[first : last + 1])
    if have < needed:
        blocks[last].rows += needed - have


def split_text(text: str, width: float, language: str) -> list[str]:
    """``text`` cut into pieces of at most ``LINES_PER_ROW`` lines in ``width``, each but the last
    ending in the mark. A piece keeps the space or line break it was cut at before its mark, so
    that removing the marks and joining the pieces gives ``text`` exactly (import-table does)."""
    mark = CONTINUED(language)
    pieces: list[str] = []
    rest = text
    while estimate_lines(rest, width) > LINES_PER_ROW:
        cut = _cut(rest, width, mark)
        pieces.append(rest[:cut] + mark)
        rest = rest[cut:]
    pieces.append(rest)
    return pieces


def _cut(text: str, width: float, mark: str) -> int:
    """Where to cut ``text``: after the last run of spaces (or, in a word without one, the last
    letter) such that the head and the mark fit in ``LINES_PER_ROW`` lines."""
    spaces = [m.end() for m in re.finditer(r"\s+", text) if m.start() > 0 and m.end() < len(text)]

    def fits(end: int) -> bool:
        return estimate_lines(text[:end] + mark, width) <= LINES_PER_ROW

    for candidates in (spaces, list(range(1, len(text)))):
        low, high = 0, len(candidates) - 1
        best = -1
        while low <= high:
            middle = (low + high) // 2
            if fits(candidates[middle]):
                best, low = middle, middle + 1
            else:
                high = middle - 1
        if best >= 0:
            return candidates[best]
    return max(1, len(text) // 2)


# Cells


def clean_text(text: str) -> str:
    """Text that XML and Excel accept: line feeds for CR, no control characters, cut to size."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    if len(text) > MAX_CELL_TEXT:
        text = text[: MAX_CELL_TEXT - 1] + "…"
    return text


def text_cell(
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


def percent_cell(sheet: Worksheet, row: int, column: int, value: Decimal) -> None:
    """A numeric forecast in %: the number (0.875 for 87.5 %), shown "87,5 %" in a Finnish or
    Swedish Excel; as many decimals as the value has."""
    cell = sheet.cell(row=row, column=column)
    cell.value = float(value) / 100
    decimals = max(0, -int(value.normalize().as_tuple().exponent))
    cell.number_format = ("0." + "0" * decimals if decimals else "0") + " %"
    cell.alignment = WRAP_TOP
    cell.border = BORDER


def goal_text(title: str, description: str) -> str:
    return f"{title}\n\n{description}" if title and description else title or description


def goal_cell(sheet: Worksheet, row: int, column: int, title: str, description: str) -> None:
    """The goal's title in bold, a blank line, then its description (rich text)."""
    title, description = clean_text(title), clean_text(description)
    text_cell(sheet, row, column, "")
    cell = sheet.cell(row=row, column=column)
    if title:
        parts: list[str | TextBlock] = [TextBlock(InlineFont(rFont=FONT_NAME, b=True), title)]
        if description:
            parts.append("\n\n" + description)
        cell.value = CellRichText(parts)
    elif description:
        text_cell(sheet, row, column, description)


def estimate_lines(text: str, width: float, *, bold: bool = False) -> int:
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


def row_height(lines: int) -> float:
    return min(MAX_ROW_HEIGHT_PT, lines * LINE_HEIGHT_PT + 3)


def fit_group(heights: list[float], first: int, last: int, lines: int) -> None:
    """Grow the rows ``first``..``last`` evenly until a merged cell of ``lines`` lines fits."""
    missing = row_height(lines) - sum(heights[first : last + 1])
    if missing <= 0:
        return
    share = math.ceil(missing / (last - first + 1))
    for index in range(first, last + 1):
        heights[index] = min(MAX_ROW_HEIGHT_PT, heights[index] + share)


def merge_down(sheet: Worksheet, column: int, first: int, last: int) -> None:
    """One cell spanning the data rows ``first``..``last`` of ``column`` (nothing for one row)."""
    if last > first:
        sheet.merge_cells(
            start_row=FIRST_DATA_ROW + first,
            start_column=column,
            end_row=FIRST_DATA_ROW + last,
            end_column=column,
        )
