"""The search box over all texts: hides the tree's rows whose item and descendants don't match.

The texts (titles, descriptions, metrics, targets, forecasts, comments, explanations, in Finnish
and Swedish) are read on the first search only (``editing.read.search_texts``), and read again
after an edit. Matching is case-insensitive on every word typed, as people search.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QTreeView

from kuva_desktop.editing.read import search_texts
from kuva_desktop.storage.database import Database
from kuva_desktop.ui.tree_model import GoalTreeModel
from kuva_desktop.ui.tree_nodes import GOAL, METRIC, Node


class TreeFilter:
    """Shows only the rows that match the search words, with their ancestors and descendants."""

    def __init__(self, view: QTreeView, model: GoalTreeModel, database: Database) -> None:
        self._view, self._model, self._database = view, model, database
        self._texts: dict[str, str] | None = None
        self.words: list[str] = []

    def invalidate(self) -> None:
        """The data changed: read the texts again at the next search."""
        self._texts = None
        if self.words:
            self.apply(" ".join(self.words))

    def apply(self, text: str) -> int:
        """Filter by ``text``; returns how many goals and metrics match."""
        self.words = text.casefold().split()
        if self.words and self._texts is None:
            self._texts = search_texts(self._database)
        count = 0
        for row in range(self._model.rowCount()):
            count += self._walk(self._model.index(row, 0), False)[1]
        if self.words:
            self._view.expandAll()
        return count

    def first_match(self) -> QModelIndex:
        """The first item, in tree order, that the search words match (invalid when none)."""
        if not self.words:
            return QModelIndex()

        def walk(parent: QModelIndex) -> QModelIndex:
            for row in range(self._model.rowCount(parent)):
                index = self._model.index(row, 0, parent)
                node = self._model.node(index)
                if node is not None and node.kind != "year" and self._matches(node):
                    return index
                found = walk(index)
                if found.isValid():
                    return found
            return QModelIndex()

        return walk(QModelIndex())

    def _matches(self, node: Node) -> bool:
        own = node.text_fi.casefold() + " " + (node.text_sv or "").casefold()
        text = (self._texts or {}).get(str(node.key), own)
        return all(word in text for word in self.words)

    def _walk(self, index: QModelIndex, ancestor_matches: bool) -> tuple[bool, int]:
        """Hide what does not match; (visible, matches below) for ``index``."""
        node = self._model.node(index)
        assert node is not None
        matches = not self.words or (node.kind != "year" and self._matches(node))
        count = int(bool(self.words) and matches and node.kind in (GOAL, METRIC))
        visible_child = False
        for row in range(self._model.rowCount(index)):
            child_visible, child_count = self._walk(
                self._model.index(row, 0, index), ancestor_matches or matches
            )
            visible_child |= child_visible
            count += child_count
        visible = not self.words or matches or ancestor_matches or visible_child
        self._view.setRowHidden(index.row(), index.parent(), not visible)
        return visible, count


class SearchBox(QObject):
    """The window's search box over its tree: filters a moment after the last key; Enter or
    Down goes to the first item found. ``count`` says how many goals and metrics match."""

    def __init__(
        self,
        box: QLineEdit,
        count: QLabel,
        view: QTreeView,
        model: GoalTreeModel,
        database: Database,
    ) -> None:
        super().__init__(box)
        self.box, self.count, self.view = box, count, view
        self.filter = TreeFilter(view, model, database)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._apply)
        box.textChanged.connect(lambda _text: self._timer.start())
        box.returnPressed.connect(self.go_to_first_hit)
        box.installEventFilter(self)

    def invalidate(self) -> None:
        """The data changed: the texts are read again at the next search."""
        self.filter.invalidate()

    def _apply(self) -> None:
        text = self.box.text().strip()
        found = self.filter.apply(text)
        self.count.setText(self.tr("%n goals and metrics match", "", found) if text else "")

    def go_to_first_hit(self) -> None:
        """Enter or Down in the search box: the first item found, selected, the focus on it."""
        if self._timer.isActive():
            self._timer.stop()
            self._apply()
        index = self.filter.first_match()
        if not index.isValid():
            index = self.view.currentIndex()
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self.go_to_first_hit()
            return True
        return super().eventFilter(watched, event)
