"""What the window reads: plain frozen data, so that no UI module runs a query of its own.

The forms' reads (``read_year``, ``read_theme``, ``read_goal``, ``read_metric``) go through the
model in one read session and hand back frozen dataclasses, as ``editing.vocabulary`` does. The
tree is read the way ``storage/snapshot.py`` reads a year: plain SQL over the DB-API
connection, a handful of SELECTs in one transaction, no ORM objects. That read is what stands
between opening the database and a filled window, so it stays cheap (no model loading, no
identity map) even on a database of twenty years.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from kuva_desktop.domain.fields import ENTRY_FIELDS
from kuva_desktop.domain.labels import pick
from kuva_desktop.domain.rules import check_year
from kuva_desktop.storage import models as m
from kuva_desktop.storage.database import Database
from kuva_desktop.storage.queries import load_year
from kuva_desktop.storage.snapshot import EntrySnapshot, TreeItem, tree_items

__all__ = [
    "COLUMN_COMMENTS",
    "COLUMN_GOAL",
    "COLUMN_LINKS",
    "COLUMN_METRIC",
    "COLUMN_NUMERIC",
    "COLUMN_PROBLEMS",
    "COLUMN_RECOVERY",
    "COLUMN_ROUND",
    "COLUMN_THEME",
    "ChangeRow",
    "GoalValues",
    "GoalView",
    "MetricValues",
    "MetricView",
    "Overview",
    "OverviewColumn",
    "OverviewRow",
    "RoundView",
    "ThemeView",
    "TreeItem",
    "YearView",
    "change_mark",
    "changes_after",
    "newest_changes",
    "read_goal",
    "read_goal_rounds",
    "read_metric",
    "read_overview",
    "read_theme",
    "read_tree",
    "read_year",
    "rule_problems",
    "search_texts",
    "year_of_metric",
    "years_with_open_rounds",
]

YEAR, THEME, GOAL, METRIC = "year", "theme", "goal", "metric"


def _rows(connection: Any, sql: str) -> list[Any]:
    # The statement as it is (no compiling, no ORM), but through the engine: its events and its
    # transaction (REPEATABLE READ on a server) hold as for every other read.
    return list(connection.exec_driver_sql(sql))


def _read(database: Database, reading: Any) -> Any:
    """``reading(connection)`` in one read transaction: the statements see one snapshot."""
    with database.engine.begin() as connection:
        return reading(connection)


def read_tree(database: Database) -> tuple[TreeItem, ...]:
    """The years with everything below them, in the order of the reports (``storage.snapshot``
    holds the statements: the window's first paint reads them with the standard library)."""
    items: tuple[TreeItem, ...] = _read(
        database, lambda connection: tree_items(lambda sql: _rows(connection, sql))
    )
    return items


@dataclass(frozen=True)
class ChangeRow:
    """One row of the history, as the change watcher (``ui/watcher.py``) follows it."""

    id: int
    entity: str
    entity_id: str
    field: str | None
    action: str
    at: dt.datetime
    new: str | None


def _change_rows(database: Database, statement: Any) -> tuple[ChangeRow, ...]:
    change = m.Change
    columns = (change.id, change.entity, change.entity_id, change.field, change.action)
    columns += (change.at, change.new)  # type: ignore[assignment]
    with database.reader() as session:
        return tuple(ChangeRow(*row) for row in session.execute(statement(select(*columns))))


def newest_changes(database: Database, limit: int) -> tuple[ChangeRow, ...]:
    """The ``limit`` newest rows of the history, newest first."""
    return _change_rows(database, lambda s: s.order_by(m.Change.id.desc()).limit(limit))


def changes_after(database: Database, last_id: int, ids: list[int]) -> tuple[ChangeRow, ...]:
    """The rows newer than ``last_id``, and those of ``ids`` (still open to a stretch of typing,
    ``storage.history``), oldest first."""
    return _change_rows(
        database,
        lambda s: s.where(or_(m.Change.id > last_id, m.Change.id.in_(ids))).order_by(m.Change.id),
    )


def change_mark(database: Database) -> tuple[int | None, dt.datetime | None]:
    """The newest change's id and time: what a server database says instead of SQLite's
    ``data_version`` when another connection has written."""
    with database.reader() as session:
        newest, at = session.execute(select(func.max(m.Change.id), func.max(m.Change.at))).one()
    return newest, at


def years_with_open_rounds(database: Database) -> frozenset[int]:
    """The years that have a round open to the owners (where packages are issued)."""
    rows = _read(
        database,
        lambda connection: _rows(
            connection,
            "SELECT DISTINCT y.year FROM year y JOIN round r ON r.year_id = y.id "
            "WHERE r.state = 'open'",
        ),
    )
    return frozenset(int(year) for (year,) in rows)


def year_of_metric(database: Database, metric_id: str) -> int | None:
    """The year a metric belongs to; None when it is gone."""
    with database.reader() as session:
        return session.scalar(
            select(m.Year.year)
            .join(m.Theme, m.Theme.year_id == m.Year.id)
            .join(m.Goal, m.Goal.theme_id == m.Theme.id)
            .join(m.Metric, m.Metric.goal_id == m.Goal.id)
            .where(m.Metric.id == str(metric_id))
        )


def rule_problems(database: Database, year: int) -> int | None:
    """How many of the city's rules the year's data breaks; None when there is no such year."""
    snapshot = database.read_year(year)
    return None if snapshot is None else len(check_year(snapshot))


def search_texts(database: Database) -> dict[str, str]:
    """Every text of each theme, goal and metric (a metric's entries included), casefolded, by
    the item's id: what the tree's search box looks in."""
    queries = (
        "SELECT id, name_fi, name_sv FROM theme",
        "SELECT id, title_fi, title_sv, description_fi, description_sv, outcome_explanation "
        "FROM goal",
        "SELECT id, text_fi, text_sv, target_fi, target_sv FROM metric",
        "SELECT metric_id, forecast, comment, explanation FROM entry",
    )

    def reading(connection: Any) -> dict[str, str]:
        texts: dict[str, list[str]] = defaultdict(list)
        for sql in queries:
            for item_id, *values in _rows(connection, sql):
                texts[item_id].extend(v for v in values if v)
        return {item_id: " ".join(found).casefold() for item_id, found in texts.items()}

    result: dict[str, str] = _read(database, reading)
    return result


# The forms


@dataclass(frozen=True)
class RoundView:
    key: str
    deadline: dt.date | None
    state: str


@dataclass(frozen=True)
class YearView:
    year: int
    division_fi: str
    division_sv: str | None
    layout: str
    rounds: tuple[RoundView, ...]


@dataclass(frozen=True)
class ThemeView:
    id: str
    name_fi: str
    name_sv: str | None


@dataclass(frozen=True)
class GoalView:
    id: str
    year: int
    round_keys: tuple[str, ...]  # the rounds the goal's year has
    title_fi: str
    title_sv: str | None
    description_fi: str
    description_sv: str | None
    owners: tuple[str, ...]  # sorted
    links: tuple[str, ...]  # the Finnish names, in the goal's order
    all_owners: tuple[str, ...]  # every owner of the vocabulary, sorted
    all_links: tuple[tuple[str, str | None], ...]  # every link name (fi, sv)


@dataclass(frozen=True)
class MetricView:
    id: str
    year: int
    layout: str
    goal_title_fi: str
    goal_title_sv: str | None
    goal_owners: tuple[str, ...]
    text_fi: str
    text_sv: str | None
    target_fi: str
    target_sv: str | None
    recovery: bool | None
    owners: tuple[str, ...]  # sorted; none: the goal's
    all_owners: tuple[str, ...]


def read_year(database: Database, year: int) -> YearView | None:
    """The year's own fields and its rounds; None when there is no such year."""
    with database.reader() as session:
        row = session.scalars(
            select(m.Year).where(m.Year.year == int(year)).options(selectinload(m.Year.rounds))
        ).one_or_none()
        if row is None:
            return None
        return YearView(
            row.year,
            row.division_fi,
            row.division_sv,
            row.layout,
            tuple(RoundView(r.key, r.deadline, r.state) for r in row.rounds),
        )


def read_theme(database: Database, theme_id: str) -> ThemeView | None:
    with database.reader() as session:
        theme = session.get(m.Theme, str(theme_id))
        return None if theme is None else ThemeView(theme.id, theme.name_fi, theme.name_sv)


def _owner_names(session: Session) -> tuple[str, ...]:
    """Every owner's name, in order: whom a goal's or a metric's form offers."""
    return tuple(session.scalars(select(m.Owner.name).order_by(m.Owner.name)))


def read_goal(database: Database, goal_id: str) -> GoalView | None:
    """The goal's fields, with the vocabularies its form offers."""
    with database.reader() as session:
        goal = session.scalars(
            select(m.Goal)
            .where(m.Goal.id == str(goal_id))
            .options(
                selectinload(m.Goal.owners),
                selectinload(m.Goal.link_rows).selectinload(m.GoalLink.link),
            )
        ).one_or_none()
        if goal is None:
            return None
        year = goal.theme.year
        return GoalView(
            goal.id,
            year.year,
            tuple(r.key for r in year.rounds),
            goal.title_fi,
            goal.title_sv,
            goal.description_fi,
            goal.description_sv,
            tuple(sorted(o.name for o in goal.owners)),
            tuple(link.name_fi for link in goal.links),
            _owner_names(session),
            tuple((link.name_fi, link.name_sv) for link in session.scalars(select(m.Link))),
        )


def read_metric(database: Database, metric_id: str) -> MetricView | None:
    """The metric's fields, with its goal's title and owners and the owners to choose from."""
    with database.reader() as session:
        metric = session.scalars(
            select(m.Metric)
            .where(m.Metric.id == str(metric_id))
            .options(
                selectinload(m.Metric.owners),
                selectinload(m.Metric.goal).selectinload(m.Goal.owners),
            )
        ).one_or_none()
        if metric is None:
            return None
        goal = metric.goal
        year = goal.theme.year
        return MetricView(
            metric.id,
            year.year,
            year.layout,
            goal.title_fi,
            goal.title_sv,
            tuple(o.name for o in goal.owners),
            metric.text_fi,
            metric.text_sv,
            metric.target_fi,
            metric.target_sv,
            metric.recovery,
            tuple(sorted(o.name for o in metric.owners)),
            _owner_names(session),
        )


# The round and year-end forms: one goal with its metrics and entries


@dataclass(frozen=True)
class MetricValues:
    id: str
    text: str
    target: str
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)

    def entry(self, round_key: str) -> dict[str, Any]:
        return self.entries.get(round_key) or dict.fromkeys(ENTRY_FIELDS)


