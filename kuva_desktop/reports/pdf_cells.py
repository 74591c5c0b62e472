"""The cells of the board table: a goal's block of rows and the header row, drawn by hand.

A ``GoalBlock`` lays out and draws one goal: the theme and goal cells on the left spanning the
metric rows on the right. It splits itself when it does not fit: between metric rows where it
can, inside a row (each cell's paragraphs split at the page foot, the borders drawn on both parts)
when a row is taller than a page. The part on the next page repeats the theme and the goal marked
"(jatkuu)" / "(forts.)"; so does a block that starts a page in the middle of a theme, whose theme
cell otherwise stays open (no line above it) so that the theme reads as spanning its goals.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.colors import Color, HexColor, black
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from kuva_desktop.reports.pdf_common import Styles, markup, paragraphs, plain_paragraph

PADDING = 3.0
LINE_WIDTH = 0.5
HEADER_FILL = HexColor("#e4e4e4")
_FUZZ = 1e-6
_BIG = 1e7


@dataclass
class CellContent:
    flows: list[Flowable]
    fill: Color | None = None


@dataclass
class Sheet:
    """What every block of one report shares: geometry, styles, words, the page-end line."""

    widths: list[float]
    styles: Styles
    continued: str
    size: float
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


def _height(flow: Flowable, width: float) -> float:
    """The wrapped height, remembered per width: a paragraph is laid out once per column."""
    cached = getattr(flow, "_kuva_size", None)
    if cached is not None and cached[0] == width:
        return float(cached[1])
    _, height = flow.wrap(width, _BIG)
    flow._kuva_size = (width, height)
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
                part.__dict__.pop("_kuva_size", None)
            return [*first, parts[0]], [*parts[1:], *flows[index + 1 :]]
        # A paragraph that could not split has forgotten its lines: let it be laid out again.
        flow.__dict__.pop("_kuva_size", None)
        return first, list(flows[index:])
    return first, []


def _draw_stack(canv: Any, flows: Sequence[Flowable], x: float, top: float, width: float) -> None:
    y = top
    for flow in flows:
        h = _height(flow, width)
        flow.drawOn(canv, x, y - h)
        y -= h + flow.getSpaceAfter()


class GoalBlock(Flowable):
    """One goal's rows: theme and goal on the left spanning the metric rows on the right."""

    def __init__(
        self,
        sheet: Sheet,
        theme: str,
        goal_title: str,
        goal_description: str,
        rows: list[list[CellContent]] | Callable[[], list[list[CellContent]]],
        *,
        first_of_theme: bool,
        done_after: int,
        continued: bool = False,
        left_rest: tuple[list[Flowable], list[Flowable]] = ([], []),
        fixed_left: tuple[list[Flowable], list[Flowable], bool] | None = None,
    ) -> None:
        super().__init__()
        self.sheet = sheet
        self.theme = theme
        self.goal_title = goal_title
        self.goal_description = goal_description
        # The metric rows' cells, or what makes them when the block is first laid out: a big
        # year's story then holds no paragraphs before their page (90 MB at 2 000 goals).
        self._rows = rows
        self.first_of_theme = first_of_theme
        self.done_after = done_after  # metric rows complete once this block is drawn
        self.continued = continued
        self.left_rest = left_rest
        self.fixed_left = fixed_left
        self._layout: tuple[Any, ...] | None = None
        self._layout_key: bool | None = None

    # Layout

    @property
    def rows(self) -> list[list[CellContent]]:
        if callable(self._rows):
            self._rows = self._rows()
        return self._rows

    def _at_top(self) -> bool:
        frame = getattr(self, "_frame", None)
        return bool(frame is not None and frame._atTop)

    def _left(self, at_top: bool) -> tuple[list[Flowable], list[Flowable], bool]:
        """The theme and goal cells' contents, and whether the theme cell opens here."""
        if self.fixed_left is not None:
            return self.fixed_left
        styles, mark = self.sheet.styles, self.sheet.continued
        opens = self.first_of_theme or at_top or self.continued
        theme: list[Flowable] = []
        if self.first_of_theme and not self.continued:
            theme = paragraphs(self.theme, styles.body)
        elif opens:
            theme = _marked(self.theme, mark, styles.body)
        theme += self.left_rest[0]
        goal: list[Flowable]
        if self.continued:
            goal = [*_marked(" ".join(self.goal_title.split()), mark, styles.bold)]
            goal += self.left_rest[1]
        else:
            goal = [_title(self.goal_title, styles)]
            goal += paragraphs(self.goal_description, styles.body)
        return theme, goal, opens

    def _row_height(self, row: list[CellContent]) -> float:
        height = self.sheet.size * 1.22
        for column, cell in enumerate(row, start=2):
            height = max(height, _stack_height(cell.flows, self.sheet.inner(column)))
        return height + 2 * PADDING

    def layout(self, at_top: bool) -> tuple[Any, ...]:
        if self._layout is None or self._layout_key != at_top:
            theme, goal, opens = self._left(at_top)
            sheet = self.sheet
            left = (
                max(_stack_height(theme, sheet.inner(0)), _stack_height(goal, sheet.inner(1)))
                + 2 * PADDING
            )
            heights = [self._row_height(row) for row in self.rows] or [2 * PADDING]
            total = max(sum(heights), left)
            drawn = list(heights)
            drawn[-1] += total - sum(heights)
            self._layout = (theme, goal, opens, heights, drawn, left, total)
            self._layout_key = at_top
        return self._layout

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        total = self.layout(self._at_top())[-1]
        self.width, self.height = self.sheet.width, total
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        at_top = self._at_top()
        theme, goal, opens, heights, _, left, total = self.layout(at_top)
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
        if fitting == 0 and self.rows:
            # The first row does not fit: move on unless it is taller than a whole page.
            if heights[0] <= page + _FUZZ and not at_top:
                return []
            room = availHeight - 2 * PADDING
            head: list[CellContent] = []
            tail: list[CellContent] = []
            for column, cell in enumerate(self.rows[0], start=2):
                a, b = _split_flows(cell.flows, sheet.inner(column), room)
                head.append(CellContent(a, cell.fill))
                tail.append(CellContent(b, cell.fill))
            rows_first, rows_rest = [head], [tail, *self.rows[1:]]
        if left <= availHeight + _FUZZ:
            first_left = (theme, goal, opens)
            rest_left: tuple[list[Flowable], list[Flowable]] = ([], [])
        else:
            room = availHeight - 2 * PADDING
            theme_a, theme_b = _split_flows(theme, sheet.inner(0), room)
            goal_a, goal_b = _split_flows(goal, sheet.inner(1), room)
            first_left = (theme_a, goal_a, opens)
            rest_left = (theme_b, goal_b)
        if not rows_rest and not any(rest_left):
            return []
        first = GoalBlock(
            sheet,
            self.theme,
            self.goal_title,
            self.goal_description,
            rows_first,
            first_of_theme=self.first_of_theme,
            done_after=self.done_after - (len(self.rows) - fitting),
            continued=self.continued,
            fixed_left=first_left,
        )
        rest = GoalBlock(
            sheet,
            self.theme,
            self.goal_title,
            self.goal_description,
            rows_rest,
            first_of_theme=False,
            done_after=self.done_after,
            continued=True,
            left_rest=rest_left,
        )
        return [first, rest]

    # Drawing

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        self.sheet.bottom = y
        self.sheet.x = x
        super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        canv = self.canv
        assert self._layout is not None
        theme, goal, opens, _, drawn, _, total = self._layout
        sheet = self.sheet
        edges = sheet.edges
        y = total
        row_tops = []
        for row, h in zip(self.rows or [[]], drawn, strict=False):
            row_tops.append(y)
            for column, cell in enumerate(row, start=2):
                if cell.fill is not None:
                    canv.setFillColor(cell.fill)
                    canv.rect(edges[column], y - h, sheet.widths[column], h, stroke=0, fill=1)
            canv.setFillColor(black)
            for column, cell in enumerate(row, start=2):
                _draw_stack(
                    canv,
                    cell.flows,
                    edges[column] + PADDING,
                    y - PADDING,
                    sheet.inner(column),
                )
            y -= h
        canv.setFillColor(black)
        _draw_stack(canv, theme, PADDING, total - PADDING, sheet.inner(0))
        _draw_stack(canv, goal, edges[1] + PADDING, total - PADDING, sheet.inner(1))
        canv.setStrokeColor(black)
        canv.setLineWidth(LINE_WIDTH)
        for edge in edges:
            canv.line(edge, 0, edge, total)
        canv.line(edges[0] if opens else edges[1], total, edges[-1], total)
        canv.line(edges[1], 0, edges[-1], 0)
        for top in row_tops[1:]:
            canv.line(edges[2], top, edges[-1], top)


