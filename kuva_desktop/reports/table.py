"""What the board report shows, in the chosen language: one home for the PDF and the workbook.

The board table (DOMAIN.md section 5): one row per metric, theme → goal → metric, the forecast
columns of rounds 1..N (or only round N), the comments and numeric forecast of round N in status
years, the links. The year-end report (seed 004): each goal with its outcome, its metrics with
theirs and the explanations. A Swedish report takes each text's Swedish value where there is one
and the Finnish one otherwise, and lists the cells that fell back.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Protocol

from kuva_desktop.domain import labels, terms
from kuva_desktop.domain.dates import format_date
from kuva_desktop.domain.labels import Label
from kuva_desktop.domain.numbers import DEFAULT_UNIT, format_numeric
from kuva_desktop.domain.rules import FINAL, FORECAST_ROUNDS, derive_outcome
from kuva_desktop.domain.statuses import status_label
from kuva_desktop.errors import InputError
from kuva_desktop.reports.text_language import guess_language
from kuva_desktop.storage.snapshot import MetricSnapshot, YearSnapshot

YES_NO = {True: Label("Kyllä", "Ja", "Yes"), False: Label("Ei", "Nej", "No")}
CONTINUED = terms.CONTINUED
PAGE = Label("Sivu %(page)d / %(pages)d", "Sida %(page)d / %(pages)d", "Page %(page)d / %(pages)d")
PRINTED = Label("Tulostettu", "Utskriven", "Printed")
FELL_BACK = Label(
    "Suomenkielinen teksti, koska ruotsinkielistä ei ole",
    "Finsk text eftersom svensk text saknas",
    "Finnish text, as there is no Swedish one",
)
YEAR_END_TITLE = Label(
    "Kulttuurin ja vapaa-ajan toimialan vuoden %(year)d sitovien tavoitteiden toteumatiedot",
    "Utfallet av Kultur- och fritidssektorns bindande verksamhetsmål %(year)d",
    "Outcome of the binding goals of the Culture and Leisure Division %(year)d",
)
METRICS_HEADING = Label("Mittarit:", "Indikatorer:", "Metrics:")
METRIC_NUMBER = Label("Tavoite %(n)d", "Mål %(n)d", "Target %(n)d")
METRIC_OUTCOME = {
    "achieved": Label("Tavoite toteutui.", "Målet uppfylldes.", "The target was achieved."),
    "not_achieved": Label(
        "Tavoite ei toteutunut.", "Målet uppfylldes inte.", "The target was not achieved."
    ),
}
GOAL_OUTCOME = {
    "achieved": Label("toteutui", "uppfylldes", "achieved"),
    "not_achieved": Label("ei toteutunut", "uppfylldes inte", "not achieved"),
}
NO_OUTCOME = Label("ei vielä arvioitu", "ännu inte bedömt", "not yet assessed")
GOAL_EXPLANATION = Label("Selvitys", "Utredning", "Explanation")
# The columns of the year-end report as a table (the workbook's sheet, the web page).
GOAL_OUTCOME_TITLE = Label("Tavoitteen toteuma", "Målets utfall", "Outcome of the goal")
METRIC_TITLE = Label("Mittari", "Indikator", "Metric")
METRIC_OUTCOME_TITLE = Label("Mittarin toteuma", "Indikatorns utfall", "Outcome of the metric")
EXPLANATION_TITLE = Label("Selvitys", "Utredning", "Explanation")


@dataclass(frozen=True)
class Column:
    """One column of the board table: its kind ("theme", "round", …), round key, title."""

    kind: str
    title: str
    round_key: str = ""


@dataclass(frozen=True)
class Span:
    """A piece of a cell's text in its own language (``language`` is None: the report's)."""

    text: str
    language: str | None = None


@dataclass
class Cell:
    text: str = ""
    status: str | None = None  # a status code: the cell is drawn in its colour
    # The text piece by piece where a piece fell back to Finnish in a Swedish report (a metric's
    # text and its target, each link) or a free text is guessed to be in the other language
    # (text_language.py); empty when the whole text is in the report's language.
    spans: tuple[Span, ...] = ()
    # A numeric forecast as a number and its unit ("%"), for a workbook to store as a number.
    number: Decimal | None = None
    unit: str | None = None

    @property
    def language(self) -> str | None:
        """The language of the whole text when it is not the report's (a fallback), else None."""
        languages = {span.language for span in self.spans if span.text}
        return languages.pop() if len(languages) == 1 else None

    @property
    def languages(self) -> tuple[str, ...]:
        """One language per non-blank line of ``text``: "fi" for a line with a piece that fell
        back (or the language a free text is guessed to be in), "" for the report's; () when
        every line is the report's (the tagged PDF's /Lang)."""
        lines: list[str] = []
        current = ""
        blank = True
        for span in self.spans:
            pieces = span.text.split("\n")
            for number, piece in enumerate(pieces):
                if number:  # a line ended
                    if not blank:
                        lines.append(current)
                    current, blank = "", True
                if piece.strip():
                    blank = False
                    current = current or span.language or ""
        if not blank:
            lines.append(current)
        return tuple(lines) if any(lines) else ()


