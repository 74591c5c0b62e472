"""The tree model, without widgets: qtmodeltester and plain data() asserts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from kuva_desktop.editing.read import read_tree
from kuva_desktop.exchange import yeardoc
from kuva_desktop.resources import resource_path
from kuva_desktop.storage import models as m
from kuva_desktop.ui.tree_model import GoalTreeModel
from kuva_desktop.ui.tree_nodes import (
    COLUMN_OWNERS,
    COLUMN_TITLE,
    GOAL,
    METRIC,
    THEME,
    YEAR,
    first_line,
)

DISPLAY = Qt.ItemDataRole.DisplayRole
GOAL_2019 = "Palveluja parannetaan asiakaskokemuksen perusteella"


@pytest.fixture
def loaded(database):  # type: ignore[no-untyped-def]
    """The test database with the 2019 sample year in it."""
    document = yeardoc.load(resource_path("sample", "2019.json"))
    with database.session(source="test") as session:
        yeardoc.apply_document(session, document, replace=True, name="2019.json")
    return database


@pytest.fixture
def model(qapp, loaded) -> GoalTreeModel:  # type: ignore[no-untyped-def]
    model = GoalTreeModel()
    model.set_items(read_tree(loaded))
    return model


def test_model_passes_the_model_tester(qtmodeltester, model: GoalTreeModel) -> None:
    qtmodeltester.check(model)


def test_empty_database_gives_an_empty_tree(qtmodeltester, qapp, database) -> None:
    model = GoalTreeModel()
    model.set_items(read_tree(database))
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_years_themes_goals_metrics(model: GoalTreeModel) -> None:
    assert model.rowCount() == 1
    year = model.index(0, COLUMN_TITLE)
    assert model.data(year, DISPLAY) == "2019"
    assert model.node(year).kind == YEAR
    assert model.rowCount(year) == 3
    theme = model.index(0, COLUMN_TITLE, year)
    assert model.node(theme).kind == THEME
    assert model.data(theme, DISPLAY) == "Maailman toimivin kaupunki"
    goal = model.index(0, COLUMN_TITLE, theme)
    assert model.node(goal).kind == GOAL
    assert model.data(goal, DISPLAY) == GOAL_2019
    assert model.data(goal.siblingAtColumn(COLUMN_OWNERS), DISPLAY) == (
        "Aino Lehtinen, Mikko Saarinen"
    )
    metric = model.index(0, COLUMN_TITLE, goal)
    assert model.node(metric).kind == METRIC
    text = model.data(metric, DISPLAY)
    assert text.startswith("Jokaisessa kulttuurin, liikunnan")
    assert text.endswith("…") and len(text) <= 90
    # A metric without owners of its own shows the goal's.
    assert model.data(metric.siblingAtColumn(COLUMN_OWNERS), DISPLAY) == (
        "Aino Lehtinen, Mikko Saarinen"
    )
    assert model.rowCount(metric) == 0


def test_unhandled_roles_and_invalid_indexes_give_none(model: GoalTreeModel) -> None:
    year = model.index(0, COLUMN_TITLE)
    assert model.data(year, Qt.ItemDataRole.DecorationRole) is None
    assert model.data(year, Qt.ItemDataRole.ToolTipRole) is None
    assert model.data(QModelIndex(), DISPLAY) is None
    assert model.headerData(COLUMN_TITLE, Qt.Orientation.Vertical) is None
    assert (
        model.headerData(COLUMN_TITLE, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        is None
    )


def test_headers_in_the_source_language(model: GoalTreeModel) -> None:
    assert model.headerData(COLUMN_TITLE, Qt.Orientation.Horizontal) == "Goals and metrics"
    assert model.headerData(COLUMN_OWNERS, Qt.Orientation.Horizontal) == "Owners"


def test_swedish_texts_where_there_are_some(qtbot, model: GoalTreeModel) -> None:
    theme = model.index(0, COLUMN_TITLE, model.index(0, 0))
    goal = model.index(0, COLUMN_TITLE, theme)
    with qtbot.waitSignal(model.headerDataChanged):
        model.set_language("sv")
    assert model.data(theme, DISPLAY) == "Världens bäst fungerande stad"
    # No Swedish title in the data: the Finnish one.
    assert model.data(goal, DISPLAY) == GOAL_2019


def test_find_gives_the_index_of_an_item(model: GoalTreeModel) -> None:
    goal = model.index(0, 0, model.index(0, 0, model.index(0, 0)))
    node = model.node(goal)
    assert model.find(GOAL, node.key) == goal
    assert model.find(YEAR, 2019) == model.index(0, 0)
    assert not model.find(GOAL, "no such id").isValid()


def test_texts_with_markup_stay_plain_text(qapp, database) -> None:
    with database.session(source="test") as session:
        year = m.Year(year=2030, division_fi="Toimiala", layout="status")
        theme = m.Theme(name_fi="Teema", year=year)
        m.Goal(title_fi="<b>Lihavoitu</b> & muu", description_fi="", theme=theme)
        session.add(year)
    model = GoalTreeModel()
    model.set_items(read_tree(database))
    goal = model.index(0, 0, model.index(0, 0, model.index(0, 0)))
    assert model.data(goal, DISPLAY) == "<b>Lihavoitu</b> & muu"
    assert model.data(goal, Qt.ItemDataRole.ToolTipRole) == (
        "<qt>&lt;b&gt;Lihavoitu&lt;/b&gt; &amp; muu</qt>"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ""),
        ("\n\n  Ensimmäinen rivi  \ntoinen", "Ensimmäinen rivi"),
        ("x" * 100, "x" * 89 + "…"),
    ],
)
def test_first_line(text: str, expected: str) -> None:
    assert first_line(text) == expected


def test_reload_resets_the_model(qtbot, model: GoalTreeModel, loaded) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_items(read_tree(loaded))
    assert model.rowCount() == 1


def test_each_year_knows_its_row(qapp, loaded, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from kuva_desktop.editing import Editor

    Editor(loaded).new_year_from(2019, 2020)
    model = GoalTreeModel()
    model.set_items(read_tree(loaded))
    second = model.index(1, 0)
    theme = model.index(0, 0, second)
    assert model.parent(theme) == second
    qtmodeltester.check(model)
