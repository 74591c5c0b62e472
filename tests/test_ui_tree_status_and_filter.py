"""The tree's status colours per round, reordering by drag and drop, and the search filter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTreeView

from kuva_desktop.domain.statuses import status_colour
from kuva_desktop.editing import Editor, Ref
from kuva_desktop.editing.read import read_tree
from kuva_desktop.exchange.sample import load_sample_data
from kuva_desktop.ui.tree_filter import TreeFilter
from kuva_desktop.ui.tree_model import MIME_TYPE, GoalTreeModel


@pytest.fixture
def model(qapp, database) -> GoalTreeModel:  # type: ignore[no-untyped-def]
    load_sample_data(database)
    editor = Editor(database)
    editor.new_year_from(2021, 2022)
    model = GoalTreeModel()
    model.set_items(read_tree(database))
    return model


def _children(model: GoalTreeModel, index):  # type: ignore[no-untyped-def]
    return [model.index(row, 0, index) for row in range(model.rowCount(index))]


def _year(model: GoalTreeModel, year: int):  # type: ignore[no-untyped-def]
    return next(
        i for i in _children(model, model.index(-1, 0).parent()) if model.node(i).key == year
    )


def test_metrics_and_goals_take_the_colour_of_the_chosen_round(model, database) -> None:  # type: ignore[no-untyped-def]
    year = _year(model, 2022)
    goal = _children(model, _children(model, year)[0])[0]
    metric = _children(model, goal)[0]
    assert model.data(metric, Qt.ItemDataRole.DecorationRole) is None  # no entry yet

    Editor(database).set_field(Ref.entry(model.node(metric).key, "2"), "status", "at_risk")
    model.set_items(read_tree(database))
    year = _year(model, 2022)
    goal = _children(model, _children(model, year)[0])[0]
    metric = _children(model, goal)[0]
    model.set_round("2")
    assert model.data(metric, Qt.ItemDataRole.DecorationRole) == QColor(status_colour("at_risk"))
    assert model.data(goal, Qt.ItemDataRole.DecorationRole) == QColor(status_colour("at_risk"))
    assert "Toteutuminen epävarma" in model.data(metric, Qt.ItemDataRole.ToolTipRole)
    model.set_round("1")
    assert model.data(metric, Qt.ItemDataRole.DecorationRole) is None


def test_final_round_colours_goals_by_the_derived_outcome(model) -> None:  # type: ignore[no-untyped-def]
    model.set_round("final")
    goals = [g for t in _children(model, _year(model, 2019)) for g in _children(model, t)]
    colours = [model.data(g, Qt.ItemDataRole.DecorationRole) for g in goals]
    assert colours == [
        QColor(status_colour("achieved")),
        QColor(status_colour("not_achieved")),
        QColor(status_colour("not_achieved")),
    ]


def test_dropping_an_item_among_its_siblings_asks_to_move_it(model, qtbot) -> None:  # type: ignore[no-untyped-def]
    theme = _children(model, _year(model, 2020))[2]
    metrics = _children(model, _children(model, theme)[0])
    assert len(metrics) == 3
    data = model.mimeData([metrics[0]])
    assert data.hasFormat(MIME_TYPE)
    with qtbot.waitSignal(model.move_requested) as signal:
        assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, metrics[0].parent())
    assert signal.args == ["metric", model.node(metrics[0]).key, 2]

    other_goal = _children(model, _children(model, _year(model, 2020))[0])[0]
    with qtbot.assertNotEmitted(model.move_requested):
        model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, other_goal)
    with qtbot.assertNotEmitted(model.move_requested):
        model.dropMimeData(QMimeData(), Qt.DropAction.MoveAction, 0, 0, metrics[0].parent())


def test_search_shows_only_matching_items(model, database, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    search = TreeFilter(view, model, database)

    def visible_goals() -> list[str]:
        out = []
        for year in _children(model, model.index(-1, 0).parent()):
            for theme in _children(model, year):
                for goal in _children(model, theme):
                    if not view.isRowHidden(goal.row(), goal.parent()) and not view.isRowHidden(
                        theme.row(), theme.parent()
                    ):
                        out.append(f"{model.node(year).key} {model.node(goal).text_fi[:20]}")
        return out

    # A word of a round-1 comment of 2021 (seed 000), in another case.
    assert search.apply("KOSKETTANUT") == 1
    assert visible_goals() == ["2021 Helsingissä on helpp"]
    # Words match anywhere in the item's texts, all of them.
    assert search.apply("perhehulinat kaikissa") >= 1
    assert all(g.startswith("2020") for g in visible_goals())
    assert search.apply("ei-missään-oleva") == 0
    assert visible_goals() == []
    search.apply("")
    assert len(visible_goals()) == 12
