"""The year overview (``ui/overview.py``) as plain frozen data, read through the model.

The overview reads a whole year with the rules each row breaks; it is read when its tab is on
view, after the database is open, so it may load the year through the ORM (``load_year``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from kuva_desktop.domain.rules import check_year
from kuva_desktop.storage import models as m
from kuva_desktop.storage.database import Database
from kuva_desktop.storage.queries import load_year
from kuva_desktop.storage.snapshot import EntrySnapshot

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
    "Overview",
    "OverviewColumn",
    "OverviewRow",
    "read_overview",
]

# Its column kinds. The columns of a year depend on its
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
