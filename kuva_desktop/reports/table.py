"""What the board report shows, in the chosen language: one home for the PDF and the workbook.

The board table (DOMAIN.md section 5): one row per metric, theme → goal → metric, the forecast
columns of rounds 1..N (or only round N), the comments and numeric forecast of round N in status
years, the links. The year-end report (seed 004): each goal with its outcome, its metrics with
theirs and the explanations. A Swedish report takes each text's Swedish value where there is one
and the Finnish one otherwise, and lists the cells that fell back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Protocol

from kuva_desktop.domain import terms
from kuva_desktop.domain.labels import Label
from kuva_desktop.domain.numbers import format_numeric
from kuva_desktop.domain.rules import FINAL, FORECAST_ROUNDS, derive_outcome
from kuva_desktop.domain.statuses import status_label
from kuva_desktop.errors import InputError
from kuva_desktop.storage.snapshot import MetricSnapshot, YearSnapshot

YES_NO = {True: Label("Kyllä", "Ja", "Yes"), False: Label("Ei", "Nej", "No")}
CONTINUED = Label("(jatkuu)", "(forts.)", "(continued)")
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


@dataclass(frozen=True)
class Column:
    """One column of the board table: its kind ("theme", "round", …), round key, title."""

    kind: str
    title: str
    round_key: str = ""


@dataclass
class Cell:
    text: str = ""
    status: str | None = None  # a status code: the cell is drawn in its colour


@dataclass
class BoardRow:
    """One metric's row; the theme and goal cells span the rows of their group."""

    theme_id: str
    theme: str
    goal_id: str
    goal_title: str
    goal_description: str
    cells: dict[Column, Cell] = field(default_factory=dict)
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
        if self.language == "sv":
            if sv:
                return sv
            if fi:
                self.fallbacks.append(where)
        return fi or ""


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
        raise InputError(f"round {round_key!r}: the board table is for rounds 1, 2 and 3")
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
    for t_number, theme in enumerate(row.themes, start=1):
        theme_text = texts.pick(
            theme.name_fi, theme.name_sv, f"{_word('theme', language)} {t_number}"
        )
        for goal in theme.goals:
            title = texts.pick(goal.title_fi, goal.title_sv, f"“{goal.title_fi}”")
            description = texts.pick(
                goal.description_fi,
                goal.description_sv,
                f"“{goal.title_fi}”: {_word('desc', language)}",
            )
            links = [
                texts.pick(link.name_fi, link.name_sv, f"“{goal.title_fi}”: {link.name_fi}")
                for link in goal.links
            ]
            for m_number, metric in enumerate(goal.metrics, start=1):
                where = f"“{goal.title_fi}”, {_word('metric', language)} {m_number}"
                cells: dict[Column, Cell] = {}
                for column in columns:
                    cells[column] = _cell(column, metric, row, texts, where, links, language)
                rows.append(
                    BoardRow(theme.id, theme_text, goal.id, title, description, cells, metric.id)
                )
            if not goal.metrics:
                rows.append(BoardRow(theme.id, theme_text, goal.id, title, description, {}))
    division = texts.pick(row.division_fi, row.division_sv, _word("division", language))
    return BoardTable(
        year=row.year,
        round_key=round_key,
        language=language,
        layout=row.layout,
        title=terms.REPORT_TITLE(language),
        subtitle=f"{terms.round_label(round_key, row.year, language)} · {PRINTED(language)} "
        f"{printed.strftime('%d.%m.%Y') if language != 'en' else printed.isoformat()}",
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
    links: list[str],
    language: str,
) -> Cell:
    kind = column.kind
    if kind == "metric":
        text = texts.pick(metric.text_fi, metric.text_sv, where)
        target = texts.pick(
            metric.target_fi, metric.target_sv, f"{where}: {terms.TARGET_LEVEL(language)}"
        )
        if target and target not in text:
            text = f"{text}\n\n{terms.TARGET_LEVEL(language)}: {target}" if text else target
        return Cell(text)
    if kind == "recovery":
        return Cell(YES_NO[metric.recovery](language) if metric.recovery is not None else "")
    if kind == "links":
        return Cell("\n".join(links))
    entry = metric.entry(column.round_key)
    if entry is None:
        return Cell()
    if kind == "round":
        if year.layout == "status":
            if entry.status:
                return Cell(status_label(entry.status, language), entry.status)
            return Cell()
        return Cell(entry.forecast or "")
    if kind == "comments":
        return Cell(entry.comment or "")
    if kind == "numeric":
        if entry.numeric is None:
            return Cell()
        return Cell(format_numeric(entry.numeric, entry.unit, language))
    return Cell()


# Words that name a place in the fallback list ("“Title”, mittari 2").
_WORDS = {
    "theme": Label("teema", "tema", "theme"),
    "desc": Label("kuvaus", "beskrivning", "description"),
    "metric": Label("mittari", "indikator", "metric"),
    "division": Label("toimiala", "sektor", "division"),
}


def _word(what: str, language: str) -> str:
    return _WORDS[what](language)


# The year-end report


@dataclass
class YearEndMetric:
    number: int
    text: str
    status: str | None
    outcome: str  # "Tavoite toteutui." …
    explanation: str


@dataclass
class YearEndGoal:
    title: str
    status: str | None  # derived (rule 4)
    outcome: str  # "toteutui" / "ei toteutunut"
    explanation: str  # the goal's explanation to the council
    metrics: list[YearEndMetric]


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
            title = texts.pick(goal.title_fi, goal.title_sv, f"“{goal.title_fi}”")
            metrics = []
            statuses = []
            for number, metric in enumerate(goal.metrics, start=1):
                entry = metric.entry(FINAL)
                status = entry.status if entry is not None else None
                statuses.append(status)
                where = f"“{goal.title_fi}”, {_word('metric', language)} {number}"
                metrics.append(
                    YearEndMetric(
                        number=number,
                        text=texts.pick(metric.text_fi, metric.text_sv, where),
                        status=status,
                        outcome=METRIC_OUTCOME[status](language)
                        if status in METRIC_OUTCOME
                        else "",
                        explanation=(entry.explanation or "") if entry is not None else "",
                    )
                )
            outcome = derive_outcome(statuses)
            goals.append(
                YearEndGoal(
                    title=title,
                    status=outcome.value if outcome else None,
                    outcome=GOAL_OUTCOME[outcome.value](language)
                    if outcome
                    else NO_OUTCOME(language),
                    explanation=goal.outcome_explanation or "",
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
