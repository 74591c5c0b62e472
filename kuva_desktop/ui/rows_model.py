"""A read-only table of rows with translated column titles: what the backups, completeness and
per-owner progress views have in common (each adds its own ``data``)."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class RowsModel(QAbstractTableModel):
    """``rows``, one per table row, shown under ``HEADERS`` (texts marked with
    ``QT_TRANSLATE_NOOP(CONTEXT, …)``, translated when shown, so a language switch needs no
    rebuild)."""

    CONTEXT: ClassVar[str] = ""
    HEADERS: ClassVar[tuple[object, ...]] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def tr_text(self, text: object) -> str:
        return QCoreApplication.translate(self.CONTEXT, str(text))

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return self.tr_text(self.HEADERS[section])
        return None
