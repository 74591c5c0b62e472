"""The window's menus, actions and shortcuts, for one role.

Both roles have File → Open work package… and Quit, Edit → Undo and Redo, and the View menu. The
coordinator's actions (structure, new year, vocabularies, reports, packages, backups) are made
only in the coordinator's window, and File → Save submission… only in an owner's: an action that
does not apply to a role does not exist in its window. The actions are made disabled and without a
slot; the window connects them (``connect``) once the database is attached.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6 import QtCore
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from kuva_desktop.ui.shell import Role

# The language menu names each language in that language, so that nobody is lost in the others.
LANGUAGE_NAMES = (("fi", "Suomi"), ("sv", "Svenska"), ("en", "English"))

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


def make_action(parent: QObject, shortcut: Shortcut = None, *, enabled: bool = True) -> QAction:
    made = QAction(parent)
    if shortcut is not None:
        # ``setShortcuts`` with one sequence is ``setShortcut``, but PySide picks among
        # ``setShortcut``'s overloads by Qt's key enums, which builds Qt's whole namespace: the
        # menus are made before the window's first paint (``main_window``'s module doc).
        sequence = QKeySequence(shortcut)  # empty for a standard key the platform lacks
        made.setShortcuts([sequence] if not sequence.isEmpty() else [])
    made.setEnabled(enabled)
    return made


def connect(action: QAction, slot: Callable[[], Any]) -> None:
    """Run ``slot`` with no argument when the action is triggered.

    ``triggered(bool)`` would hand its "checked" to a slot's first optional argument
    (``import_submissions(False)`` did nothing).
    """
    action.triggered.connect(lambda _checked=False: slot())


class CoordinatorActions(QObject):
    """What only the coordinator does."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        # All disabled until the database is attached.
        self.new_year = make_action(parent, enabled=False)
        self.vocabulary = make_action(parent, enabled=False)
        self.import_table = make_action(parent, enabled=False)
        self.export = make_action(parent, "Ctrl+E", enabled=False)
        self.print = make_action(parent, QKeySequence.StandardKey.Print, enabled=False)
        self.issue = make_action(parent, enabled=False)
        self.import_submissions = make_action(parent, "Ctrl+I", enabled=False)
        self.restore = make_action(parent, enabled=False)
        self.add = make_action(parent, "Ctrl+N", enabled=False)
        self.delete = make_action(parent, QKeySequence.StandardKey.Delete, enabled=False)
        self.move_up = make_action(parent, "Ctrl+Shift+Up", enabled=False)
        self.move_down = make_action(parent, "Ctrl+Shift+Down", enabled=False)
        self.conflicts = make_action(parent, enabled=False)
        self.completeness = make_action(parent, enabled=False)

    def all(self) -> list[QAction]:
        return [
            self.new_year,
            self.vocabulary,
            self.import_table,
            self.export,
            self.print,
            self.issue,
            self.import_submissions,
            self.restore,
            self.add,
            self.delete,
            self.move_up,
            self.move_down,
            self.conflicts,
            self.completeness,
        ]

    def retranslate_ui(self) -> None:
        self.new_year.setText(self.tr("&New year from the previous one…"))
        self.vocabulary.setText(self.tr("&Owners and links…"))
        self.export.setText(self.tr("&Export board report…"))
        self.print.setText(self.tr("&Print…"))
        self.issue.setText(self.tr("&Issue work packages…"))
        self.import_submissions.setText(self.tr("I&mport submissions…"))
        self.restore.setText(self.tr("Restore from a &backup…"))
        self.import_table.setText(self.tr("Import &table…"))
        self.conflicts.setText(self.tr("Resolve &conflicts…"))
        self.completeness.setText(self.tr("&Completeness…"))
        self.add.setText(self.tr("&Add below the selected item"))
        self.delete.setText(self.tr("&Delete…"))
        self.move_up.setText(self.tr("Move &up"))
        self.move_down.setText(self.tr("Move do&wn"))


