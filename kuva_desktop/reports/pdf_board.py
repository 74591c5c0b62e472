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
    GoalTags,
    HeaderRow,
    Row,
    Sheet,
)
from kuva_desktop.reports.pdf_common import (
    FONT,
    FONT_BOLD,
    MARGIN,
    ProgressFn,
    build_document,
    fallback_list,
    make_styles,
    paper_size,
    paragraphs,
)
from kuva_desktop.reports.pdf_tags import StructElem, Tagger
from kuva_desktop.reports.table import CONTINUED, BoardRow, BoardTable, Column

# Relative column widths by kind; a status year's round column holds only a status label.
_WEIGHTS = {
    "theme": 1.0,
    "goal": 2.0,
    "metric": 2.0,
    "recovery": 0.95,
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


def _language(languages: Sequence[str]) -> str:
    """The language of a whole cell whose lines are all in one other language, else ""."""
    if languages and all(language == languages[0] for language in languages):
        return languages[0]
    return ""


def _rows(
    rows: Sequence[BoardRow],
    columns: Sequence[Column],
    sheet: Sheet,
    tags: GoalTags,
    first_of_theme: bool,
) -> list[Row]:
    """Per metric row, its TR and the contents of its cells between the goal and the links."""
    result = []
    for index, row in enumerate(rows):
        element = tags.body.child("TR")
        if index == 0:
            if first_of_theme:
                element.adopt(tags.theme)
            element.adopt(tags.goal)
        cells = []
        for column in columns:
            cell = row.cells.get(column)
            languages = cell.languages if cell is not None else ()
            td = StructElem("TD", element, language=_language(languages), attach=True)
            if cell is None or not cell.text:
                cells.append(CellContent([], element=td))
                continue
            line_styles = [sheet.styles_for(language) for language in languages]
            if cell.status:
                fill = HexColor(status_colour(cell.status))
                flows = paragraphs(cell.text, sheet.styles.bold, [s.bold for s in line_styles])
                cells.append(CellContent(flows, fill, td))
                continue
            flows = paragraphs(cell.text, sheet.styles.body, [s.body for s in line_styles])
            content = CellContent(flows, element=td)
            if column.kind == "metric":
                content.repeat = cell.text.strip().split("\n")[0]
                content.repeat_language = languages[0] if languages else ""
            cells.append(content)
        if index == 0 and tags.links is not None:
            element.adopt(tags.links)
        result.append(Row(cells, element))
    return result


def _scope_row(parent: StructElem, language: str, rows: int) -> StructElem:
    """The TH of a theme or goal: a row header spanning ``rows`` rows (joins its first row)."""
    attributes: dict[str, str | int] = {"Scope": "Row"}
    if rows > 1:
        attributes["RowSpan"] = rows
    return StructElem("TH", parent, language=language, attributes=attributes)


def board_story(table: BoardTable, sheet: Sheet, body: StructElem) -> list[Flowable]:
    """One block per goal (rows grouped by goal, in order), then the Swedish fallbacks.

    A block makes its cells' paragraphs when it is first laid out, not here.
    """
    story: list[Flowable] = []
    links = sheet.links
    columns = table.columns[2:-1] if links else table.columns[2:]
    index = 0
    previous_theme: str | None = None
    theme_element: StructElem | None = None
    while index < len(table.rows):
        row = table.rows[index]
        end = index
        while end < len(table.rows) and table.rows[end].goal_id == row.goal_id:
            end += 1
        first_of_theme = row.theme_id != previous_theme
        if first_of_theme or theme_element is None:
            theme_end = index
            while theme_end < len(table.rows) and table.rows[theme_end].theme_id == row.theme_id:
                theme_end += 1
            theme_element = _scope_row(body, row.theme_language, theme_end - index)
        languages = [row.goal_title_language]
        if row.goal_description.strip():
            languages.append(row.goal_description_language)
        goal_element = _scope_row(body, _language(languages), end - index)
        links_text = ""
        links_languages: tuple[str, ...] = ()
        links_element = None
        if links:
            cell = row.cells.get(table.columns[-1])
            if cell is not None:
                links_text, links_languages = cell.text, cell.languages
            attributes: dict[str, str | int] = {"RowSpan": end - index} if end - index > 1 else {}
            links_element = StructElem(
                "TD", body, language=_language(links_languages), attributes=attributes or None
            )
        tags = GoalTags(theme_element, goal_element, links_element, body)
        story.append(
            GoalBlock(
                sheet,
                (row.theme, row.theme_language),
                (row.goal_title, row.goal_title_language),
                (row.goal_description, row.goal_description_language),
                (links_text, links_languages),
                functools.partial(
                    _rows, table.rows[index:end], columns, sheet, tags, first_of_theme
                ),
                tags,
                first_of_theme=first_of_theme,
                done_after=end,
            )
        )
        previous_theme = row.theme_id
        index = end
    if table.fallbacks:
        story.append(NextPageTemplate("plain"))
        story.append(Spacer(1, sheet.size * 2))
        story += fallback_list(table.fallbacks, table.language, sheet.styles, sheet.tagger)
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
    tagger = Tagger(table.language)
    sheet = Sheet(
        widths=column_widths(table, page_width - 2 * MARGIN),
        styles=styles,
        continued=CONTINUED(table.language),
        size=size,
        tagger=tagger,
        links=table.columns[-1].kind == "links",
    )
    header = HeaderRow(sheet, [c.title for c in table.columns])
    title_height = size * 2.6
    footer_height = size * 1.5
    top = page_height - MARGIN
    table_top = top - title_height
    grid = tagger.root.child("Table")
    head = StructElem("THead", grid, attach=True)
    body = StructElem("TBody", grid, attach=True)

    def title_line(canv: Any, _doc: Any, tagged: bool = False) -> None:
        """The title (H1) and the round and print date (P) on the first page; on later pages
        the same line is an artifact (drawn once as a form with the header row)."""
        canv.saveState()
        if tagged:
            tagger.begin(canv, tagger.root.child("H1"))
        canv.setFont(FONT_BOLD, size * 1.4)
        canv.drawString(MARGIN, top - size * 1.4, table.title)
        if tagged:
            tagger.end(canv)
            tagger.begin(canv, tagger.root.child("P"))
        canv.setFont(FONT, size * 1.1)
        canv.drawRightString(page_width - MARGIN, top - size * 1.4, table.subtitle)
        if tagged:
            tagger.end(canv)
        canv.restoreState()

    # On later pages the title line and the header row are the same: drawn once as a form,
    # placed on each page as a pagination artifact.
    forms: set[str] = set()

    def table_page(canv: Any, doc: Any) -> None:
        if canv.getPageNumber() == 1:
            title_line(canv, doc, tagged=True)
            header.draw(canv, MARGIN, table_top, head)
            return
        if "header" not in forms:
            canv.beginForm("kuvaHeader")
            title_line(canv, doc)
            header.draw(canv, MARGIN, table_top)
            canv.endForm()
            forms.add("header")
        with tagger.artifact(canv, "Header"):
            canv.doForm("kuvaHeader")

    def plain_page(canv: Any, doc: Any) -> None:
        with tagger.artifact(canv, "Header"):
            title_line(canv, doc)

    def close_table(canv: Any, _doc: Any) -> None:
        # The theme column stays open between the goals of a theme; close it where the page ends.
        if sheet.bottom is not None:
            with tagger.artifact(canv):
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
        PageTemplate("plain", [plain_frame], onPage=plain_page, onPageEnd=close_table),
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
        story=board_story(table, sheet, body),
        language=table.language,
        printed=table.printed,
        title=f"{table.title} – {subject}",
        author=table.division,
        subject=subject,
        font_size=size,
        tagger=tagger,
        after_flowable=after,
    )
    if progress is not None:
        progress(total, total)
    return pages
