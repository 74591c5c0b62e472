"""What the window reads: plain SQL, plain frozen data, no SQLAlchemy.

The tree and the forms' reads (``read_year``, ``read_theme``, ``read_goal``, ``read_metric``,
``read_goal_rounds``) run a handful of SELECTs in one read transaction of a ``Source``
(``storage.snapshot``): the open ``Database``, or a ``DatabaseFile`` read with the standard
library. So the window shows its tree and the selected item's form before the database code is
loaded (``ui/app.py``), and the same statements serve it afterwards; no UI module runs a query of
its own. The statements name the tables and columns of ``storage.models``;
``tests/test_read.py`` checks that both sources give the same views of every item.

Values come back as each driver stores them (SQLite has no date or boolean type): ``_date``,
``stored_bool`` and ``_number`` make them what the model would give. The year overview
(``editing.overview``) and the history's watcher (``editing.changes``) read through the model,
once the database is open.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from kuva_desktop.domain.fields import ENTRY_FIELDS
from kuva_desktop.domain.labels import pick
from kuva_desktop.domain.rules import check_year
from kuva_desktop.storage.snapshot import (
    Rows,
    Source,
    TreeItem,
    stored_bool,
    stored_decimal,
    tree_items,
)

if TYPE_CHECKING:
    from kuva_desktop.storage.database import Database

__all__ = [
    "GoalValues",
    "GoalView",
    "MetricValues",
    "MetricView",
    "RoundView",
    "ThemeView",
    "TreeItem",
    "YearView",
    "read_goal",
    "read_goal_rounds",
    "read_metric",
    "read_theme",
    "read_tree",
    "read_year",
    "rule_problems",
    "search_texts",
    "year_of_metric",
    "years_with_open_rounds",
]


def _date(value: Any) -> dt.date | None:
    """A stored date: a ``date`` from a server, ISO text from SQLite."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _number(value: Any) -> Decimal | None:
    """An entry's number as the forms compare it: the model's Decimal, normalised."""
    number = stored_decimal(value)
    return None if number is None else number.normalize()


def read_tree(source: Source) -> tuple[TreeItem, ...]:
    """The years with everything below them, in the order of the reports (``storage.snapshot``
    holds the statements)."""
    return source.read(tree_items)


def years_with_open_rounds(source: Source) -> frozenset[int]:
    """The years that have a round open to the owners (where packages are issued)."""
    rows = source.read(
        lambda rows: rows(
            "SELECT DISTINCT y.year FROM year y JOIN round r ON r.year_id = y.id "
            "WHERE r.state = 'open'"
        )
    )
    return frozenset(int(year) for (year,) in rows)


def year_of_metric(source: Source, metric_id: str) -> int | None:
    """The year a metric belongs to; None when it is gone."""
    found = source.read(
        lambda rows: rows(
            "SELECT y.year FROM metric m JOIN goal g ON g.id = m.goal_id "
            "JOIN theme t ON t.id = g.theme_id JOIN year y ON y.id = t.year_id "
            "WHERE m.id = :id",
            {"id": str(metric_id)},
        )
    )
    return int(found[0][0]) if found else None


def rule_problems(database: Database, year: int) -> int | None:
    """How many of the city's rules the year's data breaks; None when there is no such year."""
    snapshot = database.read_year(year)
    return None if snapshot is None else len(check_year(snapshot))


def search_texts(source: Source) -> dict[str, str]:
    """Every text of each theme, goal and metric (a metric's entries included), casefolded, by
    the item's id: what the tree's search box looks in."""
    queries = (
        "SELECT id, name_fi, name_sv FROM theme",
        "SELECT id, title_fi, title_sv, description_fi, description_sv, outcome_explanation "
        "FROM goal",
        "SELECT id, text_fi, text_sv, target_fi, target_sv FROM metric",
        "SELECT metric_id, forecast, comment, explanation FROM entry",
    )

    def reading(rows: Rows) -> dict[str, str]:
        texts: dict[str, list[str]] = defaultdict(list)
        for sql in queries:
            for item_id, *values in rows(sql):
                texts[item_id].extend(v for v in values if v)
        return {item_id: " ".join(found).casefold() for item_id, found in texts.items()}

    return source.read(reading)


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


# An item's year, joined from a goal ``g``.
_GOAL_YEAR = "JOIN theme t ON t.id = g.theme_id JOIN year y ON y.id = t.year_id"


def _rounds(rows: Rows, year_id: int) -> list[Any]:
    """The year's rounds (key, deadline, state) in their order."""
    return rows(
        "SELECT key, deadline, state FROM round WHERE year_id = :year ORDER BY position, id",
        {"year": year_id},
    )


def _owner_names(rows: Rows) -> tuple[str, ...]:
    """Every owner's name, in order: whom a goal's or a metric's form offers."""
    return tuple(name for (name,) in rows("SELECT name FROM owner ORDER BY name"))


def _owners_of(rows: Rows, table: str, column: str, item_id: str) -> tuple[str, ...]:
    """The names of the owners of one goal (``goal_owner``) or metric (``metric_owner``)."""
    found = rows(
        f"SELECT o.name FROM {table} x JOIN owner o ON o.id = x.owner_id "
        f"WHERE x.{column} = :id ORDER BY o.name",
        {"id": item_id},
    )
    return tuple(name for (name,) in found)


