"""The form of a year: the division's name, the layout, and the rounds' deadlines and states."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from kuva_desktop.domain import terms
from kuva_desktop.domain.fields import LOCKED, ROUND_KEYS
from kuva_desktop.editing.read import read_year
from kuva_desktop.editing.refs import Ref
from kuva_desktop.storage.keys import split_per_round_id
from kuva_desktop.storage.snapshot import Source
from kuva_desktop.ui import formatting
from kuva_desktop.ui.forms.base import FieldBinding, Form
from kuva_desktop.ui.forms.widgets import Header, fill_combo, plain_label
from kuva_desktop.ui.undo import Edits

# The usual deadlines (the sample years' rounds): a proposal when a round has none yet.
USUAL_DEADLINES = {"1": (4, 30), "2": (8, 31), "3": (10, 31)}


def proposed_deadline(key: str, year: int) -> dt.date:
    """The deadline proposed for a round of ``year``; the year end's falls in January after."""
    if key in USUAL_DEADLINES:
        month, day = USUAL_DEADLINES[key]
        return dt.date(year, month, day)
    return dt.date(year + 1, 1, 31)


class RoundRow:
    """The inputs of one round in the year form: deadline (or none) and state."""

    def __init__(self, form: YearForm, key: str) -> None:
        self.key = key
        self.form = form
        self.label = plain_label()
        self.deadline = QDateEdit()
        self.deadline.setCalendarPopup(True)
        self.deadline.setDate(QDate.currentDate())
        self.no_deadline = QCheckBox()
        self.state = QComboBox()
        self.deadline_binding = form.bind(
            FieldBinding(
                form.edits,
                self.deadline,
                "deadline",
                read=self.read_deadline,
                show=self.show_deadline,
                changed=self.deadline.dateChanged,
                describe=self.deadline.accessibleName,
            )
        )
        self.no_deadline.toggled.connect(self._on_no_deadline)
        # Connected before the binding: a "No" puts the old state back before it is read.
        self.state.currentIndexChanged.connect(self._confirm_lock)
        self.state_binding = form.bind_combo(self.state, "state")

    def _confirm_lock(self, _index: int) -> None:
        """Locking cannot be taken back by an owner: ask, naming who has sent nothing yet."""
        binding = getattr(self, "state_binding", None)
        if (
            binding is None
            or binding.ref is None
            or binding.read_only
            or self.state.currentData() != LOCKED
            or binding.stored == LOCKED
            or self.form.shown_year is None
        ):
            return
        # The packages' code, and the open database: a choice is made only once it is open.
        from kuva_desktop.exchange.packages.completeness import NOT_SENT, completeness
        from kuva_desktop.storage.database import Database

        database = self.form.database
        assert isinstance(database, Database)
        year = self.form.shown_year
        silent = sorted(
            {row.owner for row in completeness(database, year, self.key) if row.state == NOT_SENT}
        )
        name = terms.round_label(self.key, year, self.form.language)
        text = QCoreApplication.translate(
            "YearForm", "Lock %1? Nothing in it can be changed after that."
        ).replace("%1", name)
        if silent:
            text += "\n\n" + QCoreApplication.translate(
                "YearForm", "These owners have sent nothing for it: %1"
            ).replace("%1", ", ".join(silent))
        answer = QMessageBox.question(
            self.form,
            QCoreApplication.translate("YearForm", "Lock the round"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.state.blockSignals(True)
            self.state.setCurrentIndex(max(self.state.findData(binding.stored), 0))
            self.state.blockSignals(False)

    def read_deadline(self) -> dt.date | None:
        if self.no_deadline.isChecked():
            return None
        chosen = self.deadline.date().toPython()
        assert isinstance(chosen, dt.date)  # PySide6 types toPython() as object
        return chosen

    def show_deadline(self, value: dt.date | None) -> None:
        if value is None and self.form.shown_year is not None:
            # What unticking "No deadline" proposes: a date of this year, not one left over
            # from the year shown before.
            proposed = proposed_deadline(self.key, self.form.shown_year)
            self.deadline.setDate(QDate(proposed.year, proposed.month, proposed.day))
        self.no_deadline.setChecked(value is None)
        self.deadline.setEnabled(value is not None and not self.deadline_binding.read_only)
        if value is not None:
            self.deadline.setDate(QDate(value.year, value.month, value.day))

    def _on_no_deadline(self, checked: bool) -> None:
        self.deadline.setEnabled(not checked and not self.deadline_binding.read_only)
        self.deadline_binding.commit()

    def widgets(self) -> list[QWidget]:
        return [self.deadline, self.no_deadline, self.state]


class YearForm(Form):
    """A reporting year: ``load(Ref("year", 2021))``."""

    def __init__(
        self, edits: Edits, database: Source, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(edits, database, language, parent)
        self.header = Header()
        self.division_fi, self.division_sv = QLineEdit(), QLineEdit()
        self.layout_combo = QComboBox()
        self.division_fi_label, self.division_sv_label = QLabel(), QLabel()
        self.layout_label = QLabel()
        fields = QFormLayout()
        fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for label, widget in (
            (self.division_fi_label, self.division_fi),
            (self.division_sv_label, self.division_sv),
            (self.layout_label, self.layout_combo),
        ):
            label.setBuddy(widget)
            fields.addRow(label, widget)
        self.layout_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.rounds_label = QLabel()
        self.rounds_label.setProperty("role", "heading")
        self.round_header = [QLabel(), QLabel(), QLabel()]
        grid = QGridLayout()
        for column, label in enumerate(self.round_header):
            grid.addWidget(label, 0, (0, 1, 3)[column])
        self.rows = {key: RoundRow(self, key) for key in ROUND_KEYS}
        for number, row in enumerate(self.rows.values(), start=1):
            grid.addWidget(row.label, number, 0)
            grid.addWidget(row.deadline, number, 1)
            grid.addWidget(row.no_deadline, number, 2)
            grid.addWidget(row.state, number, 3)
        grid.setColumnStretch(4, 1)
        grid.setHorizontalSpacing(12)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(fields)
        layout.addSpacing(8)
        layout.addWidget(self.rounds_label)
        layout.addLayout(grid)
        layout.addStretch(1)

        self.division_fi_binding = self.bind_line(self.division_fi, "division_fi")
        self.division_sv_binding = self.bind_line(self.division_sv, "division_sv")
        self.layout_binding = self.bind_combo(self.layout_combo, "layout")
        self.tab_order(
            self.division_fi,
            self.division_sv,
            self.layout_combo,
            *(w for row in self.rows.values() for w in row.widgets()),
        )
        self._year: int | None = None
        self.shown_year: int | None = None  # the year whose rounds the rows show
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.division_fi_label.setText(self.tr("&Division (Finnish)"))
        self.division_sv_label.setText(self.tr("D&ivision (Swedish)"))
        self.layout_label.setText(self.tr("&Layout"))
        self.division_fi.setAccessibleName(self.tr("Division (Finnish)"))
        self.division_sv.setAccessibleName(self.tr("Division (Swedish)"))
        self.layout_combo.setAccessibleName(self.tr("Layout"))
        fill_combo(
            self.layout_combo,
            [(code, label(self.language)) for code, label in terms.LAYOUTS.items()],
        )
        self.rounds_label.setText(self.tr("Rounds"))
        for label, text in zip(
            self.round_header,
            (self.tr("Round"), self.tr("Deadline"), self.tr("State")),
            strict=True,
        ):
            label.setText(text)
        locale = formatting.locale(self.language)
        for row in self.rows.values():
            row.no_deadline.setText(self.tr("No deadline"))
            row.deadline.setLocale(locale)
            row.deadline.setDisplayFormat(locale.dateFormat(QLocale.FormatType.ShortFormat))
            fill_combo(
                row.state,
                [(code, label(self.language)) for code, label in terms.ROUND_STATES.items()],
            )
            year = getattr(self, "_year", None)
            name = terms.round_label(row.key, year, self.language) if year else row.key
            row.label.setText(name)
            row.deadline.setAccessibleName(self.tr("Deadline of %1").replace("%1", name))
            row.no_deadline.setAccessibleName(self.tr("No deadline for %1").replace("%1", name))
            row.state.setAccessibleName(self.tr("State of %1").replace("%1", name))

    def concerns(self, kind: str, key: Any) -> bool:
        if kind == "round" and self._year is not None:
            return split_per_round_id(key)[0] == str(self._year)
        return super().concerns(kind, key)

    def reload(self) -> bool:
        assert self.ref is not None
        year = read_year(self.database, int(self.ref.key))
        if year is None:
            return False
        self._year = year.year
        self.shown_year = year.year
        rounds = {r.key: (r.deadline, r.state) for r in year.rounds}
        self.header.set_texts(self.tr("Year"), str(self._year))
        self.retranslate_ui()
        ref = self.ref
        self.division_fi_binding.load(ref, year.division_fi)
        self.division_sv_binding.load(ref, year.division_sv)
        self.swedish_placeholder(self.division_sv, year.division_fi)
        self.layout_binding.load(ref, year.layout)
        for key, row in self.rows.items():
            present = key in rounds
            for widget in (row.label, *row.widgets()):
                widget.setVisible(present)
            if present:
                deadline, state = rounds[key]
                round_ref = Ref.round(self._year, key)
                row.deadline_binding.load(round_ref, deadline)
                row.state_binding.load(round_ref, state)
        return True
