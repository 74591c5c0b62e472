"""The round entry form: one goal in one forecast round, one block per metric.

A ``status`` year takes a status (limited to the round's codes), comments and a numeric forecast
per metric; a ``narrative`` year takes the forecast as prose and comments. The previous round's
values stand read-only beside the inputs, with a button that copies them over.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kuva_desktop.domain import terms
from kuva_desktop.domain.fields import EditRefused
from kuva_desktop.domain.numbers import format_numeric, parse_numeric
from kuva_desktop.domain.rules import FORECAST_ROUNDS, RULES, allowed_statuses, entry_problems
from kuva_desktop.domain.statuses import STATUS_TABLE, status_colour, status_label
from kuva_desktop.editing.read import GoalValues
from kuva_desktop.editing.refs import UNCHECKED, Ref
from kuva_desktop.storage.snapshot import Source
from kuva_desktop.ui.forms.base import FieldBinding
from kuva_desktop.ui.forms.goal_rounds import GoalRoundsForm
from kuva_desktop.ui.forms.widgets import Message, StatusCombo, long_text, mark, plain_label
from kuva_desktop.ui.undo import Edits, Outcome, Written

NumericValue = tuple[Decimal, str] | None


class NumericBinding(FieldBinding):
    """The numeric forecast: "87,5 %", "87,5", "1 200", "1 200 kpl" (rule 5).

    Writes the number and, when it changes, the unit; nothing while the text is not a number.
    """

    def __init__(self, edits: Edits, edit: QLineEdit, language: Any) -> None:
        self.edit, self._language = edit, language
        super().__init__(
            edits,
            edit,
            "numeric",
            read=self._parse,
            show=self._show,
            changed=edit.textChanged,
            describe=edit.accessibleName,
            same=_same_numeric,
            text=self._text_of,
        )

    def _parse(self) -> NumericValue:
        return parse_numeric(self.edit.text())

    def _text_of(self, value: NumericValue) -> str:
        return "" if value is None else format_numeric(value[0], value[1], self._language())

    def _show(self, value: NumericValue) -> None:
        text = "" if value is None else format_numeric(value[0], value[1], self._language())
        if self.edit.text() != text:
            self.edit.setText(text)

    def _write(self, ref: Ref, value: Any, based_on: Any) -> Written:
        number, unit = value if value is not None else (None, None)
        old_number, old_unit = based_on if based_on is not None else (None, None)
        name = self.edit.accessibleName()
        written = Written(Outcome.SAVED)
        if number != old_number:
            written = self.edits.set_field(ref, "numeric", number, name, based_on=old_number)
        if written.ok and unit is not None and unit != old_unit:
            # "%" is also what a form shows for no unit stored: then there is nothing to compare.
            seen = UNCHECKED if old_unit in (None, "%") else old_unit
            written = self.edits.set_field(ref, "unit", unit, name, based_on=seen)
        return written

    def stored_form(self, value: Any) -> Any:
        unit = self.stored[1] if self.stored is not None else "%"
        return None if value is None else (Decimal(str(value)), unit)


def _same_numeric(a: NumericValue, b: NumericValue) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a[0] == b[0] and (a[1] or "%") == (b[1] or "%")


def numeric_value(entry: dict[str, Any]) -> NumericValue:
    if entry.get("numeric") is None:
        return None
    return Decimal(str(entry["numeric"])), entry.get("unit") or "%"


class EntryBlock(QGroupBox):
    """One metric of the goal in one round, with the previous round beside it."""

    def __init__(self, form: RoundForm) -> None:
        super().__init__()
        self.form = form
        self.metric_id = ""
        self.round_key = "1"
        self.status_layout = True
        self._previous: dict[str, Any] = {}

        self.text = plain_label()
        self.text.setProperty("role", "metric")
        self.target = plain_label()
        self.status_label, self.forecast_label = QLabel(), QLabel()
        self.comment_label, self.numeric_label = QLabel(), QLabel()
        self.status = StatusCombo()
        self.forecast = long_text(4)
        self.comment = long_text(3)
        self.numeric = QLineEdit()
        self.numeric.setMaximumWidth(220)
        self.status_message = Message()
        self.comment_message = Message()
        self.numeric_message = Message()
        # Said before typing, so that "1 200" visits do not become "1 200 %" without a word.
        self.numeric_help = plain_label()
        self.numeric_help.setStyleSheet("color: #555555;")
        widget: QWidget  # each loop below walks widgets of several kinds
        for label, widget in (
            (self.status_label, self.status),
            (self.forecast_label, self.forecast),
            (self.comment_label, self.comment),
            (self.numeric_label, self.numeric),
        ):
            label.setBuddy(widget)

        # The previous round, read-only.
        self.previous = QFrame()
        self.previous.setFrameShape(QFrame.Shape.StyledPanel)
        self.previous_title = plain_label()
        self.previous_title.setProperty("role", "heading")
        self.previous_status = plain_label()
        self.previous_forecast = plain_label()
        self.previous_comment = plain_label()
        self.previous_numeric = plain_label()
        self.copy = QPushButton()
        self.copy.setProperty("writes", True)
        self.copy.clicked.connect(self.copy_previous)
        side = QVBoxLayout(self.previous)
        for widget in (
            self.previous_title,
            self.previous_status,
            self.previous_forecast,
            self.previous_comment,
            self.previous_numeric,
        ):
            side.addWidget(widget)
        side.addStretch(1)
        side.addWidget(self.copy)

        current = QVBoxLayout()
        for widget in (
            self.status_label,
            self.status,
            self.status_message,
            self.forecast_label,
            self.forecast,
            self.comment_label,
            self.comment,
            self.comment_message,
            self.numeric_label,
            self.numeric,
            self.numeric_help,
            self.numeric_message,
        ):
            current.addWidget(widget)
        current.addStretch(1)
        grid = QGridLayout(self)
        grid.addWidget(self.text, 0, 0, 1, 2)
        grid.addWidget(self.target, 1, 0, 1, 2)
        grid.addLayout(current, 2, 0)
        grid.addWidget(self.previous, 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

        self.status_binding = form.bind_combo(self.status, "status")
        self.forecast_binding = form.bind_plain(self.forecast, "forecast")
        self.comment_binding = form.bind_plain(self.comment, "comment")
        self.numeric_binding = form.bind(
            NumericBinding(form.edits, self.numeric, lambda: form.language)
        )
        self.status.currentIndexChanged.connect(self.validate)
        self.comment.textChanged.connect(self.validate)
        self.numeric.textChanged.connect(self.validate)

    def inputs(self) -> list[QWidget]:
        """The inputs in tab order."""
        return [self.status, self.forecast, self.comment, self.numeric, self.copy]

    def retranslate_ui(self, number: int) -> None:
        language = self.form.language
        self.setTitle(self.tr("Metric %1").replace("%1", str(number)))
        self.status_label.setText(self.tr("&Status"))
        self.forecast_label.setText(self.tr("&Forecast"))
        self.comment_label.setText("&" + terms.COLUMN_COMMENTS(language))
        self.numeric_label.setText("&" + terms.COLUMN_NUMERIC(language))
        self.numeric.setPlaceholderText(self.tr("e.g. 87,5 % or 1 200 kpl"))
        self.numeric_help.setText(
            self.tr("The number and its unit; without a unit the number is a percentage (%).")
        )
        self.copy.setText(self.tr("&Copy from the previous round"))
        what = self.tr("metric %1").replace("%1", str(number))
        self.status.setAccessibleName(self.tr("Status, %1").replace("%1", what))
        self.forecast.setAccessibleName(self.tr("Forecast, %1").replace("%1", what))
        self.comment.setAccessibleName(
            self.tr("%1, %2").replace("%1", terms.COLUMN_COMMENTS(language)).replace("%2", what)
        )
        self.numeric.setAccessibleName(
            self.tr("%1, %2").replace("%1", terms.COLUMN_NUMERIC(language)).replace("%2", what)
        )
        self.copy.setAccessibleName(self.tr("Copy from the previous round, %1").replace("%1", what))

    def load(self, values: GoalValues, index: int, round_key: str) -> None:
        metric = values.metrics[index]
        language = self.form.language
        self.metric_id, self.round_key = metric.id, round_key
        self.status_layout = values.layout == "status"
        self.retranslate_ui(index + 1)
        widget: QWidget
        self.text.setText(metric.text)
        self.target.setText(f"{terms.TARGET_LEVEL(language)}: {metric.target or '—'}")
        self.target.setVisible(bool(metric.target) or self.status_layout)
        for widget in (
            self.status_label,
            self.status,
            self.numeric_label,
            self.numeric,
            self.numeric_help,
        ):
            widget.setVisible(self.status_layout)
        for widget in (self.forecast_label, self.forecast):
            widget.setVisible(not self.status_layout)
        self.status.set_codes(allowed_statuses(round_key), language)

        ref = Ref.entry(metric.id, round_key)
        entry = metric.entry(round_key)
        self.status_binding.load(ref, entry["status"])
        self.forecast_binding.load(ref, entry["forecast"])
        self.comment_binding.load(ref, entry["comment"])
        self.numeric_binding.load(ref, numeric_value(entry))

        position = FORECAST_ROUNDS.index(round_key) if round_key in FORECAST_ROUNDS else 0
        previous_key = FORECAST_ROUNDS[position - 1] if position > 0 else None
        self.previous.setVisible(previous_key is not None)
        if previous_key is not None:
            self._show_previous(metric.entry(previous_key), previous_key, values.year)
        self.validate()

    def _show_previous(self, entry: dict[str, Any], key: str, year: int) -> None:
        language = self.form.language
        self._previous = entry
        self.previous_title.setText(terms.round_label(key, year, language))
        code = entry.get("status")
        known = code in STATUS_TABLE
        self.previous_status.setText(status_label(str(code), language) if known else (code or "—"))
        self.previous_status.setStyleSheet(
            f"background-color: {status_colour(str(code))}; color: #000000; padding: 2px 6px;"
            if known
            else ""
        )
        self.previous_status.setVisible(self.status_layout or bool(code))
        self.previous_forecast.setText(entry.get("forecast") or "—")
        self.previous_forecast.setVisible(not self.status_layout)
        comment = entry.get("comment") or "—"
        self.previous_comment.setText(f"{terms.COLUMN_COMMENTS(language)}: {comment}")
        numeric = numeric_value(entry)
        shown = format_numeric(numeric[0], numeric[1], language) if numeric else "—"
        self.previous_numeric.setText(f"{terms.COLUMN_NUMERIC(language)}: {shown}")
        self.previous_numeric.setVisible(self.status_layout)
        has_values = any(entry.get(name) not in (None, "") for name in entry)
        self.copy.setToolTip("" if has_values else self.tr("The previous round has no values."))

    def copy_previous(self) -> None:
        """Copy the previous round's values into this round: one undo step for all."""
        entry = self._previous
        wanted: list[tuple[FieldBinding, Any]] = []
        if self.status_layout and entry.get("status") in {
            s.value for s in allowed_statuses(self.round_key)
        }:
            wanted.append((self.status_binding, entry["status"]))
        if not self.status_layout and entry.get("forecast"):
            wanted.append((self.forecast_binding, entry["forecast"]))
        if entry.get("comment"):
            wanted.append((self.comment_binding, entry["comment"]))
        if self.status_layout and numeric_value(entry) is not None:
            wanted.append((self.numeric_binding, numeric_value(entry)))
        if not wanted:
            return
        stack = self.form.edits.stack
        stack.beginMacro(self.tr("Copy from the previous round"))
        try:
            for binding, value in wanted:
                if binding.ref is None:
                    continue
                stored = binding.stored  # what the database has: commit writes the copy over it
                binding.load(binding.ref, value, force=True)
                binding.stored = stored
                binding.commit()
        finally:
            stack.endMacro()
        self.validate()

    def validate(self) -> None:
        """Rules 1, 2 and 5 as the person types; rule 2 does not block saving."""
        language = self.form.language
        status = self.status.code() if self.status_layout else None
        problems = entry_problems(self.round_key, status, self.comment.toPlainText())
        self.status_message.show_text(
            RULES["round_codes"].label(language) if "round_codes" in problems else None
        )
        needs_comment = "comment_required" in problems
        mark(self.comment, needs_comment)
        self.comment_message.show_text(
            RULES["comment_required"].label(language) if needs_comment else None
        )
        # The domain's own sentence: not a number, below zero, more than the database keeps.
        problem: str | None = None
        try:
            parse_numeric(self.numeric.text())
        except EditRefused as error:
            problem = error.at(None).text(language)  # under the field: no name in front
        mark(self.numeric, problem is not None)
        self.numeric_message.show_text(problem)


