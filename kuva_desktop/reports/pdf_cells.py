"""The cells of the board table: a goal's block of rows and the header row, drawn by hand.

A ``GoalBlock`` lays out and draws one goal: the theme and goal cells on the left and the links
cell on the right spanning the metric rows between them. It splits itself when it does not fit:
between metric rows where it can, inside a row (each cell's paragraphs split at the page foot, the
borders drawn on both parts) when a row is taller than a page. The part on the next page repeats
the theme and the goal marked "(jatkuu)" / "(forts.)", and a row split across the page its metric
("(jatkuu)" too); so does a block that starts a page in the middle of a theme, whose theme cell
otherwise stays open (no line above it) so that the theme reads as spanning its goals.

Tagging (``pdf_tags``): a block draws in reading order, theme → goal → the first row's metric
and values → the links → the next rows, each cell as the marked content of its TH or TD (a
paragraph in another language than its cell as a Span with its /Lang); fills and borders, and
the texts repeated with "(jatkuu)", are artifacts.
"""

from __future__ import annotations

import contextlib
import re
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.colors import Color, HexColor, black
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from kuva_desktop.reports.pdf_common import (
    Styles,
    make_styles,
    paragraphs,
    plain_paragraph,
    style_language,
)
from kuva_desktop.reports.pdf_tags import StructElem, Tagger

PADDING = 3.0
LINE_WIDTH = 0.5
HEADER_FILL = HexColor("#e4e4e4")
_FUZZ = 1e-6
_BIG = 1e7


@dataclass
class CellContent:
    """What a cell shows: ``lead`` (a text repeated with "(jatkuu)", an artifact), then its
    content ``flows``, the marked content of ``element`` (its TH or TD)."""

    flows: list[Flowable]
    fill: Color | None = None
    element: StructElem | None = None
    lead: list[Flowable] = field(default_factory=list)
    repeat: str = ""  # shown again with the mark when the cell's row goes on on a new page
    repeat_language: str = ""

    def all(self) -> list[Flowable]:
        return [*self.lead, *self.flows] if self.lead else self.flows

    def split(self, width: float, height: float) -> tuple[CellContent, CellContent]:
        """The part that fits in ``height`` and the rest, each with the cell's fill and element."""
        lead = {id(f) for f in self.lead}
        first, rest = _split_flows(self.all(), width, height)

        def part(flows: list[Flowable]) -> CellContent:
            return CellContent(
                [f for f in flows if id(f) not in lead],
                self.fill,
                self.element,
                [f for f in flows if id(f) in lead],
                self.repeat,
                self.repeat_language,
            )

        return part(first), part(rest)


@dataclass
class Row:
    """One metric row: its cells between the goal and the links, and its TR."""

    cells: list[CellContent]
    element: StructElem | None = None


@dataclass
class GoalTags:
    """A goal's structure elements: the TH of its theme (which joins the first row of the
    theme's first goal), its own TH, its links' TD (both in its first row) and the TBody."""

    theme: StructElem
    goal: StructElem
    links: StructElem | None
    body: StructElem


@dataclass
class Sheet:
    """What every block of one report shares: geometry, styles, words, tags, the page-end line."""

    widths: list[float]
    styles: Styles
    continued: str
    size: float
    tagger: Tagger
    links: bool = True  # the last column is the links, spanning a goal's rows
    bottom: float | None = None  # where the last block on this page ended (to close the table)
    x: float = 0.0
    edges: list[float] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.edges = [0.0]
        for w in self.widths:
            self.edges.append(self.edges[-1] + w)

    @property
    def width(self) -> float:
        return self.edges[-1]

    def inner(self, column: int) -> float:
        return self.widths[column] - 2 * PADDING

    def styles_for(self, language: str) -> Styles:
        """The styles of text in ``language`` ("" for the report's)."""
        if not language or language == self.tagger.language:
            return self.styles
        return make_styles(language, self.size)

    @property
    def span_columns(self) -> list[int]:
        """The columns whose cells span a goal's rows: theme, goal and (last) the links."""
        return [0, 1, len(self.widths) - 1] if self.links else [0, 1]

    @property
    def row_columns(self) -> range:
        return range(2, len(self.widths) - 1 if self.links else len(self.widths))


