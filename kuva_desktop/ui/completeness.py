"""View → Completeness…: per owner (metrics filled of assigned, the submission, reminders by
e-mail: ``owner_progress``) and per owner and item (not sent, received, merged, in conflict,
late)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kuva_desktop.domain.fields import OPEN, ROUND_KEYS
from kuva_desktop.domain.terms import round_label
from kuva_desktop.editing.read import read_year
from kuva_desktop.errors import InputError
from kuva_desktop.exchange.packages import (
    CompletenessRow,
    RoundProgress,
    completeness,
    owner_progress,
)
from kuva_desktop.ui.formatting import stored_time_text
from kuva_desktop.ui.i18n import QT_TRANSLATE_NOOP, Retranslated, error_text
from kuva_desktop.ui.owner_progress import OwnerProgressPanel
from kuva_desktop.ui.package_texts import (
    LATE,
    STATE_COLOURS,
    STATE_LABELS,
    translate,
)
from kuva_desktop.ui.rows_model import RowsModel

if TYPE_CHECKING:
    from kuva_desktop.storage.database import Database


class CompletenessModel(RowsModel):
    """Per owner and assigned item, where the round's submission stands, coloured."""

    CONTEXT = "CompletenessModel"

    COLUMN_OWNER, COLUMN_GOAL, COLUMN_METRIC, COLUMN_STATE, COLUMN_RECEIVED = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("CompletenessModel", "Owner"),
        QT_TRANSLATE_NOOP("CompletenessModel", "Goal"),
        QT_TRANSLATE_NOOP("CompletenessModel", "Metric"),
        QT_TRANSLATE_NOOP("CompletenessModel", "State"),
        QT_TRANSLATE_NOOP("CompletenessModel", "Received"),
    )

    @staticmethod
    def state_text(row: CompletenessRow) -> str:
        text = translate(str(STATE_LABELS.get(row.state, row.state)))
        return f"{text} ({translate(str(LATE))})" if row.late else text

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.COLUMN_OWNER:
                return row.owner
            if column == self.COLUMN_GOAL:
                return row.goal
            if column == self.COLUMN_METRIC:
                return row.metric
            if column == self.COLUMN_STATE:
                return self.state_text(row)
            if column == self.COLUMN_RECEIVED:
                return stored_time_text(row.received_at)
        if role == Qt.ItemDataRole.BackgroundRole and column == self.COLUMN_STATE:
            return QBrush(QColor(STATE_COLOURS.get(row.state, "#ffffff")))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COLUMN_STATE:
            return QBrush(QColor("#000000"))
        return None


class CompletenessDialog(Retranslated, QDialog):
    """View → Completeness…: per round, how far each owner is and who has sent what; reminders
    by e-mail to the owners who have not sent."""

    TAB_OWNERS, TAB_ITEMS = range(2)

    def __init__(
        self,
        database: Database,
        years: Sequence[int],
        year: int | None,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database, self.language = database, language
        self.year, self.round = QComboBox(), QComboBox()
        for value in years:
            self.year.addItem(str(value), value)
        if year is not None and year in years:
            self.year.setCurrentIndex(list(years).index(year))
        self.year_label, self.round_label = QLabel(), QLabel()
        self.year_label.setBuddy(self.year)
        self.round_label.setBuddy(self.round)
        self.totals = QLabel()
        self.refresh = QPushButton()
        self.close_button = QPushButton()
        self.model = CompletenessModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.owners = OwnerProgressPanel()
        self.items = QWidget()
        items_layout = QVBoxLayout(self.items)
        items_layout.addWidget(self.table, 1)
        items_layout.addWidget(self.totals)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.owners, "")
        self.tabs.addTab(self.items, "")
        top = QHBoxLayout()
        for widget in (self.year_label, self.year, self.round_label, self.round):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.refresh)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.year.currentIndexChanged.connect(self._fill_rounds)
        self.round.currentIndexChanged.connect(lambda _i: self.reload())
        self.refresh.clicked.connect(self.reload)
        self.close_button.clicked.connect(self.accept)
        self.retranslate_ui()
        self._fill_rounds()
        self.resize(980, 520)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Completeness"))
        self.year_label.setText(self.tr("&Year"))
        self.round_label.setText(self.tr("&Round"))
        self.refresh.setText(self.tr("Re&fresh"))
        self.close_button.setText(self.tr("&Close"))
        self.table.setAccessibleName(self.tr("Completeness of the round"))
        self.tabs.setTabText(self.TAB_OWNERS, self.tr("By &owner"))
        self.tabs.setTabText(self.TAB_ITEMS, self.tr("By &metric"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self._show_totals()

    def _fill_rounds(self) -> None:
        year = self.year.currentData()
        self.round.blockSignals(True)
        self.round.clear()
        chosen: int | None = None  # the first open round
        if year is not None:
            view = read_year(self.database, year)
            states = {r.key: r.state for r in view.rounds} if view else {}
            for key in ROUND_KEYS:
                if key in states:
                    if states[key] == OPEN and chosen is None:
                        chosen = self.round.count()
                    self.round.addItem(round_label(key, year, self.language), key)
        self.round.setCurrentIndex(chosen or 0)
        self.round.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        year, round_key = self.year.currentData(), self.round.currentData()
        rows: list[CompletenessRow] = []
        progress: RoundProgress | None = None
        if year is not None and round_key is not None:
            try:
                rows = completeness(self.database, year, round_key)
                progress = owner_progress(self.database, year, round_key)
            except InputError as error:
                self.totals.setText(error_text(error))
        self.owners.set_progress(progress)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        for column in (CompletenessModel.COLUMN_GOAL, CompletenessModel.COLUMN_METRIC):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 300))
        self._show_totals()

    def _show_totals(self) -> None:
        rows = self.model.rows
        if not rows:
            self.totals.setText(self.tr("Nothing is assigned in this round."))
            return
        counts: dict[str, int] = {}
        for row in rows:
            counts[row.state] = counts.get(row.state, 0) + 1
        self.totals.setText(
            " · ".join(
                f"{translate(str(STATE_LABELS[state]))}: {counts[state]}"
                for state in STATE_LABELS
                if state in counts
            )
        )
