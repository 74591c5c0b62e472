"""Completeness by owner: metrics filled of assigned, the submission, and reminders by e-mail.

The panel shows ``exchange.packages.owner_progress`` as a table, one row per owner. "Only those who
have not sent" narrows it to the owners to remind; "Remind by e-mail" opens a draft to the
selected owner in their language, naming the metrics without values and the deadline. When it
cannot (no owner chosen, the owner has sent, no address), it is disabled and says why beside it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kuva_desktop.domain.fields import OPEN
from kuva_desktop.exchange.packages.completeness import (
    MERGED,
    NOT_ISSUED,
    NOT_SENT,
    RECEIVED,
    OwnerProgress,
    RoundProgress,
)
from kuva_desktop.exchange.packages.mail import reminder_draft
from kuva_desktop.ui.formatting import date_text, stored_time_text
from kuva_desktop.ui.i18n import Retranslated
from kuva_desktop.ui.mail import open_draft
from kuva_desktop.ui.package_texts import LATE, STATE_COLOURS, STATE_LABELS
from kuva_desktop.ui.rows_model import RowsModel
from kuva_desktop.ui.vocabulary import LANGUAGE_NAMES

CONTEXT = "OwnerProgressModel"
FILLED_COLOURS = ("#f6c9c4", "#fbe7a1", "#c8e6c0")  # none, some, all filled


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


class OwnerProgressModel(RowsModel):
    """One row per owner: filled of assigned, the submission, the language and address."""

    CONTEXT = "OwnerProgressModel"

    COLUMN_OWNER, COLUMN_FILLED, COLUMN_SUBMISSION, COLUMN_LANGUAGE, COLUMN_EMAIL = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("OwnerProgressModel", "Owner"),
        QT_TRANSLATE_NOOP("OwnerProgressModel", "Metrics filled"),
        QT_TRANSLATE_NOOP("OwnerProgressModel", "Submission"),
        QT_TRANSLATE_NOOP("OwnerProgressModel", "Language"),
        QT_TRANSLATE_NOOP("OwnerProgressModel", "E-mail"),
    )
    RECEIVED_AT = QT_TRANSLATE_NOOP("OwnerProgressModel", "received %1")
    MISSING = QT_TRANSLATE_NOOP("OwnerProgressModel", "Without a value:")

    @staticmethod
    def state(row: OwnerProgress) -> str:
        """The completeness state of the owner's submission (the API's labels)."""
        return RECEIVED if row.sent else NOT_SENT if row.issued else NOT_ISSUED

    def submission_text(self, row: OwnerProgress) -> str:
        if row.sent:
            text = _tr(self.RECEIVED_AT).replace("%1", stored_time_text(row.received_at))
        else:
            text = QCoreApplication.translate("Packages", str(STATE_LABELS[self.state(row)]))
        late = QCoreApplication.translate("Packages", str(LATE))
        return f"{text} ({late})" if row.late else text

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COLUMN_OWNER:
                return row.owner
            if column == self.COLUMN_FILLED:
                return f"{row.filled} / {row.assigned}"
            if column == self.COLUMN_SUBMISSION:
                return self.submission_text(row)
            if column == self.COLUMN_LANGUAGE:
                return LANGUAGE_NAMES.get(row.language, row.language)
            if column == self.COLUMN_EMAIL:
                return row.email or "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COLUMN_FILLED and row.missing:
                return "\n".join([_tr(self.MISSING)] + [f"• {text}" for text in row.missing])
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == self.COLUMN_FILLED:
                share = 2 if row.filled == row.assigned else 1 if row.filled else 0
                return QBrush(QColor(FILLED_COLOURS[share]))
            if column == self.COLUMN_SUBMISSION:  # sent: the owner's part is done, green
                return QBrush(QColor(STATE_COLOURS[MERGED if row.sent else self.state(row)]))
        if role == Qt.ItemDataRole.ForegroundRole and column in (
            self.COLUMN_FILLED,
            self.COLUMN_SUBMISSION,
        ):
            return QBrush(QColor("#000000"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COLUMN_FILLED:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class OwnerProgressPanel(Retranslated, QWidget):
    """The "By owner" tab of Completeness: progress per owner and reminders by e-mail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress: RoundProgress | None = None
        self.model = OwnerProgressModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.only_not_sent = QCheckBox()
        self.remind = QPushButton()
        self.reason = QLabel()  # why Remind is disabled
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: #8a1c00;")
        self.totals = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.only_not_sent)
        row.addStretch(1)
        row.addWidget(self.reason, 2)
        row.addWidget(self.remind)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.totals)
        self.only_not_sent.toggled.connect(self._show)
        self.table.selectionModel().selectionChanged.connect(self._validate)
        self.table.doubleClicked.connect(lambda _index: self.remind.click())
        self.remind.clicked.connect(self._remind)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.only_not_sent.setText(self.tr("Only those who have &not sent"))
        self.remind.setText(self.tr("Remind by &e-mail"))
        self.table.setAccessibleName(self.tr("Progress per owner"))
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, len(OwnerProgressModel.HEADERS) - 1
        )
        self._show_totals()
        self._validate()

    def set_progress(self, progress: RoundProgress | None) -> None:
        """Show a round's progress (None: no round), keeping the selected owner."""
        self.progress = progress
        self._show()

    def _show(self) -> None:
        chosen = self.selected()
        rows = list(self.progress.owners) if self.progress else []
        if self.only_not_sent.isChecked() and self.progress:
            rows = list(self.progress.not_sent())
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        names = [r.owner for r in rows]
        if chosen is not None and chosen.owner in names:
            self.table.selectRow(names.index(chosen.owner))
        self._show_totals()
        self._validate()

    def selected(self) -> OwnerProgress | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def why_not(self) -> str:
        """Why the selected owner cannot be reminded; empty when they can."""
        row = self.selected()
        if self.progress is not None and self.progress.state != OPEN:
            return self.tr("The round is not open: owners cannot send submissions to it.")
        if row is None:
            return self.tr("Choose an owner to remind.")
        if row.sent:
            return self.tr("%1 has sent a submission for this round.").replace("%1", row.owner)
        if not row.email:
            return self.tr("%1 has no e-mail address: add one in File → Owners and links…").replace(
                "%1", row.owner
            )
        return ""

    def _validate(self) -> None:
        reason = self.why_not()
        self.reason.setText(reason)
        self.remind.setEnabled(not reason)
        row = self.selected()
        self.remind.setToolTip(
            reason
            or self.tr(
                "A message to %1 in their language: what is missing, and the deadline"
            ).replace("%1", row.email if row and row.email else "")
        )
        self.remind.setAccessibleDescription(self.remind.toolTip())

    def _show_totals(self) -> None:
        progress = self.progress
        if progress is None or not progress.owners:
            self.totals.setText("")
            return
        owners = [o for o in progress.owners if o.assigned]
        text = (
            self.tr("Sent: %1 of %2 owners")
            .replace("%1", str(sum(o.sent for o in owners)))
            .replace("%2", str(len(owners)))
        )
        if progress.deadline:
            text += " · " + self.tr("deadline %1").replace("%1", date_text(progress.deadline))
        self.totals.setText(text)

    def _remind(self) -> None:
        row, progress = self.selected(), self.progress
        if self.why_not() or row is None or progress is None or not row.email:
            return
        draft = reminder_draft(
            to=row.email,
            name=row.owner,
            language=row.language,
            year=progress.year,
            round_key=progress.round_key,
            deadline=progress.deadline,
            missing=row.missing,
            date_format=date_text,
        )
        open_draft(self, draft)
