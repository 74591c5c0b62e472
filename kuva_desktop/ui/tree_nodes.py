"""The rows of the main window's tree: plain ``Node`` objects, what kinds there are, and the
status a row shows. No Qt: ``tree_model.GoalTreeModel`` shows the nodes in the QTreeView.

Kept apart from the model because the window's shell (``main_window``) uses these names before
its first paint, when nothing may touch Qt's ``Qt`` namespace yet (``main_window``'s module doc);
the domain's rules, which only a goal's final outcome needs, are imported where they are used.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kuva_desktop.domain.fields import FINAL
from kuva_desktop.domain.labels import pick, shorten
from kuva_desktop.domain.statuses import Status

if TYPE_CHECKING:
    from kuva_desktop.editing.read import TreeItem

YEAR, THEME, GOAL, METRIC = "year", "theme", "goal", "metric"

COLUMN_TITLE = 0
COLUMN_OWNERS = 1

SHORT_TEXT = 90


@dataclass(eq=False)
class Node:
    """One row of the tree: what it is, its database id, and its texts."""

    kind: str
    key: Any  # Year.year for a year, else the UUID of the theme, goal or metric
    text_fi: str
    text_sv: str | None = None
    owners: tuple[str, ...] = ()
    statuses: dict[str, str] = field(default_factory=dict)  # a metric's status per round key
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    row: int = 0

    def add(self, child: Node) -> Node:
        child.parent = self
        child.row = len(self.children)
        self.children.append(child)
        return child

    @classmethod
    def made_from(cls, item: TreeItem) -> Node:
        """The node of a frozen tree item, with nodes of its children."""
        node = cls(item.kind, item.key, item.text_fi, item.text_sv, item.owners)
        node.statuses = dict(item.statuses)
        for child in item.children:
            node.add(cls.made_from(child))
        return node

    def text(self, language: str) -> str:
        """The Swedish text in a Swedish UI when there is one, else the Finnish one."""
        return pick(self.text_fi, self.text_sv, language)


def first_line(text: str, width: int = SHORT_TEXT) -> str:
    """The first non-empty line of a text, shortened with an ellipsis."""
    return shorten(next((line for line in text.splitlines() if line.strip()), ""), width)


# Worst first: a goal shows the colour of its worst metric in a forecast round.
_SEVERITY = (Status.OFF_TRACK, Status.AT_RISK, Status.ON_TRACK)


def node_status(node: Node, round_key: str) -> str | None:
    """The status a node shows for a round: a metric's own, a goal's from its metrics."""
    if node.kind == METRIC:
        return node.statuses.get(round_key)
    if node.kind != GOAL or not node.children:
        return None
    statuses = [child.statuses.get(round_key) for child in node.children]
    if round_key == FINAL:
        from kuva_desktop.domain.rules import derive_outcome  # at first use: module doc

        outcome = derive_outcome(statuses)
        return outcome.value if outcome else None
    for status in _SEVERITY:
        if status in statuses:
            return status.value
    return None
