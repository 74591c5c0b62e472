"""The search box over all texts: hides the tree's rows whose item and descendants don't match.

The texts (titles, descriptions, metrics, targets, forecasts, comments, explanations, in Finnish
and Swedish) are read on the first search only, in one query per table, and read again after an
edit. Matching is case-insensitive on every word typed, as people search.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QTreeView
from sqlalchemy import select

from kuva_desktop.storage import models as m
from kuva_desktop.storage.database import Database
from kuva_desktop.ui.tree_model import GOAL, METRIC, THEME, GoalTreeModel, Node


def read_texts(database: Database) -> dict[tuple[str, object], str]:
    """Every searchable text of each theme, goal and metric, casefolded, by (kind, id)."""
    texts: dict[tuple[str, object], list[str]] = defaultdict(list)
    with database.reader() as session:
        for row in session.execute(select(m.Theme.id, m.Theme.name_fi, m.Theme.name_sv)):
            texts[(THEME, row[0])] += row[1:]
        for row in session.execute(
            select(
                m.Goal.id,
                m.Goal.title_fi,
                m.Goal.title_sv,
                m.Goal.description_fi,
                m.Goal.description_sv,
                m.Goal.outcome_explanation,
            )
        ):
            texts[(GOAL, row[0])] += row[1:]
        for row in session.execute(
            select(m.Metric.id, m.Metric.text_fi, m.Metric.text_sv, m.Metric.target_fi)
        ):
            texts[(METRIC, row[0])] += row[1:]
        for row in session.execute(
            select(m.Entry.metric_id, m.Entry.forecast, m.Entry.comment, m.Entry.explanation)
        ):
            texts[(METRIC, row[0])] += row[1:]
    return {key: " ".join(t for t in values if t).casefold() for key, values in texts.items()}


class TreeFilter:
    """Shows only the rows that match the search words, with their ancestors and descendants."""

    def __init__(self, view: QTreeView, model: GoalTreeModel, database: Database) -> None:
        self._view, self._model, self._database = view, model, database
        self._texts: dict[tuple[str, object], str] | None = None
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
            self._texts = read_texts(self._database)
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
        text = (self._texts or {}).get((node.kind, node.key), own)
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
