"""The board table of DOMAIN.md section 5 as a PDF.

Each goal is a flowable of its own (``GoalBlock``): the theme and goal cells on the left span its
metric rows, and consecutive blocks with the same column widths read as one table. One ReportLab
``Table`` for the whole year would be split page after page, which grows quadratically with its
length; blocks keep the layout linear. The header row and the title line are drawn by the page
template on every page, and the page number by the canvas once the page count is known.

A block that does not fit splits itself: between metric rows where it can, inside a row (each cell
split at the page foot, borders drawn on both parts) when the row is taller than a page. The part on
the next page repeats the theme and the goal marked "(jatkuu)" / "(forts.)"; so does a block that
starts a page in the middle of a theme.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.colors import HexColor, black
from reportlab.platypus import Flowable, Frame, NextPageTemplate, PageTemplate, Spacer

from kuva_desktop.domain.statuses import status_colour
from kuva_desktop.domain.terms import round_label
from kuva_desktop.reports.pdf_cells import (
    LINE_WIDTH,
    CellContent,
    GoalBlock,
    HeaderRow,
    Sheet,
)
from kuva_desktop.reports.pdf_common import (
    FONT,
    FONT_BOLD,
    MARGIN,
    ProgressFn,
    Styles,
    build_document,
    fallback_list,
    make_styles,
    paper_size,
    paragraphs,
)
from kuva_desktop.reports.table import CONTINUED, BoardRow, BoardTable, Column

# Relative column widths by kind; a status year's round column holds only a status label.
_WEIGHTS = {
    "theme": 1.0,
    "goal": 2.0,
    "metric": 2.0,
    "recovery": 0.8,
    "round": 2.4,
    "status_round": 1.05,
    "comments": 2.6,
    "numeric": 0.9,
    "links": 1.3,
}


def column_widths(table: BoardTable, width: float) -> list[float]:
    def weight(column: Column) -> float:
        if column.kind == "round" and table.layout == "status":
            return _WEIGHTS["status_round"]
        return _WEIGHTS.get(column.kind, 1.0)

    weights = [weight(c) for c in table.columns]
    total = sum(weights)
    return [width * w / total for w in weights]


def _cells(
    rows: Sequence[BoardRow], columns: Sequence[Column], styles: Styles
) -> list[list[CellContent]]:
    """Per row, the contents of the columns right of the goal."""
    result = []
    for row in rows:
        cells = []
        for column in columns:
            cell = row.cells.get(column)
            if cell is None or not cell.text:
                cells.append(CellContent([]))
                continue
            if cell.status:
                fill = HexColor(status_colour(cell.status))
                cells.append(CellContent(paragraphs(cell.text, styles.bold), fill))
            else:
                cells.append(CellContent(paragraphs(cell.text, styles.body)))
        result.append(cells)
    return result


def board_story(table: BoardTable, sheet: Sheet) -> list[Flowable]:
    """One block per goal (rows grouped by goal, in order), then the Swedish fallbacks.

    A block makes its cells' paragraphs when it is first laid out, not here.
    """
    story: list[Flowable] = []
    columns = table.columns[2:]
    index = 0
    previous_theme: str | None = None
    while index < len(table.rows):
        row = table.rows[index]
        end = index
        while end < len(table.rows) and table.rows[end].goal_id == row.goal_id:
            end += 1
        story.append(
            GoalBlock(
                sheet,
                row.theme,
                row.goal_title,
                row.goal_description,
                functools.partial(_cells, table.rows[index:end], columns, sheet.styles),
                first_of_theme=row.theme_id != previous_theme,
                done_after=end,
            )
        )
        previous_theme = row.theme_id
        index = end
    if table.fallbacks:
        story.append(NextPageTemplate("plain"))
        story.append(Spacer(1, sheet.size * 2))
        story += fallback_list(table.fallbacks, table.language, sheet.styles)
    return story


def write_board_table(
    table: BoardTable,
    path: Path,
    *,
    paper: str = "A4",
    progress: ProgressFn | None = None,
) -> int:
    """Draw a built ``BoardTable`` to ``path``; the number of pages."""
    pagesize = paper_size(paper)
    size = 8.0 if paper.upper() == "A4" else 10.0
    styles = make_styles(table.language, size)
    page_width, page_height = pagesize
    sheet = Sheet(
        widths=column_widths(table, page_width - 2 * MARGIN),
        styles=styles,
        continued=CONTINUED(table.language),
        size=size,
    )
    header = HeaderRow(sheet, [c.title for c in table.columns])
    title_height = size * 2.6
    footer_height = size * 1.5
    top = page_height - MARGIN
    table_top = top - title_height

    def title_line(canv: Any, _doc: Any) -> None:
        canv.saveState()
        canv.setFont(FONT_BOLD, size * 1.4)
        canv.drawString(MARGIN, top - size * 1.4, table.title)
        canv.setFont(FONT, size * 1.1)
        canv.drawRightString(page_width - MARGIN, top - size * 1.4, table.subtitle)
        canv.restoreState()

    # The title line and the header row are the same on every page: drawn once as a form.
    forms: set[str] = set()

    def table_page(canv: Any, doc: Any) -> None:
        if "header" not in forms:
            canv.beginForm("kuvaHeader")
            title_line(canv, doc)
            header.draw(canv, MARGIN, table_top)
            canv.endForm()
            forms.add("header")
        canv.doForm("kuvaHeader")

    def close_table(canv: Any, _doc: Any) -> None:
        # The theme column stays open between the goals of a theme; close it where the page ends.
        if sheet.bottom is not None:
            canv.saveState()
            canv.setStrokeColor(black)
            canv.setLineWidth(LINE_WIDTH)
            canv.line(sheet.x, sheet.bottom, sheet.x + sheet.width, sheet.bottom)
            canv.restoreState()
            sheet.bottom = None

    bottom = MARGIN + footer_height
    table_frame = Frame(
        MARGIN,
        bottom,
        page_width - 2 * MARGIN,
        table_top - header.height - bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="table",
    )
    plain_frame = Frame(
        MARGIN,
        bottom,
        page_width - 2 * MARGIN,
        table_top - bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="plain",
    )
    templates = [
        PageTemplate("table", [table_frame], onPage=table_page, onPageEnd=close_table),
        PageTemplate("plain", [plain_frame], onPage=title_line, onPageEnd=close_table),
    ]
    total = len(table.rows)
    state = {"done": 0}

    def after(flowable: Any) -> None:
        if isinstance(flowable, GoalBlock) and flowable.done_after > state["done"]:
            state["done"] = flowable.done_after
            if progress is not None:
                progress(state["done"], total)

    if progress is not None:
        progress(0, total)
    subject = round_label(table.round_key, table.year, table.language)
    pages = build_document(
        path,
        pagesize=pagesize,
        templates=templates,
        story=board_story(table, sheet),
        language=table.language,
        printed=table.printed,
        title=f"{table.title} – {subject}",
        author=table.division,
        subject=subject,
        font_size=size,
        after_flowable=after,
    )
    if progress is not None:
        progress(total, total)
    return pages
