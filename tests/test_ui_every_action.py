"""Every action of every menu, in both roles, triggered from the menus as a person would.

The coordinator's window and an owner's package window: each action is taken from the menu bar
(submenus included) and triggered; the dialogs it opens are answered or closed. The test fails on a
crash, on a Python exception in a slot (pytest-qt reports them), and on an action that shows
nothing and changes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)
from sqlalchemy import func, select

from kuva_desktop.editing import Ref
from kuva_desktop.exchange.packages import issue_package
from kuva_desktop.storage import models as m
from kuva_desktop.ui.actions import Menus
from kuva_desktop.ui.main_window import MainWindow, package_window
from kuva_desktop.ui.shell import Role
from kuva_desktop.ui.tree_nodes import GOAL, THEME
from tests.test_packages_merge import RIIKKA, open_year
from tests.test_packages_merge import YEAR as YEAR_2022

pytestmark = pytest.mark.usefixtures("qt_settings")


def menu_actions(window: MainWindow) -> list[QAction]:
    """The menu bar's actions in menu order, submenus walked, separators and hidden ones left."""
    found: list[QAction] = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            elif not action.isSeparator() and action.isVisible():
                found.append(action)

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu())
    return found


class Answers:
    """The dialogs a person answers: static file and message dialogs, and any modal one left."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
        self.asked: list[str] = []
        self.save_as = tmp_path / "vastaus.kuvasub"
        answers = {
            (QFileDialog, "getOpenFileName"): ("", ""),
            (QFileDialog, "getOpenFileNames"): ([], ""),
            (QFileDialog, "getExistingDirectory"): "",
            (QMessageBox, "warning"): QMessageBox.StandardButton.Ok,
            (QMessageBox, "information"): QMessageBox.StandardButton.Ok,
            (QMessageBox, "critical"): QMessageBox.StandardButton.Ok,
            (QMessageBox, "question"): QMessageBox.StandardButton.Yes,
        }
        for (owner, name), answer in answers.items():
            monkeypatch.setattr(owner, name, self._answer(name, answer))
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", self._answer("getSaveFileName", (str(self.save_as), ""))
        )
        monkeypatch.setattr(QInputDialog, "getInt", self._answer("getInt", (YEAR_2022 + 1, True)))
        # A modal dialog run with exec() would wait for ever: closed, and counted as shown.
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._close_modal)
        self.timer.start()

    def _answer(self, name: str, answer: Any) -> Any:
        def answered(*_args: Any, **_kwargs: Any) -> Any:
            self.asked.append(name)
            return answer

        return answered

    def _close_modal(self) -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and modal.property("execed") is not False:
            self.asked.append(type(modal).__name__)
            modal.reject()


def shown_dialogs(window: QWidget) -> set[QWidget]:
    return {
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w is not window and isinstance(w, QDialog)
    }


def state(window: MainWindow, answers: Answers) -> tuple[Any, ...]:
    """What a person could see change: the data, the view, the focus, the dialogs asked."""
    database = window.database
    with database.reader() as session:
        changes = session.scalar(select(func.count()).select_from(m.Change))
    selected = window.selected()
    return (
        changes,
        window.edits.stack.index(),
        window.tabs.currentIndex(),
        window.focusWidget(),
        window.history_dock.isVisible(),
        window.language(),
        (selected.kind, selected.key) if selected else None,
        window.isVisible(),
        len(answers.asked),
        answers.save_as.exists(),
    )


def trigger_every_action(qtbot: Any, window: MainWindow, answers: Answers) -> list[str]:
    """Trigger each menu action (the language now in use last, Quit at the very end)."""
    actions = menu_actions(window)
    current_language = window.menus.languages[window.language()]
    actions.remove(current_language)
    actions.insert(actions.index(window.menus.languages["en"]) + 1, current_language)
    actions.remove(window.menus.quit)
    actions.append(window.menus.quit)
    silent: list[str] = []
    triggered: list[str] = []
    for action in actions:
        assert action.isEnabled(), f"{action.text()} is disabled"
        # The person was last in the history table (no action puts the focus there), so that an
        # action that moves the focus to the form, the tree or the search box shows it.
        if window.history_dock.isVisible():
            window.history.view.setFocus()
        before_dialogs = shown_dialogs(window)
        before = state(window, answers)
        action.trigger()
        QApplication.processEvents()
        qtbot.waitUntil(lambda: True)  # one more turn of the event loop
        opened = shown_dialogs(window) - before_dialogs
        if not opened and state(window, answers) == before:
            silent.append(action.text())
        triggered.append(action.text())
        for dialog in opened:
            dialog.reject()
        QApplication.processEvents()
    assert silent == [], f"these actions showed nothing and changed nothing: {silent}"
    assert not window.isVisible()  # Quit closed it
    return triggered


def test_every_menu_action_of_the_coordinators_window(
    qtbot, database, translations, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    open_year(database)
    answers = Answers(monkeypatch, tmp_path)
    window = MainWindow(database, translations)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # A goal in the middle of its siblings, so that it can move both ways; one edit to undo.
    middle = next(
        n
        for n in window.model.nodes()
        if n.kind in (GOAL, THEME) and 0 < n.row < len(n.parent.children) - 1
    )
    window.tree.setCurrentIndex(window.model.find(middle.kind, middle.key))
    window.edits.set_field(
        Ref(middle.kind, middle.key),
        "name_sv" if middle.kind == THEME else "title_sv",
        "Mål",
        "Edit",
    )
    triggered = trigger_every_action(qtbot, window, answers)
    assert len(triggered) >= 20
    with database.reader() as session:
        assert session.scalar(select(m.Year.year).where(m.Year.year == YEAR_2022 + 1))


def test_every_menu_action_of_an_owners_package_window(
    qtbot, database, translations, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    ids = open_year(database)
    package = issue_package(database, YEAR_2022, "1", RIIKKA, tmp_path).path
    answers = Answers(monkeypatch, tmp_path)
    window = package_window(package, translations)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    block = window.forms.round_form.blocks[0]
    block.comment.setPlainText("Riskit: sää.")  # something to undo and to send
    window.forms.commit_pending()
    triggered = trigger_every_action(qtbot, window, answers)
    assert answers.save_as.exists()  # File → Save submission wrote the file
    # The coordinator's actions do not exist in an owner's window: none of their texts was met.
    frame = QMainWindow()
    qtbot.addWidget(frame)
    coordinator = Menus(frame, Role.COORDINATOR)
    coordinator.retranslate_ui(window.language())
    assert window.menus.coordinator is None
    assert {a.text() for a in coordinator.coordinator.all()}.isdisjoint(triggered)
    assert ids
