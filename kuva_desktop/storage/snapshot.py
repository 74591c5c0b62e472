"""A year as the reports read it: plain SQL over any DB-API connection, no SQLAlchemy.

The board report and the year-end report only read, and a report command should start fast:
importing SQLAlchemy's ORM and the model costs a quarter of a second, more than the sample report
takes to draw, and loading a large year through the ORM costs more than reading it. So the
reports read a ``YearSnapshot``: the year, its themes, goals (with their links), metrics and
entries in their order, read in one transaction with a handful of SELECTs.

``Database.read_year`` reads one through the engine's connection; ``DatabaseFile`` reads one from
an SQLite file at the current schema with the standard library alone (the report commands use it
when ``storage.files.current_database`` says the file needs no migration). The queries name the
tables and columns of ``storage.models``; ``tests/test_snapshot.py`` compares a snapshot with the
same year loaded through the model, field by field.

The window reads the same way: ``tree_items`` is its tree, and a ``Source`` (the ``Database``, or
a ``DatabaseFile`` before the database code is loaded) runs the plain SQL of ``editing.read`` in
one read transaction; ``stored_decimal`` and ``stored_bool`` make a driver's values the model's.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol, TypeVar

from kuva_desktop.storage.backups import connect_read_only
from kuva_desktop.storage.files import BUSY_TIMEOUT_MS

__all__ = [
    "DatabaseFile",
    "EntrySnapshot",
    "GoalSnapshot",
    "LinkSnapshot",
    "MetricSnapshot",
    "Rows",
    "Source",
    "ThemeSnapshot",
    "TreeItem",
    "YearSnapshot",
    "read_year",
    "stored_bool",
    "stored_decimal",
    "tree_items",
]

YEAR, THEME, GOAL, METRIC = "year", "theme", "goal", "metric"

T = TypeVar("T")
# ``rows(sql, params)``: the rows of one statement, with its ``:name`` parameters (sqlite3's own
# style, which ``Database.read`` hands to SQLAlchemy's ``text``).
Rows = Callable[..., list[Any]]


class Source(Protocol):
    """What the window reads from: the open ``Database``, or a ``DatabaseFile`` before the
    database code is loaded. ``read(reading)`` runs ``reading(rows)`` in one read transaction,
    so its statements see one snapshot."""

    def read(self, reading: Callable[[Rows], T]) -> T: ...


@dataclass(frozen=True)
class EntrySnapshot:
    round_key: str
    status: str | None
    forecast: str | None
    comment: str | None
    numeric: Decimal | None
    unit: str | None
    explanation: str | None


@dataclass(frozen=True)
class LinkSnapshot:
    name_fi: str
    name_sv: str | None


@dataclass
class MetricSnapshot:
    id: str
    text_fi: str
    text_sv: str | None
    target_fi: str
    target_sv: str | None
    recovery: bool | None
    entries: list[EntrySnapshot] = field(default_factory=list)

    def entry(self, round_key: str) -> EntrySnapshot | None:
        return next((e for e in self.entries if e.round_key == round_key), None)


@dataclass
class GoalSnapshot:
    id: str
    title_fi: str
    title_sv: str | None
    description_fi: str
    description_sv: str | None
    outcome_explanation: str | None
    links: list[LinkSnapshot] = field(default_factory=list)
    metrics: list[MetricSnapshot] = field(default_factory=list)


@dataclass
class ThemeSnapshot:
    id: str
    name_fi: str
    name_sv: str | None
    goals: list[GoalSnapshot] = field(default_factory=list)


@dataclass
class YearSnapshot:
    year: int
    layout: str
    division_fi: str
    division_sv: str | None
    themes: list[ThemeSnapshot] = field(default_factory=list)


def stored_decimal(value: Any) -> Decimal | None:
    """A stored number as the model gives it: a Decimal of scale 4 (``Numeric(18, 4)``)."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return value
    return Decimal(f"{float(value):.4f}")


def stored_bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