def _marked(text: str, mark: str, style: ParagraphStyle) -> list[Flowable]:
    """``text`` with the continuation mark after it; "(jatkuu)" is never hyphenated."""
    text = text.rstrip()
    return paragraphs(f"{text} {mark}" if text.strip() else mark, _mark_whole(style, mark))


def _mark_whole(style: ParagraphStyle, mark: str) -> ParagraphStyle:
    """``style`` whose hyphenator leaves the words of ``mark`` whole (remembered per style)."""
    marked = style.__dict__.get("_kuva_marked")
    if marked is None:
        hyphenator = style.hyphenationLang
        if callable(hyphenator):
            hyphenator = _KeepWhole(hyphenator, set(re.findall(r"\w+", mark)))
        marked = ParagraphStyle(f"{style.name}-marked", parent=style, hyphenationLang=hyphenator)
        style.__dict__["_kuva_marked"] = marked
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
    """The column titles, drawn by the page template at the top of every table page."""

    def __init__(self, sheet: Sheet, titles: list[str]) -> None:
        self.sheet = sheet
        self.cells = [[Paragraph(markup(t), sheet.styles.header)] for t in titles]
        self.height = (
            max(_stack_height(c, sheet.inner(i)) for i, c in enumerate(self.cells)) + 2 * PADDING
        )

    def draw(self, canv: Any, x: float, top: float) -> None:
        sheet = self.sheet
        canv.saveState()
        canv.setFillColor(HEADER_FILL)
        canv.rect(x, top - self.height, sheet.width, self.height, stroke=0, fill=1)
        canv.setFillColor(black)
        for column, flows in enumerate(self.cells):
            _draw_stack(
                canv, flows, x + sheet.edges[column] + PADDING, top - PADDING, sheet.inner(column)
            )
        canv.setStrokeColor(black)
        canv.setLineWidth(LINE_WIDTH)
        canv.rect(x, top - self.height, sheet.width, self.height, stroke=1, fill=0)
        for edge in sheet.edges[1:-1]:
            canv.line(x + edge, top, x + edge, top - self.height)
        canv.restoreState()
