"""The forms beside the tree: one page per kind of item, reused from one selection to the next."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QStackedWidget, QWidget

from kuva_desktop.domain.rules import FINAL
from kuva_desktop.editing import Ref
from kuva_desktop.storage.database import Database
from kuva_desktop.storage.history import per_round_id
from kuva_desktop.ui.forms.base import Form
from kuva_desktop.ui.forms.goal_form import GoalForm
from kuva_desktop.ui.forms.metric_form import MetricForm
from kuva_desktop.ui.forms.round_form import RoundForm
from kuva_desktop.ui.forms.theme_form import ThemeForm
from kuva_desktop.ui.forms.year_end_form import YearEndForm
from kuva_desktop.ui.forms.year_form import YearForm
from kuva_desktop.ui.i18n import Retranslated
from kuva_desktop.ui.undo import Edits


class FormStack(Retranslated, QStackedWidget):
    """The form of the selected item: ``show_item(kind, key)``, ``show_round(goal_id, key)``,
    ``show_year_end(goal_id)``; ``show_item(None)`` shows a hint.

    Every form writes each change as it is made; ``commit_pending()`` writes what still waits
    for the pause in typing (the window calls it before closing).

    Signals:
        shown(kind, key): the page now shows this item; kind "round" has the key
            "goal-id:round-key", kind "" means nothing is shown.
    """

    shown = Signal(str, object)

    def __init__(
        self, edits: Edits, database: Database, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.edits, self.database, self.language = edits, database, language
        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.addWidget(self.hint)
        self.year_form = YearForm(edits, database, language)
        self.theme_form = ThemeForm(edits, database, language)
        self.goal_form = GoalForm(edits, database, language)
        self.metric_form = MetricForm(edits, database, language)
        self.round_form = RoundForm(edits, database, language)
        self.year_end_form = YearEndForm(edits, database, language)
        self.forms: dict[str, Form] = {
            "year": self.year_form,
            "theme": self.theme_form,
            "goal": self.goal_form,
            "metric": self.metric_form,
            "round": self.round_form,
            "final": self.year_end_form,
        }
        self._pages: dict[Form, QScrollArea] = {}
        for form in self.forms.values():
            page = QScrollArea()
            page.setWidgetResizable(True)
            page.setFrameShape(QFrame.Shape.NoFrame)
            page.setWidget(form)
            self._pages[form] = page
            self.addWidget(page)
            form.gone.connect(self._on_gone)
        self.goal_form.round_requested.connect(self.show_round)
        self.round_form.goal_requested.connect(lambda goal: self.show_item("goal", goal))
        self.year_end_form.goal_requested.connect(lambda goal: self.show_item("goal", goal))
        self._gone = False
        self.current: tuple[str, Any] | None = None
        self.retranslate_ui()

    # What is shown

    def current_form(self) -> Form | None:
        page = self.currentWidget()
        return next((f for f, p in self._pages.items() if p is page), None)

    def show_item(self, kind: str | None, key: Any = None) -> bool:
        """Show the form of a year, theme, goal or metric; False (and a hint) when it is gone."""
        if kind is None:
            return self._show_nothing()
        form = self.forms[kind]
        self.commit_pending()
        ref = Ref(kind, int(key) if kind == "year" else str(key))
        return self._show(form, form.load(ref), kind, key)

    def show_round(self, goal_id: str, round_key: str) -> bool:
        """Show the goal's metrics in a forecast round, or its year end for ``final``."""
        if round_key == FINAL:
            return self.show_year_end(goal_id)
        self.commit_pending()
        found = self.round_form.show_round(goal_id, round_key)
        return self._show(self.round_form, found, "round", per_round_id(goal_id, round_key))

    def show_year_end(self, goal_id: str) -> bool:
        self.commit_pending()
        found = self.year_end_form.show_goal(goal_id)
        return self._show(self.year_end_form, found, "round", f"{goal_id}:{FINAL}")

    def _show(self, form: Form, found: bool, kind: str, key: Any) -> bool:
        if not found:
            self._gone = True
            self.hint.setText(self.tr("This item is no longer in the database."))
            self.setCurrentWidget(self.hint)
            self.current = None
            self.shown.emit("", None)
            return False
        self._gone = False
        self.setCurrentWidget(self._pages[form])
        self.current = (kind, key)
        self.shown.emit(kind, key)
        return True

    def _show_nothing(self) -> bool:
        self.commit_pending()
        self._gone = False
        self.setCurrentWidget(self.hint)
        self.retranslate_ui()
        self.current = None
        self.shown.emit("", None)
        return True

    def _on_gone(self) -> None:
        form = self.current_form()
        if form is not None and form.ref is None:
            self._show(form, False, "", None)

    def commit_pending(self) -> None:
        """Write what every form still has waiting for the pause in typing."""
        for form in self.forms.values():
            form.commit_pending()

    # Texts

    def set_language(self, language: str) -> None:
        """Official terms, statuses and data in ``language`` on every form."""
        self.language = language
        for form in self.forms.values():
            form.set_language(language)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        if self._gone:
            self.hint.setText(self.tr("This item is no longer in the database."))
        else:
            self.hint.setText(self.tr("Select an item in the tree."))
        self.setAccessibleName(self.tr("Form"))
