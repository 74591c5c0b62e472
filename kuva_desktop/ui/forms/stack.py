"""The forms beside the tree: one page per kind of item, reused from one selection to the next.

A form is made the first time an item of its kind is shown (start-up: the window fills with the
first item's form alone; the goal's and the metric's follow while the window is idle, see
``MainWindow._warm_up``, and the others on first use).

At start-up the stack is made before the database is open: it reads from the database file with
the standard library (``editing.read`` over a ``DatabaseFile``) and its ``Edits`` has no editor
yet. From ``hold_input()`` until ``attach(database)`` it holds back the keys, clicks and wheel
turns meant for a form (``_Gate``), and those that follow them in the same window, and plays them
back in their order once the editor is there: a person who clicks into a field and types at once
gets what they typed, a moment later, and nothing is written before it can be. The forms look as
they always do, and the window says "Opening the database…". (A drop on a form, an input method's
text and a context menu in that moment are not played back.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QDropEvent, QInputEvent, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QScrollArea, QStackedWidget, QWidget

from kuva_desktop.domain.rules import FINAL
from kuva_desktop.editing.refs import Ref
from kuva_desktop.storage.keys import per_round_id
from kuva_desktop.storage.snapshot import Source
from kuva_desktop.ui.forms.base import Form
from kuva_desktop.ui.forms.goal_form import GoalForm
from kuva_desktop.ui.forms.metric_form import MetricForm
from kuva_desktop.ui.forms.round_form import RoundForm
from kuva_desktop.ui.forms.theme_form import ThemeForm
from kuva_desktop.ui.forms.year_end_form import YearEndForm
from kuva_desktop.ui.forms.year_form import YearForm
from kuva_desktop.ui.i18n import Retranslated
from kuva_desktop.ui.undo import Edits

FORMS: dict[str, type[Form]] = {
    "year": YearForm,
    "theme": ThemeForm,
    "goal": GoalForm,
    "metric": MetricForm,
    "round": RoundForm,
    "final": YearEndForm,
}
F = TypeVar("F", bound=Form)

# What a person does to change a form: held back until the editor is there, and played back then.
_REPLAYED = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
    }
)
# Held back but not played back (a shortcut is looked for again when its key is played back).
_DROPPED = frozenset(
    {
        QEvent.Type.ShortcutOverride,
        QEvent.Type.InputMethod,
        QEvent.Type.Drop,
        QEvent.Type.ContextMenu,
    }
)

# The classes of those events (a key, a click, a wheel turn, a context menu: input events).
_HELD_CLASSES = (QInputEvent, QInputMethodEvent, QDropEvent)


class _Gate(QObject):
    """Holds back the input meant for the forms of ``stack``, and what follows it, until
    ``release`` plays it back (see the module doc)."""

    def __init__(self, stack: QWidget) -> None:
        super().__init__(stack)
        self._stack = stack
        self._held: list[tuple[QWidget, QEvent]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the application comes here while the window is being built: the cheap
        # test first (the event's type is made a Python enum on each call).
        if not isinstance(event, _HELD_CLASSES) or not isinstance(watched, QWidget):
            return False
        kind = event.type()
        if kind not in _REPLAYED and kind not in _DROPPED:
            return False
        # Once something is held, what follows in the same window is held too, so that it is
        # played back in order (keys typed after a click into a field go to the field, not to
        # where the focus was); another window (a message box) goes on taking input.
        if not self._stack.isAncestorOf(watched) and (
            not self._held or watched.window() is not self._stack.window()
        ):
            return False
        if kind in _REPLAYED:
            self._held.append((watched, event.clone()))
        return True

    def release(self) -> None:
        """Play back what was held, in its order: a click to its widget, giving it the focus as
        a click does (Qt does that only for the events of the window system), a key to the
        widget that has the focus by then."""
        held, self._held = self._held, []
        for widget, event in held:
            if not shiboken6.isValid(widget):
                continue
            if event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                widget = widget.window().focusWidget() or widget
            elif event.type() == QEvent.Type.MouseButtonPress:
                _focus_on_click(widget)
            QApplication.sendEvent(widget, event)


def _focus_on_click(widget: QWidget | None) -> None:
    """The focus to the widget a click lands on, or the nearest parent that takes it so."""
    while widget is not None:
        if widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.ClickFocus:
            widget.setFocus(Qt.FocusReason.MouseFocusReason)
            return
        widget = None if widget.isWindow() else widget.parentWidget()


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
        self, edits: Edits, database: Source, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.edits, self.database, self.language = edits, database, language
        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.addWidget(self.hint)
        self.forms: dict[str, Form] = {}  # the forms made so far, by kind (see the module doc)
        self._pages: dict[Form, QScrollArea] = {}
        self._setups: list[tuple[frozenset[str], Callable[[Form], None]]] = []
        self._gone = False
        self.current: tuple[str, Any] | None = None
        self._gate: _Gate | None = None
        self.retranslate_ui()

    def hold_input(self) -> None:
        """Hold back the input meant for the forms until ``attach`` (see the module doc).

        Called once the first form is built, before the event loop runs again (no input can
        come sooner): every event of the application passes the gate, and a Python filter
        makes PySide wrap each one, which while the form's widgets are made cost more than
        making them (about 25 ms of 45)."""
        if self._gate is not None or self.edits.ready:
            return
        self._gate = _Gate(self)
        application = QApplication.instance()
        if application is not None:
            application.installEventFilter(self._gate)

    def attach(self, database: Source) -> None:
        """The open database in place of the file read at start-up: every form reads it from
        now on, the form on view reads its item again (another window may have written
        meanwhile), and the forms take input."""
        self.database = database
        for form in self.forms.values():
            form.database = database
        shown = self.current_form()
        if shown is not None:
            shown.read_again()
        if self._gate is not None:
            application = QApplication.instance()
            if application is not None:
                application.removeEventFilter(self._gate)
            # Played back once the window is attached too (from the event loop).
            QTimer.singleShot(0, self._gate.release)
            QTimer.singleShot(0, self._gate.deleteLater)
            self._gate = None

    # The forms

    def form(self, kind: str) -> Form:
        """The form of ``kind`` (a key of ``FORMS``), made the first time it is asked for."""
        form = self.forms.get(kind)
        if form is not None:
            return form
        form = FORMS[kind](self.edits, self.database, self.language)
        page = QScrollArea()
        page.setWidgetResizable(True)
        page.setFrameShape(QFrame.Shape.NoFrame)
        page.setWidget(form)
        self._pages[form] = page
        self.addWidget(page)
        form.gone.connect(self._on_gone)
        if isinstance(form, GoalForm):
            form.round_requested.connect(self.show_round)
        elif isinstance(form, (RoundForm, YearEndForm)):
            form.goal_requested.connect(lambda goal: self.show_item("goal", goal))
        self.forms[kind] = form
        for kinds, setup in self._setups:
            if kind in kinds:
                setup(form)
        return form

    def configure(self, setup: Callable[[Form], None], kinds: frozenset[str] | None = None) -> None:
        """Run ``setup`` on the forms of ``kinds`` (all by default): those made already, and
        each other one when it is made."""
        wanted = frozenset(FORMS) if kinds is None else kinds
        self._setups.append((wanted, setup))
        for kind, form in self.forms.items():
            if kind in wanted:
                setup(form)

    def _typed(self, kind: str, cls: type[F]) -> F:
        form = self.form(kind)
        assert isinstance(form, cls)
        return form

    @property
    def year_form(self) -> YearForm:
        return self._typed("year", YearForm)

    @property
    def theme_form(self) -> ThemeForm:
        return self._typed("theme", ThemeForm)

    @property
    def goal_form(self) -> GoalForm:
        return self._typed("goal", GoalForm)

    @property
    def metric_form(self) -> MetricForm:
        return self._typed("metric", MetricForm)

    @property
    def round_form(self) -> RoundForm:
        return self._typed("round", RoundForm)

    @property
    def year_end_form(self) -> YearEndForm:
        return self._typed("final", YearEndForm)

    # What is shown

    def current_form(self) -> Form | None:
        page = self.currentWidget()
        return next((f for f, p in self._pages.items() if p is page), None)

    def show_item(self, kind: str | None, key: Any = None) -> bool:
        """Show the form of a year, theme, goal or metric; False (and a hint) when it is gone."""
        if kind is None:
            return self._show_nothing()
        form = self.form(kind)
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
        for form in list(self.forms.values()):
            form.commit_pending()

    def discard_pending(self) -> None:
        """Forget what every form has typed and not written: nothing is tried again."""
        for form in list(self.forms.values()):
            form.discard_pending()

    # Texts

    def set_language(self, language: str) -> None:
        """Official terms, statuses and data in ``language`` on every form."""
        self.language = language
        for form in list(self.forms.values()):
            form.set_language(language)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        if self._gone:
            self.hint.setText(self.tr("This item is no longer in the database."))
        else:
            self.hint.setText(self.tr("Select an item in the tree."))
        self.setAccessibleName(self.tr("Form"))
