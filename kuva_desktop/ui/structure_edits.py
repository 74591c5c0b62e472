"""The coordinator's structure edits: add, delete and move themes, goals and metrics; a new year.

Each is one undoable step (``ui/undo.py``) through the editor; the tree keeps the place a person
expects (the new item selected with the focus in its form, the neighbour of a deleted item, the
moved item).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox

from kuva_desktop.editing import Ref
from kuva_desktop.errors import InputError
from kuva_desktop.ui.i18n import error_text
from kuva_desktop.ui.shell import Shell
from kuva_desktop.ui.tree_nodes import GOAL, METRIC, THEME, YEAR
from kuva_desktop.ui.undo import AddItem, DeleteItem, Edits, MoveItem

CHILD_KIND = {YEAR: THEME, THEME: GOAL, GOAL: METRIC}


class StructureEdits(QObject):
    """Edit → Add, Delete, Move up/down, dragging in the tree, and File → New year."""

    def __init__(self, shell: Shell, edits: Edits) -> None:
        super().__init__(shell.widget())
        self.shell, self.edits = shell, edits

    def can_add(self) -> bool:
        node = self.shell.selected()
        return node is not None and node.kind in CHILD_KIND

    def can_change(self) -> bool:
        """Delete and move apply to the selected item (a year stays)."""
        node = self.shell.selected()
        return node is not None and node.kind != YEAR

    def add_item(self) -> None:
        """Add a theme, goal or metric below the selected year, theme or goal."""
        shell = self.shell
        node = shell.selected()
        if node is None or node.kind not in CHILD_KIND:
            return
        kind = CHILD_KIND[node.kind]
        text = {
            THEME: self.tr("Add a theme"),
            GOAL: self.tr("Add a goal"),
            METRIC: self.tr("Add a metric"),
        }[kind]
        year = shell.selected_year() or 0
        command = AddItem(self.edits.editor, self.edits.hub, year, kind, node.key, text)
        if self.edits.push(command) and command.key is not None:
            shell.tree.setCurrentIndex(shell.model.find(kind, command.key))
            shell.show_form_tab()  # the focus in the new item's first field, ready to type

    def delete_item(self) -> None:
        """Delete the selected theme, goal or metric, after asking; undo brings it back."""
        shell = self.shell
        node = shell.selected()
        if node is None or node.kind == YEAR:
            return
        answer = QMessageBox.question(
            shell.widget(),
            self.tr("Delete"),
            self.tr("Delete “%1” and everything below it? You can undo this with Ctrl+Z.").replace(
                "%1", node.text(shell.language())[:120]
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        year = shell.selected_year() or 0
        # Where the tree stays: the sibling below, else the one above, else the parent.
        siblings = node.parent.children if node.parent is not None else []
        others = [n for n in siblings if n is not node]
        below = [n for n in others if n.row > node.row]
        neighbour = below[0] if below else (others[-1] if others else node.parent)
        expanded = shell.expanded_keys()
        self.edits.push(
            DeleteItem(
                self.edits.editor, self.edits.hub, year, Ref(node.kind, node.key), self.tr("Delete")
            )
        )
        shell.expand_keys(expanded)
        if neighbour is not None:
            index = shell.model.find(neighbour.kind, neighbour.key)
            if index.isValid():
                shell.tree.setCurrentIndex(index)
                shell.tree.scrollTo(index)

    def move_selected(self, step: int) -> None:
        node = self.shell.selected()
        if node is not None and node.kind != YEAR:
            self.move_item(node.kind, node.key, node.row + step)

    def move_item(self, kind: str, key: Any, position: int) -> None:
        """Move an item among its siblings (from the keys or a drop), undoably."""
        shell = self.shell
        node = shell.model.node(shell.model.find(kind, key))
        if node is None or node.parent is None or not 0 <= position < len(node.parent.children):
            return
        year = shell.selected_year() or 0
        self.edits.push(
            MoveItem(
                self.edits.editor, self.edits.hub, year, Ref(kind, key), position, self.tr("Move")
            )
        )
        shell.tree.setCurrentIndex(shell.model.find(kind, key))

    def new_year(self) -> None:
        """A new year with the themes, goals, metrics, owners and links of the latest one."""
        shell = self.shell
        years = shell.years()
        if not years:
            return
        latest = years[-1]
        year, ok = QInputDialog.getInt(
            shell.widget(),
            self.tr("New year"),
            self.tr("A new year from %1 (its themes, goals, metrics, owners and links):").replace(
                "%1", str(latest)
            ),
            latest + 1,
            1900,
            2999,
        )
        if not ok:
            return
        try:
            self.edits.editor.new_year_from(latest, year)
        except InputError as error:
            QMessageBox.warning(shell.widget(), self.tr("New year"), error_text(error))
            return
        shell.reload()
        shell.tree.setCurrentIndex(shell.model.find(YEAR, year))