@dataclass
class BoardRow:
    """One metric's row; the theme and goal cells span the rows of their group."""

    theme_id: str
    theme: str
    goal_id: str
    goal_title: str
    goal_description: str
    cells: dict[Column, Cell] = field(default_factory=dict)
    # The language of the theme, the goal's title and its description where it is not the
    # report's ("fi" for a Swedish report's fallback), else "".
    theme_language: str = ""
    goal_title_language: str = ""
    goal_description_language: str = ""
    metric_id: str = ""  # "" for the row of a goal without metrics


@dataclass
class BoardTable:
    year: int
    round_key: str
    language: str
    layout: str
    title: str
    subtitle: str  # the round and the print date
    printed: dt.date
    division: str
    columns: list[Column]
    rows: list[BoardRow]
    fallbacks: list[str]  # the cells of a Swedish report that show the Finnish text


class _Texts:
    """Picks a text in the report's language and remembers where it fell back to Finnish."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.fallbacks: list[str] = []

    def pick(self, fi: str | None, sv: str | None, where: str) -> str:
        return self.pick_span(fi, sv, where).text

    def pick_span(self, fi: str | None, sv: str | None, where: str) -> Span:
        """The text with its language: "fi" where a Swedish report fell back, else None."""
        text = labels.pick(fi, sv, self.language)
        if labels.falls_back(fi, sv, self.language):
            self.fallbacks.append(where)
            return Span(text, "fi")
        return Span(text)


class YearSource(Protocol):
    """Where a report reads its year: a ``Database``, or a ``storage.snapshot.DatabaseFile``."""

    def read_year(self, year: int) -> YearSnapshot | None: ...


def _year(source: YearSource, year: int) -> YearSnapshot:
    row = source.read_year(year)
    if row is None:
        raise InputError("year.missing", year=year)
    return row


def board_columns(
    year: YearSnapshot, round_key: str, language: str, only_round: bool
) -> list[Column]:
    if round_key not in FORECAST_ROUNDS:
        raise InputError("report.not_a_forecast_round", round=repr(round_key))
    rounds = [round_key] if only_round else list(FORECAST_ROUNDS[: int(round_key)])
    columns = [
        Column("theme", terms.COLUMN_THEME(language)),
        Column("goal", terms.COLUMN_GOAL(language)),
        Column("metric", terms.COLUMN_METRICS(language)),
    ]
    if year.layout == "status":
        columns.append(Column("recovery", terms.COLUMN_RECOVERY(language)))
    columns += [Column("round", terms.round_label(key, year.year, language), key) for key in rounds]
    if year.layout == "status":
        columns.append(Column("comments", terms.COLUMN_COMMENTS(language), round_key))
        columns.append(Column("numeric", terms.COLUMN_NUMERIC(language), round_key))
    columns.append(Column("links", terms.COLUMN_LINKS(language)))
    return columns


def build_board_table(
    source: YearSource,
    year: int,
    round_key: str,
    language: str,
    *,
    only_round: bool = False,
    printed: dt.date | None = None,
) -> BoardTable:
    """The board table of ``year`` for ``round_key`` ("1"–"3") in ``language`` ("fi", "sv")."""
    row = _year(source, year)
    printed = printed or dt.date.today()
    texts = _Texts(language)
    columns = board_columns(row, round_key, language, only_round)
    rows: list[BoardRow] = []
    for theme in row.themes:
        theme_text = texts.pick_span(
            theme.name_fi, theme.name_sv, _named("theme", theme.name_fi, language)
        )
        for goal in theme.goals:
            in_goal = _named("goal", goal.title_fi, language)
            title = texts.pick_span(goal.title_fi, goal.title_sv, in_goal)
            description = texts.pick_span(
                goal.description_fi, goal.description_sv, f"{in_goal}: {_word('desc', language)}"
            )
            links = [
                texts.pick_span(
                    link.name_fi,
                    link.name_sv,
                    f"{in_goal}: {_named('link', link.name_fi, language)}",
                )
                for link in goal.links
            ]

            board_row = functools.partial(
                BoardRow,
                theme.id,
                theme_text.text,
                goal.id,
                title.text,
                description.text,
                theme_language=theme_text.language or "",
                goal_title_language=title.language or "",
                goal_description_language=description.language or "",
            )
            for m_number, metric in enumerate(goal.metrics, start=1):
                where = _metric_place(in_goal, m_number, metric.text_fi, language)
                cells: dict[Column, Cell] = {}
                for column in columns:
                    cells[column] = _cell(column, metric, row, texts, where, links, language)
                rows.append(board_row(cells, metric_id=metric.id))
            if not goal.metrics:
                rows.append(board_row({}))
    division = texts.pick(row.division_fi, row.division_sv, _word("division", language))
    return BoardTable(
        year=row.year,
        round_key=round_key,
        language=language,
        layout=row.layout,
        title=terms.REPORT_TITLE(language),
        subtitle=f"{terms.round_label(round_key, row.year, language)} · {PRINTED(language)} "
        f"{format_date(printed, language)}",
        printed=printed,
        division=division,
        columns=columns,
        rows=rows,
        fallbacks=texts.fallbacks,
    )


def _cell(
    column: Column,
    metric: MetricSnapshot,
    year: YearSnapshot,
    texts: _Texts,
    where: str,
    links: list[Span],
    language: str,
) -> Cell:
    kind = column.kind
    if kind == "metric":
        text = texts.pick_span(metric.text_fi, metric.text_sv, where)
        target = texts.pick_span(
            metric.target_fi, metric.target_sv, f"{where}: {terms.TARGET_LEVEL(language)}"
        )
        if not target.text or target.text in text.text:
            return _spans_cell([text])
        if not text.text:
            return _spans_cell([target])
        label = Span(f"\n\n{terms.TARGET_LEVEL(language)}: ")
        return _spans_cell([text, label, target])
    if kind == "recovery":
        return Cell(YES_NO[metric.recovery](language) if metric.recovery is not None else "")
    if kind == "links":
        spans: list[Span] = []
        for number, link in enumerate(links):
            spans += [Span("\n"), link] if number else [link]
        return _spans_cell(spans)
    entry = metric.entry(column.round_key)
    if entry is None:
        return Cell()
    if kind == "round":
        if year.layout == "status":
            if entry.status:
                return Cell(status_label(entry.status, language), entry.status)
            return Cell()
        return _free_cell(entry.forecast or "", language)
    if kind == "comments":
        return _free_cell(entry.comment or "", language)
    if kind == "numeric":
        if entry.numeric is None:
            return Cell()
        unit = entry.unit or DEFAULT_UNIT
        return Cell(format_numeric(entry.numeric, unit, language), number=entry.numeric, unit=unit)
    return Cell()


def _free_cell(text: str, language: str) -> Cell:
    """A free text (a forecast, comments): in the language it is guessed to be written in,
    kept as one piece of that language when it is not the report's."""
    return _spans_cell([Span(text, _free_language(text, language) or None)])


