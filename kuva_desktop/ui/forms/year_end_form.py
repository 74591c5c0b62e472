"""The year-end form of a goal: per metric achieved or not with its explanation, and the goal's
outcome derived from them (rule 4) with the goal's explanation, required when it was not achieved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from kuva_desktop.domain import terms
from kuva_desktop.domain.rules import FINAL, RULES, allowed_statuses, derive_outcome, entry_problems
from kuva_desktop.domain.statuses import Status, status_colour, status_label
from kuva_desktop.editing.read import GoalValues
from kuva_desktop.editing.refs import Ref
from kuva_desktop.storage.snapshot import Source
from kuva_desktop.ui.forms.goal_rounds import GoalRoundsForm
from kuva_desktop.ui.forms.widgets import Message, StatusCombo, long_text, mark, plain_label
from kuva_desktop.ui.undo import Edits

LAST_FORECAST = "3"


class OutcomeBlock(QGroupBox):
    """One metric's year-end outcome and its explanation (rule 3)."""

    def __init__(self, form: YearEndForm) -> None:
        super().__init__()
        self.form = form
        self.text = plain_label()
        self.text.setProperty("role", "metric")
        self.target = plain_label()
        self.forecast = plain_label()
        self.status_label, self.explanation_label = QLabel(), QLabel()
        self.status = StatusCombo()
        self.explanation = long_text(4)
        self.explanation_message = Message()
        self.status_label.setBuddy(self.status)
        self.explanation_label.setBuddy(self.explanation)
        layout = QVBoxLayout(self)
        for widget in (
            self.text,
            self.target,
            self.forecast,
            self.status_label,
            self.status,
            self.explanation_label,
            self.explanation,
            self.explanation_message,
        ):
            layout.addWidget(widget)
        self.status_binding = form.bind_combo(self.status, "status")
        self.explanation_binding = form.bind_plain(self.explanation, "explanation")
        self.status.currentIndexChanged.connect(self.validate)
        self.status.currentIndexChanged.connect(form.show_outcome)
        self.explanation.textChanged.connect(self.validate)

    def retranslate_ui(self, number: int) -> None:
        self.setTitle(self.tr("Metric %1").replace("%1", str(number)))
        self.status_label.setText(self.tr("&Outcome of the metric"))
        self.explanation_label.setText(self.tr("&Explanation"))
        what = self.tr("metric %1").replace("%1", str(number))
        self.status.setAccessibleName(self.tr("Outcome, %1").replace("%1", what))
        self.explanation.setAccessibleName(self.tr("Explanation, %1").replace("%1", what))

    def load(self, values: GoalValues, index: int) -> None:
        metric = values.metrics[index]
        language = self.form.language
        self.retranslate_ui(index + 1)
        self.text.setText(metric.text)
        self.target.setText(f"{terms.TARGET_LEVEL(language)}: {metric.target or '—'}")
        last = metric.entry(LAST_FORECAST)
        code = last.get("status")
        shown = status_label(code, language) if code in {s.value for s in Status} else code
        self.forecast.setText(
            f"{terms.round_label(LAST_FORECAST, values.year, language)}: {shown or '—'}"
        )
        self.status.set_codes(allowed_statuses(FINAL), language)
        ref = Ref.entry(metric.id, FINAL)
        entry = metric.entry(FINAL)
        self.status_binding.load(ref, entry["status"])
        self.explanation_binding.load(ref, entry["explanation"])
        self.validate()

    def validate(self) -> None:
        problems = entry_problems(
            FINAL, self.status.code(), explanation=self.explanation.toPlainText()
        )
        missing = "explanation_required" in problems
        mark(self.explanation, missing)
        label = RULES["explanation_required"].label(self.form.language)
        self.explanation_message.show_text(label if missing else None)


class YearEndForm(GoalRoundsForm):
    """A goal's year-end outcome: ``show_goal(goal_id)``."""

    def __init__(
        self, edits: Edits, database: Source, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(edits, database, language, parent)
        self.outcome_title = QLabel()
        self.outcome_title.setProperty("role", "heading")
        self.outcome = plain_label(wrap=False)
        self.goal_explanation_label = QLabel()
        self.goal_explanation = long_text(5)
        self.goal_explanation_label.setBuddy(self.goal_explanation)
        self.goal_message = Message()
        self.metrics_title = QLabel()
        self.metrics_title.setProperty("role", "heading")
        self.blocks: list[OutcomeBlock] = []
        self.blocks_layout = QVBoxLayout()
        layout = QVBoxLayout(self)
        for widget in (
            self.top,
            self.outcome_title,
            self.goal_explanation_label,
            self.goal_explanation,
            self.goal_message,
            self.metrics_title,
        ):
            layout.addWidget(widget)
        layout.insertWidget(2, self.outcome, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(self.blocks_layout)
        layout.addWidget(self.back, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.goal_binding = self.bind_plain(self.goal_explanation, "outcome_explanation")
        self.goal_explanation.textChanged.connect(self.show_outcome)
        self.retranslate_ui()

    def show_goal(self, goal_id: str) -> bool:
        return self.load(Ref("goal", goal_id))

    def retranslate_ui(self) -> None:
        self.outcome_title.setText(self.tr("Outcome of the goal (derived from its metrics)"))
        self.goal_explanation_label.setText(self.tr("Explanation of the &goal's outcome"))
        self.goal_explanation.setAccessibleName(self.tr("Explanation of the goal's outcome"))
        self.metrics_title.setText(terms.COLUMN_METRICS(self.language))
        self.back.setText(self.tr("&Back to the goal"))
        for index, block in enumerate(self.blocks):
            block.retranslate_ui(index + 1)
        self.show_outcome()

    def reload(self) -> bool:
        values = self.read_values()
        if values is None:
            return False
        locked = self.top.show_round(values, FINAL, self.language)
        while len(self.blocks) < len(values.metrics):
            block = OutcomeBlock(self)
            self.blocks_layout.addWidget(block)  # a child first: tab order is within a window
            previous = self.blocks[-1].explanation if self.blocks else self.goal_explanation
            self.tab_order(previous, block.status, block.explanation)
            self.blocks.append(block)
        for index, block in enumerate(self.blocks):
            present = index < len(values.metrics)
            block.setVisible(present)
            if present:
                block.load(values, index)
        assert self.ref is not None
        self.goal_binding.load(self.ref, values.outcome_explanation)
        self.set_read_only(locked)
        self.show_outcome()
        return True

    def derived_outcome(self) -> Status | None:
        """Rule 4 over what the combos show now."""
        count = len(self.values.metrics) if self.values is not None else 0
        return derive_outcome(block.status.code() for block in self.blocks[:count])

    def show_outcome(self) -> None:
        outcome = self.derived_outcome()
        if outcome is None:
            self.outcome.setText(self.tr("Not known yet: some metric has no outcome."))
            self.outcome.setStyleSheet("")
        else:
            self.outcome.setText(status_label(outcome, self.language))
            self.outcome.setStyleSheet(
                f"background-color: {status_colour(outcome)}; color: #000000; padding: 3px 8px;"
            )
        required = outcome == Status.NOT_ACHIEVED
        missing = required and not self.goal_explanation.toPlainText().strip()
        mark(self.goal_explanation, missing)
        self.goal_message.show_text(
            RULES["explanation_required"].label(self.language) if missing else None
        )
