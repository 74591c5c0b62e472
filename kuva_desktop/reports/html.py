"""The board report as one accessible web page: the table of the PDF, for publishing beside it.

What the page shows comes from ``table`` (``build_board_table``, ``build_year_end``); this module
only writes it as HTML for WCAG 2.1 AA (Finnish law 306/2019):

* one data table, no layout tables: ``<caption>`` holds the title line (``<h1>``), the round and
  the print date; ``<th scope="col">`` for the column titles, ``<th scope="row">`` with ``rowspan``
  for the theme and goal cells, which span their metrics' rows as in the PDF;
* ``lang`` on the document and on every cell (or piece of a cell) that shows the Finnish text in a
  Swedish report, and the list of those cells under the table; a free text (comments, forecast,
  explanation) has ``lang`` where it is guessed to be in the other language (text_language.py);
* a status is written as its label, the colour only adds to it;
* inline CSS only (one self-contained file), which prints on A4 landscape with the header row
  repeated on every page.

Every text is escaped; control characters other than tab and line feed are left out, and a line
with a bidirectional control character (an RTL override) is isolated in ``<bdi>``, so it cannot
turn the text after it. The output is deterministic: the same data and print date give the same
bytes.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from kuva_desktop.domain import terms
from kuva_desktop.domain.dates import format_date
from kuva_desktop.domain.rules import FINAL
from kuva_desktop.domain.statuses import status_colour
from kuva_desktop.errors import InputError, os_reason
from kuva_desktop.reports.hyphenation import break_points
from kuva_desktop.reports.table import (
    EXPLANATION_TITLE,
    FELL_BACK,
    GOAL_OUTCOME_TITLE,
    METRIC_NUMBER,
    METRIC_OUTCOME_TITLE,
    METRIC_TITLE,
    PRINTED,
    BoardRow,
    BoardTable,
    Cell,
    Span,
    YearEndReport,
    YearSource,
    build_board_table,
    build_year_end,
)

# Characters HTML text must not carry: the C0 and C1 controls but tab and line feed, and the
# noncharacters U+FFFE, U+FFFF.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
# The bidirectional embeddings, overrides and isolates.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")

_CSS = """
:root { color: #000; background: #fff; }
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 0.95rem;
  line-height: 1.35; margin: 1.5rem; }