def _free_language(text: str, language: str) -> str:
    """The language a free text is guessed to be in where it is not ``language``, else ""."""
    guessed = guess_language(text, language)
    return guessed if guessed != language else ""


def _spans_cell(spans: list[Span]) -> Cell:
    """A cell of these pieces; the pieces are kept only when one of them fell back."""
    text = "".join(span.text for span in spans)
    if not any(span.language for span in spans):
        return Cell(text)
    return Cell(text, spans=tuple(spans))


# Words that name a place in the fallback list, each item by its Finnish name as the reader sees
# it in the table: 'tema ”Maailman toimivin kaupunki”', 'mål ”Palveluja parannetaan…”,
# indikator 2 ”Asiakastyytyväisyys…”: målnivå'.
_WORDS = {
    "theme": Label("teema", "tema", "theme"),
    "goal": Label("tavoite", "mål", "goal"),
    "desc": Label("kuvaus", "beskrivning", "description"),
    "metric": Label("mittari", "indikator", "metric"),
    "link": Label("kytkeytyminen", "koppling", "link"),
    "division": Label("toimiala", "sektor", "division"),
}
# Finnish and Swedish quote with ” on both sides.
_QUOTES = {"fi": ("”", "”"), "sv": ("”", "”")}
_NAME_WIDTH = 60