def read_year(source: Source, year: int) -> YearView | None:
    """The year's own fields and its rounds; None when there is no such year."""

    def reading(rows: Rows) -> YearView | None:
        found = rows(
            "SELECT id, year, division_fi, division_sv, layout FROM year WHERE year = :year",
            {"year": int(year)},
        )
        if not found:
            return None
        year_id, number, division_fi, division_sv, layout = found[0]
        rounds = tuple(
            RoundView(key, _date(deadline), state)
            for key, deadline, state in _rounds(rows, year_id)
        )
        return YearView(int(number), division_fi, division_sv, layout, rounds)

    return source.read(reading)


def read_theme(source: Source, theme_id: str) -> ThemeView | None:
    found = source.read(
        lambda rows: rows(
            "SELECT id, name_fi, name_sv FROM theme WHERE id = :id", {"id": str(theme_id)}
        )
    )
    return ThemeView(*found[0]) if found else None


def read_goal(source: Source, goal_id: str) -> GoalView | None:
    """The goal's fields, with the vocabularies its form offers."""
    goal_id = str(goal_id)

    def reading(rows: Rows) -> GoalView | None:
        found = rows(
            "SELECT y.id, y.year, g.title_fi, g.title_sv, g.description_fi, g.description_sv "
            f"FROM goal g {_GOAL_YEAR} WHERE g.id = :id",
            {"id": goal_id},
        )
        if not found:
            return None
        year_id, year, title_fi, title_sv, description_fi, description_sv = found[0]
        links = rows(
            "SELECT l.name_fi FROM goal_link gl JOIN link l ON l.id = gl.link_id "
            "WHERE gl.goal_id = :id ORDER BY gl.position, l.id",
            {"id": goal_id},
        )
        return GoalView(
            goal_id,
            int(year),
            tuple(key for key, _, _ in _rounds(rows, year_id)),
            title_fi,
            title_sv,
            description_fi,
            description_sv,
            tuple(sorted(_owners_of(rows, "goal_owner", "goal_id", goal_id))),
            tuple(name for (name,) in links),
            _owner_names(rows),
            tuple((fi, sv) for fi, sv in rows("SELECT name_fi, name_sv FROM link ORDER BY id")),
        )

    return source.read(reading)


def read_metric(source: Source, metric_id: str) -> MetricView | None:
    """The metric's fields, with its goal's title and owners and the owners to choose from."""
    metric_id = str(metric_id)

    def reading(rows: Rows) -> MetricView | None:
        found = rows(
            "SELECT y.year, y.layout, g.id, g.title_fi, g.title_sv, m.text_fi, m.text_sv, "
            f"m.target_fi, m.target_sv, m.recovery FROM metric m JOIN goal g ON g.id = m.goal_id "
            f"{_GOAL_YEAR} WHERE m.id = :id",
            {"id": metric_id},
        )
        if not found:
            return None
        year, layout, goal_id, title_fi, title_sv, *texts, recovery = found[0]
        text_fi, text_sv, target_fi, target_sv = texts
        return MetricView(
            metric_id,
            int(year),
            layout,
            title_fi,
            title_sv,
            _owners_of(rows, "goal_owner", "goal_id", goal_id),
            text_fi,
            text_sv,
            target_fi,
            target_sv,
            stored_bool(recovery),
            tuple(sorted(_owners_of(rows, "metric_owner", "metric_id", metric_id))),
            _owner_names(rows),
        )

    return source.read(reading)


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
    """One goal in one language, as the forms of its rounds show it (read in one transaction)."""

    id: str
    title: str
    outcome_explanation: str | None
    year: int
    layout: str
    rounds: dict[str, tuple[dt.date | None, str]]
    metrics: list[MetricValues]


def read_goal_rounds(source: Source, goal_id: str, language: str) -> GoalValues | None:
    """The goal with its metrics and their entries in ``language`` (Swedish where there is a
    Swedish text); not the rest of the year."""
    goal_id = str(goal_id)

    def reading(rows: Rows) -> GoalValues | None:
        found = rows(
            "SELECT y.id, y.year, y.layout, g.title_fi, g.title_sv, g.outcome_explanation "
            f"FROM goal g {_GOAL_YEAR} WHERE g.id = :id",
            {"id": goal_id},
        )
        if not found:
            return None
        year_id, year, layout, title_fi, title_sv, explanation = found[0]
        entries: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
        for metric_id, round_key, *values in rows(
            f"SELECT e.metric_id, e.round_key, {', '.join(f'e.{n}' for n in ENTRY_FIELDS)} "
            "FROM entry e JOIN metric m ON m.id = e.metric_id WHERE m.goal_id = :id "
            "ORDER BY e.round_key, e.id",
            {"id": goal_id},
        ):
            entry = dict(zip(ENTRY_FIELDS, values, strict=True))
            entry["numeric"] = _number(entry["numeric"])
            entries[metric_id][round_key] = entry
        metrics = [
            MetricValues(
                id=metric_id,
                text=pick(text_fi, text_sv, language),
                target=pick(target_fi, target_sv, language),
                entries=entries.get(metric_id, {}),
            )
            for metric_id, text_fi, text_sv, target_fi, target_sv in rows(
                "SELECT id, text_fi, text_sv, target_fi, target_sv FROM metric "
                "WHERE goal_id = :id ORDER BY position, id",
                {"id": goal_id},
            )
        ]
        return GoalValues(
            id=goal_id,
            title=pick(title_fi, title_sv, language),
            outcome_explanation=explanation,
            year=int(year),
            layout=layout,
            rounds={
                key: (_date(deadline), state) for key, deadline, state in _rounds(rows, year_id)
            },
            metrics=metrics,
        )

    return source.read(reading)
