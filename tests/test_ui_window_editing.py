"""The window as a person edits in it: type, undo, add, move, delete, search, overview."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kuva_desktop.editing import Editor, Ref
from kuva_desktop.exchange.sample import load_sample_data
from kuva_desktop.ui.main_window import MainWindow
from kuva_desktop.ui.tree_nodes import GOAL, METRIC, YEAR

pytestmark = pytest.mark.usefixtures("qt_settings")


@pytest.fixture
def window(qtbot, database, translations) -> MainWindow:  # type: ignore[no-untyped-def]
    load_sample_data(database)
    Editor(database).new_year_from(2021, 2022)  # an open year to edit
    window = MainWindow(database, translations)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def select(window: MainWindow, kind: str, key: object) -> None:
    window.tree.setCurrentIndex(window.model.find(kind, key))


def year_node(window: MainWindow, year: int):  # type: ignore[no-untyped-def]
    return window.model.node(window.model.find(YEAR, year))


def first_goal(window: MainWindow, year: int):  # type: ignore[no-untyped-def]
    return year_node(window, year).children[0].children[0]


def test_typing_a_title_saves_it_and_ctrl_z_takes_it_back(
    qtbot, window: MainWindow, database
) -> None:  # type: ignore[no-untyped-def]
    goal = first_goal(window, 2022)
    select(window, GOAL, goal.key)
    field = window.forms.goal_form.title_sv
    field.setFocus()
    field.setText("Tjänsterna förbättras")
    field.textEdited.emit(field.text())
    editor = Editor(database)
    qtbot.waitUntil(lambda: editor.get(Ref(GOAL, goal.key), "title_sv") == "Tjänsterna förbättras")
    assert "Tallennettu klo" in window.saved_label.text()

    window.menus.undo.trigger()
    assert editor.get(Ref(GOAL, goal.key), "title_sv") is None
    qtbot.waitUntil(lambda: field.text() == "")
    window.menus.redo.trigger()
    assert editor.get(Ref(GOAL, goal.key), "title_sv") == "Tjänsterna förbättras"
    assert window.menus.undo.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [s.toString() for s in window.menus.redo.shortcuts()]


def test_a_new_title_shows_in_the_tree_at_once(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    goal = first_goal(window, 2022)
    select(window, GOAL, goal.key)
    window.edits.set_field(Ref(GOAL, goal.key), "title_fi", "Uusi otsikko", "test")
    assert window.model.data(window.model.find(GOAL, goal.key)) == "Uusi otsikko"


def test_add_move_and_delete_with_undo(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    goal = first_goal(window, 2022)
    select(window, GOAL, goal.key)
    window.menus.coordinator.add.trigger()
    added = window.selected()
    assert added is not None and added.kind == METRIC
    assert [m.key for m in first_goal(window, 2022).children][-1] == added.key

    window.menus.coordinator.move_up.trigger()
    assert first_goal(window, 2022).children[0].key == added.key
    window.menus.undo.trigger()
    assert [m.key for m in first_goal(window, 2022).children][-1] == added.key

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    select(window, METRIC, added.key)
    window.menus.coordinator.delete.trigger()
    assert not window.model.find(METRIC, added.key).isValid()
    window.menus.undo.trigger()
    assert window.model.find(METRIC, added.key).isValid()


def test_delete_asks_first(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    goal = first_goal(window, 2022)
    select(window, GOAL, goal.key)
    asked: list[str] = []

    def no(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    window.menus.coordinator.delete.trigger()
    assert asked and goal.text_fi[:20] in asked[0]
    assert window.model.find(GOAL, goal.key).isValid()


def test_a_locked_round_refuses_and_says_why(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    goal = first_goal(window, 2021)
    metric = goal.children[0]
    window.edits.set_field(Ref.entry(metric.key, "1"), "comment", "muutos", "test")
    assert warned == ["kierros 1 on lukittu"]  # in the UI language


def test_search_box_filters_the_tree(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.menus.find.trigger()
    assert window.search_box.hasFocus()
    window.search_box.setText("Perhehulinat")
    qtbot.waitUntil(lambda: window.search_count.text() != "")
    assert window.search_count.text() == "1 tavoite tai mittari vastaa hakua"


def test_overview_double_click_opens_the_round_form(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    goal = first_goal(window, 2021)
    select(window, GOAL, goal.key)
    window.menus.overview.trigger()
    assert window.tabs.currentIndex() == 1
    model = window.overview.model
    column = model.column_of("round", "2")
    window.overview.open_requested.emit("entry", goal.children[0].key, "2")
    assert window.tabs.currentIndex() == 0
    assert window.forms.current == ("round", f"{goal.key}:2")
    assert column >= 0


def test_status_bar_tells_the_rules(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    select(window, YEAR, 2022)
    qtbot.waitUntil(lambda: "2022" in window.rules_label.text())
    # 2022 is a status year whose metrics were copied with their targets: the rules are met.
    assert window.rules_label.text() == "2022: säännöt täyttyvät"
    metric = first_goal(window, 2022).children[0]
    window.edits.set_field(Ref.entry(metric.key, "1"), "status", "at_risk", "test")
    qtbot.waitUntil(lambda: "sääntöpoikkeama" in window.rules_label.text())
    assert window.rules_label.text() == "2022: 1 sääntöpoikkeama (katso vuoden yleiskuva)"


def test_round_chooser_colours_the_tree(window: MainWindow) -> None:
    goal = first_goal(window, 2019)
    index = window.model.find(GOAL, goal.key)
    window.round_combo.setCurrentIndex(3)  # the year end
    assert window.model.round_key == "final"
    assert window.model.data(index, Qt.ItemDataRole.DecorationRole) is not None


def test_the_shell_comes_first_and_the_database_later(qtbot, database, translations) -> None:  # type: ignore[no-untyped-def]
    load_sample_data(database)
    window = MainWindow(None, translations)
    qtbot.addWidget(window)
    window.show()
    assert window.loading.text() == "Avataan tietokantaa…"
    assert not window.menus.coordinator.add.isEnabled()
    window.attach(database)
    assert window.model.rowCount() == 3
    assert window.forms.current == ("year", 2019)