@dataclass(frozen=True)
class GoalValues:
    """One goal in one language, as the forms of its rounds show it (read in one session)."""

    id: str
    title: str
    outcome_explanation: str | None
    year: int
    layout: str
    rounds: dict[str, tuple[dt.date | None, str]]
    metrics: list[MetricValues]


def read_goal_rounds(database: Database, goal_id: str, language: str) -> GoalValues | None:
    """The goal with its metrics and their entries in ``language`` (Swedish where there is a
    Swedish text); not the rest of the year."""
    with database.reader() as session:
        return _goal_rounds(session, goal_id, language)


def _goal_rounds(session: Session, goal_id: str, language: str) -> GoalValues | None:
    goal = session.scalars(
        select(m.Goal)
        .where(m.Goal.id == goal_id)
        .options(selectinload(m.Goal.metrics).selectinload(m.Metric.entries))
    ).one_or_none()
    if goal is None:
        return None
    year = goal.theme.year
    metrics = []
    for metric in goal.metrics:
        entries = {}
        for entry in metric.entries:
            values: dict[str, Any] = {name: getattr(entry, name) for name in ENTRY_FIELDS}
            if isinstance(values["numeric"], Decimal):
                values["numeric"] = values["numeric"].normalize()
            entries[entry.round_key] = values
        metrics.append(
            MetricValues(
                id=metric.id,
                text=pick(metric.text_fi, metric.text_sv, language),
                target=pick(metric.target_fi, metric.target_sv, language),
                entries=entries,
            )
        )
    return GoalValues(
        id=goal.id,
        title=pick(goal.title_fi, goal.title_sv, language),
        outcome_explanation=goal.outcome_explanation,
        year=year.year,
        layout=year.layout,
        rounds={r.key: (r.deadline, r.state) for r in year.rounds},
        metrics=metrics,
    )


