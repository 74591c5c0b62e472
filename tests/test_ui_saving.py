"""Saving as a person types: failed saves kept and retried, the close prompt, changes made
elsewhere shown or offered side by side, and a click that lands where it was aimed."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import event, select

from kuva_desktop.editing import Editor, Ref
from kuva_desktop.exchange.sample import load_sample_data
from kuva_desktop.storage import models as m
from kuva_desktop.ui.forms.base import RETRY_MS
from kuva_desktop.ui.forms.edit_conflict import EditConflictDialog
from kuva_desktop.ui.main_window import MainWindow
from kuva_desktop.ui.tree_nodes import GOAL, YEAR

pytestmark = pytest.mark.usefixtures("qt_settings")
SLOW_MS = 15_000  # a write waits for the lock, then is retried every few seconds


@pytest.fixture
def window(qtbot, database, translations) -> MainWindow:  # type: ignore[no-untyped-def]
    load_sample_data(database)
    Editor(database).new_year_from(2021, 2022)  # an open year to edit
    window = MainWindow(database, translations)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def lock(db_path: Path) -> Iterator[sqlite3.Connection]:
    """Another program's connection; ``lock.execute("BEGIN IMMEDIATE")`` holds the write lock."""
    connection = sqlite3.connect(db_path, isolation_level=None)
    yield connection
    if connection.in_transaction:
        connection.execute("ROLLBACK")
    connection.close()


def open_round(qtbot, window: MainWindow) -> tuple[Any, Ref]:  # type: ignore[no-untyped-def]
    """The first goal of 2022, its round 1 form through the goal form's button; the first
    metric's block and its entry."""
    year = window.model.node(window.model.find(YEAR, 2022))
    goal = year.children[0].children[0]
    window.tree.setCurrentIndex(window.model.find(GOAL, goal.key))
    qtbot.mouseClick(window.forms.goal_form.round_buttons["1"], Qt.MouseButton.LeftButton)
    block = window.forms.round_form.blocks[0]
    assert window.forms.current_form() is window.forms.round_form
    return block, Ref.entry(block.metric_id, "1")