class Menus(QObject):
    """The menu bar of a window in ``role``: File, Edit, View (and its Language submenu)."""

    def __init__(self, window: QMainWindow, role: Role) -> None:
        super().__init__(window)
        self.role = role
        self.open_package = make_action(window, "Ctrl+O")
        self.quit = make_action(window, QKeySequence.StandardKey.Quit)
        # Disabled until the database is attached (undo and redo: until there is a step).
        self.undo = make_action(window, "Ctrl+Z", enabled=False)
        self.redo = make_action(window, "Ctrl+Shift+Z", enabled=False)
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.form = make_action(window, "Ctrl+1", enabled=False)
        self.overview = make_action(window, "Ctrl+2", enabled=False)
        self.find = make_action(window, QKeySequence.StandardKey.Find)
        self.tree = make_action(window, "Ctrl+T")
        self.coordinator = CoordinatorActions(window) if role is Role.COORDINATOR else None
        self.save_submission = (
            make_action(window, QKeySequence.StandardKey.Save, enabled=False)
            if role is Role.OWNER
            else None
        )

        bar = window.menuBar()
        c = self.coordinator
        self.file = QMenu(window)
        if self.save_submission is not None:
            self.file.addAction(self.save_submission)
            self.file.addSeparator()
        if c is not None:
            self.file.addActions([c.new_year, c.vocabulary, c.import_table])
            self.file.addSeparator()
            self.file.addActions([c.export, c.print])
            self.file.addSeparator()
        self.file.addAction(self.open_package)
        if c is not None:
            self.file.addActions([c.issue, c.import_submissions])
            self.file.addSeparator()
            self.file.addAction(c.restore)
        self.file.addSeparator()
        self.file.addAction(self.quit)
        bar.addMenu(self.file)

        self.edit = QMenu(window)
        self.edit.addActions([self.undo, self.redo])
        if c is not None:
            self.edit.addSeparator()
            self.edit.addActions([c.add, c.move_up, c.move_down, c.delete])
            self.edit.addSeparator()
            self.edit.addAction(c.conflicts)
        bar.addMenu(self.edit)

        self.view = QMenu(window)
        self.view.addActions([self.form, self.overview])
        if c is not None:
            self.view.addAction(c.completeness)
        self.view.addActions([self.find, self.tree])
        self.history_anchor = self.view.addSeparator()  # View → History goes here, at attach
        self.language_menu = QMenu(window)
        self.language_group = QActionGroup(window)
        self.languages: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES:
            language = QAction(name, window)
            language.setCheckable(True)
            language.setData(code)
            self.language_group.addAction(language)
            self.language_menu.addAction(language)
            self.languages[code] = language
        self.view.addMenu(self.language_menu)
        bar.addMenu(self.view)

    def set_shortcut_contexts(self) -> None:
        """Where the shortcuts work, other than in this window; once its shell is painted (the
        contexts are Qt enums: ``main_window``'s module doc). Until then the actions that need
        another context are disabled, and Quit works in the window."""
        application = QtCore.Qt.ShortcutContext.ApplicationShortcut
        # Quit, undo and redo from any window of the program (a package's too).
        for action in (self.quit, self.undo, self.redo):
            action.setShortcutContext(application)
        if self.coordinator is not None:
            # Delete belongs to the tree: in a text field the key deletes characters.
            self.coordinator.delete.setShortcutContext(QtCore.Qt.ShortcutContext.WidgetShortcut)

    def enable_attached(self) -> None:
        """The database is attached: what needs it works now (undo and redo when there is a
        step)."""
        actions = [self.form, self.overview]
        if self.coordinator is not None:
            actions += self.coordinator.all()
        if self.save_submission is not None:
            actions.append(self.save_submission)
        for action in actions:
            action.setEnabled(True)

    def retranslate_ui(self, language: str) -> None:
        self.file.setTitle(self.tr("&File"))
        self.quit.setText(self.tr("&Quit"))
        self.open_package.setText(self.tr("Open &work package…"))
        if self.save_submission is not None:
            self.save_submission.setText(self.tr("&Save submission…"))
        self.edit.setTitle(self.tr("&Edit"))
        self.undo.setText(self.tr("&Undo"))
        self.redo.setText(self.tr("&Redo"))
        self.view.setTitle(self.tr("&View"))
        self.form.setText(self.tr("&Form"))
        self.overview.setText(self.tr("Year &overview"))
        self.find.setText(self.tr("&Search"))
        self.tree.setText(self.tr("&Tree"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.languages[language].setChecked(True)
        if self.coordinator is not None:
            self.coordinator.retranslate_ui()