def read_year(connection: Any, year: int) -> YearSnapshot | None:
    """``year`` read over a DB-API ``connection``; None when the database has no such year.

    The year number is an int written into the SQL (no parameters: their style differs between
    drivers). Rows of one parent come in ``position`` order, entries in round-key order, as the
    model's relationships order them.
    """
    year = int(year)
    cursor = connection.cursor()
    try:

        def rows(sql: str) -> list[Any]:
            cursor.execute(sql)
            return list(cursor.fetchall())

        found = rows(
            f"SELECT id, year, layout, division_fi, division_sv FROM year WHERE year = {year}"
        )
        if not found:
            return None
        year_id, number, layout, division_fi, division_sv = found[0]
        snapshot = YearSnapshot(int(number), layout, division_fi or "", division_sv)
        in_year = f"JOIN theme t ON g.theme_id = t.id WHERE t.year_id = {int(year_id)}"
        themes: dict[str, ThemeSnapshot] = {}
        for theme_id, name_fi, name_sv in rows(
            f"SELECT id, name_fi, name_sv FROM theme WHERE year_id = {int(year_id)} "
            "ORDER BY position, id"
        ):
            themes[theme_id] = ThemeSnapshot(theme_id, name_fi or "", name_sv)
            snapshot.themes.append(themes[theme_id])
        goals: dict[str, GoalSnapshot] = {}
        for goal_id, theme_id, *texts in rows(
            "SELECT g.id, g.theme_id, g.title_fi, g.title_sv, g.description_fi, "
            f"g.description_sv, g.outcome_explanation FROM goal g {in_year} "
            "ORDER BY g.position, g.id"
        ):
            title_fi, title_sv, description_fi, description_sv, explanation = texts
            goal = GoalSnapshot(
                goal_id, title_fi or "", title_sv, description_fi or "", description_sv, explanation
            )
            goals[goal_id] = goal
            themes[theme_id].goals.append(goal)
        for goal_id, name_fi, name_sv in rows(
            "SELECT gl.goal_id, l.name_fi, l.name_sv FROM goal_link gl "
            "JOIN link l ON gl.link_id = l.id JOIN goal g ON gl.goal_id = g.id "
            f"{in_year} ORDER BY gl.position, l.id"
        ):
            goals[goal_id].links.append(LinkSnapshot(name_fi, name_sv))
        metrics: dict[str, MetricSnapshot] = {}
        for metric_id, goal_id, *values in rows(
            "SELECT m.id, m.goal_id, m.text_fi, m.text_sv, m.target_fi, m.target_sv, m.recovery "
            f"FROM metric m JOIN goal g ON m.goal_id = g.id {in_year} "
            "ORDER BY m.position, m.id"
        ):
            text_fi, text_sv, target_fi, target_sv, recovery = values
            metric = MetricSnapshot(
                metric_id, text_fi or "", text_sv, target_fi or "", target_sv, stored_bool(recovery)
            )
            metrics[metric_id] = metric
            goals[goal_id].metrics.append(metric)
        entries: dict[str, list[EntrySnapshot]] = defaultdict(list)
        for metric_id, key, status, forecast, comment, numeric, unit, explanation in rows(
            "SELECT e.metric_id, e.round_key, e.status, e.forecast, e.comment, e.numeric, "
            "e.unit, e.explanation FROM entry e JOIN metric m ON e.metric_id = m.id "
            f"JOIN goal g ON m.goal_id = g.id {in_year} ORDER BY e.round_key, e.id"
        ):
            entries[metric_id].append(
                EntrySnapshot(
                    key, status, forecast, comment, stored_decimal(numeric), unit, explanation
                )
            )
        for metric_id, metric in metrics.items():
            metric.entries = entries.get(metric_id, [])
        return snapshot
    finally:
        cursor.close()


@dataclass(frozen=True)
class TreeItem:
    """One item of the tree: a year (key: the year number), a theme, goal or metric (its id)."""

    kind: str
    key: int | str
    text_fi: str
    text_sv: str | None = None
    owners: tuple[str, ...] = ()
    statuses: tuple[tuple[str, str], ...] = ()  # a metric's (round key, status) pairs
    children: tuple[TreeItem, ...] = field(default_factory=tuple)