class RoundForm(GoalRoundsForm):
    """A goal in one forecast round: ``show_round(goal_id, round_key)``."""

    def __init__(
        self, edits: Edits, database: Source, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(edits, database, language, parent)
        self.round_key = "1"
        self.blocks: list[EntryBlock] = []
        self.empty = plain_label()
        self.blocks_layout = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.top)
        layout.addWidget(self.empty)
        layout.addLayout(self.blocks_layout)
        layout.addWidget(self.back, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.retranslate_ui()

    def show_round(self, goal_id: str, round_key: str) -> bool:
        """Show the goal's metrics in the round; False when the goal is gone."""
        if round_key != self.round_key:
            self.commit_pending()
        self.round_key = round_key
        return self.load(Ref("goal", goal_id))

    def retranslate_ui(self) -> None:
        self.back.setText(self.tr("&Back to the goal"))
        self.empty.setText(self.tr("The goal has no metrics."))
        if self.values is not None:
            for index, block in enumerate(self.blocks):
                if not block.isHidden():
                    block.retranslate_ui(index + 1)

    def reload(self) -> bool:
        values = self.read_values()
        if values is None:
            return False
        locked = self.top.show_round(values, self.round_key, self.language)
        while len(self.blocks) < len(values.metrics):
            block = EntryBlock(self)
            self.blocks_layout.addWidget(block)  # a child first: tab order is within a window
            if self.blocks:
                self.tab_order(self.blocks[-1].inputs()[-1], block.inputs()[0])
            self.blocks.append(block)
        for index, block in enumerate(self.blocks):
            present = index < len(values.metrics)
            block.setVisible(present)
            if present:
                block.load(values, index, self.round_key)
        self.empty.setVisible(not values.metrics)
        self.set_read_only(locked)
        return True
