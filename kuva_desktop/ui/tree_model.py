"""The Qt model of the main window's tree of years → themes → goals → metrics.

It shows plain ``tree_nodes.Node`` objects made from the frozen items that
``editing.read.read_tree`` reads (only what the tree shows, for all years, in a handful of plain
SQL queries); the nodes are the model's own, updated in place when one item's text or status
changes. This module imports no database code, so that the window can show the tree before
SQLAlchemy is loaded; ``html``, which only a tooltip needs, is imported where it is used. The
window makes the model only after its first paint (``main_window``'s module doc): this module uses
Qt's ``Qt`` namespace from its first lines.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from kuva_desktop.domain.statuses import status_colour, status_label
from kuva_desktop.ui.i18n import QT_TRANSLATE_NOOP
from kuva_desktop.ui.rows_model import ROOT, AnyIndex
from kuva_desktop.ui.tree_nodes import (
    COLUMN_OWNERS,
    COLUMN_TITLE,
    METRIC,
    YEAR,
    Node,
    first_line,
    node_status,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from kuva_desktop.editing.read import TreeItem

HEADERS = {
    COLUMN_TITLE: QT_TRANSLATE_NOOP("GoalTreeModel", "Goals and metrics"),
    COLUMN_OWNERS: QT_TRANSLATE_NOOP("GoalTreeModel", "Owners"),
}

MIME_TYPE = "application/x-kuva-desktop-item"


class GoalTreeModel(QAbstractItemModel):
    """Years → themes → goals → metrics. Dragging an item among its siblings asks to move it.

    Signals:
        move_requested(kind, key, position): an item was dropped at a new place among its
            siblings; the window moves it (undoably) and reloads.
    """

    move_requested = Signal(str, object, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._years: list[Node] = []
        self._language = "fi"
        self.round_key = "1"

    # Loading and language

    def set_items(self, years: Sequence[TreeItem]) -> None:
        """Show these years (read by ``editing.read.read_tree``, maybe in another thread)."""
        self.beginResetModel()
        self._years = []
        for row, year in enumerate(years):
            node = Node.made_from(year)
            node.row = row
            self._years.append(node)
        self.endResetModel()

    def set_language(self, language: str) -> None:
        """Show the texts in ``language`` (Swedish where there is a Swedish text)."""
        self._language = language
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        self._emit_changed(QModelIndex())

    def set_round(self, round_key: str) -> None:
        """Colour the goals and metrics by their status in this round."""
        self.round_key = round_key
        self._emit_changed(QModelIndex())

    def nodes(self) -> list[Node]:
        """Every node, depth first."""
        out: list[Node] = []

        def walk(nodes: list[Node]) -> None:
            for node in nodes:
                out.append(node)
                walk(node.children)

        walk(self._years)
        return out

    def _emit_changed(self, parent: QModelIndex) -> None:
        rows = self.rowCount(parent)
        if not rows:
            return
        self.dataChanged.emit(
            self.index(0, 0, parent),
            self.index(rows - 1, len(HEADERS) - 1, parent),
            [
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.DecorationRole,
            ],
        )
        for row in range(rows):
            self._emit_changed(self.index(row, 0, parent))

    # Finding nodes

    def node(self, index: AnyIndex) -> Node | None:
        return index.internalPointer() if index.isValid() else None

    def find(self, kind: str, key: Any) -> QModelIndex:
        """The index of the node of this kind and id, or an invalid index."""

        def search(nodes: list[Node]) -> Node | None:
            for node in nodes:
                if node.kind == kind and node.key == key:
                    return node
                found = search(node.children)
                if found is not None:
                    return found
            return None

        node = search(self._years)
        return self.createIndex(node.row, 0, node) if node is not None else QModelIndex()

    # QAbstractItemModel

    def index(self, row: int, column: int, parent: AnyIndex = ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        parent_node = self.node(parent)
        children = parent_node.children if parent_node is not None else self._years
        return self.createIndex(row, column, children[row])

    def parent(self, index: AnyIndex) -> QModelIndex:  # type: ignore[override]
        node = self.node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self.node(parent)
        return len(node.children) if node is not None else len(self._years)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return len(HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COLUMN_TITLE:
                return first_line(node.text(self._language))
            if column == COLUMN_OWNERS:
                return ", ".join(node.owners)
        elif role == Qt.ItemDataRole.ToolTipRole and column == COLUMN_TITLE and node.kind != YEAR:
            # Qt guesses whether a tooltip is rich text; say so, and escape the data's own "<b>"
            # so that it shows as typed. Rich text also wraps long lines.
            import html  # at first use: module doc

            text = html.escape(node.text(self._language)).replace("\n", "<br>")
            status = node_status(node, self.round_key)
            if status is not None:
                text += f"<br><i>{html.escape(status_label(status, self._language))}</i>"
            return f"<qt>{text}</qt>"
        elif role == Qt.ItemDataRole.DecorationRole and column == COLUMN_TITLE:
            status = node_status(node, self.round_key)
            return QColor(status_colour(status)) if status is not None else None
        elif role == Qt.ItemDataRole.AccessibleDescriptionRole and column == COLUMN_TITLE:
            status = node_status(node, self.round_key)
            return status_label(status, self._language) if status is not None else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and section in HEADERS
        ):
            return QCoreApplication.translate("GoalTreeModel", HEADERS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        node = self.node(index)
        if node is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if node.kind != YEAR:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        if node.kind != METRIC:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    # Drag and drop: reordering among siblings

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        node = self.node(indexes[0]) if indexes else None
        if node is not None:
            data.setData(MIME_TYPE, f"{node.kind}\n{node.key}".encode())
        return data

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        kind, key = bytes(data.data(MIME_TYPE).data()).decode().split("\n", 1)
        target = self.node(parent)
        found = self.node(self.find(kind, key))
        if found is None or target is None or found.parent is not target:
            return False  # only among siblings: a goal does not move to another theme here
        position = len(target.children) if row < 0 else row
        if position > found.row:
            position -= 1  # Qt counts the place before the dragged row is taken out
        if position != found.row:
            self.move_requested.emit(found.kind, found.key, position)
        # The window moves the item and reloads; Qt must not remove the dragged row itself.
        return False
