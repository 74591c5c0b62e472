"""The year overview: the official table layout (DOMAIN.md section 5) as a read-only table.

One row per metric, theme → goal → metric, the theme and goal cells spanning their rows; one column
per round with the status on its colour (status years) or the start of the forecast (narrative
years); missing entries marked; the rules each row breaks, from ``rules.check_year``. A
double-click (or Enter) asks to open the form of the cell's item.

Column titles, status labels and rule labels come from the domain tables in the widget's language;
only the table's own words ("Problems", "No entry") go through Qt's translations.
"""

from __future__ import annotations

import base64
import json
import textwrap
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout, QWidget

from kuva_desktop.domain import terms
from kuva_desktop.domain.labels import Label, pick, shorten
from kuva_desktop.domain.rules import FORECAST_ROUNDS, RULES
from kuva_desktop.domain.statuses import STATUS_TABLE, status_colour, status_label
from kuva_desktop.editing.overview import (
    COLUMN_COMMENTS,
    COLUMN_GOAL,
    COLUMN_LINKS,
    COLUMN_METRIC,
    COLUMN_NUMERIC,
    COLUMN_PROBLEMS,
    COLUMN_RECOVERY,
    COLUMN_ROUND,
    COLUMN_THEME,
    OverviewColumn,
    OverviewRow,
    read_overview,
)
from kuva_desktop.storage.database import Database
from kuva_desktop.storage.snapshot import EntrySnapshot
from kuva_desktop.ui.formatting import number_text
from kuva_desktop.ui.i18n import QT_TRANSLATE_NOOP, Retranslated
from kuva_desktop.ui.rows_model import ROOT, AnyIndex

OFFICIAL_HEADERS: dict[str, Label] = {
    COLUMN_THEME: terms.COLUMN_THEME,
    COLUMN_GOAL: terms.COLUMN_GOAL,
    COLUMN_METRIC: terms.COLUMN_METRICS,
    COLUMN_RECOVERY: terms.COLUMN_RECOVERY,
    COLUMN_COMMENTS: terms.COLUMN_COMMENTS,
    COLUMN_NUMERIC: terms.COLUMN_NUMERIC,
    COLUMN_LINKS: terms.COLUMN_LINKS,
}
HEADERS = {COLUMN_PROBLEMS: QT_TRANSLATE_NOOP("YearOverviewModel", "Problems")}
NO_ENTRY = QT_TRANSLATE_NOOP("YearOverviewModel", "No entry")
YES = QT_TRANSLATE_NOOP("YearOverviewModel", "Yes")
NO = QT_TRANSLATE_NOOP("YearOverviewModel", "No")

MISSING = "—"
MISSING_COLOUR = "#767676"  # grey that still reads on white (4.5:1)
STATUS_TEXT_COLOUR = "#000000"  # the status fills are light: black text on them
PROSE_WIDTH = 80
TEXT_WIDTH = 160


def latest_forecast(row: OverviewRow) -> tuple[str, EntrySnapshot] | None:
    """The latest forecast round of the row with a status, a comment or a number."""
    for key in reversed(FORECAST_ROUNDS):
        entry = row.entries.get(key)
        if entry is not None and (entry.status or entry.comment or entry.numeric is not None):
            return key, entry
    return None