# The wrapped (width, height) of each flowable, kept beside ReportLab's objects rather than on them.
_sizes: weakref.WeakKeyDictionary[Flowable, tuple[float, float]] = weakref.WeakKeyDictionary()


def _height(flow: Flowable, width: float) -> float:
    """The wrapped height, remembered per width: a paragraph is laid out once per column."""
    cached = _sizes.get(flow)
    if cached is not None and cached[0] == width:
        return float(cached[1])
    _, height = flow.wrap(width, _BIG)
    _sizes[flow] = (width, height)
    return float(height)


def _stack_height(flows: Sequence[Flowable], width: float) -> float:
    total = 0.0
    for index, flow in enumerate(flows):
        total += _height(flow, width)
        if index < len(flows) - 1:
            total += flow.getSpaceAfter()
    return total


def _split_flows(
    flows: Sequence[Flowable], width: float, height: float
) -> tuple[list[Flowable], list[Flowable]]:
    """The flowables that fit in ``height`` (the last one split if it can be), and the rest."""
    first: list[Flowable] = []
    used = 0.0
    for index, flow in enumerate(flows):
        h = _height(flow, width)
        if used + h <= height + _FUZZ:
            first.append(flow)
            used += h + flow.getSpaceAfter()
            continue
        parts = flow.split(width, height - used) if height - used > 0 else []
        if len(parts) >= 2:
            for part in parts:
                _sizes.pop(part, None)
            return [*first, parts[0]], [*parts[1:], *flows[index + 1 :]]
        # A paragraph that could not split has forgotten its lines: let it be laid out again.
        _sizes.pop(flow, None)
        return first, list(flows[index:])
    return first, []


def _draw_stack(canv: Any, flows: Sequence[Flowable], x: float, top: float, width: float) -> float:
    """Draw ``flows`` from ``top`` down; where the next flowable would start."""
    y = top
    for flow in flows:
        h = _height(flow, width)
        flow.drawOn(canv, x, y - h)
        y -= h + flow.getSpaceAfter()
    return y


def draw_cell(canv: Any, cell: CellContent, x: float, top: float, width: float) -> None:
    """A cell's lead as an artifact, then its flows as its element's marked content.

    A run of paragraphs in another language than the cell (a link name that fell back to
    Finnish among Swedish ones) is marked as a Span of the cell with that /Lang.
    """
    tagger: Tagger = canv.kuva_tags
    y = top
    if cell.lead:
        with tagger.artifact(canv):
            y = _draw_stack(canv, cell.lead, x, y, width)
    element = cell.element
    if element is None:
        if cell.flows:
            with tagger.artifact(canv):
                _draw_stack(canv, cell.flows, x, y, width)
        return
    if not cell.flows:
        element.attach()
        return
    own = element.language or tagger.language
    start = 0
    flows = cell.flows
    while start < len(flows):
        language = style_language(flows[start].style) or own
        end = start + 1
        while end < len(flows) and (style_language(flows[end].style) or own) == language:
            end += 1
        target = element if language == own else element.child("Span", language=language)
        tagger.begin(canv, target)
        y = _draw_stack(canv, flows[start:end], x, y, width)
        tagger.end(canv)
        start = end