def type_into(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    target = widget.viewport() if hasattr(widget, "viewport") else widget
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(widget, text)


def stored(database, ref: Ref, field: str) -> Any:  # type: ignore[no-untyped-def]
    return Editor(database).get(ref, field)


def answer_box(button_text: str, answered: list[str]) -> Callable[[], None]:
    """Click the button of the open message box whose text contains ``button_text``."""

    polls = iter(range(500))  # 10 s: a box that never comes must not outlive the test

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if next(polls, None) is not None:
                QTimer.singleShot(20, click)
            return
        button = next((b for b in box.buttons() if button_text in b.text().replace("&", "")), None)
        answered.append(box.text() if button is not None else "no such button")
        (button or box.escapeButton()).click()

    return click


def test_a_save_refused_by_a_lock_is_kept_and_written_when_the_lock_goes(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, database, lock
) -> None:
    block, entry = open_round(qtbot, window)
    type_into(qtbot, block.comment, "Riskit")
    qtbot.waitUntil(lambda: stored(database, entry, "comment") == "Riskit")
    assert window.saved_label.text().startswith("Tallennettu klo")

    lock.execute("BEGIN IMMEDIATE")
    qtbot.keyClicks(block.comment, " sade")
    qtbot.waitUntil(lambda: window.save_status.failed_box is not None, timeout=SLOW_MS)
    box = window.save_status.failed_box
    assert "toisen ohjelman" in box.text()  # in use or locked by another program
    assert window.saved_label.text().startswith("Ei tallennettu")
    assert block.comment.property("unsaved") is True
    assert block.comment.toPlainText() == "Riskit sade"  # kept in the form
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    lock.execute("COMMIT")
    qtbot.waitUntil(lambda: stored(database, entry, "comment") == "Riskit sade", timeout=SLOW_MS)
    qtbot.waitUntil(lambda: window.saved_label.text().startswith("Tallennettu klo"))
    assert not block.comment.property("unsaved")


def test_a_full_disk_keeps_the_text_until_there_is_room(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, database
) -> None:
    block, entry = open_round(qtbot, window)

    def no_room(connection: Any, _record: Any) -> None:  # the file may not grow
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count={pages}")

    event.listen(database.engine, "connect", no_room)
    database.engine.dispose()
    text = "Riskit: " + "pitka selitys " * 250
    type_into(qtbot, block.comment, text)
    qtbot.waitUntil(lambda: window.save_status.failed_box is not None, timeout=SLOW_MS)
    assert "levy on täynnä" in window.saved_label.text() or "disk is full" in (
        window.saved_label.text()
    )
    assert window.saved_label.text().startswith("Ei tallennettu")
    window.save_status.failed_box.done(0)

    event.remove(database.engine, "connect", no_room)  # room again
    database.engine.dispose()
    qtbot.waitUntil(lambda: stored(database, entry, "comment") == text, timeout=SLOW_MS)
    qtbot.waitUntil(lambda: window.saved_label.text().startswith("Tallennettu klo"))


def test_closing_with_unsaved_text_asks_first(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, database, lock
) -> None:
    block, entry = open_round(qtbot, window)
    lock.execute("BEGIN IMMEDIATE")
    type_into(qtbot, block.comment, "Riskit: sade")
    qtbot.waitUntil(lambda: window.save_status.failed_box is not None, timeout=SLOW_MS)
    window.save_status.failed_box.done(0)

    # Keep the window open: nothing lost, the window stays.
    answered: list[str] = []
    QTimer.singleShot(0, answer_box("Pidä ikkuna auki", answered))
    window.menus.quit.trigger()
    assert answered and window.isVisible()
    assert block.comment.toPlainText() == "Riskit: sade"

    # Try again once the lock is gone: written, and the window closes.
    lock.execute("COMMIT")
    lock.execute("BEGIN IMMEDIATE")
    QTimer.singleShot(0, answer_box("Yritä uudelleen", answered))
    QTimer.singleShot(0, lambda: lock.execute("COMMIT"))  # released while the question is open
    window.menus.quit.trigger()
    assert len(answered) == 2
    assert not window.isVisible()
    assert stored(database, entry, "comment") == "Riskit: sade"


def test_closing_and_discarding_unsaved_text(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, database, lock
) -> None:
    block, entry = open_round(qtbot, window)
    lock.execute("BEGIN IMMEDIATE")
    type_into(qtbot, block.comment, "Riskit: sade")
    qtbot.waitUntil(lambda: window.save_status.failed_box is not None, timeout=SLOW_MS)
    window.save_status.failed_box.done(0)
    answered: list[str] = []
    QTimer.singleShot(0, answer_box("Hylkää", answered))
    window.menus.quit.trigger()
    assert answered and not window.isVisible()
    lock.execute("ROLLBACK")
    assert stored(database, entry, "comment") is None
    qtbot.wait(RETRY_MS + 500)  # discarded: not written when the database would take it
    assert stored(database, entry, "comment") is None


def test_the_warning_about_unsaved_text_closes_with_the_window(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, database, lock
) -> None:
    """Quit while "Not saved" is on screen, and the text discarded: the window and the warning
    both go, so that the program can end."""
    block, _entry = open_round(qtbot, window)
    lock.execute("BEGIN IMMEDIATE")
    type_into(qtbot, block.comment, "Riskit: sade")
    qtbot.waitUntil(lambda: window.save_status.failed_box is not None, timeout=SLOW_MS)
    warning = window.save_status.failed_box
    assert warning.isVisible()
    answered: list[str] = []
    QTimer.singleShot(0, answer_box("Hylkää", answered))
    window.menus.quit.trigger()  # File → Quit (Ctrl+Q where the platform has it)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert answered
    assert not warning.isVisible()
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    lock.execute("ROLLBACK")


def test_a_value_changed_elsewhere_is_shown_side_by_side(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, database
) -> None:
    block, entry = open_round(qtbot, window)
    type_into(qtbot, block.comment, "Riskit: sade")
    qtbot.waitUntil(lambda: stored(database, entry, "comment") == "Riskit: sade")

    qtbot.keyClicks(block.comment, " ja tuuli")  # typing on, while a merge writes the owner's
    Editor(database, who="Olli", source="submission x").set_field(
        entry, "comment", "Riskit: rahoitus", based_on="Riskit: sade"
    )
    qtbot.waitUntil(lambda: _dialog() is not None, timeout=SLOW_MS)
    dialog = _dialog()
    assert dialog is not None
    assert dialog.mine.toPlainText() == "Riskit: sade ja tuuli"
    assert dialog.theirs.toPlainText() == "Riskit: rahoitus"
    assert stored(database, entry, "comment") == "Riskit: rahoitus"  # nothing overwritten

    dialog.edited.setPlainText("Riskit: sade, tuuli ja rahoitus")
    qtbot.mouseClick(dialog.use_edited, Qt.MouseButton.LeftButton)
    assert stored(database, entry, "comment") == "Riskit: sade, tuuli ja rahoitus"
    assert block.comment.toPlainText() == "Riskit: sade, tuuli ja rahoitus"
    with database.reader() as session:  # both sides are in the history
        news = list(
            session.scalars(
                select(m.Change.new).where(
                    m.Change.entity_id == str(entry.key), m.Change.field == "comment"
                )
            )
        )
    assert '"Riskit: rahoitus"' in news and '"Riskit: sade, tuuli ja rahoitus"' in news


def test_keep_mine_and_keep_theirs(qtbot, window: MainWindow, database) -> None:  # type: ignore[no-untyped-def]
    block, entry = open_round(qtbot, window)
    for choice, expected in (("keep_mine", "Oma 1"), ("keep_theirs", "Olli 2")):
        before = stored(database, entry, "comment")
        number = expected[-1]
        block.comment.setFocus()
        block.comment.selectAll()
        qtbot.keyClicks(block.comment, f"Oma {number}")
        Editor(database, who="Olli").set_field(entry, "comment", f"Olli {number}", based_on=before)
        qtbot.waitUntil(lambda: _dialog() is not None, timeout=SLOW_MS)
        qtbot.mouseClick(getattr(_dialog(), choice), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda e=expected: block.comment.toPlainText() == e)
        assert stored(database, entry, "comment") == expected


def test_undo_never_overwrites_a_change_made_elsewhere(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, database, monkeypatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    block, entry = open_round(qtbot, window)
    type_into(qtbot, block.comment, "Riskit: sade")
    qtbot.waitUntil(lambda: stored(database, entry, "comment") == "Riskit: sade")
    Editor(database, who="Olli").set_field(
        entry, "comment", "Riskit: rahoitus", based_on="Riskit: sade"
    )
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert said and "joku muu muutti arvoa" in said[0]
    assert stored(database, entry, "comment") == "Riskit: rahoitus"
    qtbot.waitUntil(lambda: block.comment.toPlainText() == "Riskit: rahoitus", timeout=SLOW_MS)


def test_changes_made_elsewhere_show_in_the_window(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, database
) -> None:
    block, entry = open_round(qtbot, window)
    goal_id = str(window.forms.round_form.ref.key)
    other = Editor(database, who="Olli")
    other.set_field(entry, "comment", "Riskit: muualta", based_on=None)
    other.set_field(Ref(GOAL, goal_id), "title_fi", "Uusi otsikko muualta")
    qtbot.waitUntil(lambda: block.comment.toPlainText() == "Riskit: muualta", timeout=SLOW_MS)
    qtbot.waitUntil(
        lambda: window.model.data(window.model.find(GOAL, goal_id)) == "Uusi otsikko muualta"
    )
    news = [
        window.history.model.data(window.history.model.index(row, 5))
        for row in range(window.history.model.rowCount())
    ]
    # The round form stays on view, and its history shows the entries it edits (not the goal's).
    assert window.forms.current == ("round", f"{goal_id}:1")
    assert "Riskit: muualta" in news and "Uusi otsikko muualta" not in news

    # Someone typing on in another window: their version of the comment is updated in place.
    other.set_field(entry, "comment", "Riskit: muualta ja", based_on="Riskit: muualta")
    qtbot.waitUntil(lambda: block.comment.toPlainText() == "Riskit: muualta ja", timeout=SLOW_MS)
    other.set_field(entry, "comment", "Riskit: muualta ja lisaa", based_on="Riskit: muualta ja")
    qtbot.waitUntil(
        lambda: block.comment.toPlainText() == "Riskit: muualta ja lisaa", timeout=SLOW_MS
    )
    with database.reader() as session:
        versions = session.scalars(
            select(m.Change.new).where(
                m.Change.entity_id == str(entry.key), m.Change.field == "comment"
            )
        ).all()
    assert versions == ['"Riskit: muualta"', '"Riskit: muualta ja lisaa"']


def test_a_click_after_the_first_save_lands_where_it_was_aimed(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, database
) -> None:
    """Issue 11: Ctrl+N on a goal, type the metric, click the target half a second later."""
    window.resize(1024, 700)
    year = window.model.node(window.model.find(YEAR, 2022))
    goal = year.children[0].children[0]
    window.tree.setCurrentIndex(window.model.find(GOAL, goal.key))
    window.tree.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.forms.metric_form
    assert window.forms.current_form() is form
    metric = (
        "Kirjaston asiakkaiden tyytyvaisyys palveluihin nousee vahintaan arvoon 4,2 asteikolla "
        "1-5 kaikissa toimipisteissa, verkkopalveluissa ja kirjastoautoissa koko kaupungissa"
    )
    type_into(qtbot, form.text_fi, metric)
    viewport = form.target_fi.viewport()
    # The first line of the target, where the person sees it before the save.
    aim = viewport.mapTo(window, QPoint(viewport.width() // 2, 8))
    ref = Ref("metric", str(form.ref.key))
    qtbot.waitUntil(lambda: stored(database, ref, "text_fi") == metric)  # the first autosave
    for _ in range(10):  # the window as it is by the time the person clicks: the layouts
        QApplication.processEvents()  # of the form and its scroll area take a few passes

    under = window.childAt(aim)
    assert under is not None
    qtbot.mouseClick(under, Qt.MouseButton.LeftButton, pos=under.mapFrom(window, aim))
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, "vahintaan 4,2")
    qtbot.waitUntil(lambda: stored(database, ref, "target_fi") == "vahintaan 4,2")
    assert stored(database, ref, "text_fi") == metric
    assert form.text_fi.toPlainText() == metric


def _dialog() -> EditConflictDialog | None:
    return next(
        (
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, EditConflictDialog) and w.isVisible()
        ),
        None,
    )
