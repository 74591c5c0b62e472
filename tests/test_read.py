"""The window's reads (plain SQL) give what the model holds, from the engine and from the file.

The window shows its first form from a ``DatabaseFile`` (the standard library) before the
database code is loaded, then reads through the ``Database``: both must show every item as the
model has it, with dates, numbers and yes/no values of the model's types.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from kuva_desktop.domain.fields import ENTRY_FIELDS
from kuva_desktop.domain.labels import pick
from kuva_desktop.editing import Editor, Ref
from kuva_desktop.editing import read as r
from kuva_desktop.exchange.sample import load_sample_data
from kuva_desktop.storage import models as m
from kuva_desktop.storage.database import Database
from kuva_desktop.storage.files import current_database
from kuva_desktop.storage.snapshot import DatabaseFile, Source, TreeItem

pytestmark = pytest.mark.db


@pytest.fixture
def sample(database: Database) -> Database:
    load_sample_data(database)
    editor = Editor(database)
    year = database.read_year(2021)
    assert year is not None
    metric = year.themes[0].goals[0].metrics[0]
    # Values whose stored form differs from the model's: a number with decimals, a date, a
    # yes/no, and an owner and a link of the metric's and goal's own.
    view = r.read_year(database, 2021)
    assert view is not None
    open_round = next(x.key for x in view.rounds if x.state == "open")
    editor.set_field(Ref.entry(metric.id, open_round), "numeric", Decimal("1234.5"))
    editor.set_field(Ref.round(2021, "2"), "deadline", dt.date(2021, 9, 15))
    editor.set_field(Ref("metric", metric.id), "recovery", True)
    return database


def items(years: tuple[TreeItem, ...]) -> list[TreeItem]:
    found: list[TreeItem] = []
    pending = list(years)
    while pending:
        item = pending.pop(0)
        found.append(item)
        pending.extend(item.children)
    return found


def model_view(database: Database, item: TreeItem, language: str) -> Any:
    """What the forms must show of ``item``, taken from the model's objects."""
    with database.reader() as session:
        names = tuple(session.scalars(select(m.Owner.name).order_by(m.Owner.name)))
        if item.kind == "year":
            year = session.scalars(select(m.Year).where(m.Year.year == item.key)).one()
            rounds = tuple(r.RoundView(x.key, x.deadline, x.state) for x in year.rounds)
            return r.YearView(year.year, year.division_fi, year.division_sv, year.layout, rounds)
        if item.kind == "theme":
            theme = session.get(m.Theme, item.key)
            assert theme is not None
            return r.ThemeView(theme.id, theme.name_fi, theme.name_sv)
        if item.kind == "goal":
            goal = session.get(m.Goal, item.key)
            assert goal is not None
            year = goal.theme.year
            view = r.GoalView(
                goal.id,
                year.year,
                tuple(x.key for x in year.rounds),
                goal.title_fi,
                goal.title_sv,
                goal.description_fi,
                goal.description_sv,
                tuple(sorted(o.name for o in goal.owners)),
                tuple(link.name_fi for link in goal.links),
                names,
                tuple(
                    (link.name_fi, link.name_sv)
                    for link in session.scalars(select(m.Link).order_by(m.Link.id))
                ),
            )
            metrics = [
                r.MetricValues(
                    metric.id,
                    pick(metric.text_fi, metric.text_sv, language),
                    pick(metric.target_fi, metric.target_sv, language),
                    {
                        e.round_key: {
                            name: (
                                getattr(e, name).normalize()
                                if isinstance(getattr(e, name), Decimal)
                                else getattr(e, name)
                            )
                            for name in ENTRY_FIELDS
                        }
                        for e in metric.entries
                    },
                )
                for metric in goal.metrics
            ]
            rounds = r.GoalValues(
                goal.id,
                pick(goal.title_fi, goal.title_sv, language),
                goal.outcome_explanation,
                year.year,
                year.layout,
                {x.key: (x.deadline, x.state) for x in year.rounds},
                metrics,
            )
            return view, rounds
        metric = session.get(m.Metric, item.key)
        assert metric is not None
        goal = metric.goal
        return r.MetricView(
            metric.id,
            goal.theme.year.year,
            goal.theme.year.layout,
            goal.title_fi,
            goal.title_sv,
            tuple(o.name for o in goal.owners),
            metric.text_fi,
            metric.text_sv,
            metric.target_fi,
            metric.target_sv,
            metric.recovery,
            tuple(sorted(o.name for o in metric.owners)),
            names,
        )


def read_view(source: Source, item: TreeItem, language: str) -> Any:
    if item.kind == "year":
        return r.read_year(source, int(item.key))
    if item.kind == "theme":
        return r.read_theme(source, str(item.key))
    if item.kind == "goal":
        key = str(item.key)
        return r.read_goal(source, key), r.read_goal_rounds(source, key, language)
    return r.read_metric(source, str(item.key))


def test_every_item_reads_as_the_model_has_it(sample: Database) -> None:
    years = r.read_tree(sample)
    assert [year.key for year in years] == [2019, 2020, 2021]
    for language in ("fi", "sv"):
        for item in items(years):
            assert read_view(sample, item, language) == model_view(sample, item, language), item


def test_stored_values_come_back_in_the_model_s_types(sample: Database) -> None:
    year = r.read_year(sample, 2021)
    assert year is not None
    assert year.rounds[1].deadline == dt.date(2021, 9, 15)
    snapshot = sample.read_year(2021)
    assert snapshot is not None
    goal = snapshot.themes[0].goals[0]
    metric = r.read_metric(sample, goal.metrics[0].id)
    assert metric is not None and metric.recovery is True
    rounds = r.read_goal_rounds(sample, goal.id, "fi")
    assert rounds is not None
    open_round = next(x.key for x in year.rounds if x.state == "open")
    number = rounds.metrics[0].entry(open_round)["numeric"]
    assert isinstance(number, Decimal) and str(number) == "1234.5"


def test_an_item_that_is_gone_reads_as_none(sample: Database) -> None:
    assert r.read_year(sample, 1999) is None
    assert r.read_theme(sample, "gone") is None
    assert r.read_goal(sample, "gone") is None
    assert r.read_goal_rounds(sample, "gone", "fi") is None
    assert r.read_metric(sample, "gone") is None
    assert r.year_of_metric(sample, "gone") is None
    # A quote in a key is a value, not SQL.
    assert r.read_goal(sample, "x' OR '1'='1") is None


@pytest.mark.sqlite
def test_the_file_read_with_the_standard_library_gives_the_same_views(sample: Database) -> None:
    assert sample.path is not None
    path = current_database(sample.path)
    assert path is not None
    file = DatabaseFile(path)
    years = r.read_tree(file)
    assert years == r.read_tree(sample)
    for language in ("fi", "sv"):
        for item in items(years):
            assert read_view(file, item, language) == read_view(sample, item, language), item
    assert r.search_texts(file) == r.search_texts(sample)
    assert r.years_with_open_rounds(file) == r.years_with_open_rounds(sample)


def test_the_forms_and_their_reads_load_no_database_code() -> None:
    """What the window needs for its first form imports neither SQLAlchemy nor the model."""
    code = (
        "import sys\n"
        "import kuva_desktop.ui.forms, kuva_desktop.ui.undo, kuva_desktop.editing.read\n"
        "print(sorted(n for n in sys.modules if n.split('.')[0] == 'sqlalchemy'"
        " or n == 'kuva_desktop.storage.models'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert done.stdout.strip() == "[]", done.stderr