class GoalBlock(Flowable):
    """One goal's rows: theme and goal on the left and the links on the right spanning the
    metric rows between them."""

    def __init__(
        self,
        sheet: Sheet,
        theme: tuple[str, str],
        goal_title: tuple[str, str],
        goal_description: tuple[str, str],
        links: tuple[str, tuple[str, ...]],
        rows: list[Row] | Callable[[], list[Row]],
        tags: GoalTags,
        *,
        first_of_theme: bool,
        done_after: int,
        continued: bool = False,
        rest: list[CellContent] | None = None,
        fixed: tuple[list[CellContent], bool] | None = None,
    ) -> None:
        super().__init__()
        self.sheet = sheet
        self.theme = theme  # (text, language)
        self.goal_title = goal_title
        self.goal_description = goal_description
        self.links = links  # the goal's links (text, languages of its lines)
        # The metric rows' cells, or what makes them when the block is first laid out: a big
        # year's story then holds no paragraphs before their page (90 MB at 2 000 goals).
        self._rows = rows
        self.tags = tags
        self.first_of_theme = first_of_theme
        self.done_after = done_after  # metric rows complete once this block is drawn
        self.continued = continued
        self.rest = rest  # the spanning cells' rests, for a continued part
        self.fixed = fixed
        self._layout: tuple[Any, ...] | None = None
        self._layout_key: bool | None = None

    # Layout

    @property
    def rows(self) -> list[Row]:
        if callable(self._rows):
            self._rows = self._rows()
        return self._rows

    def _at_top(self) -> bool:
        frame = getattr(self, "_frame", None)
        return bool(frame is not None and frame._atTop)

    def _span(self, at_top: bool) -> tuple[list[CellContent], bool]:
        """The spanning cells (theme, goal, links) and whether the theme cell opens here."""
        if self.fixed is not None:
            return self.fixed
        sheet, mark, tags = self.sheet, self.sheet.continued, self.tags
        opens = self.first_of_theme or at_top or self.continued
        theme_text, theme_language = self.theme
        theme_body = sheet.styles_for(theme_language).body
        theme = CellContent([], element=tags.theme)
        if self.first_of_theme and not self.continued:
            theme.flows = paragraphs(theme_text, theme_body)
        elif opens:
            theme.lead = _marked(theme_text, mark, theme_body)
        title, title_language = self.goal_title
        goal = CellContent([], element=tags.goal)
        if self.continued:
            bold = sheet.styles_for(title_language).bold
            goal.lead = _marked(" ".join(title.split()), mark, bold)
        else:
            description, description_language = self.goal_description
            goal.flows = [_title(title, sheet.styles_for(title_language))]
            goal.flows += paragraphs(description, sheet.styles_for(description_language).body)
        cells = [theme, goal]
        if sheet.links:
            links = CellContent([], element=tags.links)
            if not self.continued:
                text, languages = self.links
                line_styles = [sheet.styles_for(language).body for language in languages]
                links.flows = paragraphs(text, sheet.styles.body, line_styles)
            cells.append(links)
        if self.rest is not None:
            for cell, rest in zip(cells, self.rest, strict=False):
                cell.flows = cell.flows + rest.flows
        return cells, opens

    def _row_height(self, row: Row) -> float:
        height = self.sheet.size * 1.22
        for column, cell in zip(self.sheet.row_columns, row.cells, strict=False):
            height = max(height, _stack_height(cell.all(), self.sheet.inner(column)))
        return height + 2 * PADDING

    def layout(self, at_top: bool) -> tuple[Any, ...]:
        if self._layout is None or self._layout_key != at_top:
            span, opens = self._span(at_top)
            sheet = self.sheet
            left = (
                max(
                    _stack_height(cell.all(), sheet.inner(column))
                    for cell, column in zip(span, sheet.span_columns, strict=False)
                )
                + 2 * PADDING
            )
            heights = [self._row_height(row) for row in self.rows] or [2 * PADDING]
            total = max(sum(heights), left)
            drawn = list(heights)
            drawn[-1] += total - sum(heights)
            self._layout = (span, opens, heights, drawn, left, total)
            self._layout_key = at_top
        return self._layout

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        total = self.layout(self._at_top())[-1]
        self.width, self.height = self.sheet.width, total
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        at_top = self._at_top()
        span, opens, heights, _, left, total = self.layout(at_top)
        if total <= availHeight + _FUZZ:
            return [self]
        frame = getattr(self, "_frame", None)
        page = float(frame._aH) if frame is not None else availHeight
        minimum = 3 * self.sheet.size * 1.22 + 2 * PADDING
        if availHeight < minimum and not at_top:
            return []
        fitting = 0
        used = 0.0
        for h in heights if self.rows else []:
            if used + h > availHeight + _FUZZ:
                break
            used += h
            fitting += 1
        if total <= page + _FUZZ and not at_top and (fitting == 0 or left > availHeight + _FUZZ):
            # A block that fits on a page splits only between its metric rows, with the theme and
            # goal whole in the first part; otherwise it moves on to the next page.
            return []
        sheet = self.sheet
        rows_first = self.rows[:fitting]
        rows_rest = self.rows[fitting:]
        room = availHeight - 2 * PADDING
        if fitting == 0 and self.rows:
            # The first row does not fit: move on unless it is taller than a whole page.
            if heights[0] <= page + _FUZZ and not at_top:
                return []
            row = self.rows[0]
            head: list[CellContent] = []
            tail: list[CellContent] = []
            for column, cell in zip(sheet.row_columns, row.cells, strict=False):
                a, b = cell.split(sheet.inner(column), room)
                if cell.repeat:
                    # The row goes on on the next page: say whose row it is.
                    style = sheet.styles_for(cell.repeat_language).body
                    if b.flows:
                        b.lead = [plain_paragraph(sheet.continued, _mark_whole(style, "x"))]
                    else:
                        b.lead = _marked(cell.repeat, sheet.continued, style)
                head.append(a)
                tail.append(b)
            rows_first = [Row(head, row.element)]
            rows_rest = [Row(tail, row.element), *self.rows[1:]]
        if left <= availHeight + _FUZZ:
            first_span = (span, opens)
            rest_span = [CellContent([], cell.fill, cell.element) for cell in span]
        else:
            parts = [
                cell.split(sheet.inner(column), room)
                for cell, column in zip(span, sheet.span_columns, strict=False)
            ]
            first_span = ([a for a, _ in parts], opens)
            rest_span = [b for _, b in parts]
        if not rows_rest and not any(cell.flows for cell in rest_span):
            return []
        first = GoalBlock(
            sheet,
            self.theme,
            self.goal_title,
            self.goal_description,
            self.links,
            rows_first,
            self.tags,
            first_of_theme=self.first_of_theme,
            done_after=self.done_after - (len(self.rows) - fitting),
            continued=self.continued,
            fixed=first_span,
        )
        rest = GoalBlock(
            sheet,
            self.theme,
            self.goal_title,
            self.goal_description,
            self.links,
            rows_rest,
            self.tags,
            first_of_theme=False,
            done_after=self.done_after,
            continued=True,
            rest=rest_span,
        )
        return [first, rest]

    # Drawing

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        self.sheet.bottom = y
        self.sheet.x = x
        super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        """Fills, then the cells in reading order, then the borders (fills and borders as
        artifacts)."""
        canv = self.canv
        tagger: Tagger = canv.kuva_tags
        assert self._layout is not None
        span, opens, _, drawn, _, total = self._layout
        sheet = self.sheet
        edges = sheet.edges
        rows = self.rows
        columns = sheet.row_columns
        if any(cell.fill is not None for row in rows for cell in row.cells):
            with tagger.artifact(canv):
                y = total
                for row, h in zip(rows, drawn, strict=False):
                    for column, cell in zip(columns, row.cells, strict=False):
                        if cell.fill is not None:
                            canv.setFillColor(cell.fill)
                            canv.rect(
                                edges[column], y - h, sheet.widths[column], h, stroke=0, fill=1
                            )
                    y -= h
                canv.setFillColor(black)
        for cell, column in zip(span[:2], sheet.span_columns, strict=False):
            draw_cell(canv, cell, edges[column] + PADDING, total - PADDING, sheet.inner(column))
        y = total
        row_tops = []
        for index, (row, h) in enumerate(zip(rows or [Row([])], drawn, strict=False)):
            row_tops.append(y)
            if row.element is not None:
                row.element.attach()
            for column, cell in zip(columns, row.cells, strict=False):
                draw_cell(canv, cell, edges[column] + PADDING, y - PADDING, sheet.inner(column))
            if index == 0 and sheet.links:
                column = sheet.span_columns[-1]
                draw_cell(
                    canv, span[-1], edges[column] + PADDING, total - PADDING, sheet.inner(column)
                )
            y -= h
        with tagger.artifact(canv):
            canv.setStrokeColor(black)
            canv.setLineWidth(LINE_WIDTH)
            for edge in edges:
                canv.line(edge, 0, edge, total)
            canv.line(edges[0] if opens else edges[1], total, edges[-1], total)
            canv.line(edges[1], 0, edges[-1], 0)
            right = edges[columns[-1] + 1] if len(columns) else edges[-1]
            for top in row_tops[1:]:
                canv.line(edges[2], top, right, top)


