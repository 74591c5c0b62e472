"""What stopped a first-time user, each through the keys and actions a person uses."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from kuva_desktop.editing import Editor, Ref
from kuva_desktop.exchange.packages import issue_package
from kuva_desktop.exchange.sample import load_sample_data
from kuva_desktop.ui.main_window import MainWindow, package_window
from kuva_desktop.ui.tree_nodes import GOAL, METRIC, YEAR
from tests.test_packages_merge import RIIKKA, open_year

pytestmark = pytest.mark.usefixtures("qt_settings")


def shown(qtbot: Any, window: MainWindow) -> MainWindow:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


@pytest.fixture
def window(qtbot, database, translations) -> MainWindow:  # type: ignore[no-untyped-def]
    load_sample_data(database)
    Editor(database).new_year_from(2021, 2022)
    return shown(qtbot, MainWindow(database, translations))


def ctrl(qtbot: Any, window: MainWindow, key: Qt.Key) -> None:
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)


def first_goal(window: MainWindow, year: int) -> Any:
    return window.model.node(window.model.find(YEAR, year)).children[0].children[0]


def test_the_owners_window_gives_the_height_to_the_tree_and_form_and_keeps_ctrl_h(
    qtbot, database, translations, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    open_year(database)
    package = issue_package(database, 2022, "1", RIIKKA, tmp_path).path
    owner = shown(qtbot, package_window(package, translations))
    owner.resize(1200, 760)
    qtbot.waitUntil(lambda: owner.centralWidget().height() > 0)
    assert owner.history_dock.height() < owner.height() // 3
    assert owner.centralWidget().height() > owner.height() // 2
    ctrl(qtbot, owner, Qt.Key.Key_H)  # the owner hides the history
    assert not owner.history_dock.isVisible()
    owner.close()
    again = shown(qtbot, package_window(package, translations))
    assert not again.history_dock.isVisible()


def test_a_new_year_opens_its_forecast_rounds_and_proposes_its_own_deadlines(
    qtbot, window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QInputDialog, "getInt", lambda *_a, **_k: (2023, True))
    window.menus.coordinator.new_year.trigger()
    assert window.selected().key == 2023
    form = window.forms.year_form
    states = {key: row.state.currentData() for key, row in form.rows.items()}
    assert states == {"1": "open", "2": "open", "3": "open", "final": "closed"}
    row = form.rows["1"]
    assert row.no_deadline.isChecked()
    qtbot.mouseClick(row.no_deadline, Qt.MouseButton.LeftButton)  # untick "No deadline"
    assert Editor(window.database).get(Ref("round", "2023:1"), "deadline").year == 2023


def test_ctrl_n_puts_the_focus_in_the_new_items_first_field(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    goal = first_goal(window, 2022)
    window.tree.setCurrentIndex(window.model.find(GOAL, goal.key))
    window.tree.setFocus()
    ctrl(qtbot, window, Qt.Key.Key_N)
    assert window.selected().kind == METRIC
    metric_form = window.forms.metric_form
    assert metric_form.isAncestorOf(window.focusWidget())
    qtbot.keyClicks(window.focusWidget(), "Uusi mittari")
    window.forms.commit_pending()
    assert Editor(window.database).get(Ref(METRIC, window.selected().key), "text_fi") == (
        "Uusi mittari"
    )


def test_delete_keeps_the_trees_place(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    goal = first_goal(window, 2022)
    window.tree.setCurrentIndex(window.model.find(GOAL, goal.key))
    window.menus.coordinator.add.trigger()  # a second metric
    goal = first_goal(window, 2022)
    first, second = goal.children[0].key, goal.children[1].key
    window.tree.setCurrentIndex(window.model.find(METRIC, first))
    window.tree.setFocus()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(window.tree, Qt.Key.Key_Delete)
    assert not window.model.find(METRIC, first).isValid()
    assert window.selected().key == second  # the next metric, not 2019
    assert window.tree.isExpanded(window.model.find(GOAL, goal.key))


def test_a_restart_opens_the_item_last_used(qtbot, database, translations) -> None:  # type: ignore[no-untyped-def]
    load_sample_data(database)
    first = shown(qtbot, MainWindow(database, translations))
    goal = first_goal(first, 2021)
    first.tree.setCurrentIndex(first.model.find(GOAL, goal.key))
    first.close()
    again = shown(qtbot, MainWindow(database, translations))
    assert (again.selected().kind, again.selected().key) == (GOAL, goal.key)


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Down])
def test_enter_or_down_in_the_search_box_goes_to_the_first_hit(
    qtbot, window: MainWindow, key: Qt.Key
) -> None:  # type: ignore[no-untyped-def]
    ctrl(qtbot, window, Qt.Key.Key_F)
    assert window.focusWidget() is window.search_box
    qtbot.keyClicks(window.search_box, "saavutettavuus")
    qtbot.keyClick(window.search_box, key)
    node = window.selected()
    assert node is not None and node.kind in (GOAL, METRIC)
    assert window.focusWidget() is window.tree
    assert window.search.filter.first_match() == window.tree.currentIndex()


def test_validation_messages_do_not_move_the_fields_below(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    goal = first_goal(window, 2022)
    window.tree.setCurrentIndex(window.model.find(GOAL, goal.key))
    window.forms.show_round(goal.key, "1")
    block = window.forms.round_form.blocks[0]
    qtbot.waitUntil(lambda: block.numeric.isVisible())
    before = block.numeric.mapTo(window, block.numeric.rect().topLeft())
    block.status.setCurrentIndex(block.status.findData("at_risk"))  # needs a comment: a message
    QApplication.processEvents()
    assert block.comment_message.text()
    assert block.numeric.mapTo(window, block.numeric.rect().topLeft()) == before


def test_export_says_where_the_file_is_when_no_viewer_opens_it(
    qtbot, window: MainWindow, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "raportti.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    ctrl(qtbot, window, Qt.Key.Key_E)
    dialog = window.coordinator_files.report_dialog
    dialog.buttons.accepted.emit()
    runner = window.coordinator_files.report_runner
    qtbot.waitUntil(lambda: getattr(runner, "opened_box", None) is not None, timeout=20_000)
    assert target.exists()
    assert str(target) in runner.opened_box.text()


def test_the_round_forms_history_lists_the_entries_it_edits(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    goal = first_goal(window, 2022)
    metric = goal.children[0].key
    Editor(window.database).set_field(Ref.entry(metric, "1"), "comment", "Riskit: sää.")
    window.tree.setCurrentIndex(window.model.find(GOAL, goal.key))
    window.forms.show_round(goal.key, "1")
    model = window.history.model
    versions = [model.version(r) for r in range(model.rowCount())]
    assert versions and all(v.entity == "entry" for v in versions)
    assert any(v.entity_id == f"{metric}:1" for v in versions)


def test_locking_a_round_asks_first_and_names_who_sent_nothing(
    qtbot, database, translations, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    open_year(database)
    issue_package(database, 2022, "1", RIIKKA, tmp_path)
    window = shown(qtbot, MainWindow(database, translations))
    window.tree.setCurrentIndex(window.model.find(YEAR, 2022))
    state = window.forms.year_form.rows["1"].state
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> Any:
        return lambda _p, _t, text, *_a: asked.append(text) or button

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    state.setFocus()
    state.setCurrentIndex(state.findData("locked"))  # as the keyboard or the list chooses
    assert "Lukitaanko Ennuste 1/2022?" in asked[0] and RIIKKA in asked[0]
    assert state.currentData() == "open"
    assert Editor(database).get(Ref("round", "2022:1"), "state") == "open"

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    state.setCurrentIndex(state.findData("locked"))
    assert Editor(database).get(Ref("round", "2022:1"), "state") == "locked"


def test_the_trees_owner_column_stays_in_view_at_1024_by_700(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from kuva_desktop.ui.tree_nodes import COLUMN_OWNERS

    window.resize(1024, 700)
    goal = first_goal(window, 2022)
    index = window.model.find(GOAL, goal.key).siblingAtColumn(COLUMN_OWNERS)
    window.tree.setCurrentIndex(index)
    qtbot.waitUntil(lambda: window.width() == 1024)
    rect = window.tree.visualRect(index)
    viewport = window.tree.viewport().rect()
    assert rect.width() > 40 and viewport.contains(rect.topLeft())
    assert rect.right() <= viewport.right() + 1


def mnemonic(text: str) -> str | None:
    cleaned = text.replace("&&", "")
    at = cleaned.find("&")
    return cleaned[at + 1].lower() if 0 <= at < len(cleaned) - 1 else None


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_forms_mnemonics_do_not_clash_with_the_menus(
    qtbot, window: MainWindow, language: str
) -> None:  # type: ignore[no-untyped-def]
    """Alt+letter of a label in a form must not open a menu instead (Alt+N opened View)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    window.set_language(language)
    menus = {mnemonic(a.text()): a.text() for a in window.menuBar().actions() if mnemonic(a.text())}
    year = window.model.node(window.model.find(YEAR, 2022))
    theme = year.children[0]
    goal = theme.children[0]
    metric = goal.children[0]
    clashes = []
    for kind, key in ((YEAR, 2022), ("theme", theme.key), (GOAL, goal.key), (METRIC, metric.key)):
        window.tree.setCurrentIndex(window.model.find(kind, key))
        forms = [window.forms.current_form()]
        if kind == GOAL:
            window.forms.show_round(goal.key, "1")
            forms.append(window.forms.current_form())
        widgets = [
            w for f in forms for w in f.findChildren(QLabel) + f.findChildren(QAbstractButton)
        ]
        for widget in widgets:
            if not widget.isVisibleTo(window):
                continue
            letter = mnemonic(widget.text())
            if letter in menus:
                clashes.append((widget.text(), menus[letter]))
    assert clashes == [], clashes


