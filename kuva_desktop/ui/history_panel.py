"""The history of the selected item: every version with who, when and from where, and a restore.

Restoring writes the selected row's value (its "New value") back through the window's undo stack
(``Edits``), after asking, so a restore is itself an edit: recorded in the history and taken back
with Ctrl+Z.

"Who" is the person whose value it is: the owner for a value merged from their submission (the
history's source names them), else the login that typed or imported it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QObject,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kuva_desktop.domain import terms
from kuva_desktop.domain.labels import shorten
from kuva_desktop.domain.statuses import STATUS_TABLE, status_label
from kuva_desktop.editing import EditRefused, Ref
from kuva_desktop.editing.editor import FIELDS, change_ref
from kuva_desktop.editing.read import year_of_metric
from kuva_desktop.messages import history_source
from kuva_desktop.storage import models as m
from kuva_desktop.storage.keys import split_per_round_id
from kuva_desktop.ui.formatting import date_text, decimal_text, stored_time_text
from kuva_desktop.ui.i18n import QT_TRANSLATE_NOOP, Retranslated, error_text
from kuva_desktop.ui.rows_model import ROOT, AnyIndex
from kuva_desktop.ui.undo import Edits, SetField

COLUMN_WHEN = 0
COLUMN_WHO = 1
COLUMN_SOURCE = 2
COLUMN_WHAT = 3
COLUMN_OLD = 4
COLUMN_NEW = 5
HEADERS = {
    COLUMN_WHEN: QT_TRANSLATE_NOOP("HistoryModel", "When"),
    COLUMN_WHO: QT_TRANSLATE_NOOP("HistoryModel", "Who"),
    COLUMN_SOURCE: QT_TRANSLATE_NOOP("HistoryModel", "From where"),
    COLUMN_WHAT: QT_TRANSLATE_NOOP("HistoryModel", "What"),
    COLUMN_OLD: QT_TRANSLATE_NOOP("HistoryModel", "Old value"),
    COLUMN_NEW: QT_TRANSLATE_NOOP("HistoryModel", "New value"),
}

# Field names as a reader knows them. The official terms come from the domain's table below.
FIELD_NAMES = {
    "status": QT_TRANSLATE_NOOP("HistoryModel", "Status"),
    "forecast": QT_TRANSLATE_NOOP("HistoryModel", "Forecast"),
    "unit": QT_TRANSLATE_NOOP("HistoryModel", "Unit"),
    "explanation": QT_TRANSLATE_NOOP("HistoryModel", "Explanation"),
    "text_fi": QT_TRANSLATE_NOOP("HistoryModel", "Text (Finnish)"),
    "text_sv": QT_TRANSLATE_NOOP("HistoryModel", "Text (Swedish)"),
    "target_fi": QT_TRANSLATE_NOOP("HistoryModel", "Target level (Finnish)"),
    "target_sv": QT_TRANSLATE_NOOP("HistoryModel", "Target level (Swedish)"),
    "title_fi": QT_TRANSLATE_NOOP("HistoryModel", "Title (Finnish)"),
    "title_sv": QT_TRANSLATE_NOOP("HistoryModel", "Title (Swedish)"),
    "description_fi": QT_TRANSLATE_NOOP("HistoryModel", "Description (Finnish)"),
    "description_sv": QT_TRANSLATE_NOOP("HistoryModel", "Description (Swedish)"),
    "name_fi": QT_TRANSLATE_NOOP("HistoryModel", "Name (Finnish)"),
    "name_sv": QT_TRANSLATE_NOOP("HistoryModel", "Name (Swedish)"),
    "division_fi": QT_TRANSLATE_NOOP("HistoryModel", "Division (Finnish)"),
    "division_sv": QT_TRANSLATE_NOOP("HistoryModel", "Division (Swedish)"),
    "outcome_explanation": QT_TRANSLATE_NOOP("HistoryModel", "Explanation of the outcome"),
    "owners": QT_TRANSLATE_NOOP("HistoryModel", "Owners"),
    "links": QT_TRANSLATE_NOOP("HistoryModel", "Links"),
    "layout": QT_TRANSLATE_NOOP("HistoryModel", "Layout"),
    "deadline": QT_TRANSLATE_NOOP("HistoryModel", "Deadline"),
    "state": QT_TRANSLATE_NOOP("HistoryModel", "State"),
    "position": QT_TRANSLATE_NOOP("HistoryModel", "Order"),
    "year": QT_TRANSLATE_NOOP("HistoryModel", "Year"),
}
OFFICIAL_FIELDS = {
    "comment": terms.COLUMN_COMMENTS,
    "numeric": terms.COLUMN_NUMERIC,
    "recovery": terms.COLUMN_RECOVERY,
}
CREATED = QT_TRANSLATE_NOOP("HistoryModel", "Created")
DELETED = QT_TRANSLATE_NOOP("HistoryModel", "Deleted")
RECORDED = QT_TRANSLATE_NOOP("HistoryModel", "%1\nRecorded by %2")
YES = QT_TRANSLATE_NOOP("HistoryModel", "Yes")
NO = QT_TRANSLATE_NOOP("HistoryModel", "No")
EMPTY = "—"
SHORT = 60
WIDEST_COLUMN = 260  # px: a column fitted to its contents stops here (its tooltip has the rest)
SUBMISSION_PREFIX = "submission "  # merge's source: "submission <package id> (<owner>)"
RESOLUTION_PREFIX = "conflict resolution of submission "
# For a created or deleted row, the one field that names it best.
NAMING_FIELDS = ("title_fi", "text_fi", "name_fi", "status", "forecast", "name", "year", "key")


# Fields stored as codes, shown by the names the forms give them.
CODED_FIELDS = {"layout": terms.LAYOUTS, "state": terms.ROUND_STATES}


def internal(field: str) -> bool:
    """A created or deleted row's column that means nothing to a reader: an id, a key."""
    return field in ("id", "key", "round_key") or field.endswith("_id")