class YearOverviewModel(QAbstractTableModel):
    """One year in the official layout, read-only; ``set_year`` chooses it."""

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._year: int | None = None
        self._layout = "narrative"
        self._columns: list[OverviewColumn] = []
        self._rows: list[OverviewRow] = []
        self._language = "fi"

    # Loading and language

    @property
    def year(self) -> int | None:
        return self._year

    @property
    def layout(self) -> str:
        return self._layout

    @property
    def language(self) -> str:
        return self._language

    def set_year(self, year: int | None) -> None:
        self._year = year
        self.reload()

    def reload(self) -> None:
        """Read the year again (after an edit, an import or a merge)."""
        self.beginResetModel()
        self._rows, self._columns = [], []
        if self._year is not None:
            overview = read_overview(self._database, self._year)
            if overview is not None:
                self._layout = overview.layout
                self._rows, self._columns = list(overview.rows), list(overview.columns)
        self.endResetModel()

    def set_language(self, language: str) -> None:
        """Show the labels and texts in ``language`` (Swedish texts where there are any)."""
        self._language = language
        self.retranslate()

    def retranslate(self) -> None:
        """Tell the views that every header and cell text may have changed."""
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._rows and self._columns:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1)
            )

    # Finding things

    def column(self, section: int) -> OverviewColumn | None:
        return self._columns[section] if 0 <= section < len(self._columns) else None

    def column_of(self, kind: str, round_key: str = "") -> int:
        """The section of a column kind (and round), or -1 when the year has no such column."""
        for section, column in enumerate(self._columns):
            if column.kind == kind and column.round_key == round_key:
                return section
        return -1

    def row(self, number: int) -> OverviewRow | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def spans(self) -> list[tuple[int, int, int]]:
        """(row, column, rows) of every theme and goal cell that spans more than one row."""
        found = []
        theme, goal = self.column_of(COLUMN_THEME), self.column_of(COLUMN_GOAL)
        for number, row in enumerate(self._rows):
            if row.theme_span > 1:
                found.append((number, theme, row.theme_span))
            if row.goal_span > 1:
                found.append((number, goal, row.goal_span))
        return found

    def target(self, index: AnyIndex) -> tuple[str, str, str] | None:
        """What a double-click on the cell opens: (kind, key, round key)."""
        row, column = self.row(index.row()), self.column(index.column())
        if row is None or column is None or not index.isValid():
            return None
        if column.kind == COLUMN_THEME:
            return ("theme", row.theme_id, "")
        if column.kind == COLUMN_GOAL or row.metric_id is None:
            return ("goal", row.goal_id, "") if row.goal_id else ("theme", row.theme_id, "")
        if column.kind == COLUMN_ROUND:
            return ("entry", row.metric_id, column.round_key)
        return ("metric", row.metric_id, "")

    # QAbstractTableModel

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.row(index.row()), self.column(index.column())
        if row is None or column is None:
            return None
        if column.kind == COLUMN_ROUND:
            return self._round_data(row, column.round_key, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.FontRole and column.kind == COLUMN_GOAL and row.goal_span:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column.kind == COLUMN_PROBLEMS:
            return QColor("#a00000")
        return None

    def _text(self, pair: tuple[str, str | None]) -> str:
        return pick(pair[0], pair[1], self._language)

    def _display(self, row: OverviewRow, column: OverviewColumn) -> str | None:
        kind = column.kind
        if kind == COLUMN_THEME:
            return shorten(self._text(row.theme), TEXT_WIDTH) if row.theme_span else ""
        if kind == COLUMN_GOAL:
            return shorten(self._text(row.goal), TEXT_WIDTH) if row.goal_span else ""
        if kind == COLUMN_METRIC:
            return shorten(self._text(row.metric), TEXT_WIDTH)
        if kind == COLUMN_RECOVERY:
            if row.recovery is None:
                return ""
            return self._translate(YES if row.recovery else NO)
        if kind == COLUMN_COMMENTS:
            latest = latest_forecast(row)
            return shorten(latest[1].comment, TEXT_WIDTH) if latest else ""
        if kind == COLUMN_NUMERIC:
            latest = latest_forecast(row)
            if latest is None:
                return ""
            return number_text(latest[1].numeric, latest[1].unit, self._language)
        if kind == COLUMN_LINKS:
            return ", ".join(pick(fi, sv, self._language) for fi, sv in row.links)
        if kind == COLUMN_PROBLEMS:
            return "; ".join(RULES[code].label(self._language) for code in self._problems(row))
        return None

    def _tooltip(self, row: OverviewRow, column: OverviewColumn) -> str | None:
        kind = column.kind
        if kind == COLUMN_THEME:
            return self._text(row.theme) or None
        if kind == COLUMN_GOAL:
            text = "\n\n".join(t for t in (self._text(row.goal), self._text(row.description)) if t)
            return text or None
        if kind == COLUMN_METRIC:
            target = self._text(row.target)
            text = self._text(row.metric)
            if target:
                text += f"\n\n{terms.TARGET_LEVEL(self._language)}: {target}"
            return text or None
        if kind == COLUMN_COMMENTS:
            latest = latest_forecast(row)
            if latest is None or not latest[1].comment:
                return None
            label = terms.round_label(latest[0], self._year or 0, self._language)
            return f"{label}\n\n{latest[1].comment}"
        if kind == COLUMN_LINKS:
            return "\n".join(pick(fi, sv, self._language) for fi, sv in row.links) or None
        if kind == COLUMN_PROBLEMS:
            lines = [
                f"{RULES[code].number}. {RULES[code].label(self._language)}"
                for code in self._problems(row)
            ]
            return "\n".join(lines) or None
        return None

    def _problems(self, row: OverviewRow) -> list[str]:
        return list(dict.fromkeys(row.problems))

    def _round_data(self, row: OverviewRow, round_key: str, role: int) -> Any:
        if row.metric_id is None:
            return None
        entry = row.entries.get(round_key)
        missing = entry is None or not (entry.status or (entry.forecast or "").strip())
        known_status = entry is not None and entry.status in STATUS_TABLE
        if role == Qt.ItemDataRole.DisplayRole:
            if missing or entry is None:
                return MISSING
            if entry.status:
                return status_label(entry.status, self._language) if known_status else entry.status
            return shorten(entry.forecast, PROSE_WIDTH)
        if role == Qt.ItemDataRole.ToolTipRole:
            if missing or entry is None:
                return self._translate(NO_ENTRY)
            parts = [terms.round_label(round_key, self._year or 0, self._language)]
            if entry.status:
                parts.append(
                    status_label(entry.status, self._language) if known_status else entry.status
                )
            parts += [t for t in (entry.forecast, entry.comment, entry.explanation) if t]
            return "\n\n".join(parts)
        if role == Qt.ItemDataRole.BackgroundRole and known_status and entry is not None:
            return QColor(status_colour(entry.status or ""))
        if role == Qt.ItemDataRole.ForegroundRole:
            if missing:
                return QColor(MISSING_COLOUR)
            if known_status:
                return QColor(STATUS_TEXT_COLOUR)
        if role == Qt.ItemDataRole.FontRole and missing:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and missing:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _translate(self, text: str) -> str:
        return QCoreApplication.translate("YearOverviewModel", text)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        column = self.column(section)
        if column is None:
            return None
        if column.kind == COLUMN_ROUND:
            text = terms.round_label(column.round_key, self._year or 0, self._language)
        elif column.kind in OFFICIAL_HEADERS:
            text = OFFICIAL_HEADERS[column.kind](self._language)
        else:
            text = self._translate(HEADERS[column.kind])
        if role == Qt.ItemDataRole.ToolTipRole:
            return text
        # The official titles are long ("Kytkeytyminen kaupunkiyhteisiin hankkeisiin ja …"): in
        # lines that fit the column's usual width, so that the header grows instead of cutting.
        width = DEFAULT_WIDTHS.get(column.kind, 120)
        return textwrap.fill(text, max(8, width // HEADER_CHAR_PX), break_long_words=False)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


# Widths of the columns before the user changes them, in pixels.
HEADER_MARGIN_PX = 24  # the header section's own padding and frame, with room to spare
HEADER_CHAR_PX = 8  # a generous average width of a header character, in pixels
DEFAULT_WIDTHS = {
    COLUMN_THEME: 130,
    COLUMN_GOAL: 200,
    COLUMN_METRIC: 260,
    COLUMN_RECOVERY: 100,
    COLUMN_ROUND: 130,
    COLUMN_COMMENTS: 200,
    COLUMN_NUMERIC: 110,
    COLUMN_LINKS: 200,
    COLUMN_PROBLEMS: 220,
}
NARRATIVE_ROUND_WIDTH = 200  # prose needs more room than a status label
MAX_ROW_HEIGHT = 140


class _Table(QTableView):
    """A table view where Enter does what a double-click does."""

    enter_pressed = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.enter_pressed.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class YearOverview(Retranslated, QWidget):
    """The year overview: a title line and the table.

    Signals:
        open_requested(kind, key, round_key): open the form of an item; kind is "entry" (key: the
            metric id, round_key: the round), "metric", "goal" or "theme" (round_key empty).
    """

    open_requested = Signal(str, str, str)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = "fi"
        self.model = YearOverviewModel(database, self)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setContentsMargins(4, 4, 4, 4)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.view = _Table()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(False)
        self.view.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        # The titles come in lines that fit (headerData); eliding would treat them as one line.
        self.view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.verticalHeader().setVisible(False)
        self.view.doubleClicked.connect(self._on_activated)
        self.view.enter_pressed.connect(self._on_activated)
        self.model.modelAboutToBeReset.connect(self._before_reset)
        self.model.modelReset.connect(self._after_reset)
        self.view.horizontalHeader().sectionResized.connect(self._remember_widths)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view)
        # Header states per layout: the two layouts have different columns.
        self._states: dict[str, str] = {}
        self._restoring = False
        self.retranslate_ui()

    # Public API

    def set_year(self, year: int | None) -> None:
        self.model.set_year(year)
        self._update_title()

    def reload(self) -> None:
        """Read the year again, keeping the current cell."""
        current = self.view.currentIndex()
        self.model.reload()
        if current.isValid():
            index = self.model.index(current.row(), current.column())
            if index.isValid():
                self.view.setCurrentIndex(index)
        self._update_title()

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.view.setAccessibleName(self.tr("Year overview"))
        self.view.setAccessibleDescription(
            self.tr("One row per metric; double-click or press Enter to open a cell's item.")
        )
        self.model.set_language(self.language)
        self._update_title()
        self._fit_rows()

    def save_state(self) -> QByteArray:
        """The column widths and order of both layouts, for the lead to keep in the settings."""
        self._remember_widths()
        return QByteArray(json.dumps(self._states).encode("utf-8"))

    def restore_state(self, state: QByteArray) -> bool:
        """Put back what ``save_state`` gave; False (and nothing changed) when it is unusable."""
        try:
            states = json.loads(bytes(state.data()).decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return False
        if not isinstance(states, dict) or not all(isinstance(v, str) for v in states.values()):
            return False
        self._states = dict(states)
        self._apply_widths()
        return True

    # Inside

    def _update_title(self) -> None:
        year = self.model.year
        if year is None or not self.model.columnCount():
            self.title.setText(self.tr("No year selected."))
            return
        self.title.setText(f"{terms.REPORT_TITLE(self.language)} · {year}")

    def _on_activated(self, index: QModelIndex) -> None:
        target = self.model.target(index)
        if target is not None:
            self.open_requested.emit(*target)

    def _before_reset(self) -> None:
        self._restoring = True  # the header's own resizing in a reset is not the user's

    def _after_reset(self) -> None:
        self.view.clearSpans()
        for row, column, rows in self.model.spans():
            self.view.setSpan(row, column, rows, 1)
        self._apply_widths()
        self._fit_rows()

    def _apply_widths(self) -> None:
        header = self.view.horizontalHeader()
        saved = self._states.get(self.model.layout)
        self._restoring = True
        try:
            restored = False
            if saved and self.model.columnCount():
                restored = header.restoreState(QByteArray(base64.b64decode(saved)))
            if not restored:
                for section in range(self.model.columnCount()):
                    column = self.model.column(section)
                    if column is None:
                        continue
                    width = DEFAULT_WIDTHS[column.kind]
                    if column.kind == COLUMN_ROUND and self.model.layout == "narrative":
                        width = NARRATIVE_ROUND_WIDTH
                    header.resizeSection(section, max(width, self._header_width(section)))
        finally:
            self._restoring = False

    def _header_width(self, section: int) -> int:
        """The width the section's longest title line needs (a long word cannot wrap)."""
        header = self.view.horizontalHeader()
        text = self.model.headerData(section, Qt.Orientation.Horizontal) or ""
        widest = max(header.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
        return int(widest) + HEADER_MARGIN_PX

    def _remember_widths(self, *_args: object) -> None:
        if self._restoring or not self.model.columnCount():
            return
        state = self.view.horizontalHeader().saveState()
        self._states[self.model.layout] = base64.b64encode(bytes(state.data())).decode("ascii")

    def _fit_rows(self) -> None:
        self.view.resizeRowsToContents()
        for row in range(self.model.rowCount()):
            if self.view.rowHeight(row) > MAX_ROW_HEIGHT:
                self.view.setRowHeight(row, MAX_ROW_HEIGHT)