def test_the_numeric_forecast_says_a_unit_can_be_typed(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    goal = first_goal(window, 2022)
    window.tree.setCurrentIndex(window.model.find(GOAL, goal.key))
    window.forms.show_round(goal.key, "1")
    block = window.forms.round_form.blocks[0]
    assert "kpl" in block.numeric.placeholderText()
    assert block.numeric_help.isVisibleTo(window) and "%" in block.numeric_help.text()
    qtbot.keyClicks(block.numeric, "1 200 kpl")
    qtbot.keyClick(block.numeric, Qt.Key.Key_Return)
    metric = goal.children[0].key
    assert Editor(window.database).get(Ref.entry(metric, "1"), "unit") == "kpl"


def test_a_locked_rounds_fields_look_read_only(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor

    goal = first_goal(window, 2022)
    Editor(window.database).set_field(Ref("round", "2022:1"), "state", "locked")
    window.tree.setCurrentIndex(window.model.find(GOAL, goal.key))
    window.forms.show_round(goal.key, "1")
    block = window.forms.round_form.blocks[0]
    qtbot.waitUntil(lambda: block.comment.isVisible() and block.comment.isReadOnly())
    image = block.comment.grab().toImage()
    centre = image.rect().center()
    assert image.pixelColor(centre) != QColor("#ffffff")  # grey, not an input's white


def test_after_a_merge_the_round_form_stays_on_view(
    qtbot, database, translations, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from tests.test_packages_merge import submit
    from tests.test_ui_packages import merge_through_the_window

    c = open_year(database)["C"]
    package = issue_package(database, 2022, "1", RIIKKA, tmp_path).path
    submission = submit(package, {(c, "status"): "on_track"})
    window = shown(qtbot, MainWindow(database, translations))
    goal = next(n for n in window.model.nodes() if n.kind == METRIC and n.key == c).parent
    window.tree.setCurrentIndex(window.model.find(GOAL, goal.key))
    window.forms.show_round(goal.key, "1")
    assert window.forms.current == ("round", f"{goal.key}:1")
    _dry_run, summary = merge_through_the_window(qtbot, window, [submission])
    summary.button(QMessageBox.StandardButton.Close).click()
    assert window.forms.current == ("round", f"{goal.key}:1")
    block = window.forms.round_form.blocks[0]
    assert block.status.code() == "on_track"  # the merged value, on the form on view