# The year overview (``ui/overview.py``): its column kinds. The columns of a year depend on its
# layout and rounds.
COLUMN_THEME = "theme"
COLUMN_GOAL = "goal"
COLUMN_METRIC = "metric"
COLUMN_RECOVERY = "recovery"
COLUMN_ROUND = "round"
COLUMN_COMMENTS = "comments"
COLUMN_NUMERIC = "numeric"
COLUMN_LINKS = "links"
COLUMN_PROBLEMS = "problems"


@dataclass(frozen=True)
class OverviewRow:
    """One row of the overview: a metric with its theme and goal (a goal without metrics: none)."""

    theme_id: str
    theme: tuple[str, str | None]
    goal_id: str | None
    goal: tuple[str, str | None]
    description: tuple[str, str | None]
    links: tuple[tuple[str, str | None], ...]
    metric_id: str | None = None
    metric: tuple[str, str | None] = ("", None)
    target: tuple[str, str | None] = ("", None)
    recovery: bool | None = None
    entries: Mapping[str, EntrySnapshot] = field(default_factory=dict)
    problems: tuple[str, ...] = ()  # rule codes
    theme_span: int = 0  # rows the theme cell spans, on its first row; 0 on the others
    goal_span: int = 0


@dataclass(frozen=True)
class OverviewColumn:
    kind: str
    round_key: str = ""


