"""Edit → Resolve conflicts…: base, ours and theirs side by side; keep theirs, ours, or edit."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kuva_desktop.domain.labels import shorten
from kuva_desktop.domain.rules import allowed_statuses
from kuva_desktop.domain.terms import round_label
from kuva_desktop.errors import InputError
from kuva_desktop.exchange.packages import ConflictView, list_conflicts, resolve_conflict
from kuva_desktop.ui.formatting import stored_time_text
from kuva_desktop.ui.forms.widgets import StatusCombo
from kuva_desktop.ui.i18n import Retranslated, error_text
from kuva_desktop.ui.package_texts import bold_label, field_label, shown_value

if TYPE_CHECKING:
    from kuva_desktop.storage.database import Database


def stored_code(value: str | None) -> str | None:
    """A status code as a conflict row keeps it (JSON text), or None."""
    if value is None:
        return None
    try:
        decoded = json.loads(value)
    except ValueError:
        return value
    return decoded if isinstance(decoded, str) else None


class ConflictDialog(Retranslated, QDialog):
    """The conflicts that wait, one field at a time: base, ours and theirs side by side.

    "Keep theirs", "Keep ours" or an edited value + "Use this" resolves the selected conflict
    (``resolve_conflict``: the choice and both sides are kept); the next one is selected.
    Alt+N / Alt+P (or the arrow keys in the list) move between them.

    Signals:
        resolved(metric_id, round_key): an entry changed (or was settled) by a resolution.
    """

    resolved = Signal(str, str)

    def __init__(
        self,
        database: Database,
        language: str,
        parent: QWidget | None = None,
        *,
        year: int | None = None,
        round_key: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.database, self.language = database, language
        self.year, self.round_key = year, round_key
        self.conflicts: list[ConflictView] = []
        self.listing = QListWidget()
        self.listing.setMinimumWidth(300)
        self.listing.setAlternatingRowColors(True)
        self.listing.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.listing.setSpacing(2)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.metric_label = QLabel()
        self.metric_label.setWordWrap(True)
        bold_label(self.metric_label)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.base, self.ours, self.theirs = QPlainTextEdit(), QPlainTextEdit(), QPlainTextEdit()
        self.base_label, self.ours_label, self.theirs_label = QLabel(), QLabel(), QLabel()
        for edit, label in (
            (self.base, self.base_label),
            (self.ours, self.ours_label),
            (self.theirs, self.theirs_label),
        ):
            edit.setReadOnly(True)
            edit.setTabChangesFocus(True)
            label.setBuddy(edit)
            bold_label(label)
        self.edited = QPlainTextEdit()
        self.edited.setTabChangesFocus(True)
        self.edited.setMaximumHeight(90)
        # A status is chosen from the round's statuses, not typed.
        self.edited_status = StatusCombo()
        self.edited_status.hide()
        self.edited_label = QLabel()
        self.edited_label.setBuddy(self.edited)
        self.keep_theirs, self.keep_ours = QPushButton(), QPushButton()
        self.use_edited = QPushButton()
        self.previous, self.next = QPushButton(), QPushButton()
        self.close_button = QPushButton()

        sides = QGridLayout()
        for column, (label, edit) in enumerate(
            (
                (self.base_label, self.base),
                (self.ours_label, self.ours),
                (self.theirs_label, self.theirs),
            )
        ):
            sides.addWidget(label, 0, column)
            sides.addWidget(edit, 1, column)
        sides.addWidget(self.keep_ours, 2, 1)
        sides.addWidget(self.keep_theirs, 2, 2)
        edited_row = QHBoxLayout()
        edited_row.addWidget(self.edited, 1)
        edited_row.addWidget(self.edited_status, 1, Qt.AlignmentFlag.AlignTop)
        edited_row.addWidget(self.use_edited, 0, Qt.AlignmentFlag.AlignTop)
        right = QVBoxLayout()
        right.addWidget(self.metric_label)
        right.addWidget(self.where)
        right.addLayout(sides, 1)
        right.addWidget(self.edited_label)
        right.addLayout(edited_row)
        navigation = QHBoxLayout()
        navigation.addWidget(self.previous)
        navigation.addWidget(self.next)
        navigation.addStretch(1)
        navigation.addWidget(self.close_button)
        left = QVBoxLayout()
        left.addWidget(self.listing, 1)
        left.addWidget(self.empty)
        top = QHBoxLayout()
        top.addLayout(left, 2)
        top.addLayout(right, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(navigation)

        self.listing.currentRowChanged.connect(self._show)
        self.keep_theirs.clicked.connect(lambda: self.resolve("theirs"))
        self.keep_ours.clicked.connect(lambda: self.resolve("ours"))
        self.use_edited.clicked.connect(lambda: self.resolve("edited"))
        self.previous.clicked.connect(lambda: self._step(-1))
        self.next.clicked.connect(lambda: self._step(1))
        self.close_button.clicked.connect(self.accept)
        for keys, step in (("Ctrl+PgUp", -1), ("Ctrl+PgDown", 1)):
            QShortcut(QKeySequence(keys), self, lambda s=step: self._step(s))
        self.retranslate_ui()
        self.reload()
        self.resize(980, 520)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Conflicts"))
        self.base_label.setText(self.tr("&Base (as issued)"))
        self.ours_label.setText(self.tr("O&urs (master)"))
        self.theirs_label.setText(self.tr("&Theirs (owner)"))
        self.edited_label.setText(self.tr("&Edited value"))
        self.keep_theirs.setText(self.tr("Keep t&heirs"))
        self.keep_ours.setText(self.tr("Keep &ours"))
        self.use_edited.setText(self.tr("U&se this"))
        self.previous.setText(self.tr("&Previous"))
        self.next.setText(self.tr("&Next"))
        self.close_button.setText(self.tr("&Close"))
        self.listing.setAccessibleName(self.tr("Conflicts waiting"))
        self.empty.setText(self.tr("No conflicts wait: every submission is merged."))
        self._fill_list()

    def reload(self, select: int = 0) -> None:
        self.conflicts = list_conflicts(self.database, self.year, self.round_key)
        self._fill_list(select)

    def _fill_list(self, select: int | None = None) -> None:
        if not hasattr(self, "conflicts"):
            return
        current = self.listing.currentRow() if select is None else select
        self.listing.blockSignals(True)
        self.listing.clear()
        for c in self.conflicts:
            metric = shorten(c.metric, 40)
            item = QListWidgetItem(
                f"{field_label(c.field)} · {c.owner} · "
                f"{round_label(c.round_key, c.year, self.language)}\n{metric}"
            )
            item.setToolTip(c.metric)
            self.listing.addItem(item)
        self.listing.blockSignals(False)
        has = bool(self.conflicts)
        self.empty.setVisible(not has)
        for widget in (
            self.keep_theirs,
            self.keep_ours,
            self.use_edited,
            self.edited,
            self.edited_status,
            self.previous,
            self.next,
        ):
            widget.setEnabled(has)
        if has:
            self.listing.setCurrentRow(max(0, min(current, len(self.conflicts) - 1)))
            self._show(self.listing.currentRow())
        else:
            self._show(-1)

    def current(self) -> ConflictView | None:
        row = self.listing.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show(self, _row: int) -> None:
        c = self.current()
        if c is None:
            for edit in (self.base, self.ours, self.theirs, self.edited):
                edit.setPlainText("")
            self.metric_label.setText("")
            self.where.setText("")
            return
        self.metric_label.setText(c.metric)
        self.where.setText(
            self.tr("%1 · %2 · %3 · received %4")
            .replace("%1", c.owner)
            .replace("%2", round_label(c.round_key, c.year, self.language))
            .replace("%3", field_label(c.field))
            .replace("%4", stored_time_text(c.received_at, self.language))
        )
        self.base.setPlainText(shown_value(c.field, c.base, self.language))
        self.ours.setPlainText(shown_value(c.field, c.ours, self.language))
        self.theirs.setPlainText(shown_value(c.field, c.theirs, self.language))
        edited = shown_value(c.field, c.theirs, self.language) if c.theirs is not None else ""
        self.edited.setPlainText(edited)
        status = c.field == "status"
        self.edited.setVisible(not status)
        self.edited_status.setVisible(status)
        if status:
            self.edited_status.set_codes(allowed_statuses(c.round_key), self.language)
            self.edited_status.set_code(stored_code(c.theirs))
            self.edited_label.setBuddy(self.edited_status)
        else:
            self.edited_label.setBuddy(self.edited)

    def _step(self, step: int) -> None:
        if self.conflicts:
            row = (self.listing.currentRow() + step) % len(self.conflicts)
            self.listing.setCurrentRow(row)
            self.listing.setFocus()

    def resolve(self, choice: str) -> bool:
        """Resolve the selected conflict; False (and a message) when it is refused."""
        c = self.current()
        if c is None:
            return False
        value: Any = None
        if choice == "edited":
            if c.field == "status":
                value = self.edited_status.code()
            else:
                value = self.edited.toPlainText().strip() or None
        try:
            resolve_conflict(self.database, c.id, choice, value)  # type: ignore[arg-type]
        except InputError as error:
            QMessageBox.warning(self, self.tr("Not resolved"), error_text(error))
            return False
        row = self.listing.currentRow()
        self.resolved.emit(c.metric_id, c.round_key)
        self.reload(row)
        return True


# Completeness