def tree_items(rows: Callable[[str], list[Any]]) -> tuple[TreeItem, ...]:
    """The years with everything below them, in the order of the reports; ``rows(sql)`` runs
    a statement (in one transaction: the statements see one snapshot)."""

    def owners_of(table: str, column: str) -> dict[str, list[str]]:
        found: dict[str, list[str]] = defaultdict(list)
        for item_id, name in rows(
            f"SELECT x.{column}, o.name FROM {table} x JOIN owner o ON o.id = x.owner_id "
            "ORDER BY o.name",
        ):
            found[item_id].append(name)
        return found

    goal_owners = owners_of("goal_owner", "goal_id")
    metric_owners = owners_of("metric_owner", "metric_id")
    statuses: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for metric_id, round_key, status in rows(
        "SELECT metric_id, round_key, status FROM entry WHERE status IS NOT NULL "
        "ORDER BY round_key",
    ):
        statuses[metric_id].append((round_key, status))
    metric_rows: dict[str, list[Any]] = defaultdict(list)
    for row in rows("SELECT goal_id, id, text_fi, text_sv FROM metric ORDER BY position, id"):
        metric_rows[row[0]].append(row[1:])
    metrics: dict[str, list[TreeItem]] = defaultdict(list)
    goals: dict[str, list[TreeItem]] = defaultdict(list)
    for goal_id, theme_id, title_fi, title_sv in rows(
        "SELECT id, theme_id, title_fi, title_sv FROM goal ORDER BY position, id"
    ):
        owners = tuple(goal_owners.get(goal_id, ()))
        for metric_id, text_fi, text_sv in metric_rows.get(goal_id, ()):
            # A metric without owners of its own belongs to the goal's (DOMAIN.md section 3).
            metrics[goal_id].append(
                TreeItem(
                    METRIC,
                    metric_id,
                    text_fi or "",
                    text_sv,
                    tuple(metric_owners.get(metric_id, ())) or owners,
                    tuple(statuses.get(metric_id, ())),
                )
            )
        goals[theme_id].append(
            TreeItem(GOAL, goal_id, title_fi or "", title_sv, owners, (), tuple(metrics[goal_id]))
        )
    themes: dict[str, list[TreeItem]] = defaultdict(list)
    for theme_id, year_id, name_fi, name_sv in rows(
        "SELECT id, year_id, name_fi, name_sv FROM theme ORDER BY position, id"
    ):
        themes[year_id].append(
            TreeItem(THEME, theme_id, name_fi or "", name_sv, (), (), tuple(goals[theme_id]))
        )
    return tuple(
        TreeItem(YEAR, int(year), str(year), None, (), (), tuple(themes[year_id]))
        for year_id, year in rows("SELECT id, year FROM year ORDER BY year")
    )


class DatabaseFile:
    """An SQLite database file at the current schema, read with the standard library."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def read_year(self, year: int) -> YearSnapshot | None:
        """``year``, read in one transaction (a consistent view while the window writes)."""
        # Read-only (mode=ro): a command that only reads works on a read-only file or medium.
        connection = connect_read_only(self.path, timeout=BUSY_TIMEOUT_MS / 1000)
        connection.isolation_level = None
        with contextlib.closing(connection):
            connection.execute("BEGIN")
            try:
                return read_year(connection, year)
            finally:
                connection.execute("ROLLBACK")

    def read_tree(self) -> tuple[TreeItem, ...]:
        """The tree of the window (``tree_items``), read in one transaction."""
        return self.read(tree_items)

    def read(self, reading: Callable[[Rows], T]) -> T:
        """``reading(rows)`` in one read transaction (``Source``)."""
        connection = connect_read_only(self.path, timeout=BUSY_TIMEOUT_MS / 1000)
        connection.isolation_level = None
        with contextlib.closing(connection):
            connection.execute("BEGIN")
            try:
                return reading(
                    lambda sql, params=(): list(connection.execute(sql, params).fetchall())
                )
            finally:
                connection.execute("ROLLBACK")