table { border-collapse: collapse; width: 100%; table-layout: auto; }
caption { text-align: left; margin-bottom: 0.6rem; }
.scroll { overflow-x: auto; }
.scroll:focus { outline: 2px solid #005fcc; }
caption h1 { font-size: 1.35rem; margin: 0 0 0.2rem; }
caption p { margin: 0; }
th, td { border: 1px solid #555; padding: 0.3rem 0.4rem; vertical-align: top; text-align: left;
  overflow-wrap: break-word; hyphens: manual; }
thead th { background: #d9d9d9; }
tbody th { font-weight: normal; }
tbody th strong { display: block; margin-bottom: 0.4em; }
td p, th p { margin: 0 0 0.5em; }
td p:last-child, th p:last-child { margin-bottom: 0; }
ul { margin: 0; padding-left: 1.1em; }
.status { font-weight: bold; }
.number { text-align: right; white-space: nowrap; }
.fallback { margin-top: 1rem; font-style: italic; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { margin: 0; font-size: 8.5pt; }
  .scroll { overflow: visible; }
  thead { display: table-header-group; }
  th, td { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
"""


def write_html(
    source: YearSource,
    year: int,
    round_key: str,
    language: str,
    path: Path,
    *,
    only_round: bool = False,
    printed: dt.date | None = None,
) -> None:
    """Write the board table (rounds "1"–"3") or the year-end report ("final") to ``path``.

    Raises InputError for a year not in the database or a path that cannot be written.
    """
    if round_key == FINAL:
        page = year_end_html(build_year_end(source, year, language, printed=printed))
    else:
        table = build_board_table(
            source, year, round_key, language, only_round=only_round, printed=printed
        )
        page = board_html(table)
    try:
        Path(path).write_bytes(page.encode("utf-8"))
    except OSError as error:
        raise InputError("file.not_written", path=str(path), reason=os_reason(error)) from None


def board_html(table: BoardTable) -> str:
    """The web page of one board table."""
    w = _Writer(table.language)
    columns = table.columns
    head = "".join(f'<th scope="col">{w.line(column.title)}</th>' for column in columns)
    body: list[str] = []
    theme_spans = _spans([row.theme_id for row in table.rows])
    goal_spans = _spans([row.goal_id for row in table.rows])
    for index, row in enumerate(table.rows):
        cells: list[str] = []
        for column in columns:
            if column.kind == "theme":
                if index in theme_spans:
                    theme = w.paragraphs(row.theme, row.theme_language)
                    cells.append(_header_cell(theme, theme_spans[index]))
            elif column.kind == "goal":
                if index in goal_spans:
                    cells.append(_header_cell(w.goal(row), goal_spans[index]))
            else:
                cells.append(w.data_cell(column.kind, row.cells.get(column)))
        body.append(f"<tr>{''.join(cells)}</tr>")
    subtitle = f"{terms.round_label(table.round_key, table.year, table.language)}"
    return _page(
        w,
        f"{table.title} – {subtitle}",
        table.title,
        table.subtitle,
        head,
        body,
        table.fallbacks,
    )


def year_end_html(report: YearEndReport) -> str:
    """The web page of the year-end report: one row per metric, the goal's cells spanning them."""
    language = report.language
    w = _Writer(language)
    titles = [
        terms.COLUMN_GOAL(language),
        GOAL_OUTCOME_TITLE(language),
        METRIC_TITLE(language),
        METRIC_OUTCOME_TITLE(language),
        EXPLANATION_TITLE(language),
    ]
    head = "".join(f'<th scope="col">{w.line(title)}</th>' for title in titles)
    body: list[str] = []
    for goal in report.goals:
        rows = len(goal.metrics) or 1
        goal_text = f"<strong{_lang(goal.title_language)}>"
        goal_text += f"{w.line(goal.title, goal.title_language)}</strong>"
        goal_text += w.paragraphs(goal.explanation, goal.explanation_language, hyphens=False)
        first = _header_cell(goal_text, rows) + _td(
            w.line(goal.outcome), status=goal.status, rows=rows
        )
        if not goal.metrics:
            body.append(f"<tr>{first}<td></td><td></td><td></td></tr>")
        for number, metric in enumerate(goal.metrics):
            label = METRIC_NUMBER(language) % {"n": metric.number}
            text = w.line(metric.text, metric.text_language)
            if metric.text_language:
                text = f"<span{_lang(metric.text_language)}>{text}</span>"
            cells = (first if number == 0 else "") + "".join(
                (
                    _td(f"{w.line(label)}: {text}"),
                    _td(w.line(metric.outcome), status=metric.status),
                    _td(
                        w.paragraphs(
                            metric.explanation,
                            metric.explanation_language,
                            hyphens=False,
                            mark=False,  # the cell carries lang
                        ),
                        language=metric.explanation_language,
                    ),
                )
            )
            body.append(f"<tr>{cells}</tr>")
    round_text = terms.round_label(FINAL, report.year, language)
    date = format_date(report.printed, language)
    return _page(
        w,
        f"{report.title} – {round_text}",
        report.title,
        f"{round_text} · {PRINTED(language)} {date}",
        head,
        body,
        report.fallbacks,
    )


# Cells


def _header_cell(content: str, rows: int) -> str:
    span = f' rowspan="{rows}"' if rows > 1 else ""
    return f'<th scope="row"{span}>{content}</th>'


def _td(
    content: str,
    *,
    status: str | None = None,
    rows: int = 1,
    language: str | None = None,
    css: str | None = None,
) -> str:
    attributes = f' rowspan="{rows}"' if rows > 1 else ""
    classes = [css] if css else []
    if status:
        classes.append("status")
        attributes += f' style="background:{html.escape(status_colour(status), quote=True)}"'
    if classes:
        attributes = f' class="{" ".join(classes)}"' + attributes
    return f"<td{attributes}{_lang(language)}>{content}</td>"


def _lang(language: str | None) -> str:
    return f' lang="{html.escape(language, quote=True)}"' if language else ""


class _Writer:
    """Text as HTML in a report of ``language``: escaped, and long words given soft hyphens at
    the break points of their own language (the report's, or the one a fallback names), since
    browsers bring no Finnish hyphenation and a long compound would widen its column. Free text
    (comments, forecasts, explanations), whose language is only guessed (text_language.py), gets
    none; it carries ``lang`` where the guess is the other language."""

    def __init__(self, language: str) -> None:
        self.language = language

    def line(self, text: str, language: str | None = None, *, hyphens: bool = True) -> str:
        """Escaped text whose line feeds become ``<br>``; a line with a bidi control is
        isolated in ``<bdi>``."""
        lines = []
        for line in clean_text(text).split("\n"):
            if hyphens:
                line = _soft_hyphens(line, language or self.language)
            escaped = html.escape(line, quote=True).replace(SOFT_HYPHEN, "&shy;")
            lines.append(f"<bdi>{escaped}</bdi>" if _BIDI.search(line) else escaped)
        return "<br>".join(lines)

    def paragraphs(
        self, text: str, language: str | None = None, *, hyphens: bool = True, mark: bool = True
    ) -> str:
        """Paragraphs (a blank line between them) as ``<p>``, with ``lang`` if ``mark``; a
        single line break as ``<br>``."""
        text = clean_text(text).strip("\n")
        pieces = [p.strip("\n") for p in re.split(r"\n[ \t]*\n", text) if p.strip()]
        attribute = _lang(language) if mark else ""
        return "".join(
            f"<p{attribute}>{self.line(piece, language, hyphens=hyphens)}</p>" for piece in pieces
        )

    def goal(self, row: BoardRow) -> str:
        """The goal's title in bold, then its description."""
        content = ""
        if row.goal_title:
            title = self.line(row.goal_title, row.goal_title_language)
            content += f"<strong{_lang(row.goal_title_language)}>{title}</strong>"
        return content + self.paragraphs(row.goal_description, row.goal_description_language)

    def data_cell(self, kind: str, cell: Cell | None) -> str:
        if cell is None:
            return "<td></td>"
        if kind == "links":
            items = [span for span in cell.spans if span.text.strip()] or [
                Span(line) for line in cell.text.split("\n") if line.strip()
            ]
            if not items:
                return "<td></td>"
            lines = "".join(
                f"<li{_lang(item.language)}>{self.line(item.text, item.language)}</li>"
                for item in items
            )
            return f"<td><ul>{lines}</ul></td>"
        if cell.spans and cell.language is None:
            # pieces in two languages (a Swedish text with a Finnish target level, or the reverse)
            content = "".join(
                f"<span{_lang(span.language)}>{self.line(span.text, span.language)}</span>"
                if span.language
                else self.line(span.text)
                for span in cell.spans
            )
            return _td(f"<p>{content}</p>")
        css = "number" if kind == "numeric" else None
        return _td(
            # free text (comments, a forecast) is in whatever language its writer used, only
            # guessed: it gets no soft hyphens, and ``lang`` where the guess is the other language
            self.paragraphs(cell.text, cell.language, hyphens=kind not in FREE_TEXT, mark=False),
            status=cell.status,
            language=cell.language,
            css=css,
        )


# Text

SOFT_HYPHEN = "\u00ad"
FREE_TEXT = frozenset(["round", "comments", "numeric"])  # column kinds of free text
_LONG_WORD = re.compile(r"[^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)*")
LONG_WORD_LETTERS = 12  # words this long or longer get soft hyphens


def clean_text(text: str) -> str:
    """Text that HTML can carry: line feeds for CR, no control characters."""
    return _ILLEGAL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _soft_hyphens(text: str, language: str) -> str:
    def mark(match: re.Match[str]) -> str:
        word = match.group(0)
        if len(word) < LONG_WORD_LETTERS:
            return word
        pieces, last = [], 0
        for point in break_points(word, language):
            pieces.append(word[last:point])
            if word[point - 1] != "-":
                pieces.append(SOFT_HYPHEN)
            last = point
        pieces.append(word[last:])
        return "".join(pieces)

    return _LONG_WORD.sub(mark, text)


def _spans(keys: Sequence[str]) -> dict[int, int]:
    """For each run of equal consecutive keys: its first index and its length."""
    spans: dict[int, int] = {}
    start = 0
    for index in range(1, len(keys) + 1):
        if index == len(keys) or keys[index] != keys[start]:
            spans[start] = index - start
            start = index
    return spans


# The page


def _page(
    w: _Writer,
    title: str,
    heading: str,
    subtitle: str,
    head: str,
    body: Sequence[str],
    fallbacks: Sequence[str],
) -> str:
    def parts() -> Iterator[str]:
        yield "<!DOCTYPE html>"
        yield f"<html{_lang(w.language)}>"
        yield "<head>"
        yield '<meta charset="utf-8">'
        yield '<meta name="viewport" content="width=device-width, initial-scale=1">'
        yield f"<title>{w.line(title, hyphens=False)}</title>"
        yield f"<style>{_CSS}</style>"
        yield "</head>"
        yield "<body>"
        yield "<main>"
        # A narrow window scrolls the table, not the page: a region with a name, which the
        # keyboard reaches (WCAG 2.1.1, 1.4.10).
        yield '<div class="scroll" role="region" aria-labelledby="title" tabindex="0">'
        yield "<table>"
        caption = (
            f'<h1 id="title">{w.line(heading, hyphens=False)}</h1>'
            f"<p>{w.line(subtitle, hyphens=False)}</p>"
        )
        yield f"<caption>{caption}</caption>"
        yield f"<thead><tr>{head}</tr></thead>"
        yield "<tbody>"
        yield from body
        yield "</tbody>"
        yield "</table>"
        yield "</div>"
        if fallbacks:
            note = f"{FELL_BACK(w.language)}: " + "; ".join(fallbacks)
            yield f'<p class="fallback">{w.line(note)}</p>'
        yield "</main>"
        yield "</body>"
        yield "</html>"

    return "\n".join(parts()) + "\n"