def decode(text: str | None) -> Any:
    """The value of a history column (JSON text); the text itself if it is not JSON."""
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def submission_owner(source: str) -> str | None:
    """The owner named by a submission's source ("submission <id> (<owner>)"), else None."""
    for prefix in (SUBMISSION_PREFIX, RESOLUTION_PREFIX):
        if source.startswith(prefix) and source.endswith(")") and " (" in source:
            return source[source.index(" (", len(prefix)) + 2 : -1]
    return None


def restorable(change: m.Change) -> bool:
    """Only the change of a field that the forms edit can be put back."""
    return change.action == "update" and change.field in FIELDS.get(change.entity, ())


@dataclass(frozen=True)
class Version:
    """One row of the history, detached from the database."""

    at: dt.datetime
    who: str
    source: str
    entity: str
    entity_id: str
    field: str | None
    action: str
    old: str | None
    new: str | None

    @staticmethod
    def of(change: m.Change) -> Version:
        return Version(
            change.at,
            change.who,
            change.source,
            change.entity,
            change.entity_id,
            change.field,
            change.action,
            change.old,
            change.new,
        )


class HistoryModel(QAbstractTableModel):
    """The versions of one item, newest first, read-only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._versions: list[Version] = []
        self._language = "fi"
        self._year: int | None = None  # for the round labels of entries

    def set_versions(self, versions: list[Version], year: int | None = None) -> None:
        self.beginResetModel()
        self._versions = list(versions)
        self._year = year
        self.endResetModel()

    def version(self, row: int) -> Version | None:
        return self._versions[row] if 0 <= row < len(self._versions) else None

    def set_language(self, language: str) -> None:
        self._language = language
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self._versions:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._versions) - 1, len(HEADERS) - 1)
            )

    # Texts

    def _translate(self, text: str) -> str:
        return QCoreApplication.translate("HistoryModel", text)

    def when(self, version: Version) -> str:
        """The time in the local time zone, in the UI language's short form."""
        return stored_time_text(version.at, self._language)

    def source(self, version: Version) -> str:
        return history_source(version.source, self._language)

    def who(self, version: Version) -> str:
        """The owner for a value from their submission; the login otherwise."""
        owner = submission_owner(version.source)
        if owner is not None and version.source.startswith(SUBMISSION_PREFIX):
            return owner
        return version.who

    def what(self, version: Version) -> str:
        if version.action == "create":
            text = self._translate(CREATED)
        elif version.action == "delete":
            text = self._translate(DELETED)
        else:
            text = self.field_name(version.field or "")
        if version.entity == "entry":
            round_key = split_per_round_id(version.entity_id)[1]
            if self._year is not None:
                text = f"{terms.round_label(round_key, self._year, self._language)}: {text}"
            else:
                text = f"{round_key}: {text}"
        return text

    def field_name(self, field: str) -> str:
        if field in OFFICIAL_FIELDS:
            return OFFICIAL_FIELDS[field](self._language)
        if field in FIELD_NAMES:
            return self._translate(FIELD_NAMES[field])
        return field

    def value(self, version: Version, text: str | None, *, full: bool) -> str:
        value = decode(text)
        if isinstance(value, dict):  # the whole row of a creation or deletion
            if full:
                return "\n".join(
                    f"{self.field_name(k)}: {self.field_value(k, v, full=True)}"
                    for k, v in value.items()
                    if v not in (None, "", []) and not internal(k)
                )
            field = next((k for k in NAMING_FIELDS if value.get(k)), None)
            return self.field_value(field, value[field], full=False) if field else ""
        return self.field_value(version.field, value, full=full)

    def field_value(self, field: str | None, value: Any, *, full: bool) -> str:
        """A field's stored value as the forms show it: a status or a code by its name."""
        if value is None or value == "":
            return EMPTY
        if isinstance(value, bool):
            return self._translate(YES if value else NO)
        if isinstance(value, list):
            return ", ".join(str(v) for v in value) or EMPTY
        if field == "status" and value in STATUS_TABLE:
            return status_label(value, self._language)
        if field in CODED_FIELDS and value in CODED_FIELDS[field]:
            return str(CODED_FIELDS[field][value](self._language))
        if field == "numeric":
            shown = decimal_text(value, self._language)
        elif field == "deadline":
            try:
                shown = date_text(str(value), self._language)
            except ValueError:  # not a stored date: a history written by something else
                shown = str(value)
        else:
            shown = str(value)
        return shown if full else shorten(shown, SHORT)

    # QAbstractTableModel

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._versions)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        version = self.version(index.row()) if index.isValid() else None
        if version is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                COLUMN_WHEN: lambda: self.when(version),
                COLUMN_WHO: lambda: self.who(version),
                COLUMN_SOURCE: lambda: self.source(version),
                COLUMN_WHAT: lambda: self.what(version),
                COLUMN_OLD: lambda: self.value(version, version.old, full=False),
                COLUMN_NEW: lambda: self.value(version, version.new, full=False),
            }[column]()
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COLUMN_OLD:
                return self.value(version, version.old, full=True)
            if column == COLUMN_NEW:
                return self.value(version, version.new, full=True)
            if column == COLUMN_SOURCE:
                return version.source
            if column == COLUMN_WHO:
                return (
                    self._translate(RECORDED)
                    .replace("%1", self.who(version))
                    .replace("%2", version.who)
                )
            if column == COLUMN_WHEN:
                return self.when(version)
            if column == COLUMN_WHAT:
                return self.what(version)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and section in HEADERS
        ):
            return self._translate(HEADERS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class RestoreField(SetField):
    """A field set back to an earlier version: one undo step of its own.

    ``SetField`` merges edits of the same field (typing); a restore must not melt into the typing
    before it, or Ctrl+Z would take back both.
    """

    def id(self) -> int:
        return -1


class HistoryPanel(Retranslated, QWidget):
    """The versions of the item ``show_item`` chose, with a button that restores one."""

    def __init__(self, edits: Edits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = edits
        self.language = "fi"
        self._ref: Ref | None = None
        self._also: list[Ref] = []  # more items listed together (a round's entries)
        self._changes: list[m.Change] = []

        self.model = HistoryModel(self)
        self.title = QLabel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # both ends of a time or name
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.restore_selected)
        self.view.selectionModel().currentRowChanged.connect(self._update_button)
        self.model.modelReset.connect(self._update_button)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

        self.edits.hub.changed.connect(self._on_changed)
        self.edits.hub.structure_changed.connect(self._on_structure_changed)
        self.retranslate_ui()
        self._update_button()

    # Public API

    def show_item(self, ref: Ref | None) -> None:
        """Show the versions of ``ref`` (a metric's include its entries'); None shows nothing."""
        self._ref = ref
        self._also = []
        self.reload()

    def show_items(self, refs: list[Ref]) -> None:
        """The versions of several items together, newest first (the entries a form edits)."""
        self._ref = refs[0] if refs else None
        self._also = list(refs[1:])
        self.reload()

    def reload(self) -> None:
        if self._ref is None:
            self._changes = []
            self.model.set_versions([])
        else:
            self._changes = self.edits.editor.versions(self._ref)
            for ref in self._also:
                self._changes.extend(self.edits.editor.versions(ref))
            if self._also:
                self._changes.sort(key=lambda change: change.id, reverse=True)
            self.model.set_versions(
                [Version.of(c) for c in self._changes], self._year_of(self._ref)
            )
        self._fit_columns()
        self._update_title()

    def _fit_columns(self) -> None:
        """When, who, from where and what as wide as their texts, within reason; the values share
        the rest. A cut text shows whole in its tooltip."""
        if not self._changes:
            return
        for column in (COLUMN_WHEN, COLUMN_WHO, COLUMN_SOURCE, COLUMN_WHAT):
            self.view.resizeColumnToContents(column)
            if self.view.columnWidth(column) > WIDEST_COLUMN:
                self.view.setColumnWidth(column, WIDEST_COLUMN)
        used = sum(self.view.columnWidth(c) for c in range(COLUMN_OLD))
        self.view.setColumnWidth(COLUMN_OLD, max(160, (self.view.viewport().width() - used) // 2))

    def selected_change(self) -> m.Change | None:
        row = self.view.currentIndex().row()
        return self._changes[row] if 0 <= row < len(self._changes) else None

    def restore_selected(self) -> bool:
        """Put the selected row's value ("New value") back, after asking; undoable."""
        change = self.selected_change()
        if change is None or not restorable(change):
            return False
        ref, field = change_ref(change), change.field or ""
        version = Version.of(change)
        what = self.model.what(version)
        shown = self.model.value(version, change.new, full=False)
        answer = QMessageBox.question(
            self,
            self.tr("Restore this version"),
            self.tr("Set %1 back to “%2”? Ctrl+Z undoes it.")
            .replace("%1", what)
            .replace("%2", shown),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        text = self.tr("Restore %1").replace("%1", what)
        try:
            current = self.edits.editor.get(ref, field)
        except EditRefused as error:
            self.edits.hub.refused.emit(error_text(error))
            return False
        command = RestoreField(
            self.edits.editor, self.edits.hub, ref, field, current, decode(change.new), text
        )
        self.edits.stack.push(command)
        return not command.failed

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.restore_button.setText(self.tr("&Restore this version"))
        self.restore_button.setToolTip(
            self.tr("Set the field back to this row's new value (Ctrl+Z undoes it)")
        )
        self.view.setAccessibleName(self.tr("History"))
        self.model.set_language(self.language)
        self._update_title()

    # Inside

    def _update_title(self) -> None:
        if self._ref is None:
            self.title.setText(self.tr("Select an item to see its history."))
        elif not self._changes:
            self.title.setText(self.tr("No recorded changes."))
        else:
            self.title.setText(self.tr("Versions: %1").replace("%1", str(len(self._changes))))

    def _update_button(self, *_args: object) -> None:
        change = self.selected_change()
        self.restore_button.setEnabled(change is not None and restorable(change))

    def _shows(self, kind: str, key: object) -> bool:
        refs = [self._ref, *self._also] if self._ref is not None else []
        for ref in refs:
            if (kind, str(key)) == (ref.kind, str(ref.key)):
                return True
            if ref.kind == "metric" and kind == "entry" and str(key).startswith(f"{ref.key}:"):
                return True
        return False

    def _on_changed(self, kind: str, key: object) -> None:
        if self._shows(kind, key):
            self.reload()

    def _on_structure_changed(self, _year: int) -> None:
        if self._ref is not None:
            self.reload()

    def _year_of(self, ref: Ref) -> int | None:
        """The year of an entry's or metric's round labels."""
        if ref.kind not in ("metric", "entry"):
            return None
        metric_id = ref.halves[0] if ref.kind == "entry" else str(ref.key)
        return year_of_metric(self.edits.editor.database, metric_id)