def _marked(text: str, mark: str, style: ParagraphStyle) -> list[Flowable]:
    """``text`` with the continuation mark after it; "(jatkuu)" is never hyphenated."""
    text = text.rstrip()
    return paragraphs(f"{text} {mark}" if text.strip() else mark, _mark_whole(style, mark))


_mark_styles: weakref.WeakKeyDictionary[ParagraphStyle, dict[str, ParagraphStyle]] = (
    weakref.WeakKeyDictionary()
)


def _mark_whole(style: ParagraphStyle, mark: str) -> ParagraphStyle:
    """``style`` whose hyphenator leaves the words of ``mark`` whole (remembered per style and
    mark: a Swedish report draws Finnish fallback cells with the Finnish style and "(forts.)")."""
    remembered = _mark_styles.get(style)
    if remembered is None:
        remembered = _mark_styles[style] = {}
    marked = remembered.get(mark)
    if marked is None:
        hyphenator = style.hyphenationLang
        if callable(hyphenator):
            hyphenator = _KeepWhole(hyphenator, set(re.findall(r"\w+", mark)))
        marked = ParagraphStyle(f"{style.name}-marked", parent=style, hyphenationLang=hyphenator)
        remembered[mark] = marked
    return marked


class _KeepWhole:
    """A hyphenator that does not break the given words (and asks ``inner`` for the others)."""

    def __init__(self, inner: Callable[[str], list[tuple[str, str]]], words: set[str]) -> None:
        self.inner = inner
        self.words = words

    def __call__(self, word: str) -> list[tuple[str, str]]:
        return [] if word in self.words else self.inner(word)