@dataclass(frozen=True)
class Overview:
    """A year as the overview shows it: its layout, rows and columns."""

    layout: str
    rows: tuple[OverviewRow, ...]
    columns: tuple[OverviewColumn, ...]


def read_overview(database: Database, year: int) -> Overview | None:
    """The overview of ``year``, each row with the rules it breaks; None without such a year."""
    with database.reader() as session:
        loaded = load_year(session, year)
        if loaded is None:
            return None
        status = loaded.layout == "status"
        columns = [OverviewColumn(k) for k in (COLUMN_THEME, COLUMN_GOAL, COLUMN_METRIC)]
        if status:
            columns.append(OverviewColumn(COLUMN_RECOVERY))
        columns += [OverviewColumn(COLUMN_ROUND, r.key) for r in loaded.rounds]
        if status:
            columns += [OverviewColumn(COLUMN_COMMENTS), OverviewColumn(COLUMN_NUMERIC)]
        columns += [OverviewColumn(COLUMN_LINKS), OverviewColumn(COLUMN_PROBLEMS)]
        return Overview(loaded.layout, _overview_rows(loaded), tuple(columns))


def _overview_rows(year: m.Year) -> tuple[OverviewRow, ...]:
    rows: list[dict[str, Any]] = []  # each row's fields, frozen at the end
    for theme in year.themes:
        theme_start = len(rows)
        theme_text = (theme.name_fi, theme.name_sv)
        for goal in theme.goals:
            goal_start = len(rows)
            base = {
                "theme_id": theme.id,
                "theme": theme_text,
                "goal_id": goal.id,
                "goal": (goal.title_fi, goal.title_sv),
                "description": (goal.description_fi, goal.description_sv),
                "links": tuple((link.name_fi, link.name_sv) for link in goal.links),
                "problems": [],
            }
            for metric in goal.metrics:
                entries = {
                    e.round_key: EntrySnapshot(
                        e.round_key,
                        e.status,
                        e.forecast,
                        e.comment,
                        e.numeric,
                        e.unit,
                        e.explanation,
                    )
                    for e in metric.entries
                }
                rows.append(
                    base
                    | {
                        "metric_id": metric.id,
                        "metric": (metric.text_fi, metric.text_sv),
                        "target": (metric.target_fi, metric.target_sv),
                        "recovery": metric.recovery,
                        "entries": entries,
                        "problems": [],
                    }
                )
            if not goal.metrics:
                rows.append(base)
            # The rules of one goal, checked as a year of its own: the violations' metric numbers
            # then point at this goal's rows. Problems of the goal itself go on its first row.
            alone = SimpleNamespace(
                year=year.year, layout=year.layout, themes=[SimpleNamespace(goals=[goal])]
            )
            for violation in check_year(alone):
                number = violation.metric_number or 1
                rows[goal_start + number - 1]["problems"].append(violation.rule)
            rows[goal_start]["goal_span"] = len(rows) - goal_start
        if not theme.goals:
            rows.append(
                {
                    "theme_id": theme.id,
                    "theme": theme_text,
                    "goal_id": None,
                    "goal": ("", None),
                    "description": ("", None),
                    "links": (),
                    "problems": [],
                }
            )
        rows[theme_start]["theme_span"] = len(rows) - theme_start
    return tuple(OverviewRow(**(row | {"problems": tuple(row["problems"])})) for row in rows)
