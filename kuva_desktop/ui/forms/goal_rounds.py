"""What the round entry form and the year-end form share: one goal read with its metrics and
entries (``editing.read.read_goal_rounds``), the top of the form (the goal, the round, its
deadline and state, the lock), and the form's own common part (``GoalRoundsForm``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from kuva_desktop.domain import rules, terms
from kuva_desktop.domain.fields import FINAL, OPEN
from kuva_desktop.editing.read import GoalValues, read_goal_rounds
from kuva_desktop.storage.keys import split_per_round_id
from kuva_desktop.storage.snapshot import Source
from kuva_desktop.ui.formatting import date_text
from kuva_desktop.ui.forms.base import Form
from kuva_desktop.ui.forms.widgets import Header, Message, plain_label
from kuva_desktop.ui.undo import Edits


def entry_concerns(values: GoalValues | None, kind: str, key: Any) -> bool:
    """Whether a change of (kind, key) shows in a form of this goal's rounds."""
    if values is None:
        return False
    metric_ids = {mt.id for mt in values.metrics}
    if kind == "entry":
        return split_per_round_id(key)[0] in metric_ids
    if kind == "metric":
        return str(key) in metric_ids
    if kind == "goal":
        return str(key) == values.id
    if kind == "round":
        return split_per_round_id(key)[0] == str(values.year)
    return kind == "year" and int(key) == values.year


class RoundTop(QWidget):
    """The goal's title, the round with its deadline and state, and the lock message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = Header()
        self.info = plain_label()
        self.locked = Message(warning=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.info)
        layout.addWidget(self.locked)

    def show_round(self, values: GoalValues, round_key: str, language: str) -> bool:
        """Show the round; True when it is locked (rule 6)."""
        name = terms.round_label(round_key, values.year, language)
        self.header.set_texts(f"{name} · {terms.COLUMN_GOAL(language)}", values.title)
        deadline, state = values.rounds.get(round_key, (None, OPEN))
        state_label = terms.ROUND_STATES.get(state)
        when = "—"
        if deadline is not None:
            when = date_text(deadline, language)
        self.info.setText(
            self.tr("Deadline: %1 · State: %2")
            .replace("%1", when)
            .replace("%2", state_label(language) if state_label else state)
        )
        # The coordinator's window: only a locked round is closed to them.
        locked = rules.may_change(state, coordinator=True) is not None
        short = f"{round_key}/{values.year}" if round_key != FINAL else name
        self.locked.show_text(
            self.tr("Round %1 is locked: nothing can change.").replace("%1", short)
            if locked
            else None
        )
        return locked


class GoalRoundsForm(Form):
    """A form of one goal's entries in a round (the round form, the year-end form): the goal's
    values, the top, and the button back to the goal.

    Signals:
        goal_requested(goal_id): the person asked for the goal's own form.
    """

    goal_requested = Signal(str)

    def __init__(
        self, edits: Edits, database: Source, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(edits, database, language, parent)
        self.values: GoalValues | None = None
        self.top = RoundTop()
        self.back = QPushButton()
        self.back.clicked.connect(self._ask_goal)

    def concerns(self, kind: str, key: Any) -> bool:
        return entry_concerns(self.values, kind, key)

    def concerns_year(self, year: int) -> bool:
        return self.values is not None and year == self.values.year

    def read_values(self) -> GoalValues | None:
        """The goal read again into ``values``; None when it is gone."""
        assert self.ref is not None
        self.values = read_goal_rounds(self.database, str(self.ref.key), self.language)
        return self.values

    def _ask_goal(self) -> None:
        if self.ref is not None:
            self.commit_pending()
            self.goal_requested.emit(str(self.ref.key))