def _title(title: str, styles: Styles) -> Flowable:
    title = " ".join(title.split())
    return plain_paragraph(title, styles.bold) if title else Paragraph("", styles.bold)


class HeaderRow:
    """The column titles, drawn by the page template at the top of every table page: on the
    first, as the table's THead (a TR of TH with Scope Column); on later pages as an artifact
    (the caller marks it)."""

    def __init__(self, sheet: Sheet, titles: list[str]) -> None:
        self.sheet = sheet
        self.cells = [[plain_paragraph(t, sheet.styles.header)] for t in titles]
        self.height = (
            max(_stack_height(c, sheet.inner(i)) for i, c in enumerate(self.cells)) + 2 * PADDING
        )

    def draw(self, canv: Any, x: float, top: float, head: StructElem | None = None) -> None:
        """Draw the row; with ``head`` (the THead) its cells are that THead's row of TH, and the
        fill and borders artifacts. Without, nothing is marked (the caller marks the whole)."""
        sheet = self.sheet

        def furniture() -> Any:
            return canv.kuva_tags.artifact(canv) if head is not None else contextlib.nullcontext()

        canv.saveState()
        with furniture():
            canv.setFillColor(HEADER_FILL)
            canv.rect(x, top - self.height, sheet.width, self.height, stroke=0, fill=1)
        canv.setFillColor(black)
        row = head.child("TR") if head is not None else None
        for column, flows in enumerate(self.cells):
            left = x + sheet.edges[column] + PADDING
            if row is None:
                _draw_stack(canv, flows, left, top - PADDING, sheet.inner(column))
                continue
            cell = StructElem("TH", row, attributes={"Scope": "Column"}, attach=True)
            content = CellContent(flows, element=cell)
            draw_cell(canv, content, left, top - PADDING, sheet.inner(column))
        with furniture():
            canv.setStrokeColor(black)
            canv.setLineWidth(LINE_WIDTH)
            canv.rect(x, top - self.height, sheet.width, self.height, stroke=1, fill=0)
            for edge in sheet.edges[1:-1]:
                canv.line(x + edge, top, x + edge, top - self.height)
        canv.restoreState()