def _word(what: str, language: str) -> str:
    return _WORDS[what](language)


def _named(what: str, name: str | None, language: str) -> str:
    """'tema ”Maailman toimivin kaupunki”': the word of the place and its (Finnish) name."""
    return f"{_word(what, language)} {_quoted(name, language)}"


def _metric_place(in_goal: str, number: int, text: str | None, language: str) -> str:
    """'mål ”…”, indikator 2 ”…”': the goal, the metric's number in it and its text."""
    return f"{in_goal}, {_word('metric', language)} {number} {_quoted(text, language)}"


def _quoted(name: str | None, language: str) -> str:
    opening, closing = _QUOTES.get(language, ("“", "”"))
    line = " ".join((name or "").split())
    if len(line) > _NAME_WIDTH:
        line = line[: _NAME_WIDTH - 1] + "…"
    return f"{opening}{line}{closing}"


# The year-end report


@dataclass
class YearEndMetric:
    number: int
    text: str
    status: str | None
    outcome: str  # "Tavoite toteutui." …
    explanation: str
    text_language: str = ""  # "fi" where a Swedish report fell back, else ""
    # The language the explanation is guessed to be in where it is not the report's, else "".
    explanation_language: str = ""


@dataclass
class YearEndGoal:
    title: str
    status: str | None  # derived (rule 4)
    outcome: str  # "toteutui" / "ei toteutunut"
    explanation: str  # the goal's explanation to the council
    metrics: list[YearEndMetric]
    title_language: str = ""  # "fi" where a Swedish report fell back, else ""
    # The language the explanation is guessed to be in where it is not the report's, else "".
    explanation_language: str = ""


@dataclass
class YearEndReport:
    year: int
    language: str
    title: str
    printed: dt.date
    division: str
    goals: list[YearEndGoal]
    fallbacks: list[str]


def build_year_end(
    source: YearSource, year: int, language: str, *, printed: dt.date | None = None
) -> YearEndReport:
    """The year-end report of seed 004: every goal, its outcome, its metrics' outcomes."""
    row = _year(source, year)
    texts = _Texts(language)
    goals = []
    for theme in row.themes:
        for goal in theme.goals:
            in_goal = _named("goal", goal.title_fi, language)
            title = texts.pick_span(goal.title_fi, goal.title_sv, in_goal)
            metrics = []
            statuses = []
            for number, metric in enumerate(goal.metrics, start=1):
                entry = metric.entry(FINAL)
                status = entry.status if entry is not None else None
                statuses.append(status)
                explanation = (entry.explanation or "") if entry is not None else ""
                where = _metric_place(in_goal, number, metric.text_fi, language)
                text = texts.pick_span(metric.text_fi, metric.text_sv, where)
                metrics.append(
                    YearEndMetric(
                        number=number,
                        text=text.text,
                        text_language=text.language or "",
                        status=status,
                        outcome=METRIC_OUTCOME[status](language)
                        if status in METRIC_OUTCOME
                        else "",
                        explanation=explanation,
                        explanation_language=_free_language(explanation, language),
                    )
                )
            outcome = derive_outcome(statuses)
            goals.append(
                YearEndGoal(
                    title=title.text,
                    title_language=title.language or "",
                    status=outcome.value if outcome else None,
                    outcome=GOAL_OUTCOME[outcome.value](language)
                    if outcome
                    else NO_OUTCOME(language),
                    explanation=goal.outcome_explanation or "",
                    explanation_language=_free_language(goal.outcome_explanation or "", language),
                    metrics=metrics,
                )
            )
    return YearEndReport(
        year=row.year,
        language=language,
        title=YEAR_END_TITLE(language) % {"year": row.year},
        printed=printed or dt.date.today(),
        division=texts.pick(row.division_fi, row.division_sv, _word("division", language)),
        goals=goals,
        fallbacks=texts.fallbacks,
    )
